"""(ev67) The generic armed men of a sentence who are the named group's own men: "Gunmen killed four workers at a bus
terminal ..., in what officials described as an extortion attack by the Barrio 18 gang". The attack trigger names the
group as its agent ("attack by <group>"), and the gunmen who killed civilians before it are that group, not a second
side: one group's attack on civilians, not a clash."""

from __future__ import annotations

from .earlier_attack import earlier_attack_before
from .model import ARMED_TYPES, retype
from .role_rules import actor_of, civilian_harm


def gunmen_of_named_group(art, u, ev, a1, a2, rel: int, tspan):
    """(a1, a2): a clash between a named armed group introduced by "by" right after the trigger
    (`named_perpetrator_by_patterns`) and a generic armed actor (gunmen, an unidentified gang) named before it who killed
    or wounded civilians (`civilian_harm_objects`) becomes the group's Attack on Civilians; (fix70) not when the attack
    is an earlier one the killing answers or follows (earlier_attack.py `earlier_attack_before`: "in revenge for an
    attack by", "days after an attack by")."""
    res = art.res
    if ev.sub_event_type != "Armed clash" or a1 is None or a2 is None:
        return a1, a2
    if a1.generic or a1.actor_type not in ARMED_TYPES or not a2.generic or a2.actor_type not in ARMED_TYPES:
        return a1, a2
    if a2.actor_type == "State forces":
        return a1, a2
    by_agent = res.patterns_rx("named_perpetrator_by_patterns")
    named_by = any(
        actor_of(art, m) == a1
        and m.start_char >= tspan.end_char
        and by_agent.search(art.text[tspan.end_char : m.start_char])
        for m in u.actors
    )
    before = [m for m in u.actors if actor_of(art, m) == a2 and m.end_char <= tspan.start_char]
    if not named_by or not before or not civilian_harm(res, u.stext, before[0].end_char - u.s0):
        return a1, a2
    earlier = earlier_attack_before(res).search(art.text[max(0, tspan.start_char - 80) : tspan.start_char])
    retype(ev, "Violence against civilians", "Attack")
    ev.civilian_targeting = True
    if earlier:  # the group's attack is the one the killing answers: the gunmen's own attack on civilians
        return a2, res.actors.get("Civilians") or a1
    return a1, res.actors.get("Civilians") or a2
