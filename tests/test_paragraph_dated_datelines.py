"""Round ev26 (issue 10): in a brief of several dispatches, the dated dateline that opens a later paragraph ("KUT,
Iraq, May 14 (Agency) - ") is that dispatch's day of publication, not its event's day, as the first paragraph's is
(events/when.py `paragraph_datelines`). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 5, 14)  # a Thursday


def test_a_later_dispatch_dateline_is_not_the_event_day(extractor):
    rows = run(
        extractor,
        [
            "NASIRIYAH, Iraq, May 14 (Gulf Wire) - Gunmen shot dead a shop owner in Nasiriyah on Wednesday, police said.",
            "KUT, Iraq, May 14 (Gulf Wire) - A drone dropped an explosive charge on a depot near Kut late on Monday, "
            "causing a fire, security sources said.",
        ],
        ref=REF,
    )
    days = {r["location"]: str(r["event_date"]) for r in rows}
    assert days.get("Nasiriyah") == "2026-05-13" and days.get("Al-Kut") == "2026-05-11", rows


def test_a_timeline_day_heading_a_paragraph_stays_the_event_day(extractor):
    # fix28: only datelines in capitals or with an agency's tag are later dispatches' datelines; weekdays and
    # "On ..." / "Elsewhere, ..." heads are the days of the events
    rows = run(
        extractor,
        [
            "A week of violence in the north: a timeline.",
            "Sunday, May 10 – Gunmen killed five traders in Kut.",
            "Monday, May 11: Soldiers clashed with militants near Nasiriyah.",
        ],
        ref=REF,
    )
    days = {r["location"]: str(r["event_date"]) for r in rows}
    assert days.get("Al-Kut") == "2026-05-10" and days.get("Nasiriyah") == "2026-05-11", rows
    for para in (
        "On Monday, May 11 - the day after the market attack - soldiers clashed with militants near Nasiriyah.",
        "Elsewhere, May 11 - the same day - soldiers clashed with militants near Nasiriyah.",
    ):
        rows = run(extractor, ["Violence continued across the south.", para], ref=REF)
        assert rows and str(rows[0]["event_date"]) == "2026-05-11", (para, rows)
