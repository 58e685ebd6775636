"""perf26 (issue 11): the work per place of a document does not grow with the document. An unlisted name's anchor is
found among the document's known places filtered once, not by filtering all of them again for each name; a place at
the text's start, a paragraph's dateline and a region cue ("the Kharkiv region") are read without copying the text
before or after the place. Counts and slice lengths, not times: they do not depend on the machine's load."""

from __future__ import annotations

import json
from datetime import date
from types import SimpleNamespace

from tests.conftest import ROOT


class _Sliced(str):
    """A text that remembers the longest slice taken of it."""

    longest = 0

    def __getitem__(self, key):
        got = str.__getitem__(self, key)
        if isinstance(key, slice):
            type(self).longest = max(type(self).longest, len(got))
        return got


def _filler(n: int) -> str:
    return " ".join(f"Residents of the town met officials on day {i}." for i in range(n))


def _paras() -> list[str]:
    paras: list[str] = []
    for f in sorted((ROOT / "eval" / "events").glob("*.json")):
        paras += json.loads(f.read_text(encoding="utf-8"))["body"]
    return paras


def test_abroad_checks_grow_linearly_with_the_document(extractor, monkeypatch):
    """`_abroad` once per known place (per dominant country) and once per unlisted name: ~10x for a document 10 times
    longer; filtering the whole list for every unlisted name made it ~100x."""
    from newsetl.extract.components.unlisted import UnlistedPlaces
    from newsetl.extract.extractor import ArticleText

    calls = [0]
    real = UnlistedPlaces._abroad

    def counted(self, *args):
        calls[0] += 1
        return real(self, *args)

    monkeypatch.setattr(UnlistedPlaces, "_abroad", counted)
    paras = _paras()

    def count(n: int) -> int:
        calls[0] = 0
        body = [paras[i % len(paras)] for i in range(n)]
        list(extractor.run([ArticleText("x", body, date(2018, 11, 5))]))
        return calls[0]

    small, large = count(40), count(400)
    assert small > 0 and large / small < 15, (small, large)


def test_a_place_at_the_texts_start_is_found_without_copying_the_text_before_it(extractor):
    places = extractor.nlp.get_pipe("newsetl_places")
    text = _Sliced("Kidal " + _filler(2000) + " fighting in Gao, officials said.")
    _Sliced.longest = 0
    s = text.index("Gao")
    assert places.doc_country.locates(text, s, s + 3) is True  # "in Gao"
    assert places.doc_country.locates(text, 0, 5) is True  # the text's first word
    assert places.doc_country.locates(_Sliced("   \n Kidal " + _filler(5)), 5, 10) is True
    assert places.doc_country.locates(text, text.index("officials"), text.index("officials") + 9) is False
    assert _Sliced.longest <= 100, _Sliced.longest


def test_a_region_cue_is_read_at_the_name_without_copying_the_rest_of_the_text(extractor):
    places = extractor.nlp.get_pipe("newsetl_places")
    text = _Sliced("Shelling hit the Kharkiv region on Monday. " + _filler(2000))
    _Sliced.longest = 0
    e = text.index(" region")
    cands = places.gaz.lookup("Kharkiv")
    assert places._named_region(text, e, "Kharkiv", cands) == "UA"
    assert places._named_region(text, e + 1, "Kharkiv", cands) is None  # no space before the cue: no match
    assert _Sliced.longest <= 100, _Sliced.longest


def test_paragraph_datelines_are_sought_without_copying_the_text_before_each_place(extractor):
    from newsetl.extract.events.place_dateline import without_paragraph_dateline

    text = _Sliced(_filler(2000))
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "."][:-1]
    art = SimpleNamespace(text=text, para_starts=starts, res=extractor.res)
    spans = [SimpleNamespace(start_char=k, text=text[k : k + 9]) for k in range(100, len(text), 997)]
    _Sliced.longest = 0
    assert without_paragraph_dateline(art, spans) is spans  # no dateline in capitals: the spans as they were
    assert _Sliced.longest <= 100, _Sliced.longest
