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
or attributed (`coercion_gap_refused` in the words between the force and its verb: "did not", "said", "who", "nor").

(fix120) A peaceful protest is retyped only when the force's clause acts on a crowd (`_on_crowd`): a crowd object or a
scene pronoun after the verb with no preposition of another object before it ("cleared debris from the road after the
protest", "charged three activists with organising a protest", "raided the offices of a protest group": no), or a
crowd-directed means in its clause (`coercion_crowd_means`: tear gas, warning shots, into the air, water cannon), and
not when the force is negated ("neither police nor soldiers fired", "no police officers used force":
`coercion_negations`). People "who were occupying / blocking ..." are a crowd only with a protest cue
(`crowd_occupation_protest_cues`) unless an arrest removes them (`coercion_holding_cue_sub_types`). The force nouns
are state forces: a militia breaking up a rally is no intervention here (the protest stays peaceful).
"""

from __future__ import annotations

import re

from ..rules import Rules
from .model import STATE_TYPES
from .model import retype as _set
from .text import word_rx

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
            "aim_gap": re.compile(alt("coercion_object_aim_gaps"), re.I),
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
            "means": re.compile(rf"\b(?:{alt('coercion_crowd_means')})", re.I),
            "negated_before": re.compile(
                rf"\b(?:{alt('coercion_negations')})\s+(?:(?!(?:{alt('coercion_negation_not_governing')})\b)[\w\-]+\s+){{0,2}}$",
                re.I,
            ),
            "negated_after": re.compile(rf"\s*(?:{alt('coercion_negations')})\b", re.I),
            "particle": re.compile(rf"^\s*(?:{alt('coercion_object_particles')})\b", re.I),
            "cues": re.compile(alt("crowd_occupation_protest_cues"), re.I),
            "arrest_word": re.compile(rf"\b(?:{alt('arrest_trigger_words')})", re.I),
        }

    return res.built("crowd_coercion.patterns", build)


def _force_clauses(stext: str, rx: dict) -> list[re.Match]:
    """The force-verb clauses of the sentence whose words between force and verb are no negation, relative or speech."""
    return [m for m in rx["clause"].finditer(stext) if not rx["gap_refused"].search(m.group("gap"))]


def _crowd_hit(stext: str, hit: re.Match | None, rx: dict, offset: int = 0) -> bool:
    """(fix120) A crowd object found: a protest noun, or people "who were occupying / blocking / sitting ..." with a
    protest cue after them (`crowd_occupation_protest_cues`: a protest word, or the building, gate or road they hold;
    not families occupying state land nor traders blocking the pavement)."""
    if hit is None:
        return False
    return not hit.group(0).lower().startswith("who") or rx["cues"].search(stext, offset + hit.start()) is not None


def _own_noun(stext: str, t0: int, res: Rules) -> re.Pattern | None:
    """(fix123) The protest's own subject noun: the nearest plural word among the five before its trigger ("Hundreds
    of nurses marched", "Supporters of the opposition leader rallied"; not a quantity, a force or a function word:
    `coercion_own_noun_not`), as a crowd object of a force clause after the protest ("police beat several nurses"; not
    of a force clause before it: "Police charged four students with organising a protest")."""
    words = re.findall(r"[A-Za-z][\w\-']*", stext[max(0, t0 - 80) : t0])[-5:]
    refused = res.wordset("coercion_own_noun_not") | res.wordset("coercion_force_nouns")
    for word in reversed(words):
        w = word.lower()
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in refused:
            return word_rx(w)
    return None


def _on_crowd(stext: str, m: re.Match, limit: int, rx: dict, own: re.Pattern | None = None) -> bool:
    """(fix120) Does the force clause `m` act on a crowd? A crowd object or a scene pronoun after its verb, before any
    clause break, with no preposition of another object before it (`coercion_object_gap_refused`; a particle right
    after the verb may stand: "fired on the marchers"), or a crowd-directed means in its clause (`coercion_crowd_means`:
    tear gas, warning shots, into the air, water cannon, batons). Not a force whose act is negated ("neither police nor
    soldiers fired", "no police officers used force", "fired no shots": `coercion_negations`)."""
    v0, v1 = m.start("verb"), m.end("verb")
    if rx["negated_before"].search(stext, max(0, m.start() - 40), m.start()) or rx["negated_after"].match(stext, v1):
        return False
    cut = rx["breaks"].search(stext, v1, limit)
    end = cut.start() if cut else limit
    if rx["means"].search(stext[v0 : min(end, v1 + 60)].split(",")[0]):
        return True
    hit = rx["scene_objects"].search(stext, v0, end)
    mine = own.search(stext, v1, end) if own is not None else None
    if mine is not None and (hit is None or mine.start() < hit.start()):
        hit = mine  # (fix123) "Hundreds of nurses marched ... before police beat several nurses"
    if not _crowd_hit(stext, hit, rx):
        return False
    gap = rx["particle"].sub("", stext[v1 : hit.start()], count=1) if hit.start() > v1 else ""
    return not rx["object_gap"].search(gap) or rx["aim_gap"].fullmatch(gap) is not None  # (fix123) "fired shots at"


def _acts_on_crowd(
    stext: str, t0: int, t1: int, rx: dict, need_object: bool, objects=None, cue: bool = True, own=None
) -> re.Match | None:
    """The force clause that acts on the crowd whose trigger spans stext[t0:t1] (see the module docstring); with
    `need_object`, on a crowd the compiled `objects` find right after the verb; (fix120) without, on the crowd
    `_on_crowd` finds (a crowd object, a scene pronoun or a crowd-directed means); `cue`: people "who were occupying /
    blocking ..." need a protest cue (`_crowd_hit`)."""
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
                held = _crowd_hit(stext, hit, rx, verb_end) if cue else hit is not None
                if held and not rx["object_gap"].search(obj[: hit.start()]):
                    return m
            elif cut is None and t0 - verb_end <= 140 and _on_crowd(stext, m, max(t1, verb_end + 120), rx):
                return m
        elif m.start() >= t1 and not need_object:
            # the crowd first: the force's clause ends the protest ("until / before / and", "left after")
            before = stext[t1 : m.start()]
            if rx["breaks"].search(before) or len(before) > 200:
                continue
            if (rx["link"].search(before) or rx["leaving"].search(before)) and _on_crowd(
                stext, m, min(len(stext), verb_end + 120), rx, own
            ):
                return m
    if not need_object:
        # the crowd as the subject of the force's passive ("Protesting drivers were forcibly removed by police")
        for m in rx["passive"].finditer(stext, t1):
            if not rx["breaks"].search(stext[t1 : m.start()]) and m.start() - t1 <= 120:
                return m
    return None


def _arrested_elsewhere(ev, a1, a2, stext: str, res: Rules):
    """(ev107) An arrest of the crowd's people typed as an intervention by its trigger ("two of the demonstrators were
    detained") whose sentence puts it elsewhere or later (`arrest_elsewhere_patterns`: "at their homes the following
    morning") and not at the scene (`at_scene_patterns`): an `Arrests` event of its own (convention 7), the force
    actor1 and the crowd (`Protesters`) actor2; None when it is no such arrest."""
    if not _compiled(res)["arrest_word"].search(ev.trigger):
        return None
    if res.pattern_search("arrest_elsewhere_patterns", stext) is None:
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
        own = _own_noun(stext, rel, res)
        if _acts_on_crowd(stext, rel, rel + len(ev.trigger), rx, need_object=False, own=own) is None:
            return a1, a2
        _set(ev, "Protests", PWI)
        return a1, a2
    force = next((a for a in (a1, a2) if a is not None and a.actor_type in STATE_TYPES), None)
    # "Gendarmes removed them and detained four at the scene": a pronoun is the crowd when the arrest is at its scene
    objects = rx["scene_objects"] if res.pattern_search("at_scene_patterns", stext) else rx["objects"]
    # (fix120) an eviction or abduction of people holding land or a pavement is no protest; an arrest of people removed
    # while blocking or occupying a place is the crowd's intervention (`coercion_holding_cue_sub_types`)
    cue = ev.sub_event_type in res.wordset("coercion_holding_cue_sub_types")
    if force is None or _acts_on_crowd(stext, rel, rel + len(ev.trigger), rx, True, objects, cue) is None:
        return a1, a2
    _set(ev, "Protests", PWI)
    ev.civilian_targeting = False
    return res.actors.get("Protesters") or a1, force
