"""(ev35) A second act of one clause: "killed seven farmers and carried off five women", "killing nine people ... and
abducting six children". The killing and the abduction of a counted group of people are two events (ACLED codes the
abduction apart when the people taken are counted); the kill count stays with the killing. An uncounted object
("and abducting women and children") folds into the attack, as the older development sets code it."""

from __future__ import annotations

from .candidates import trigger_candidates
from .model import Event

KILLING = "Attack"


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
        other, trigger_text = strig, second.text
        twin.fatalities = None
    elif (tspan.start_char, tspan.end_char) == (second.start_char, second.end_char):
        other, trigger_text = art.res.triggers[kill.label_], kill.text
        ev.fatalities = None
    else:
        return None
    twin.sub_event_type, twin.event_type = other.sub_event_type, other.event_type
    twin.plover_event, twin.plover_mode, twin.trigger = other.plover_event, other.plover_mode, trigger_text
    return twin
