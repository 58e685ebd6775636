"""(ev49) The side of people arrested as the suspects of an earlier act of the story: "Police arrested eleven suspects
in connection with the attack", "detained three men allegedly linked to the attack", "arrested two suspected
facilitators of the blast". The sentence names no group, so the rules leave them civilians or nobody; the story names
the act, and its perpetrators are the arrested side. Run once over the article's events (linear in their number).
(fix54) "the attack / raid" is an armed act only; "the Kobeni attack" the act whose sentence names Kobeni; "the attack
on a journalist" (an act of its own) and "the incident" far from any act are left alone."""

from __future__ import annotations

import re

from .model import ARMED_VIOLENCE_TYPES, NONSTATE_TYPES, Event, with_country

ARMED_ACTS = tuple(ARMED_VIOLENCE_TYPES)  # "the attack / raid / ambush / massacre"
ACT_TYPES = (*ARMED_ACTS, "Riots")  # "the incident": the acts whose perpetrators are arrested later


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
    """An arrest whose people are the suspects of an act the story told before it (`arrest_linked_patterns`: "in
    connection with the attack", "linked to the raid", "facilitators of the blast") and whose side
    the sentence leaves to civilians or nobody takes the side of the latest such act before it (`_perpetrator`),
    unless the people are accused of an act of their own (`arrest_own_act_patterns`: "suspected of supplying fuel",
    which the affiliation frames settle)."""
    pat = res.patterns_re("arrest_linked_patterns")
    if pat is None:
        return
    for k, ev in enumerate(events):
        if ev.sub_event_type != "Arrests" or (ev.actor2 is not None and ev.actor2.name != "Civilians"):
            continue
        m = pat.search(ev.sentence)
        if m is None or res.pattern_search("arrest_own_act_patterns", ev.sentence):
            continue
        act = _linked_act(m, ev, events[:k], res)
        side = _perpetrator(act, res, gaz) if act is not None else None
        if side is not None:
            ev.actor2 = side


def _linked_act(m: re.Match, ev: Event, before: list[Event], res) -> Event | None:
    """The earlier act the phrase `m` names: for "the (X) attack / raid / ambush / massacre"
    (`arrest_linked_armed_nouns`) the latest armed act, the one whose sentence names X when a name comes before the
    noun, none for "the attack on <target>" (`arrest_linked_target_after`); for "the incident" the latest act (armed or
    a riot) in the arrest's paragraph or the one before."""
    words = m.group(0).split()
    armed = words[-1].lower() in res.wordset("arrest_linked_armed_nouns")
    if armed and res.pattern_search("arrest_linked_target_after", ev.sentence[m.end() :]):
        return None
    acts = [e for e in before if e.start_char < ev.start_char and e.event_type in (ARMED_ACTS if armed else ACT_TYPES)]
    if not armed:
        acts = [e for e in acts if e.paragraph >= ev.paragraph - 1]
    det = max((i for i, w in enumerate(words) if w.lower() in ("the", "that", "this")), default=-1)
    for name in (w for w in words[det + 1 : -1] if w[:1].isupper()):
        rx = re.compile(rf"\b{re.escape(name)}\b")
        acts = [e for e in acts if rx.search(e.sentence)]
    return acts[-1] if acts else None
