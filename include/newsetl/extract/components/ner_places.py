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

from bisect import bisect_left

NER_PLACE_LABELS = ("GPE",)


def governed_by(ent, preps: frozenset[str]) -> bool:
    """The entity is the object of one of `preps` ("at Nyabisawa"), or a conjunct of such an object."""
    tok = ent.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in preps


def _tells_event(ent, trigger_starts: list[int]) -> bool:
    sent = ent.sent
    i = bisect_left(trigger_starts, sent.start_char)
    return i < len(trigger_starts) and trigger_starts[i] < sent.end_char


def ner_place_names(doc, ents, gaz, preps: frozenset[str], trigger_starts: list[int], free, valid) -> list:
    """[(start, end)] of the entities (`ents`: the document's entities) that name a place by the module docstring's
    test, then every other free mention of an accepted name. `free(s, e)`: the span is no known place and no actor;
    `valid(name)`: the unlisted places' test of a name (no person, date, acronym or stop name)."""
    if not doc.has_annotation("DEP"):
        return []
    cands = [e for e in ents if e.label_ in NER_PLACE_LABELS and free(e.start_char, e.end_char)]
    names = {
        e.text
        for e in cands
        if not gaz.lookup(e.text)
        and valid(e.text)
        and not e.text.isupper()
        and governed_by(e, preps)
        and _tells_event(e, trigger_starts)
    }
    return [(e.start_char, e.end_char) for e in cands if e.text in names]
