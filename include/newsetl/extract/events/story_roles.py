"""Roles the story settles rather than the sentence: the author of an unclaimed strike, the other side of a one-sided
clash. Run once over the article's events after claims have been applied (linear in the number of events)."""

from __future__ import annotations

import re
from typing import TypeGuard

from ..gazetteer import Gazetteer
from ..rules import Actor, Rules
from .model import ARMED_TYPES, ARMED_VIOLENCE_TYPES, NONSTATE_TYPES, Event, trigger_at, with_country

REMOTE_MEANS = ("Air/drone strike", "Shelling/artillery/missile attack")
REPORTED_STRIKER = "reported_striker"  # (fix96) event extras: the military that reports an unclaimed strike, a guess


def _unidentified(actor) -> bool:
    return actor is None or actor.name.startswith("Unidentified Armed Group")


def _identified_armed(actor: Actor | None) -> TypeGuard[Actor]:
    return actor is not None and not actor.generic and not _unidentified(actor) and actor.actor_type in ARMED_TYPES


def _iso3(ev: Event, gaz: Gazetteer):
    return gaz.iso3(ev.place.country) if ev.place is not None else None


def _only_state_force(events: list[Event], named):
    """The one state military force of a story whose other armed parties (of its events, and named anywhere in it)
    are all non-state groups, else None."""
    states, nonstate = {}, False
    for a in [x for e in events for x in (e.actor1, e.actor2)] + list(named):
        if not _identified_armed(a) or a.name.startswith("Government of"):
            continue
        if a.name.startswith("Military Forces of"):
            states[a.name] = a
        elif a.actor_type in NONSTATE_TYPES:
            nonstate = True
        else:
            return None  # a foreign or other state party: aircraft of more than one side
    return next(iter(states.values())) if len(states) == 1 and nonstate else None


def story_strikers(events: list[Event], gaz: Gazetteer, named=()) -> None:
    """An unclaimed air/drone strike or shelling ("a drone attack wounded two men in Antonivka") is by the one side
    the story names as the author of its other strikes ("Russian shelling killed ...", "Russian forces also shelled
    ..."); with no other strike named, an unclaimed air/drone strike in a story of one state's army against non-state
    groups is that army's (the only party with aircraft). A side never strikes its own country's soil in this way when
    its other strikes hit another country, and never strikes itself."""
    strikers = {}
    where: dict[str, set] = {}
    for e in events:
        if e.sub_event_type in REMOTE_MEANS and _identified_armed(e.actor1):
            strikers[e.actor1.name] = e.actor1
            where.setdefault(e.actor1.name, set()).add(_iso3(e, gaz))
    state = None if strikers else _only_state_force(events, named)
    for ev in events:
        if ev.sub_event_type not in REMOTE_MEANS or not _unidentified(ev.actor1) or ev.extras.get("sentence_agent"):
            continue
        if len(strikers) == 1:
            striker = next(iter(strikers.values()))
            here = _iso3(ev, gaz)
            if striker.country is not None and here == striker.country and here not in where[striker.name]:
                continue  # "Russian missiles hit Kharkiv ... a drone hit an oil depot in Bryansk": not Russia's
        elif state is not None and ev.sub_event_type == "Air/drone strike" and state.country == _iso3(ev, gaz):
            striker = state
        else:
            continue
        if ev.actor2 is not None and ev.actor2.name == striker.name:
            continue
        ev.actor1 = striker


def reported_strikers(events: list[Event], gaz: Gazetteer, res: Rules) -> None:
    """(ev88, fix96) "The army said a drone strike killed 23 JNIM fighters": an air/drone strike still unclaimed once
    the story's strikers are settled (`story_strikers`), in a story that names no striker of any strike, is the
    military that reports it (`role_defaults._reporting_military`: the event's `reported_striker`, with the
    non-state target it was made for) when that military is the event country's own ("French jets bombed ... The Malian army said an air strike killed": the
    French strike; "near Deir ez-Zor, Syria, the Iraqi army said": not Iraq's). A guess: never a paragraph's striker
    (`Article.strikers`), run after every rule that spreads one."""
    if any(e.sub_event_type in REMOTE_MEANS and _identified_armed(e.actor1) for e in events):
        return
    for ev in events:
        guess, target = ev.extras.get(REPORTED_STRIKER, (None, None))
        here = _iso3(ev, gaz)
        if guess is None or not _unidentified(ev.actor1) or here is None:
            continue
        guess = with_country(guess, here, res) if guess.country is None else guess  # "the army": the country's own
        if guess.country != here:
            continue
        if ev.actor2 is not None and (ev.actor2.name == guess.name or ev.actor2.actor_type not in NONSTATE_TYPES):
            continue
        if ev.actor2 is None and target is not None:  # the target an unidentified striker's twin had emptied
            ev.actor2 = with_country(target, here, res) if target.country is None else target
        ev.actor1 = guess


