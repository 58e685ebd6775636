"""Round ev26 (issue 10): a sentence opened by a section label that marks a summary, an assessment, an unknown or
unverified report, or background (`wordlists.json` `summary_label_patterns`, case-sensitive) reports no event.
Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


def test_labelled_summary_and_claim_lines_report_no_event(extractor):
    for line in (
        "ASSESSMENT: armed gangs operating from the hills east of Goma have again abducted traders on the main road.",
        "HIGHLIGHTS: Between 10 and 14 people killed in two days of fighting in Kasai.",
        "THE WEEK IN ONE LINE: Clashes between herders and farmers near Jos displaced hundreds.",
        "WHAT WE DON'T KNOW: whether the missing traders were abducted near Goma.",
        "UNVERIFIED | Rutshuru | Reports of an attack on a clinic on Monday.",
        "BACKGROUND, 2019-2020: Attacks on villages near Beni killed hundreds of people.",
    ):
        assert not _rows(extractor, line), line


def test_the_same_sentence_without_the_label_is_an_event(extractor):
    rows = _rows(extractor, "Soldiers shot dead four protesters in Kassala on Monday.")
    assert len(rows) == 1 and rows[0]["location"] == "Kassala"
    rows = _rows(extractor, "In the background, soldiers shot dead four protesters in Kassala on Monday.")
    assert rows  # (the labels are capitals opening the sentence: an ordinary sentence keeps its event)
