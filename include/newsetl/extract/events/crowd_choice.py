"""(fix93, split from triggers.py) Crowds and the force used on them in the choice of a clause's trigger and in the
switches by who acts on whom: crowd violence outranks the police response to it, fire on a march is excessive force
against protesters, a crowd fired upon is the target, a crowd fighting a force riots."""

from __future__ import annotations

import re

from ..rules import Rules
from .crowd_retype import _pattern, crowd_died, crowd_fight_sides, crowd_named, protest_target
from .filled import filled_rx, placeholder_group
from .model import STATE_TYPES, retype, with_sub

MILITIA_TYPES = frozenset({"Identity militia", "Political militia", "Rebel group"})


def _militia_subject(u, tspan, res: Rules) -> bool:
    """The clause's first actor, before the trigger, is a named armed group or militia ("dozens of Israeli settlers ...
    stormed the villages, ... throwing stones at residents"): its raid is an attack, not a riot of a crowd."""
    first = next((a for a in u.actors if a.start_char < tspan.start_char), None)
    act = res.actors.get(first.ent_id_) if first is not None else None
    return act is not None and act.actor_type in MILITIA_TYPES and not act.generic


def crowd_and_force(u, stext: str, cands: list, tspan, trig, res: Rules):
    """Crowds and the force used on them: crowd violence outranks the police response to it (ACLED: force against
    rioters = Violent demonstration); fire on a march or on protesters is excessive force against protesters."""
    riot = [c for c in cands if c[3].event_type == "Riots"]
    force = [c for c in cands if c[3].event_type in ("Battles", "Violence against civilians")]
    if (
        riot
        and trig.event_type != "Riots"
        and (
            trig.event_type == "Protests"
            or trig.sub_event_type in ("Armed clash", "Attack", "Looting/property destruction")
        )
        and (
            crowd_named(stext, res)
            or _own_riot(stext, u.s0, riot, tspan, trig, res)
            or _force_after_riot(riot, tspan, trig)
        )
        and not _militia_subject(u, tspan, res)
        and not (trig.sub_event_type == "Armed clash" and _pattern(res, "armed_rival_crowds_patterns", stext))
    ):
        _, _, tspan, trig = riot[0]
    elif trig.sub_event_type == "Peaceful protest" and (passive := _gathering_acted_on(stext, u.s0, force, tspan, res)):
        # (fix97) "The rally was attacked by police": the gathering noun is the passive subject of the force's act
        _, _, tspan, trig = passive
        trig = with_sub(trig, "Protests", "Excessive force against protesters", res)
    elif trig.event_type in ("Battles", "Violence against civilians") and _pattern(
        res, "fire_on_rioting_crowd_patterns", stext
    ):
        # "gendarmes opened fire on a crowd that stormed the post": force against rioters is their riot (ACLED)
        trig = with_sub(trig, "Riots", "Violent demonstration", res)
    elif trig.sub_event_type in FORCE_ON_CROWD_SUBS and filled_rx(res, "crowd_riot_force_patterns").search(stext):
        # (ev90) "fired tear gas after youths set fire to an excavator", "at a crowd that was stoning the station",
        # "; two officers were injured by stones thrown by the blockaders": force on a rioting crowd is its riot
        trig = with_sub(trig, "Riots", "Violent demonstration", res)
    elif (
        (trig.event_type in ("Battles", "Violence against civilians") and trig.priority <= 6)
        or (trig.sub_event_type == "Peaceful protest" and any(c[2].start_char < tspan.start_char for c in force))
    ) and (protest_target(stext, res) or filled_rx(res, "fire_on_gathering_patterns").search(stext)):
        # ("troops opened fire on residents who marched towards the village": the march is the target of the force)
        ef = [c for c in cands if c[3].sub_event_type == "Excessive force against protesters"]
        if ef:
            _, _, tspan, trig = ef[0]
        else:
            trig = with_sub(trig, "Protests", "Excessive force against protesters", res)
    return tspan, trig


def _gathering_acted_on(stext: str, s0: int, force: list, tspan, res: Rules):
    """(fix97) The force's trigger whose passive subject is the protest trigger itself, only its auxiliary between
    ("The protest was fired upon by police", "the demonstration was later attacked"): None when there is none."""
    for c in force:
        rel = c[2].start_char - s0
        between = stext[tspan.end_char - s0 : rel]
        if c[2].start_char < tspan.end_char or not passive_trigger(c[2], stext, rel, res):
            continue
        m = filled_rx(res, "passive_auxiliary_before").search(between)
        if (not between.strip() and passive_span(res).match(c[2].text)) or (m and not between[: m.start()].strip()):
            return c
    return None


def _force_after_riot(riot: list, tspan, trig) -> bool:
    """(ev62) Force used on a crowd after the crowd's own violent act in the sentence ("young people erected barricades
    and set fire to the town hall annex; security forces dispersed them with tear gas and live ammunition"): force
    against rioters is their riot (ACLED), whatever the crowd is called."""
    return trig.sub_event_type in FORCE_ON_CROWD_SUBS and any(c[2].end_char <= tspan.start_char for c in riot)


FORCE_ON_CROWD_SUBS = ("Protest with intervention", "Excessive force against protesters")


