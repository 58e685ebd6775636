"""Date resolution conventions (news usage), including the Monday-reference edge case."""

from datetime import date

import pytest

from newsetl.extract.dates import find_dates

MON = date(2018, 11, 5)  # a Monday
SAT = date(2018, 11, 10)


def first(text, ref):
    ds = [d for d in find_dates(text, ref) if d.value is not None]
    return (ds[0].value, ds[0].precision) if ds else None


@pytest.mark.parametrize(
    "text,ref,expected",
    [
        ("killed on November 3, when", MON, (date(2018, 11, 3), 1)),
        ("on 3 November 2017", MON, (date(2017, 11, 3), 1)),
        ("on November 30", MON, (date(2017, 11, 30), 1)),  # a future day-of-year means last year
        ("A US air strike early Monday killed", MON, (MON, 1)),  # weekday = most recent, reference day counts
        ("on Monday", SAT, (date(2018, 11, 5), 1)),
        ("on Sunday", MON, (date(2018, 11, 4), 1)),
        ("last Monday", MON, (date(2018, 10, 29), 1)),
        ("yesterday", MON, (date(2018, 11, 4), 1)),
        ("overnight", MON, (date(2018, 11, 4), 1)),
        ("last week", SAT, (date(2018, 10, 29), 2)),
        ("earlier this month", SAT, (date(2018, 11, 1), 3)),
        ("last month", SAT, (date(2018, 10, 1), 3)),
        ("2018-10-02", SAT, (date(2018, 10, 2), 1)),
        ("on August 22, warplanes", SAT, (date(2018, 8, 22), 1)),
    ],
)
def test_resolution(text, ref, expected):
    assert first(text, ref) == expected


def test_background_years_are_month_precision():
    ds = find_dates("which was overrun by ISIS in 2014", MON)
    assert [(d.kind, d.value, d.precision) for d in ds] == [("year", date(2014, 1, 1), 3)]


def test_no_date():
    assert find_dates("Clashes are ongoing.", MON) == []
    assert first("he may return", MON) is None


def test_numeric_dates_are_day_first_via_dateparser():
    assert first("the attack on 03/11/2018 killed", MON) == (date(2018, 11, 3), 1)
    assert first("signed on 28.10.2018 in Sochi", MON) == (date(2018, 10, 28), 1)


def test_log_stamps_anchor_relative_words_on_their_line():
    # fix32: a log entry's "[dd/mm hh:mm]" stamp is a day (day first); "yesterday" after it counts from the stamp
    ref = date(2026, 4, 17)
    ds = [d for d in find_dates("[14/04 09:20] Field monitor: shelling hit the market yesterday.", ref) if d.value]
    assert [(d.kind, d.value) for d in ds] == [("yesterday", date(2026, 4, 13))]
    # a stamp on an earlier line anchors nothing on the next one
    ds = [
        d for d in find_dates("[14/04 09:20] Field monitor: quiet.\nShelling hit the market yesterday.", ref) if d.value
    ]
    assert [(d.kind, d.value) for d in ds] == [("stamp", date(2026, 4, 14)), ("yesterday", date(2026, 4, 16))]


def test_a_stamp_alone_dates_its_line():
    # with no relative word after it, the stamp is the line's only date cue and dates it (data/README.md, fix32)
    ref = date(2026, 4, 17)
    assert first("[15/04 18:05] Field monitor: shelling hit the market, two dead.", ref) == (date(2026, 4, 15), 1)
    # a bracketed day/month without a time is no stamp (a citation): no date
    assert first("The UN report [15/04] said shelling hit the market.", ref) is None


def test_a_stamp_a_few_days_ahead_stays_in_the_reference_year():
    ref = date(2026, 4, 17)
    assert first("[19/04 07:00] Field monitor: shelling hit the market.", ref) == (date(2026, 4, 19), 1)
    # further ahead: the year before, as with "on November 30"
    assert first("[30/04 07:00] Field monitor: shelling hit the market.", ref) == (date(2025, 4, 30), 1)
