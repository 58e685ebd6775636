"""(ev35) A second act of one clause: "killed seven farmers and carried off five women", "killing nine people ... and
abducting six children". The killing and the abduction of a counted group of people are two events (ACLED codes the
abduction apart when the people taken are counted); the kill count stays with the killing. An uncounted object
("and abducting women and children") folds into the attack, as the older development sets code it."""

from __future__ import annotations

import re
from datetime import timedelta

from .candidates import trigger_candidates
from .model import Event, set_trigger_at, with_country

KILLING = "Attack"
ARMED_ACTS = ("Violence against civilians", "Explosions/Remote violence", "Battles")


def _pair(u, art):
    """The clause's (killing span, second-act span, second-act trigger) when one joins the other as a second act, or
    None: a killing trigger (`second_act_kill_ids`) and, after it, a trigger of a `second_act_subs` type that the
    clause does not drop, joined by "and" (`second_act_between`) and taking a counted group of people
    (`second_act_object_after`)."""
    res = art.res
    cands = trigger_candidates(u, art)
    kills = [c[2] for c in cands if c[2].label_ in res.wordset("second_act_kill_ids")]
    seconds = [c for c in cands if c[3].sub_event_type in res.wordset("second_act_subs")]
    if not kills or not seconds:
        return None
    between, after = res.patterns_re("second_act_between"), res.patterns_re("second_act_object_after")
    if between is None or after is None:
        return None
    for k in kills:
        for _, _, x, xt in seconds:
            k1, x0, x1 = k.end_char - u.s0, x.start_char - u.s0, x.end_char - u.s0
            if x0 > k1 and between.fullmatch(u.stext, k1, x0) and after.match(u.stext, x1):
                return k, x, xt
    return None


def second_act(art, u, ev: Event, tspan) -> Event | None:
    """The event of the clause's second act, when its chosen event (`ev`, from `tspan`) is one half of a killing and a
    second act (see the module docstring): the other half, a copy of `ev` with the other type. The killing keeps the
    kill count, the second act gets none. `ev` is changed in place when it is the second act."""
    if ev.sub_event_type not in (KILLING, *art.res.wordset("second_act_subs")):
        return None
    if ev.actor2 is not None and ev.actor2.actor_type != "Civilians":
        return None  # "killed two soldiers and abducted three": the battle's sides are left to the other rules
    got = _pair(u, art)
    if got is None:
        return None
    kill, second, strig = got
    twin = Event(**{**ev.__dict__, "extras": {}})
    if ev.sub_event_type == KILLING:  # "attacked the camps, killing nine people ... and abducting six children"
        other, tspan2 = strig, second
        twin.fatalities = None
    elif (tspan.start_char, tspan.end_char) == (second.start_char, second.end_char):
        other, tspan2 = art.res.triggers[kill.label_], kill
        ev.fatalities = None
    else:
        return None
    twin.sub_event_type, twin.event_type = other.sub_event_type, other.event_type
    twin.plover_event, twin.plover_mode, twin.trigger = other.plover_event, other.plover_mode, tspan2.text
    set_trigger_at(twin, u.stext, tspan2.start_char - u.s0)
    return twin


DAY_BEFORE = re.compile(r"(?:the\s+)?(?:day\s+before|previous\s+day|day\s+earlier)|a\s+day\s+earlier", re.I)


