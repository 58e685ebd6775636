"""Developer round ev41 (issue 10): force between police and a crowd (`extract/events/type_kinds.py`, `_crowd_side`)
and a crowd asking an authority for help. Sentences written for the tests.

- police who shoot as a crowd hurls stones, or fire on people who were throwing stones, face a violent demonstration
  (`stoning_crowd_fire_patterns`); police who shoot a passer-by stay an attack;
- an operation that "ended in clashes" with protesters is a violent demonstration, not an armed clash
  (`protest_clash_patterns`); soldiers who clashed with rebels stay a clash;
- villagers who blocked a road and stoned a bus hold a violent demonstration (`blockade_riot_patterns`); a blockade
  alone stays peaceful;
- families gathered outside an office "to ask for" shelter protest (`gathering_purpose_patterns`); a family gathered
  at home to ask for help does not."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run, sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_police_shooting_as_a_crowd_hurled_stones_is_a_violent_demonstration(extractor):
    line = (
        "Police shot dead three men on Tuesday as followers of a religious movement hurled stones at the town hall "
        "in Tessalit, a local radio reported."
    )
    rows = run(extractor, [line], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Violent demonstration"]
    assert rows[0]["actor1"] == "Rioters"
    assert rows[0]["actor2"] is not None and "Police" in rows[0]["actor2"]


def test_police_shooting_a_passer_by_stays_an_attack(extractor):
    line = "Police shot dead a shopkeeper on Tuesday in Tessalit as he walked home, his family said."
    assert _types(extractor, line) == ["Attack"]


def test_operation_that_ended_in_clashes_with_protesters_is_a_violent_demonstration(extractor):
    line = (
        "Police cleared a blockade of the highway at Tessalit on Tuesday, and the operation ended in clashes in which "
        "six officers and several protesters were injured."
    )
    rows = run(extractor, [line], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Violent demonstration"]
    assert rows[0]["actor1"] == "Rioters"


def test_soldiers_clashing_with_rebels_stay_a_clash(extractor):
    line = "Soldiers clashed with rebels near Tessalit on Tuesday, killing four of them, the army said."
    assert _types(extractor, line) == ["Armed clash"]


def test_blockaders_who_stoned_a_bus_hold_a_violent_demonstration(extractor):
    line = "In Tessalit, villagers on Tuesday blocked a road and stoned a bus belonging to a mining company."
    assert _types(extractor, line) == ["Violent demonstration"]


def test_a_blockade_alone_stays_peaceful(extractor):
    line = "In Tessalit, villagers on Tuesday blocked a road to protest against the closure of their school."
    assert _types(extractor, line) == ["Peaceful protest"]


def test_families_outside_an_office_asking_for_shelter_protest(extractor):
    line = (
        "Dozens of displaced families gathered outside the governor's office in Tessalit on Tuesday to ask for shelter."
    )
    assert _types(extractor, line) == ["Peaceful protest"]


def test_a_family_gathered_at_home_to_ask_for_help_is_no_event(extractor):
    line = "On Tuesday, the family gathered at their home in Tessalit to ask for help from neighbours."
    assert _types(extractor, line) == []


def test_soldiers_clashing_with_rebels_near_protesters_stay_an_armed_clash(extractor):
    """review14c: protesters named near a clash between soldiers and an armed group do not make it their riot."""
    line = "Soldiers clashed with rebels near protesters in Goma on Tuesday, killing four rebels, the army said."
    assert _types(extractor, line) == ["Armed clash"]


def test_soldiers_shooting_a_suspect_residents_were_stoning_stay_an_attack(extractor):
    """review14c: a crowd stoning the victim is no crowd stoning the forces."""
    line = "Soldiers shot dead a robbery suspect in Goma on Tuesday as residents were stoning him, witnesses said."
    assert _types(extractor, line) == ["Attack"]
