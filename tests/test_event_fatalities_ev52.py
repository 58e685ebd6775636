"""Round ev52 (issue 10): the counted subject of a passive kill gives the toll whatever its noun ("Two Maoists were shot
dead", "A vendor was shot and killed", "Four people, a child among them, were killed"), and victims "released unharmed" in
the event's own sentence are no death; "The day before the shooting" counts back from the shooting's day. Sentences
written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)


def _tolls(extractor, lines):
    return [r["fatalities"] for r in run(extractor, lines, ref=REF)]


def test_a_numbered_passive_subject_is_the_toll(extractor):
    line = "Two Naxalites were shot dead in an exchange of fire with police near Kondapalli on Monday morning."
    assert _tolls(extractor, [line]) == [2]


def test_one_victim_named_by_an_article_shot_and_killed(extractor):
    line = "A 30-year-old vendor was shot and killed by gunmen in Spanish Town on Monday."
    assert _tolls(extractor, [line]) == [1]


def test_an_apposition_between_the_count_and_the_verb(extractor):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in("Four herders, a boy among them, were killed near Bama on Monday.", extractor.res) == 4
    assert fatalities_in("Two herders and a police officer were killed, local sources said.", extractor.res) == 3


def test_a_fight_told_before_gives_no_figure_of_its_own(extractor):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in("One poacher was shot dead in the exchange and a ranger was hurt.", extractor.res) is None
    assert fatalities_in("Two houses were burned and a family was wounded.", extractor.res) is None


def test_released_unharmed_in_the_same_sentence_is_zero(extractor):
    line = "Gunmen kidnapped three engineers in Kaduna State on Monday; all three were later released unharmed."
    assert _tolls(extractor, [line]) == [0]


def test_the_day_before_the_shooting_counts_back_from_the_shooting(extractor):
    lines = [
        "Police opened fire on protesters in Kati on Saturday, killing two.",
        "Gendarmes arrested 12 people in Kati on Monday morning.",
        "The day before the shooting, the villagers had held a sit-in outside the mine in Kati.",
    ]
    rows = run(extractor, lines, ref=REF)
    sit_in = [r for r in rows if r["sub_event_type"] == "Peaceful protest"]
    assert [str(r["event_date"]) for r in sit_in] == ["2026-03-06"]  # not the day before Monday
