"""Rules of round ev42 (issue 10): a weekday written next to a full date takes that date; a paragraph labelled as
unconfirmed, a claim the next sentence says has no record, and a declared state of emergency give no event.
Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

from newsetl.extract.dates import find_dates
from tests.extract_util import run

REF = date(2025, 3, 12)  # a Wednesday
LEAD = "MAIDUGURI — Gunmen killed three traders at the cattle market in Bama on Monday, residents said."


def _values(text: str) -> list:
    return [(d.kind, d.value) for d in find_dates(text, REF)]


def test_a_weekday_beside_a_written_date_takes_the_date():
    for text in (
        "on Saturday, 1st March 2025, at dawn",
        "on Saturday, March 1, 2025, at dawn",
        "on Saturday 1 March, at dawn",
        "on Saturday, the 1st of March, at dawn",
        "on March 1 (Saturday), at dawn",
    ):
        assert ("weekday", date(2025, 3, 1)) in _values(text), text
        assert ("weekday", date(2025, 3, 8)) not in _values(text), text
    # a weekday apart from the date keeps its own day
    assert ("weekday", date(2025, 3, 8)) in _values("on Saturday and again on 1 March")


def _subs(extractor, *paragraphs):
    return [r["sub_event_type"] for r in run(extractor, [LEAD, *paragraphs], REF)]


def test_an_event_dated_by_weekday_and_date_takes_the_date(extractor):
    rows = run(extractor, ["Gunmen killed two farmers in Konduga on Saturday, 1st March 2025, residents said."], REF)
    assert [r["event_date"] for r in rows] == [date(2025, 3, 1)]


def test_an_unconfirmed_paragraph_gives_no_event(extractor):
    assert _subs(extractor, "UNCONFIRMED: A report of a drone strike on a camp near Konduga is being checked.") == [
        "Attack"
    ]
    # the same report without the label stays a report of an event
    assert _subs(extractor, "A drone struck a camp near Konduga on Tuesday, residents said.") == [
        "Attack",
        "Air/drone strike",
    ]


def test_a_claim_with_no_record_in_the_next_sentence_gives_no_event(extractor):
    assert _subs(
        extractor,
        "A councillor said that gunmen had attacked a clinic in Konduga on Tuesday. The police said they had no record "
        "of such an incident.",
    ) == ["Attack"]
    # "no record of his arrest" keeps the abduction the text reports
    assert _subs(
        extractor,
        "His wife said that armed men abducted a trader in Konduga on Tuesday. The police said they had no record of "
        "his arrest.",
    ) == ["Attack", "Abduction/forced disappearance"]


def test_a_declared_state_of_emergency_is_no_event(extractor):
    assert _subs(extractor, "The governor declared a state of emergency in Konduga on Tuesday.") == ["Attack"]
