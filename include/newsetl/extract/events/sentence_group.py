"""(ev32) A side left to an unidentified armed group while the event's own sentence names exactly one non-state armed
group ("CPI (Maoist) cadres triggered an IED", "came under attack by ELN fighters", "armed men whom his relatives believe
to be JNIM fighters"): that group, when it is of the generic actor's kind (a rebel group, not a militia fighting
beside the army) and not already the other side; a name written as a modifier ("a pro-Taliban cleric", the words of
`wordlists.json` `group_modifier_prefixes`) names no side. (fix74) A mention is read through the event country's remap
(`remap_actor`: an affiliate such as ISWAP); (ev73) a homonym ("the EPP office in Seville" is the European People's
Party, never the Paraguayan guerrilla) is remapped once for every reader, where the mention overrides are built
(`actor_context.mention_overrides`)."""

from __future__ import annotations

from .model import Event, remap_actor


def _unidentified(a) -> bool:
    return a is not None and a.name.startswith("Unidentified Armed Group")


def sentence_groups(events: list[Event], art) -> None:
    res = art.res
    prefixes = tuple(res.wordset("group_modifier_prefixes"))
    for ev in events:
        generic = ev.actor1 if _unidentified(ev.actor1) else ev.actor2 if _unidentified(ev.actor2) else None
        if generic is None:
            continue
        kind = generic.actor_type
        named = {}
        iso3 = art.gaz.iso3(ev.place.country) if ev.place is not None else None
        for m in art.actor_slicer.between(ev.start_char, ev.end_char):
            a = remap_actor(art.overrides.get(m.start_char) or res.actors.get(m.ent_id_), iso3, res)
            before = art.text[max(0, m.start_char - 6) : m.start_char].lower()
            if before.endswith(prefixes) or m.text.lower().startswith(prefixes):
                continue
            if a is not None and not a.generic and a.actor_type == kind:
                named[a.name] = a
        sides = {a.name for a in (ev.actor1, ev.actor2) if a is not None}
        if len(named) != 1 or sides & set(named):
            continue
        group = next(iter(named.values()))
        if _unidentified(ev.actor1):
            ev.actor1 = group
        else:
            ev.actor2 = group
