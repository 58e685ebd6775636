"""Round ev26 (issue 10): a place in capitals that opens a paragraph before a dash is that dispatch's dateline
(`place_cues.json` `paragraph_dateline`, read by events/places.py): it yields to another place its sentence names, and
stays the place when the sentence names none but a country. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 4, 16)  # a Thursday
NOTE = "[Translated from French. From a regional weekly, published on Thursday.]"


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


def test_a_dispatch_dateline_yields_to_the_village_its_sentence_names(extractor):
    for dateline in ("MAROUA —", "MAROUA.-", "MAROUA (Far North) –"):
        rows = _rows(
            extractor,
            NOTE,
            f"{dateline} An attack by gunmen on an army patrol near the village of Kossa Mbele was repelled by soldiers "
            "on Tuesday, the army said.",
        )
        assert [r["location"] for r in rows] == ["Kossa Mbele"], (dateline, rows)
        rows = _rows(
            extractor,
            NOTE,
            f"{dateline} Soldiers and gunmen exchanged fire for hours in the Djoulgouf area on Tuesday.",
        )
        assert [r["location"] for r in rows] == ["Djoulgouf"], (dateline, rows)


def test_a_dispatch_dateline_stays_the_place_when_the_sentence_names_no_other(extractor):
    rows = _rows(extractor, NOTE, "MAROUA — Gunmen clashed with soldiers on Tuesday, the army said.")
    assert [r["location"] for r in rows] == ["Maroua"]
    rows = _rows(extractor, NOTE, "MAROUA — Gunmen clashed with soldiers close to the border with Nigeria on Tuesday.")
    assert [r["location"] for r in rows] == ["Maroua"]