def charged_act(art, u, ev: Event, tspan) -> Event | None:
    """(ev39) The act an arrest is over, named with a day of its own: "police arrested seven youths on Saturday over the
    burning of a cattle market at X the day before", "detained four men on Wednesday over shots fired at the house of a
    sheikh late on Monday". The act (a trigger of a `charged_act_subs` type right after `charged_act_before`: over,
    for, in connection with) is an event of its own, on its day and at its place (the clause's, when it names none);
    the people arrested are its suspected agents. Without a day of its own ("arrested ... over the killing of a
    trader"), the act stays a reason, reported elsewhere or not at all.

    (ev65) The same for the act a protest is against, with a day of its own (`protested_act_before`: against, over, in
    protest at): "traders downed shutters on Monday against the murder of a jeweller who was shot dead by two
    assailants on Saturday evening" is the protest and the killing; an act already told for that day makes no twin."""
    if ev.sub_event_type == "Arrests":
        opener = art.res.patterns_re("charged_act_before")
    elif ev.event_type == "Protests":
        opener = art.res.patterns_re("protested_act_before")
    else:
        return None
    if opener is None:
        return None
    subs = art.res.wordset("charged_act_subs")
    for x in u.triggers:
        xt = art.res.triggers[x.label_]
        x0 = x.start_char - u.s0
        if x.start_char <= tspan.end_char or xt.sub_event_type not in subs:
            continue
        if ev.event_type == "Protests" and x.text.lower() in art.res.wordset("protested_act_not_acts"):
            continue  # "to protest the death of a colleague who was hit by a truck": a death, no act named
        window = u.stext[max(0, x0 - 40) : x0]
        if (m := opener.search(window)) is None or art.res.pattern_search("charged_act_unrealised", window, m.start()):
            continue  # (fix42) "arrested ... for planning an attack on Friday": a plan, no act done
        return _act_twin(art, u, ev, x, xt)
    return None


def _act_twin(art, u, ev: Event, x, xt) -> Event | None:
    """The event of the act `x` (trigger `xt`) that the arrest or protest `ev` is over, on the day named after it
    (see charged_act), or None when it names none before `ev`'s own day."""
    dead, ev.fatalities = ev.fatalities, None  # (fix42) the dead of the act it is over are no arrest's
    day = next((d for d in u.day_dates if d.start >= x.end_char), None)
    if day is None or ev.event_date is None:
        ev.fatalities = dead if ev.event_type == "Protests" else None
        return None
    value = ev.event_date - timedelta(days=1) if DAY_BEFORE.fullmatch(day.text) else day.value
    if value >= ev.event_date or re.search(r"[,;]", art.text[x.end_char : day.start]):
        ev.fatalities = dead if ev.event_type == "Protests" else None
        return None  # (the arrest's own day, or a later one); "over the killing of a trader, on Monday": the arrest's
    protest = ev.event_type == "Protests"
    twin = Event(**{**ev.__dict__, "extras": {}})
    alt = xt.alt_if_civilians or {}  # shots at a house, not at armed men: the civilians' kind of the act
    twin.event_type = alt.get("event_type", xt.event_type)
    twin.sub_event_type = alt.get("sub_event_type", xt.sub_event_type)
    twin.plover_event, twin.plover_mode, twin.trigger = xt.plover_event, xt.plover_mode, x.text
    set_trigger_at(twin, u.stext, x.start_char - u.s0)
    twin.event_date, twin.time_precision = value, day.precision
    places = [p for p in u.splaces if x.end_char <= p.start_char < day.start]
    if places:
        twin.place, twin.place_precision = places[0]._.place[0], 1
    twin.actor1, twin.actor2 = (None if protest else ev.actor2), None
    twin.fatalities = dead  # (fix42) the dead are the act's
    twin.civilian_targeting = twin.event_type == "Violence against civilians"
    if twin.civilian_targeting:  # shots at a sheikh's house: civilians are its target
        twin.actor2 = art.res.actors.get("Civilians")
    if twin.event_type in ARMED_ACTS and (twin.actor1 is None or twin.actor1.actor_type == "Civilians"):
        unid = art.res.actors.get("Unidentified Armed Group ({country})")  # (fix42) the suspects' unnamed group
        iso3 = (ev.actor1.country if ev.actor1 and not protest else None) or art.main_iso3
        twin.actor1 = with_country(unid, iso3, art.res) if unid is not None else twin.actor1
    if protest and _told(art, twin):
        return None  # the act already told on its day: the protest's dead stay out of it
    return twin


def _told(art, twin: Event) -> bool:
    """(fix68) The story told an event of the twin's day of its type or at its place: the act a protest is against."""
    name = twin.place.name if twin.place is not None else None
    return any(
        e.event_date == twin.event_date
        and (e.event_type == twin.event_type or (name is not None and e.place is not None and e.place.name == name))
        for e in art.events
    )
