"""(ev107) The protest / intervention line read from who acts on whom (convention 7 of eval/events/README.md).

A force (`coercion_force_nouns`, or a state force the clause resolved) that is the subject of a verb of coercion
(`coercion_verbs`: removed, carried away, dragged off, cleared, ended, broke up, drove back, fired, charged, beat ...)
in the sentence of a crowd event acts on that crowd at its scene when either

- the force's clause comes first and the crowd is its object: the event's protest trigger, or a protest noun or a
  crowd "who were sitting / blocking / occupying ..." (`coercion_crowd_objects`), stands after the verb with no
  clause break (`coercion_breaks`) between ("Riot police carried away about 40 people who were sitting in front of
  the gate", "Officers cleared a sit-in by nurses ... and held eleven of them at the scene", "police ended a blockade
  of a fuel depot ... and detained 23 people there");
- or the force's clause comes after the protest, joined by "until / before / and (then)" or by a verb of the crowd
  leaving (`coercion_crowd_leaving`) with "after / when / as" ("gathered ... and left after guards fired into the
  air", "rallied ... until soldiers fired warning shots", "the sit-in ended after security men fired in the air"); a
  bare "after police fired ..." is the protest's cause, not its end.

Such an event is a `Protest with intervention` (the force as actor2, `role_rules.conventional_roles`): a peaceful
protest, an arrest, an abduction or an `Other` row (`coercion_retyped_sub_types`) whose sentence tells a force
removing a crowd. A riot keeps its sub-type. Not when the sentence puts the force's act elsewhere or later
(`coercion_elsewhere`: "at their homes", "the next day", "overnight", "later"), nor when the force's verb is negated
or attributed (`coercion_gap_refused` in the words between the force and its verb: "did not", "said", "who").
"""

from __future__ import annotations

import re

from ..rules import Rules
from .model import STATE_TYPES
from .model import retype as _set

PWI = "Protest with intervention"


def _compiled(res: Rules) -> dict:
    def build() -> dict:
        def alt(key: str) -> str:
            return "|".join(f"(?:{p})" for p in res.words[key])

        force = Rules.alternation(res.words["coercion_force_nouns"])
        return {
            "clause": re.compile(
                rf"\b(?:{force})\b(?P<gap>(?:\s+[\w\-']+){{0,5}}?)\s+(?P<verb>{alt('coercion_verbs')})\b", re.I
            ),
            "passive": re.compile(
                r"\b(?:was|were|been|being|got)\s+(?:forcibly\s+|violently\s+)?"
                rf"(?:{alt('coercion_passive_verbs')})\b(?:\s+[\w\-']+){{0,5}}?\s+by\s+(?:the\s+)?"
                rf"(?:[\w\-]+\s+){{0,2}}?(?:{force})\b",
                re.I,
            ),
            "object_gap": re.compile(alt("coercion_object_gap_refused"), re.I),
            "gap_refused": re.compile(alt("coercion_gap_refused"), re.I),
            "objects": re.compile(alt("coercion_crowd_objects"), re.I),
            "scene_objects": re.compile(
                alt("coercion_crowd_objects") + "|" + alt("coercion_scene_pronoun_objects"), re.I
            ),
            "leaving": re.compile(
                rf"\b(?:{alt('coercion_crowd_leaving')})\b(?:\s+[\w\-']+){{0,5}}?\s+(?:after|when|as|once)\s+"
                r"(?:[\w\-']+\s+){0,3}$",
                re.I,
            ),
            "link": re.compile(rf"\b(?:{alt('coercion_links_after_crowd')})\s+(?:[\w\-']+\s+){{0,3}}$", re.I),
            "breaks": re.compile(alt("coercion_breaks"), re.I),
            "elsewhere": re.compile(alt("coercion_elsewhere"), re.I),
        }

    return res.built("crowd_coercion.patterns", build)


def _force_clauses(stext: str, rx: dict) -> list[re.Match]:
    """The force-verb clauses of the sentence whose words between force and verb are no negation, relative or speech."""
    return [m for m in rx["clause"].finditer(stext) if not rx["gap_refused"].search(m.group("gap"))]


