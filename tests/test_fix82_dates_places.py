"""Round fix82: the review findings on ev76 (places and dates). Sentences written for the tests (the reviewer's
probes and variants), none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 8, 21)  # a Friday


def _days(extractor, paragraphs, sub=None):
    rows = run(extractor, paragraphs, REF)
    return [str(r["event_date"]) for r in rows if sub is None or r["sub_event_type"] == sub]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Gunmen abducted a priest in Enugu the previous night, police said on Tuesday.", "2026-08-17"),
        ("The previous night, gunmen abducted a priest in Enugu, police said on Tuesday.", "2026-08-17"),
        (
            "Gunmen kidnapped two traders near Makurdi the night before, a police spokesman said on Monday.",
            "2026-08-16",
        ),
        (
            "Bandits torched a market in Gusau the preceding evening, residents told reporters on Wednesday.",
            "2026-08-18",
        ),
    ],
)
def test_a_night_before_a_report_day_named_after_it_is_the_night_before_that_day(extractor, line, day):
    """(fix82) "..., police said on Tuesday": the night before the report's day, never a night after it."""
    assert _days(extractor, [line]) == [day]


def test_the_night_is_dated_from_a_usable_day_only(extractor):
    """(fix82) "on strike since August 10" is no day of the clause (`usable_day`), so it anchors no night either."""
    line = "Police, who have been on strike since August 10, clashed with protesters in Kano the previous night."
    assert _days(extractor, [line]) == ["2026-08-20"]


@pytest.mark.parametrize("embassy", ["the U.S. embassy", "the embassy", "the U.N. mission"])
def test_the_night_is_dated_within_the_parsers_sentence(extractor, embassy):
    """(fix82) The full stop of "U.S." ends no sentence: the night before the sentence's Wednesday, not Monday's."""
    paragraph = (
        "Soldiers clashed with militants in Kidal on Monday. On Wednesday, "
        f"{embassy} said that the previous night gunmen attacked a convoy near Gao."
    )
    rows = run(extractor, [paragraph], REF)
    assert [str(r["event_date"]) for r in rows if r["location"] == "Gao"] == ["2026-08-18"], rows


@pytest.mark.parametrize(
    "line",
    [
        "Gunmen attacked worshippers at a church in Jos the night before Christmas, killing four.",
        "Gunmen kidnapped ten farmers in Zamfara state the night before Eid.",
        "Gunmen burned a polling station in Kano the night before the elections.",
        "Musa was abducted from his home in Zaria the night before he was killed.",
    ],
)
def test_the_night_before_a_noun_or_a_clause_is_no_date(extractor, line):
    """(fix82) "the night before Christmas / Eid / the elections / he was killed" names no day before an anchor."""
    assert "2026-08-20" not in _days(extractor, [line])


def test_the_night_before_still_dates_before_punctuation_or_a_preposition(extractor):
    rows = _days(
        extractor,
        [
            "Soldiers killed four militants in Borno on Monday.",
            "Bandits looted shops in Gusau the night before in a raid.",
        ],
    )
    assert rows == ["2026-08-17", "2026-08-16"]


@pytest.mark.parametrize(
    "line",
    [
        "Gunmen killed two farmers in Kano, police said on Thursday, adding that the attack took place the previous night.",
        "Gunmen killed two farmers in Kano, police said on Thursday, saying that the raid happened the night before.",
    ],
)
def test_the_that_of_a_report_complement_breaks_no_clause(extractor, line):
    """(fix82) "police said on Thursday, adding that the attack took place the previous night": Wednesday."""
    assert _days(extractor, [line]) == ["2026-08-19"]