def _foes(events: list[Event]) -> dict[str, dict[str, list]]:
    """Side name -> {identified armed opponent's name: [opponent, events pairing them]} over the story's events."""
    out: dict[str, dict[str, list]] = {}
    for e in events:
        pair = (e.actor1, e.actor2)
        for mine, other in (pair, pair[::-1]):
            if mine is not None and _identified_armed(other) and other.name != mine.name:
                out.setdefault(mine.name, {}).setdefault(other.name, [other]).append(e)
    return out


def _one_foe(foes: dict, ev: Event, side: str):
    """The one identified armed actor the story's other events (not `ev`) pair with `side`, else None."""
    mine = [v[0] for v in foes.get(side, {}).values() if any(e is not ev for e in v[1:])]
    return mine[0] if len(mine) == 1 else None


def _fleeing_foe(events: list[Event], k: int, res):
    """ "army drones struck a column of motorbikes fleeing towards the border": the armed opponent of the striker in the
    story's last event before it (two paragraphs back at most) that paired them, those fleeing being that opponent."""
    ev = events[k]
    fleeing = res.words_re("fleeing_words")
    if fleeing is None or ev.actor1 is None or not fleeing.search(ev.sentence):
        return None
    for e in reversed(events[:k]):
        if ev.paragraph - e.paragraph > 2:
            break
        pair = (e.actor1, e.actor2)
        for mine, other in (pair, pair[::-1]):
            if mine is not None and mine.name == ev.actor1.name and _identified_armed(other) and other != mine:
                return other
    return None


UNDER_ATTACK = re.compile(
    r"\bcame\s+under\s+(?:[\w\-]+\s+){0,2}?(?:fire|attack)\b|\b(?:was|were)\s+(?:attacked|ambushed|fired\s+(?:on|upon|at))\b",
    re.I,
)


def story_opponents(events: list[Event], res=None) -> None:
    """A clash with one side named ("Heavy fighting was reported near X, where Russian units have been trying to
    advance") is against the one armed opponent the story pairs that side with in its other events; drones shot down
    by unnamed air defences ("Air defence systems shot down 14 Ukrainian drones") were downed by the owner's opponent;
    a strike on people fleeing (`fleeing_words`) with no target named hits the striker's last opponent (see
    `_fleeing_foe`). The pairs are counted once (linear in the number of events)."""
    foes = _foes(events)
    for ev in events:
        if ev.sub_event_type == "Armed clash" and ev.actor2 is None and _identified_armed(ev.actor1):
            foe = _one_foe(foes, ev, ev.actor1.name)
            if foe is not None:
                ev.actor2 = foe
            elif res is not None and ev.actor1.actor_type == "State forces" and UNDER_ATTACK.search(ev.sentence):
                # "A patrol of the Kenya Defence Forces came under fire": the force named is the target, of the one
                # non-state armed group the story names, else of an unidentified one
                groups = {
                    a.name: a
                    for e in events
                    for a in (e.actor1, e.actor2)
                    if _identified_armed(a) and a.actor_type in NONSTATE_TYPES
                }
                unid = res.actors.get("Unidentified Armed Group ({country})")
                attacker = next(iter(groups.values())) if len(groups) == 1 else unid
                if attacker is not None:
                    ev.actor1, ev.actor2 = with_country(attacker, ev.actor1.country, res), ev.actor1
        elif ev.sub_event_type == "Disrupted weapons use" and ev.actor1 is None and _identified_armed(ev.actor2):
            ev.actor1 = _one_foe(foes, ev, ev.actor2.name)
    for k, ev in enumerate(events):
        if res is not None and ev.sub_event_type in REMOTE_MEANS and ev.actor2 is None and _identified_armed(ev.actor1):
            ev.actor2 = _fleeing_foe(events, k, res)


