"""The state party of crowd events (ACLED conventions fix the crowd's side; the clause names the other):

- the force that intervenes in a protest or uses force against protesters is the state force the clause names
  anywhere ("students marched ..., and police fired tear gas"), not only in the subject or object slot (a source,
  "police said", is none); a violent demonstration's opposing side is that force too ("... throwing stones at the
  gate, before gendarmes dispersed them"); with no state force named, a de facto authority's force ("before Taliban
  guards dispersed them") (ev49);
- a mob's victims are the state force it attacked ("A police officer was burned to death by a mob"), else civilians;
- the party of an arrested opposition member that reports the arrest ("..., his Popular Will party said") is the
  arrested side.
"""

from __future__ import annotations

import re

from .attribution import is_attribution
from .filled import filled_search
from .model import NONSTATE_TYPES, STATE_TYPES, remap_actor


def _state_mentions(art, u) -> list:
    """The state forces the clause names, in order (governments and sources such as "police said" left out)."""
    out = []
    for m in u.actors:
        actor = art.overrides.get(m.start_char) or art.res.actors.get(m.ent_id_)
        if actor is None or actor.actor_type not in STATE_TYPES or actor.name.startswith("Government of"):
            continue
        if not is_attribution(u.stext, m.start_char - u.s0, m.end_char - u.s0, 0) and not _bystander(art, u, m):
            out.append(actor)
    return out


def _bystander(art, u, m) -> bool:
    """(ev105) A force that only comes after the crowd's act, finds or takes its victim away, or reports on it ("before
    police arrived and took him to hospital", "officers later found his body", "police who reached the scene said";
    `state_force_bystander_after_patterns`, with no act of force on the crowd in the rest of its clause: "police
    arrived and fired tear gas" intervenes) is no party of the crowd event."""
    after = u.stext[m.end_char - u.s0 :]  # (fix118: its speech verbs are `{speaker_clause_verbs}`)
    return filled_search(art.res, "state_force_bystander_after_patterns", after) is not None


def _only_bystander(art, u, actor) -> bool:
    """(ev105) Every mention of `actor` in the clause is a bystander's (`_bystander`): "a crowd beat a man ... before
    police arrived and took him to hospital" is no mob violence against the police."""
    ms = [m for m in u.actors if (art.overrides.get(m.start_char) or art.res.actors.get(m.ent_id_)) == actor]
    return bool(ms) and all(_bystander(art, u, m) for m in ms)


def _authority_mentions(art, u) -> list:
    """(ev49) The forces of a de facto authority the clause names when it names no state force ("before Taliban
    guards dispersed them", "until Houthi police pushed them back"): a non-state armed actor named right before a
    force noun (`authority_force_after_patterns`), no source. (fix54) The force is the subject of the clause's verb:
    never the object of a preposition or of "detained" ("protested against al-Shabaab fighters", "relatives of
    detained Fano fighters"; `authority_force_not_subject_before`) nor followed by a passive or a relative clause
    ("... fighters were dispersed", "... fighters who had killed"; `authority_force_not_subject_after`)."""
    after = art.res.patterns_re("authority_force_after_patterns")
    out = []
    for m in u.actors if after is not None else ():
        actor = art.overrides.get(m.start_char) or art.res.actors.get(m.ent_id_)
        if actor is None or actor.actor_type not in NONSTATE_TYPES:
            continue
        rest = m.text.partition(" ")[2]  # the force noun after the name or inside the mention ("Houthi police")
        noun = after.match(art.text, m.end_char)
        if noun is None and not (rest and after.fullmatch(" " + rest)):
            continue
        if _not_subject(art, u, m.start_char, noun.end() if noun is not None else m.end_char):
            continue
        if not is_attribution(u.stext, m.start_char - u.s0, m.end_char - u.s0, 0) and not _bystander(art, u, m):
            out.append(actor)
    return out


def _not_subject(art, u, start: int, end: int) -> bool:
    """The force art.text[start:end] is an object or a passive subject, not the agent of the clause's verb."""
    res = art.res
    if res.pattern_search("authority_force_not_subject_before", art.text[max(u.s0, start - 40) : start]):
        return True
    return res.pattern_search("authority_force_not_subject_after", art.text[end : end + 40]) is not None


