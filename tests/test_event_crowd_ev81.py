"""Helper round ev81: the crowd line (issue 10). Sentences written for the tests, with other verbs, nouns, orders and
paragraphings than the development sets' sentences.

- a state force's fire or blows whose object is the crowd just told ("opened fire on them", "shot at the marchers",
  "fired live rounds at the crowd") is that protest's intervention: one event, excessive force when it kills
  (`merging.force_on_crowd`, `crowd_force_object_patterns`, `crowd_force_sequel_sub_types`); not a force's act on
  someone else, not gunmen's, not a riot's (which keeps its sub-type), not an act of another day and place;
- fire of bullets, pellets or live rounds on a crowd the text calls peaceful, injuring or killing, is excessive force
  against protesters; tear gas, shots into the air and a crowd's stones leave it a protest with intervention
  (`force_on_protesters_patterns`).
"""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday
EF, PWI, PP = "Excessive force against protesters", "Protest with intervention", "Peaceful protest"


def _rows(extractor, *paras):
    return [
        (r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in run(extractor, list(paras), ref=REF)
    ]


def test_lethal_force_on_the_crowd_just_told_is_one_excessive_force_event(extractor):
    police = "Police Forces of Nigeria"
    one_para = "Protesters gathered in Lagos on Tuesday. Police opened fire on them, killing two."
    assert _rows(extractor, one_para) == [(EF, police, "Protesters", 2)]
    two_paras = ("Protesters gathered in Lagos on Tuesday.", "Police opened fire on them, killing two.")
    assert _rows(extractor, *two_paras) == [(EF, police, "Protesters", 2)]
    marchers = "Hundreds of traders marched through Lagos on Tuesday. Soldiers shot at the marchers, killing three."
    assert _rows(extractor, marchers) == [(EF, "Military Forces of Nigeria", "Protesters", 3)]
    crowd = "Students rallied in Kano on Tuesday. Police fired live rounds at the crowd and two students died."
    assert _rows(extractor, crowd) == [(EF, police, "Protesters", 2)]


def test_non_lethal_force_on_the_crowd_makes_the_protest_one_with_intervention(extractor):
    rows = _rows(
        extractor, "Hundreds of farmers marched through Popayan on Monday. Police fired rubber bullets at them."
    )
    assert rows == [(PWI, "Protesters", "Police Forces of Colombia", None)]


def test_force_on_someone_else_by_gunmen_or_on_a_riot_is_not_the_protests_intervention(extractor):
    robber = "Protesters gathered in Lagos on Tuesday. Police later shot dead a suspected robber in Ikeja."
    assert [r[0] for r in _rows(extractor, robber)] == [PP, "Attack"]
    riot = "Youths burned tyres in Lagos on Tuesday. Police opened fire on them, killing two."
    assert _rows(extractor, riot) == [("Violent demonstration", "Rioters", "Police Forces of Nigeria", 2)]
    later = "Protesters gathered in Lagos on Tuesday. On Wednesday, police opened fire on them in Ikeja, killing two."
    rows = _rows(extractor, later)
    assert rows[0] == (PP, "Protesters", None, None) and len(rows) == 2
    raid = "Soldiers raided a village near Maiduguri on Tuesday. They opened fire on them, killing two."
    assert [r[0] for r in _rows(extractor, raid)] == ["Attack"]


def test_fire_on_a_crowd_called_peaceful_that_injures_is_excessive_force(extractor):
    for line in (
        "Police fired rubber bullets at a group of young people who were marching peacefully in Rundu on Tuesday,"
        " injuring three of them.",
        "Police fired rubber bullets at a peaceful march in Rundu on Tuesday, injuring three protesters.",
        "Gendarmes fired plastic bullets at students who were demonstrating peacefully in Rundu on Tuesday, wounding four.",
    ):
        assert [r[0] for r in _rows(extractor, line)] == [EF], line


def test_tear_gas_shots_in_the_air_or_no_peaceful_crowd_stay_an_intervention(extractor):
    for line in (
        "Police fired tear gas at traders who were peacefully protesting in Rundu on Friday, injuring two.",
        "Police fired rubber bullets into the air to disperse a peaceful march in Rundu on Tuesday, injuring three.",
        "Police fired tear gas and rubber bullets at villagers who marched in Rundu on Friday, wounding 14 people.",
    ):
        assert [r[0] for r in _rows(extractor, line)] == [PWI], line


def test_a_crowd_that_disperses_by_itself_held_a_peaceful_protest(extractor):
    for line in (
        "Hundreds of fishermen marched through Kribi on Monday to demand fuel subsidies, and dispersed after handing a"
        " letter to the prefect.",
        "Farmers blocked the road in Kaedi on Monday; they dispersed after the governor promised compensation.",
        "Traders gathered outside the town hall in Kaedi on Monday, and then dispersed once the mayor received a"
        " delegation.",
    ):
        assert [r[0] for r in _rows(extractor, line)] == [PP], line


def test_a_dispersal_by_a_force_stays_an_intervention(extractor):
    for line in (
        "Farmers blocked the road in Kaedi on Monday until police dispersed them.",
        "Farmers blocked the road in Kaedi on Monday and were dispersed by police.",
        "Farmers blocked the road in Kaedi on Monday; they dispersed after police fired tear gas.",
        "Students marched to the rectorate in Bamako on Monday and dispersed when soldiers arrived.",
    ):
        assert [r[0] for r in _rows(extractor, line)] == [PWI], line