def agreement_parties(events: list[Event], res) -> None:
    """An agreement "between the two groups" / "the two sides" (`two_party_anaphora`) with no armed party of its own
    is between the two sides of the story's last battle before it ("elders mediated a ceasefire between the two
    groups": the elders are mediators, not parties)."""
    pat = res.patterns_re("two_party_anaphora")
    if pat is None:
        return
    last_battle = None
    for ev in events:
        if ev.event_type == "Battles" and _identified_armed(ev.actor1) and _identified_armed(ev.actor2):
            last_battle = ev
        elif (
            ev.sub_event_type == "Agreement"
            and last_battle is not None
            and not (_identified_armed(ev.actor1) and _identified_armed(ev.actor2))
            and pat.search(ev.sentence)
        ):
            ev.actor1, ev.actor2 = last_battle.actor1, last_battle.actor2


def unidentified_agents(events: list[Event], res, gaz: Gazetteer) -> None:
    """(ev44) "Unknown gunmen shot dead a Houthi-appointed official", "came under fire from unidentified armed
    elements": an agent the text calls unidentified (`unidentified_agent_patterns`) that is the trigger's subject or
    agent (`_agent_of_trigger`) is actor1, an unidentified armed group of the event's country; an unidentified actor2
    changes sides with actor1. A phrase of another clause or not the trigger's subject or agent changes nothing (fix46:
    "ISWAP fighters killed four soldiers, in an attack first blamed on unknown gunmen" keeps ISWAP); as the trigger's
    own subject or agent it replaces a named actor1, which is then the victim's side or a source ("Unknown gunmen shot
    dead a Houthi-appointed official", "a UNISFA patrol came under fire from unidentified armed elements")."""
    pat = res.patterns_re("unidentified_agent_patterns")
    uag = res.actors.get("Unidentified Armed Group ({country})")
    if pat is None or uag is None:
        return
    for ev in events:
        a1, a2 = ev.actor1, ev.actor2
        if ev.event_type not in ARMED_VIOLENCE_TYPES or not _agent_of_trigger(pat, ev, res):
            continue
        if a1 is not None and a1.name.startswith("Unidentified"):
            continue
        if a2 is not None and a2.name.startswith("Unidentified"):
            ev.actor1, ev.actor2 = a2, a1
        else:
            ev.actor1 = with_country(uag, gaz.iso3(ev.place.country) if ev.place is not None else None, res)


def _undisguised(text: str, res) -> str:
    """(fix50) `text` with its `agent_disguise_patterns` phrases blanked ("in Kenya Defence Forces uniforms", "dressed
    as police officers"): a name the attackers wear names no agent."""
    rx = res.patterns_re("agent_disguise_patterns")
    return text if rx is None else rx.sub(lambda m: " " * len(m.group()), text)


def _agent_of_trigger(pat, ev: Event, res) -> bool:
    """(fix46) A match of `pat` that is the trigger's subject, before the trigger in its clause (within the
    `unidentified_agent_before` window, no `clause_break_patterns` between: "days after unknown gunmen killed" is
    another act's) and no object of a verb or preposition before it (`agent_object_before_patterns`: "troops killed
    three unknown gunmen in a shootout"; fix50: only a verb or preposition, never "said" or "a group of") and no other
    name between it and the trigger (`agent_other_name_patterns`, outside `agent_disguise_patterns`: "in X uniforms"), or
    its agent after it (`agent_after_trigger_patterns`: "was abducted by unidentified gunmen", "came under fire from
    ..."); never the object ("killed four unidentified gunmen")."""
    at = trigger_at(ev)
    if at < 0:
        return False
    end, before = at + len(ev.trigger), res.window("unidentified_agent_before")
    after = res.patterns_re("agent_after_trigger_patterns")
    for m in pat.finditer(ev.sentence):
        if m.end() <= at:
            between = ev.sentence[m.end() : at]
            if at - m.end() > before or res.pattern_search("clause_break_patterns", between):
                continue
            if res.pattern_search("agent_other_name_patterns", _undisguised(between, res)):
                continue  # "unknown gunmen and Al-Shabaab fighters attacked": not the unidentified men alone
            if not res.pattern_search("agent_object_before_patterns", ev.sentence[max(0, m.start() - 40) : m.start()]):
                return True
        elif m.start() >= end and after is not None and after.fullmatch(ev.sentence[end : m.start()]):
            return True
    return False
