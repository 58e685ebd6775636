"""(ev49) The side of people arrested as the suspects of an earlier act of the story: "Police arrested eleven suspects
in connection with the attack", "detained three men allegedly linked to the attack", "arrested two suspected
facilitators of the blast". The sentence names no group, so the rules leave them civilians or nobody; the story names
the act, and its perpetrators are the arrested side. Run once over the article's events (linear in their number)."""

from __future__ import annotations

from .model import ARMED_VIOLENCE_TYPES, NONSTATE_TYPES, Event, with_country

ACT_TYPES = (*ARMED_VIOLENCE_TYPES, "Riots")  # the acts whose perpetrators are arrested later


def _perpetrator(ev: Event, res, gaz):
    """The non-state side that committed `ev`: its non-state actor1 (or actor2 when a state force is actor1, "troops
    clashed with bandits"), its rioters, or an unidentified armed group for an armed act by nobody named."""
    a1, a2 = ev.actor1, ev.actor2
    if a1 is not None and (a1.actor_type in NONSTATE_TYPES or a1.actor_type == "Rioters"):
        return a1
    if a1 is not None and a1.actor_type in ("State forces", "External/Other forces"):
        return a2 if a2 is not None and a2.actor_type in NONSTATE_TYPES else None
    if ev.event_type in ARMED_VIOLENCE_TYPES and (a1 is None or a1.actor_type == "Civilians"):
        uag = res.actors.get("Unidentified Armed Group ({country})")
        return (
            None
            if uag is None
            else with_country(uag, gaz.iso3(ev.place.country) if ev.place is not None else None, res)
        )
    return None


def linked_arrests(events: list[Event], res, gaz) -> None:
    """An arrest whose people are the suspects of an act the story told before it (`arrest_linked_patterns`: "N
    suspects", "in connection with the attack", "linked to the raid", "facilitators of the blast") and whose side
    the sentence leaves to civilians or nobody takes the side of the latest such act before it (`_perpetrator`),
    unless the people are accused of an act of their own (`arrest_own_act_patterns`: "suspected of supplying fuel",
    which the affiliation frames settle)."""
    pat = res.patterns_re("arrest_linked_patterns")
    if pat is None:
        return
    for k, ev in enumerate(events):
        if ev.sub_event_type != "Arrests" or (ev.actor2 is not None and ev.actor2.name != "Civilians"):
            continue
        if not pat.search(ev.sentence) or res.pattern_search("arrest_own_act_patterns", ev.sentence):
            continue
        acts = [e for e in events[:k] if e.event_type in ACT_TYPES and e.start_char < ev.start_char]
        side = _perpetrator(acts[-1], res, gaz) if acts else None
        if side is not None:
            ev.actor2 = side
