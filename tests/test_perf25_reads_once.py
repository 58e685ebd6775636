"""perf25: `doc.ents` is read once after the actors component writes them (text_cache.set_ents / doc_ents), and the
gazetteer keeps each name's candidates; each gives what the repeated reads gave, and a write is seen by the next read."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from newsetl.extract import gazetteer_lookup
from newsetl.extract.gazetteer_lookup import Gazetteer, Place
from newsetl.extract.text_cache import doc_ents, set_ents

TEXT = "Gunmen of the Sixth Brigade attacked Kuda and Bama on Monday."


def _key(spans) -> list[tuple]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in spans]


def test_doc_ents_are_read_once_and_follow_each_write():
    doc = spacy.blank("en")(TEXT)
    first = [Span(doc, 0, 1, label="ACTOR", span_id="Unidentified Armed Group")]
    set_ents(doc, first)
    got = doc_ents(doc)
    assert got is doc_ents(doc)  # the same Span objects on every read, no rebuild
    assert _key(got) == _key(doc.ents) == [(0, 1, "ACTOR", "Unidentified Armed Group")]
    second = [Span(doc, 2, 5, label="ACTOR", span_id="Sixth Brigade"), Span(doc, 6, 7, label="PLACE")]
    set_ents(doc, second)  # a second write: the next read sees it, not the entities kept before
    assert _key(doc_ents(doc)) == _key(doc.ents) == [(2, 5, "ACTOR", "Sixth Brigade"), (6, 7, "PLACE", "")]


def test_doc_ents_of_a_document_no_component_wrote_are_read_afresh():
    doc = spacy.blank("en")(TEXT)
    assert doc_ents(doc) == ()
    doc.ents = [Span(doc, 6, 7, label="PLACE")]
    assert _key(doc_ents(doc)) == [(6, 7, "PLACE", "")]
    doc.ents = [Span(doc, 8, 9, label="PLACE")]
    assert _key(doc_ents(doc)) == [(8, 9, "PLACE", "")]


def test_the_pipeline_reads_the_entities_the_actors_component_wrote(extractor):
    text = "Boko Haram fighters attacked Bama in Borno State on Monday, killing three soldiers of the Nigerian Army."
    doc = extractor.nlp(text)
    assert doc_ents(doc) and _key(doc_ents(doc)) == _key(doc.ents)


class _CountingIndex(dict):
    def __init__(self, *a) -> None:
        super().__init__(*a)
        self.reads = 0

    def get(self, key, default=None):
        self.reads += 1
        return super().get(key, default)


def _gaz() -> Gazetteer:
    places = [
        Place("Bama", "NG", "Borno", 11.5, 13.7, 100000, 1, "town", 2),
        Place("Bama", "BF", None, 11.4, -4.4, 5000, 2, "village", 1),
    ]
    return Gazetteer(places, _CountingIndex({"bama": (0, 1)}), {})


def test_gazetteer_lookup_is_kept_per_text_and_returns_a_new_list():
    gaz = _gaz()
    first = gaz.lookup("Bama")
    assert [p.country for p in first] == ["NG", "BF"] and gaz.index.reads == 1
    first.clear()  # a caller's change to its list is not the next caller's answer
    assert [p.country for p in gaz.lookup("Bama")] == ["NG", "BF"] and gaz.index.reads == 1
    assert gaz.lookup("Nowhere") == [] and gaz.lookup("Nowhere") == [] and gaz.lookup("") == []
    assert gaz.index.reads == 1 + 2  # (a missing name: its key, then its key without an article; once)


def test_gazetteer_lookup_keeps_at_most_looked_max_texts(monkeypatch):
    monkeypatch.setattr(gazetteer_lookup, "LOOKED_MAX", 2)
    gaz = _gaz()
    for name in ("Bama", "Kuda", "Dikwa", "Bama"):
        gaz.lookup(name)
    assert len(gaz._looked) <= 2 and [p.country for p in gaz.lookup("Bama")] == ["NG", "BF"]
