"""Round fix39 (review of the ev33 rules): a retold battle that names another place, the denial of a detail only,
"went on to capture", a claim one side denied in a dated clause, and a doubted head that is the subject of "said".
Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2025, 3, 12)  # a Wednesday


def _rows(extractor, *paragraphs):
    return [(r["sub_event_type"], r["location"], r["fatalities"]) for r in run(extractor, list(paragraphs), REF)]


def test_a_retold_battle_at_another_place_is_a_battle_of_its_own(extractor):
    rows = _rows(
        extractor,
        "Insurgents stormed a military post in Gwoza, Borno State, on Tuesday. The fighting in Bama began when the "
        "insurgents ambushed a patrol, killing six soldiers.",
    )
    assert ("Armed clash", "Bama", 6) in rows
    assert [r for r in rows if r[1] == "Gwoza"] and all(r[2] is None for r in rows if r[1] == "Gwoza")


def test_a_retold_battle_with_no_other_place_still_merges(extractor):
    rows = _rows(
        extractor,
        "Insurgents stormed a military post in Gwoza, Borno State, on Tuesday. The fighting lasted for three hours, "
        "killing six soldiers.",
    )
    assert rows == [("Armed clash", "Gwoza", 6)]


def test_a_denied_detail_keeps_the_event(extractor):
    rows = _rows(
        extractor,
        "The air force denied reports of civilian deaths in the air strike on Gwoza, Borno State, on Tuesday.",
    )
    assert [r[0] for r in rows] == ["Air/drone strike"]
    rows = _rows(
        extractor,
        "The police could not confirm reports of injuries after gunmen attacked a market in Gwoza, Borno State, on "
        "Tuesday.",
    )
    assert [r[0] for r in rows] == ["Attack"]
    # the denied act itself stays no event
    assert _rows(extractor, "The army denied reports that soldiers had burned a school in Gwoza on Tuesday.") == []


def test_went_on_to_capture_is_a_capture(extractor):
    rows = _rows(
        extractor, "On Tuesday, insurgents went on to seize the town of Gwoza, Borno State, after a long siege."
    )
    assert [r[0] for r in rows] == ["Non-state actor overtakes territory"]


def test_a_dated_claim_the_other_side_denied_is_the_claimant_report(extractor):
    rows = _rows(
        extractor,
        "On Tuesday, the army said its soldiers had killed an insurgent commander in Gwoza, Borno State, a claim the "
        "insurgents denied.",
    )
    assert [r[0] for r in rows] == ["Armed clash"]
    # a claim third parties did not confirm stays no event
    assert (
        _rows(
            extractor,
            "On Tuesday, the insurgents said they had shelled a barracks in Gwoza, a claim that residents did not confirm.",
        )
        == []
    )


def test_unconfirmed_reports_that_said_are_a_hedged_report(extractor):
    rows = _rows(extractor, "Unconfirmed reports on Tuesday said gunmen had attacked a school in Gwoza, Borno State.")
    assert [r[0] for r in rows] == ["Attack"]
    assert (
        _rows(extractor, "An unconfirmed report of a raid on a school in Gwoza, Borno State, is being checked.") == []
    )
