"""Place names a trained pipeline's entity recognizer finds where the gazetteer and the sentence cues find none (issue 10).

Only with a trained pipeline (a parser and an entity recognizer; the blank pipeline has neither, so its places never
depend on this module): a GPE entity the gazetteer does not know, that a locative preposition governs
(`ner_place_prepositions`: "killed at Nyabisawa", "came to Ntamba", "teachers in Welimada, Passara and Haputale": a
conjunct counts as its first member) in a sentence that tells an event (a trigger inside it), is a place the gazetteer
lacks. It is kept by the unlisted-place path (`UnlistedPlaces.place`): the coordinates of the nearest known place of
its sentence, else the story's last place or country, and a lower geo precision; its other mentions in the article go
with it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import NamedTuple


class NerPlaceWords(NamedTuple):
    """(fix84) The word lists of this module (wordlists.json): `labels` (`ner_place_labels`: the entity labels that
    name places), `preps` (`ner_place_prepositions`: the prepositions whose object is a place after a verb or the
    event's trigger), `static_preps` (`ner_place_static_prepositions`: those of a location whatever governs them,
    "nurses in X", unlike "to": "loyal to X", "an adviser to X"), `governor_pos` (`ner_place_governor_pos`: the parts of
    speech of a verb that governs the preposition), `ties` (`ner_place_tie_words`, fix88: the words of an allegiance
    whose "to" names a person or a party, whatever part of speech the parser gives them: "thugs attached to X", "men
    linked to X")."""

    labels: frozenset[str]
    preps: frozenset[str]
    static_preps: frozenset[str]
    governor_pos: frozenset[str]
    ties: frozenset[str]

    @classmethod
    def of(cls, words: dict) -> NerPlaceWords:
        """The lists from wordlists.json `words` (a misspelt or missing list raises)."""
        names = (
            "ner_place_labels",
            "ner_place_prepositions",
            "ner_place_static_prepositions",
            "ner_place_governor_pos",
            "ner_place_tie_words",
        )
        return cls(*(frozenset(words[n]) for n in names))


def in_spans(starts: list[int], ends: list[int]) -> Callable[[int], bool]:
    """`inside(i)`: offset i lies in one of the spans whose sorted starts and sorted ends are given (the spans starting
    at or before i less those ending at or before it: exact for nested spans too)."""
    return lambda i: bisect_right(starts, i) > bisect_right(ends, i)


def governed_by(ent, words: NerPlaceWords, in_trigger: Callable[[int], bool] = lambda i: False) -> bool:
    """The entity is the object of one of `words.preps` ("at Nyabisawa"), or a conjunct of such an object, and (fix84)
    the preposition belongs to a verb ("killed at X", "came to X") or to the event's trigger ("an attack on X";
    `in_trigger(offset)`), or is one of `words.static_preps` ("nurses in X"); not "to" after an adjective or a
    noun ("supporters loyal to Kwankwaso", "an adviser to X": a person), nor (fix88) after a word of allegiance
    (`words.ties`: "thugs attached to X", "men linked to X", parsed as verbs)."""
    tok = ent.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in words.preps:
        return False
    prep = tok.head
    gov = prep.head
    if prep.lower_ not in words.static_preps and gov.lower_ in words.ties:
        return False
    if gov.pos_ in words.governor_pos or in_trigger(gov.idx):
        return True
    return prep.lower_ in words.static_preps


def _tells_event(ent, trigger_starts: list[int]) -> bool:
    sent = ent.sent
    i = bisect_left(trigger_starts, sent.start_char)
    return i < len(trigger_starts) and trigger_starts[i] < sent.end_char


def ner_place_names(doc, ents, gaz, words: NerPlaceWords, triggers: tuple[list[int], list[int]], free, valid) -> list:
    """[(start, end)] of the entities (`ents`: the document's entities) that name a place by the module docstring's
    test, then every other free mention of an accepted name. `free(s, e)`: the span is no known place and no actor;
    `valid(name)`: the unlisted places' test of a name (no person, date, acronym or stop name); `triggers`: the sorted
    starts and the sorted ends of the document's trigger spans."""
    if not doc.has_annotation("DEP"):
        return []
    trigger_starts, in_trigger = triggers[0], in_spans(*triggers)
    cands = [e for e in ents if e.label_ in words.labels and free(e.start_char, e.end_char)]
    names = {
        e.text
        for e in cands
        if not gaz.lookup(e.text)
        and valid(e.text)
        and not e.text.isupper()
        and governed_by(e, words, in_trigger)
        and _tells_event(e, trigger_starts)
    }
    return [(e.start_char, e.end_char) for e in cands if e.text in names]
