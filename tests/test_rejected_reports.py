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
        "A second online claim, that rebels had overrun the army camp at Kidal on Saturday, is false.",
    ):
        assert not _rows(extractor, line), line


def test_a_report_not_rejected_stays_an_event(extractor):
    rows = _rows(extractor, "A report by the army said soldiers had clashed with rebels near Gao on Monday.")
    assert rows and rows[0]["location"] == "Gao"
    rows = _rows(
        extractor,
        "A report that gunmen had killed four traders near Menaka on Tuesday was published by a local radio; a request "
        "by the army for a correction was rejected.",
    )
    assert rows  # (fix28: the verdict after ";" is said of the request, not of the report)


def test_a_verdict_outside_the_reports_own_clause_keeps_the_event(extractor):
    # fix28: the verdict must be said of the report, in its clause (not after ";", ", but", ", a toll", "after")
    for line, place in (
        (
            "Local media reports said gunmen killed 12 villagers in Zamfara on Monday, a toll that could not be "
            "independently verified.",
            "Zamfara State",
        ),
        (
            "According to local reports, gunmen killed 12 villagers near Gusau on Monday, but the toll could not be "
            "independently confirmed.",
            "Gusau",
        ),
        (
            "Reports said militants attacked an army base near Gao on Monday, killing five soldiers; a request by "
            "journalists to visit the base was denied.",
            "Gao",
        ),
        (
            "Reports said hundreds of teachers clashed with police in Kassala on Monday after their pay demands were "
            "rejected.",
            "Kassala",
        ),
        (
            "Army posts near Gao were attacked by militants on Monday; a request for reinforcements was rejected, "
            "officers said.",
            "Gao",
        ),
    ):
        rows = _rows(extractor, line)
        assert rows and rows[0]["location"] == place, (line, rows)


def test_reports_said_is_no_rejected_report_head(extractor):
    # fix28: "Police reports say ..." is a source, not a report that is then rejected: the abduction keeps its actors
    rows = _rows(
        extractor,
        "Police reports say gunmen abducted 20 students in Kaduna on Monday; ransom demands were rejected by the "
        "state government.",
    )
    assert rows and rows[0]["location"] == "Kaduna" and "Unidentified" in (rows[0]["actor1"] or ""), rows


def test_a_rejected_report_in_its_own_clause_is_still_dropped(extractor):
    for line in (
        "A report that gunmen had killed 12 villagers near Gusau on Monday was denied by the police.",
        "FACTCHECK: A video that shows militants attacking an army base near Gao on Monday was found to be fabricated.",
    ):
        assert not _rows(extractor, line), line
