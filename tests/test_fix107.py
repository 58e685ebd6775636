"""Review mends of the twenty-sixth session's date rules (issue 10, fix107): "later that day", "that evening", "later
that night" in a statement dated after an event the story told count from that event's day, not the statement's
(only "the same day" counts from the statement's day); arrests of the crowd's own people "later that day" stay the
protest's intervention; one list of day-gap nouns; vocabulary of day_gap, candidates and speaker_places as data.
Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 4)  # a Wednesday
MARCH = "Several hundred nurses marched through Nakuru on Monday to demand unpaid allowances."  # 2026-03-02
AMBUSH = "Gunmen ambushed an army post in Segou on Monday, killing three soldiers."  # 2026-03-02


def _rows(extractor, paras, ref=REF):
    return [(r["sub_event_type"], str(r["event_date"])) for r in run(extractor, paras, ref=ref)]


def test_crowd_arrested_later_that_day_is_the_protest_intervention(extractor):
    paras = [MARCH + " Police said on Wednesday that officers had arrested 14 nurses later that day."]
    assert _rows(extractor, paras) == [("Protest with intervention", "2026-03-02")]


def test_organisers_detained_later_that_night_are_dated_the_march_day(extractor):
    paras = [MARCH + " Police said on Wednesday that officers had detained four of the organisers later that night."]
    assert sorted(_rows(extractor, paras)) == [("Arrests", "2026-03-02"), ("Peaceful protest", "2026-03-02")]


def test_rioters_arrested_later_that_night_are_dated_the_riot_day(extractor):
    paras = [
        "Youths rioted in Zaria on Monday over fuel prices, burning tyres.",
        "Police said on Thursday that officers had arrested 30 rioters later that night.",
    ]
    assert ("Arrests", "2026-03-02") in _rows(extractor, paras, ref=date(2026, 3, 6))


@pytest.mark.parametrize(
    "sequel",
    [
        "The governor said on Thursday that soldiers had killed nine of the militants near Markala that evening.",
        "The governor said on Thursday that troops had arrested six suspects in Markala later that day.",
    ],
)
def test_sequel_of_an_attack_is_dated_the_attack_day(extractor, sequel):
    rows = _rows(extractor, [AMBUSH + " " + sequel], ref=date(2026, 3, 6))
    assert {d for _, d in rows} == {"2026-03-02"}, rows


# near misses that keep the statement's day


def test_the_same_day_still_counts_from_the_statement(extractor):
    paras = [
        AMBUSH + " The governor said on Thursday that a drone strike near Markala had killed 11 fighters the same day."
    ]
    assert ("Air/drone strike", "2026-03-05") in _rows(extractor, paras, ref=date(2026, 3, 6))


def test_later_that_day_with_no_earlier_day_counts_from_the_statement(extractor):
    paras = ["The governor said on Thursday that troops had arrested six suspects in Markala later that day."]
    assert _rows(extractor, paras, ref=date(2026, 3, 6)) == [("Arrests", "2026-03-05")]


def test_a_count_of_days_counts_from_the_statement(extractor):
    paras = [
        AMBUSH + " The governor said on Thursday that troops had arrested six suspects in Markala two days earlier."
    ]
    assert ("Arrests", "2026-03-03") in _rows(extractor, paras, ref=date(2026, 3, 6))


def test_other_people_arrested_later_that_day_stay_their_own_arrest(extractor):
    paras = [MARCH + " Police said on Wednesday that officers had arrested 14 students later that day."]
    assert sorted(_rows(extractor, paras)) == [("Arrests", "2026-03-02"), ("Peaceful protest", "2026-03-02")]


def test_one_list_of_day_gap_nouns(extractor):
    words = extractor.res.words
    assert "day_anchor_event_nouns" not in words
    assert words["day_gap_noun_types"]["violence"] == []  # an empty list: `day_anchor_event_types`


def test_vocabulary_lists_as_data(extractor):
    words = extractor.res.words
    assert "district" in words["enclosing_region_features"]
    assert "had" in words["auxiliary_verbs"]
    assert all("{riot_crowd_agent_nouns}" in p for p in words["riot_of_protest_crowd_agent"])
    assert "{civilian_people_plurals}" in words["fire_on_gathering_patterns"][1]
