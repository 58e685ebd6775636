"""Round ev26 (issue 10): a night named by the day it ends on is coded on its first day (`wordlists.json`
`night_end_patterns`, events/when.py): "on the night of 9 to 10 March", "the night from Sunday to Monday". Sentences
written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import only

REF = date(2026, 3, 12)  # a Thursday


def test_a_night_of_two_dates_is_its_first_day(extractor):
    r = only(extractor, ["On the night of 9 to 10 March, gunmen abducted five farmers in Kidal."], ref=REF)
    assert str(r["event_date"]) == "2026-03-09"


def test_a_night_from_one_weekday_to_the_next_is_the_first(extractor):
    r = only(extractor, ["On the night from Sunday to Monday, gunmen abducted five farmers in Kidal."], ref=REF)
    assert str(r["event_date"]) == "2026-03-08"


def test_a_plain_day_is_unchanged(extractor):
    r = only(extractor, ["On 10 March, gunmen abducted five farmers in Kidal."], ref=REF)
    assert str(r["event_date"]) == "2026-03-10"
