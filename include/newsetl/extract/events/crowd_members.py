"""(ev105) People arrested whom the arrest's own sentence makes members of a crowd of the story (convention 1 of
eval/events/README.md: people arrested at or over a demonstration or riot the text reports take that crowd's label),
read from the structure of the arrested noun phrase rather than from a list of people nouns:

- a partitive of the crowd's own noun ("arrested nine of the youths", "twelve of those marchers were detained"): the
  noun must stand in the sentence of a crowd event told before, so "three of the gunmen" after a riot stays as it is;
- a relative or accusing clause that gives them the crowd's act ("students who had led the march", "men suspected of
  having organised the blockade", "who took part in Friday's riot"): the crowd event nearest before (or in) the
  sentence gives the label, else the act's noun (a riot's nouns make rioters, any other protesters).

Both read `arrest_crowd_member_patterns`; the caller (`arrest_sides`) tries this before its counted-crowd rule."""

from __future__ import annotations

import re

from .model import Event, place_key, trigger_at
from .text import rx_of


def _member_match(sentence: str, res) -> re.Match | None:
    rx = res.built(
        "crowd_members.patterns",
        lambda: [re.compile(p, re.I) for p in res.words["arrest_crowd_member_patterns"]],
    )
    return next((m for m in (r.search(sentence) for r in rx) if m is not None), None)


def crowd_member_side(ev: Event, crowds: list[Event], res, lines: frozenset[int] = frozenset()):
    """The crowd label (`Rioters` / `Protesters`) of the arrested people of `ev` when its sentence makes them members of
    a crowd (module doc); None when it does not."""
    m = _member_match(ev.sentence, res)
    if m is None or _own_story(ev, res):
        return None
    groups = m.groupdict()
    back = res.words["arrest_crowd_paragraphs"]["linked"]
    near = [
        e
        for e in crowds
        if e is not ev
        and e.start_char <= ev.start_char + len(ev.sentence)
        and 0 <= ev.paragraph - e.paragraph - sum(1 for i in lines if e.paragraph < i < ev.paragraph) <= back
    ]
    noun = groups.get("noun") or groups.get("noun2")
    if noun is not None:
        near = [e for e in near if e.sentence and e.sentence != ev.sentence and _crowd_noun(e, noun)]
        if not near:
            return None
    if near:
        here = [e for e in near if ev.place is not None and place_key(e) == place_key(ev)]
        e = min(here or near, key=lambda c: abs(c.start_char - ev.start_char))
        riot = e.sub_event_type in res.wordset("riot_sub_types")
    else:
        riot = False
    if noun is None:  # the clause's own act: "who took part in the riot", "the violent demonstration"
        riot = riot or res.pattern_search("crowd_member_riot_act_patterns", m.group(0)) is not None
    return res.actors.get("Rioters" if riot else "Protesters")


def _own_story(ev: Event, res) -> bool:
    """(fix117) The arrest states its own charge ("detained three of the villagers accused of collaborating with
    jihadists": `arrest_own_act_patterns`) or opens another story ("Separately, police arrested ...":
    `scene_change_openers`): the people arrested are no crowd's members."""
    s = ev.sentence
    own = res.pattern_search("arrest_own_act_patterns", s)
    return own is not None or res.pattern_search("scene_change_openers", s) is not None


def _crowd_noun(e: Event, noun: str) -> bool:
    """(fix117) `noun` is the crowd event's own people: its head noun before the trigger ("Hundreds of teachers
    marched"), or the agent right after a passive trigger ("was stormed by angry youths"); not a noun after the
    trigger ("clashed with police officers", "watched by dozens of journalists")."""
    at = trigger_at(e)
    word = rf"\b{re.escape(noun)}\b(?!['’])"
    if at < 0:
        return rx_of(word, re.I).search(e.sentence) is not None
    if rx_of(word, re.I).search(e.sentence[:at]) is not None:
        return True
    tail = e.sentence[at + len(e.trigger) :]
    return rx_of(rf"\s+by\s+(?:[\w\-]+\s+){{0,3}}?{word}", re.I).match(tail) is not None
