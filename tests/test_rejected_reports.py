"""Round ev26 (issue 10): a sentence that opens with a report, claim or clip and goes on to reject it ("was denied",
"were found to be false", "could not be verified", "is not supported") reports no event (`wordlists.json`
`rejected_report_heads` / `rejected_report_verdicts`, events/candidates.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


def test_rejected_reports_are_no_events(extractor):
    for line in (
        "A report on a local channel that soldiers had burned homes in Kidal on Monday was denied by the army.",
        "Reports of fighting at Menaka on Tuesday were checked by our team and found to be false.",
        "A video that supposedly shows rebels shooting down a helicopter near Gao on Sunday is fabricated.",
        "The group's claim that it had captured Tessit on Monday could not be verified.",
        "JNIM's claim to have shot down a drone over Ansongo on Monday is not supported by any evidence.",
    ):
        assert not _rows(extractor, line), line


def test_a_report_not_rejected_stays_an_event(extractor):
    rows = _rows(extractor, "A report by the army said soldiers had clashed with rebels near Gao on Monday.")
    assert rows and rows[0]["location"] == "Gao"
    rows = _rows(extractor, "Gunmen killed four traders near Menaka on Tuesday, a claim the army denied.")
    assert rows  # (the rejected claim does not open the sentence: what the sentence reports first stays)