def _own_riot(stext: str, s0: int, riot: list, tspan, trig, res: Rules) -> bool:
    """The protesting crowd's own violent act after its protest verb ("residents blocked the road with burning tyres
    and rocks"): whoever the crowd is called, the protest is a violent demonstration (ACLED); not a riot told as the
    protest's cause ("protested after gunmen torched ...")."""
    if trig.event_type != "Protests":
        return False
    gap = res.words_re("crowd_riot_gap_words")
    for c in riot:
        a, b = (
            (tspan.end_char, c[2].start_char) if c[2].start_char > tspan.end_char else (c[2].end_char, tspan.start_char)
        )
        between = stext[a - s0 : b - s0] if b >= a else "."
        if len(between) <= 80 and not re.search(r"[.;]", between) and (gap is None or not gap.search(between)):
            return True
    return False


def crowd_sides(ev, trig, a1, a2, tspan, stext: str, rel: int, res: Rules) -> bool:
    """The crowd switches of `triggers.retype_by_actors`; True when the event's type is settled (no `crowd_retype`).
    (fix93) A passive trigger (`passive_trigger`) has its roles from structure, the subject the target (actor2), the
    "by" agent the attacker (actor1): a crowd fired upon is the target; a crowd that fires upon a force riots."""
    if ev.sub_event_type in PASSIVE_FIGHT_SUBS and passive_trigger(tspan, stext, rel, res):
        if _crowd_on_force(a1, a2):
            # "Police were fired upon by protesters": a crowd acting on a force, a violent demonstration (ACLED);
            # (fix97) a crowd acting on civilians ("Journalists were attacked by protesters") is mob violence
            sub = "Violent demonstration" if a2.actor_type in STATE_TYPES else "Mob violence"
            retype(ev, "Riots", sub)
            ev.plover_event, ev.plover_mode = "PROTEST", "riot"
            return True
        if _fired_on_crowd(a1, a2) and not _wound_of_crowd_fight(stext, rel, res):
            # (fix92) "Protesters were fired upon (by soldiers)": the passive subject is the target, never a rioting side
            if a1 is not None and a1.actor_type == "State forces" and a2.actor_type == "Protesters":
                retype(ev, "Protests", "Excessive force against protesters")
            elif ev.sub_event_type == "Armed clash" and trig.alt_if_civilians:
                alt = trig.alt_if_civilians
                retype(ev, alt.get("event_type", ev.event_type), alt.get("sub_event_type", ev.sub_event_type))
                ev.civilian_targeting = True
            return True
    if ev.sub_event_type == "Armed clash" and any(a is not None and a.actor_type in CROWDS for a in (a1, a2)):
        if _force_on_dead_crowd(a1, a2, stext, res):
            # (fix73) "Three protesters died when police clashed with them": the crowd is the side that died
            retype(ev, "Protests", "Excessive force against protesters")
        else:
            # "clashes between protesters and security forces": a crowd fighting the police riots (ACLED)
            ev.event_type, ev.sub_event_type = "Riots", "Violent demonstration"
            ev.plover_event, ev.plover_mode = "PROTEST", "riot"
    return False


def _wound_of_crowd_fight(stext: str, rel: int, res: Rules) -> bool:
    """(ev100) A wounding told before two crowds' fight with no firearm ("Two men were stabbed when rival groups of
    traders fought with knives"): not settled as a crowd shot at; `crowd_retype`'s two-sided fight types it."""
    return crowd_fight_sides(stext, rel, res) is not None and not _pattern(res, "firearm_patterns", stext)


PASSIVE_FIGHT_SUBS = ("Armed clash", "Attack", "Excessive force against protesters")
CROWDS = ("Protesters", "Rioters")


def passive_span(res: Rules) -> re.Pattern:
    """A passive auxiliary (`{passive_auxiliaries}`) and its space, to match where a trigger span opens."""
    return res.built(
        ("crowd_choice.passive_span",), lambda: re.compile(placeholder_group(res, "passive_auxiliaries") + r"\s", re.I)
    )


def passive_trigger(tspan, stext: str, rel: int, res: Rules) -> bool:
    """The trigger is a passive verb: its span opens with the auxiliary ("were fired upon") or (fix93) the auxiliary
    stands right before it (`passive_auxiliary_before`: "were attacked", "was then shot at"); (fix97) then only when
    the trigger opens with a participle of `passive_victim_verbs` (not "there were clashes", "were clashing")."""
    if passive_span(res).match(tspan.text) is not None:
        return True
    head = tspan.text.lower()
    if not any(head == v or head.startswith(v + " ") for v in res.words["passive_victim_verbs"]):
        return False
    return filled_rx(res, "passive_auxiliary_before").search(stext, max(0, rel - 40), rel) is not None


def _fired_on_crowd(a1, a2) -> bool:
    """(fix92) The target of a passive fight trigger ("were fired upon") is an unarmed crowd or civilians and its
    agent, if any ("by soldiers"), is no crowd: the crowd is shot at, it does not riot (not rioters: force on rioters
    stays their riot)."""
    return (
        a2 is not None
        and a2.actor_type in ("Protesters", "Civilians")
        and (a1 is None or a1.actor_type not in (*CROWDS, "Civilians"))
    )


def _crowd_on_force(a1, a2) -> bool:
    """(fix93) The "by" agent of a passive fight trigger is a crowd and its subject another side ("Police officers were
    shot at by demonstrators", "Journalists were attacked by protesters": a force or civilians)."""
    return a1 is not None and a1.actor_type in CROWDS and a2 is not None and a2.actor_type not in CROWDS


def _force_on_dead_crowd(a1, a2, stext: str, res: Rules) -> bool:
    """A state force acting on a protesting crowd the sentence says died (`crowd_died`)."""
    return (
        a1 is not None
        and a1.actor_type == "State forces"
        and a2 is not None
        and a2.actor_type in CROWDS
        and crowd_died(stext, res) is not None
    )