def _acts_on_crowd(stext: str, t0: int, t1: int, rx: dict, need_object: bool, objects=None) -> re.Match | None:
    """The force clause that acts on the crowd whose trigger spans stext[t0:t1] (see the module docstring); with
    `need_object`, on a crowd the compiled `objects` find right after the verb."""
    for m in _force_clauses(stext, rx):
        verb_end = m.end("verb")
        if m.start() < t0 or (m.start("verb") <= t0 < verb_end):
            # the force first: the crowd is the verb's object, before any clause break
            end = t1 if not need_object else min(len(stext), verb_end + 120)
            between = stext[verb_end:end]
            cut = rx["breaks"].search(between)
            obj = between[: cut.start()] if cut else between
            if need_object:
                hit = objects.search(obj)
                if hit and not rx["object_gap"].search(obj[: hit.start()]):
                    return m
            elif cut is None and t0 - verb_end <= 140:
                return m
        elif m.start() >= t1 and not need_object:
            # the crowd first: the force's clause ends the protest ("until / before / and", "left after")
            before = stext[t1 : m.start()]
            if rx["breaks"].search(before) or len(before) > 200:
                continue
            if rx["link"].search(before) or rx["leaving"].search(before):
                return m
    if not need_object:
        # the crowd as the subject of the force's passive ("Protesting drivers were forcibly removed by police")
        for m in rx["passive"].finditer(stext, t1):
            if not rx["breaks"].search(stext[t1 : m.start()]) and m.start() - t1 <= 120:
                return m
    return None


ARREST_WORD = re.compile(r"\b(?:arrest|detain|custody|picked\s+up|rounded\s+up|held)", re.I)


def _arrested_elsewhere(ev, a1, a2, stext: str, res: Rules):
    """(ev107) An arrest of the crowd's people typed as an intervention by its trigger ("two of the demonstrators were
    detained") whose sentence puts it elsewhere or later (`arrest_elsewhere_patterns`: "at their homes the following
    morning") and not at the scene (`at_scene_patterns`): an `Arrests` event of its own (convention 7), the force
    actor1 and the crowd (`Protesters`) actor2; None when it is no such arrest."""
    if not ARREST_WORD.search(ev.trigger) or res.pattern_search("arrest_elsewhere_patterns", stext) is None:
        return None
    if res.pattern_search("at_scene_patterns", stext) is not None:
        return None
    _set(ev, "Strategic developments", "Arrests")
    ev.plover_event, ev.plover_mode = "COERCE", "arrest"
    force = next((a for a in (a1, a2) if a is not None and a.actor_type in STATE_TYPES), None)
    return force, res.actors.get("Protesters") or a2


def force_on_crowd(ev, a1, a2, stext: str, rel: int, res: Rules):
    """(ev107) A peaceful protest, an arrest, an abduction or an `Other` row whose sentence tells a force acting on
    the crowd at its scene is a protest with intervention; returns the sides (the crowd first, the force second).
    An intervention that is the arrest of the crowd's people elsewhere or later is an arrest (`_arrested_elsewhere`)."""
    if ev.sub_event_type == PWI:
        sides = _arrested_elsewhere(ev, a1, a2, stext, res)
        return sides if sides is not None else (a1, a2)
    if ev.sub_event_type not in res.wordset("coercion_retyped_sub_types"):
        return a1, a2
    rx = _compiled(res)
    if rx["elsewhere"].search(stext):
        return a1, a2
    protest = ev.sub_event_type == "Peaceful protest"
    if protest:
        if _acts_on_crowd(stext, rel, rel + len(ev.trigger), rx, need_object=False) is None:
            return a1, a2
        _set(ev, "Protests", PWI)
        return a1, a2
    force = next((a for a in (a1, a2) if a is not None and a.actor_type in STATE_TYPES), None)
    # "Gendarmes removed them and detained four at the scene": a pronoun is the crowd when the arrest is at its scene
    objects = rx["scene_objects"] if res.pattern_search("at_scene_patterns", stext) else rx["objects"]
    if force is None or _acts_on_crowd(stext, rel, rel + len(ev.trigger), rx, True, objects) is None:
        return a1, a2
    _set(ev, "Protests", PWI)
    ev.civilian_targeting = False
    return res.actors.get("Protesters") or a1, force
