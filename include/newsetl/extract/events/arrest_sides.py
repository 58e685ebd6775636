"""The side of people arrested, when the sentence names no group and the story does. Run once over the article's
events after claims (linear in their number), as the one owner of that job:

- a crowd arrested next to a protest or riot of the story ("Police arrested at least 50 people in Mirpur" after a
  march) is its protesters or rioters (ev38, ev44, fix46; formerly `story_roles.protest_arrests`);
- people arrested as the suspects of an earlier act of the story ("Police arrested eleven suspects in connection with
  the attack", "detained three men allegedly linked to the attack", "arrested two suspected facilitators of the
  blast") are its perpetrators' side (ev49). (fix54) "the attack / raid" is an armed act only; "the Kobeni attack" the
  act whose sentence names Kobeni; "the attack on a journalist" (an act of its own) and "the incident" far from any act
  are left alone.

The crowd rule is tried first; the suspects rule reads only an arrest it left to civilians or nobody."""

from __future__ import annotations

import re

from .model import ARMED_VIOLENCE_TYPES, NONSTATE_TYPES, Event, place_key, with_country

ARMED_ACTS = tuple(ARMED_VIOLENCE_TYPES)  # "the attack / raid / ambush / massacre"
ACT_TYPES = (*ARMED_ACTS, "Riots")  # "the incident": the acts whose perpetrators are arrested later


def arrest_sides(events: list[Event], res, gaz) -> None:
    """Each arrest whose side the sentence leaves to civilians (or nobody, for the suspects rule) takes the crowd of a
    nearby crowd event (`_crowd_side`), else the perpetrators of the earlier act it is linked to (`_suspects_side`)."""
    crowds = _crowd_events(events, res)
    linked = res.patterns_re("arrest_linked_patterns")
    for k, ev in enumerate(events):
        if ev.sub_event_type != "Arrests" or (ev.actor2 is not None and ev.actor2.name != "Civilians"):
            continue
        side = _crowd_side(ev, crowds, res) if ev.actor2 is not None else None
        if side is None and linked is not None:
            side = _suspects_side(ev, events[:k], linked, res, gaz)
        if side is not None:
            ev.actor2 = side


def _crowd_events(events: list[Event], res) -> list[Event]:
    """The story's protests (`protest_sub_types`, ev38) and riots or mobs' violence (`riot_sub_types`, ev44)."""
    crowd_subs, riot_subs = res.wordset("protest_sub_types"), res.wordset("riot_sub_types")
    return [e for e in events if e.sub_event_type in riot_subs or e.sub_event_type in crowd_subs]


def _crowd_side(ev: Event, crowds: list[Event], res):
    """People arrested as civilians with no group named ("Police arrested at least 50 people in Mirpur",
    `crowd_arrest_patterns`) in a story whose crowd events of the same or the previous paragraph are protests were
    arrested as protesters (as rioters after a violent demonstration or a mob's violence, `riot_sub_types`, ev44),
    unless the sentence accuses them of an act of their own that is no crowd's (`arrest_own_act_patterns`: "accused of
    passing information to the militia"), or gives the arrest a charge of its own (fix46, `arrest_own_charge_patterns`:
    "on suspicion of drug trafficking", "in a crackdown on illegal brewers") that is no crowd event's
    (`arrest_crowd_event_patterns`). The crowd is that of the crowd event at the arrest's place, else of the nearest
    one (fix46: "teachers marched in Kisumu, while in Kakamega youths burned tyres ... police arrested 30 people in
    Kisumu" arrested protesters). None when the rule does not apply."""
    crowd = res.patterns_re("crowd_arrest_patterns")  # "arrested at least 50 people", "Nineteen people were arrested"
    if crowd is None or not crowd.search(ev.sentence):
        return None  # "detained six journalists", "arrested a prominent activist": named kinds of people
    if res.pattern_search("arrest_own_act_patterns", ev.sentence):
        return None  # "accused of passing information to the militia": suspects, not the crowd (ev23)
    own = res.pattern_search("arrest_suspect_act_patterns", ev.sentence) or res.pattern_search(
        "arrest_own_charge_patterns", ev.sentence
    )
    if own and not res.pattern_search("arrest_crowd_event_patterns", ev.sentence):
        return None  # (fix26) "suspected of looting during the night": suspects of an act, as `role_rules` has them
    near = [e for e in crowds if ev.paragraph - 1 <= e.paragraph <= ev.paragraph]
    if not near:
        return None
    here = [e for e in near if ev.place is not None and place_key(e) == place_key(ev)]
    e = min(here or near, key=lambda c: abs(c.start_char - ev.start_char))
    return res.actors.get("Rioters" if e.sub_event_type in res.wordset("riot_sub_types") else "Protesters")


def _suspects_side(ev: Event, before: list[Event], linked: re.Pattern, res, gaz):
    """An arrest whose people are the suspects of an act the story told before it (`arrest_linked_patterns`: "in
    connection with the attack", "linked to the raid", "facilitators of the blast") takes the side of the latest such
    act before it (`_perpetrator`), unless the people are accused of an act of their own (`arrest_own_act_patterns`:
    "suspected of supplying fuel", which the affiliation frames settle). None when the rule does not apply."""
    m = linked.search(ev.sentence)
    if m is None or res.pattern_search("arrest_own_act_patterns", ev.sentence):
        return None
    act = _linked_act(m, ev, before, res)
    return _perpetrator(act, res, gaz) if act is not None else None


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


def _linked_act(m: re.Match, ev: Event, before: list[Event], res) -> Event | None:
    """The earlier act the phrase `m` names: for "the (X) attack / raid / ambush / massacre"
    (`arrest_linked_armed_nouns`) the latest armed act, the one whose sentence names X when a name comes after the
    phrase's determiner (`arrest_linked_determiners`) and before the noun, none for "the attack on <target>"
    (`arrest_linked_target_after`); for "the incident" the latest act (armed or a riot) in the arrest's paragraph or
    the one before."""
    words = m.group(0).split()
    armed = words[-1].lower() in res.wordset("arrest_linked_armed_nouns")
    if armed and res.pattern_search("arrest_linked_target_after", ev.sentence[m.end() :]):
        return None
    acts = [e for e in before if e.start_char < ev.start_char and e.event_type in (ARMED_ACTS if armed else ACT_TYPES)]
    if not armed:
        acts = [e for e in acts if e.paragraph >= ev.paragraph - 1]
    dets = res.wordset("arrest_linked_determiners")
    det = max((i for i, w in enumerate(words) if w.lower() in dets), default=-1)
    for name in (w for w in words[det + 1 : -1] if w[:1].isupper()):
        rx = re.compile(rf"\b{re.escape(name)}\b")
        acts = [e for e in acts if rx.search(e.sentence)]
    return acts[-1] if acts else None
