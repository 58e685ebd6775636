"""Round fix68: the review findings on round ev65 (own-day clauses, the act a protest is against, found dead with
marks, picked up by a force, downed shutters, the wave background). Sentences written for the tests (some are the
reviewer's probes), none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2025, 3, 12)  # a Wednesday


def _rows(extractor, *paragraphs):
    return sorted(
        (r["sub_event_type"], str(r["event_date"]), r["fatalities"]) for r in run(extractor, list(paragraphs), REF)
    )


def _subs(extractor, *paragraphs):
    return [r[0] for r in _rows(extractor, *paragraphs)]


def test_reading_an_after_clause_counts_the_previous_day_back_once(extractor):
    rows = _rows(
        extractor,
        "Gunmen attacked the village of Bama on Tuesday, killing four people.",
        "Police arrested ten men after they burned a church in Bama the previous day.",
    )
    assert ("Arrests", "2025-03-10", None) in rows
    assert ("Looting/property destruction", "2025-03-09", None) in rows


def test_the_day_a_report_was_made_is_no_day_of_the_after_clause(extractor):
    rows = _rows(
        extractor, "Protesters blocked the road in Bama on Tuesday after police said on Monday that gunmen killed a trader."
    )
    assert rows == [("Peaceful protest", "2025-03-11", None)]
    # the act's own day still makes it its own event
    rows = _rows(extractor, "Protesters blocked the road in Bama on Tuesday after gunmen killed a trader on Monday.")
    assert rows == [("Attack", "2025-03-10", 1), ("Peaceful protest", "2025-03-11", None)]


def test_an_after_clause_retelling_an_event_of_its_day_and_place_is_no_new_event(extractor):
    rows = _rows(
        extractor,
        "Gunmen attacked a police post in Bama on Sunday, killing two officers.",
        "The army deployed troops to Bama on Tuesday after two officers were killed there on Sunday.",
    )
    assert rows == [("Armed clash", "2025-03-09", 2), ("Change to group/activity", "2025-03-11", None)]


def test_a_relative_clause_of_a_persons_distant_past_is_no_event(extractor):
    assert _subs(
        extractor,
        "Protesters in Bama marched on Tuesday to demand the release of John Doe, who was arrested on March 3, 2023.",
    ) == ["Peaceful protest"]
    # a recent day of its own stays an event
    assert _subs(
        extractor, "Soldiers in Bama arrested John Doe on Tuesday, who had been attacked by a mob on Sunday."
    ) == ["Arrests", "Mob violence"]