def crowd_parties(art, u, ev, before: tuple, a1, a2):
    """(actor1, actor2) of a crowd event after the conventions (see the module docstring); `before` = the clause's
    (actor1, actor2) before them; the crowd events whose state party is looked for are `crowd_state_party_sub_types`
    (wordlists.json). Other events are returned unchanged."""
    sub = ev.sub_event_type
    if ev.extras.get("two_sided_fight"):
        return _two_sided_sides(art, sub, a1, a2)
    if sub not in art.res.wordset("crowd_state_party_sub_types") and sub != "Mob violence":
        return a1, a2
    states = _state_mentions(art, u)
    if sub != "Mob violence" and not states:
        states = _authority_mentions(art, u)
    if sub == "Mob violence":
        hit = next((x for x in before if x is not None and x.actor_type in STATE_TYPES), None)
        if hit is not None and not hit.name.startswith("Government of") and not _only_bystander(art, u, hit):
            return a1, hit
        return a1, a2
    state_slot = a1 if sub == "Excessive force against protesters" else a2
    if state_slot is not None or not states:
        return a1, a2
    state_slot = states[0]
    if sub == "Excessive force against protesters":
        return state_slot, a2
    return a1, state_slot


def _two_sided_sides(art, sub: str, a1, a2):
    """(ev86, convention 11) The sides of two communities' or crowds' fight (`crowd_retype.two_sided_fight`): both
    crowds are rioters in mob violence; in an armed clash a side read as a crowd or as civilians is an armed side the
    text leaves unnamed (the community frames of actor_frames.json name it when they can). The crowd types are
    `crowd_fight_table.unarmed_side_types`; (fix95) a state force resolved as a side is one the fight's sides do not
    name (they hold no state word: "...; soldiers then shot dead two youths") and is read as a crowd too."""
    cfg = art.res.words["crowd_fight_table"]
    crowd = set(cfg["unarmed_side_types"]) | set(cfg["state_side_types"])
    if sub == "Mob violence":
        rioters = art.res.actors.get("Rioters")
        return (
            rioters if a1 is None or a1.actor_type in cfg["state_side_types"] else a1,
            rioters if a2 is None or a2.actor_type in crowd else a2,
        )
    if sub == "Armed clash":
        return tuple(None if a is not None and a.actor_type in crowd else a for a in (a1, a2))
    return a1, a2


OWN_PARTY_BEFORE = re.compile(r"\b(?:his|her|their)\s+$", re.I)
PARTY_SAID = re.compile(r"(?:\s+party)?\s+(?:said|says|told|reported|announced|stated|confirmed)\b", re.I)


def arrested_party(art, u, ev, a2):
    """ "police arrested opposition politician X ..., his Popular Will party said": the party is the arrested side (a
    political party is a "Protesters" actor)."""
    if ev.sub_event_type != "Arrests":
        return a2
    iso3 = art.gaz.iso3(ev.place.country) if ev.place is not None else None  # affiliates (IS -> ISWAP)
    suspect = _suspected_member(art, u, iso3)
    if suspect is not None:
        return suspect  # "arrested two men suspected of being ELN logistics operatives": the group is arrested
    if a2 is not None and a2.actor_type != "Civilians":
        return a2
    for m in u.actors:
        actor = remap_actor(art.overrides.get(m.start_char) or art.res.actors.get(m.ent_id_), iso3, art.res)
        if (
            actor is not None
            and actor.actor_type == "Protesters"
            and not actor.generic
            and OWN_PARTY_BEFORE.search(art.text[max(u.s0, m.start_char - 8) : m.start_char])
            and PARTY_SAID.match(art.text, m.end_char)
        ):
            return actor
    return a2


def _suspected_member(art, u, iso3: str | None):
    """The named armed group the arrested are suspected members of ("suspected TTP facilitators", "suspected of being
    ELN operatives", "suspected members of 400 Mawozo"; `suspect_member_before`); support given to a group ("suspected
    of supplying fuel to JNIM") is not membership."""
    rx = art.res.patterns_re("suspect_member_before")
    if rx is None:
        return None
    for m in u.actors:
        actor = remap_actor(art.overrides.get(m.start_char) or art.res.actors.get(m.ent_id_), iso3, art.res)
        if actor is None or actor.generic or actor.actor_type in STATE_TYPES or actor.actor_type == "Civilians":
            continue
        if rx.search(art.text[max(u.s0, m.start_char - 50) : m.start_char]):
            return actor
    return None
