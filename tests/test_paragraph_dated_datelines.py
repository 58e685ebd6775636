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
