"""Fixer round fix57 (review 18b of round ev54's detection changes). Sentences written for the tests.

- people held by police, soldiers, officials or a minister, or held after an arrest, are no abduction
  (`people_held_refused_before`): the arrest stays, its sides in order;
- "held talks / meetings / consultations with <people> for N days" is no abduction (`people_held_after`: no
  preposition or event noun between "held" and the people);
- only a sound heard is no event (`heard_sound_words`), and not when its victims, agent or toll follow
  (`heard_act_after`): a killing, a kidnapping or "the shooting of two students by police" someone heard stays;
- a crowd burns only as the trigger's own subject (`crowd_subject_words`, `crowd_subject_breaks`): "Villagers said
  young men burned ...", "Villagers ran away as raiders burned ...", "Youths armed with clubs burned ..." are no riot."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run, sub_types

REF = date(2026, 3, 12)  # a Thursday
ABDUCTION = "Abduction/forced disappearance"


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_people_held_by_police_or_soldiers_are_not_abducted(extractor):
    for line in (
        "The gendarmes held him for three hours in Kaga-Bandoro on Monday.",
        "Soldiers held the farmers for four days at a camp outside Kaga-Bandoro on Monday.",
        "On Monday security forces held two journalists for five hours in Kaga-Bandoro.",
        "Border officials held the traders for two days at the Kaga-Bandoro crossing on Monday.",
        "The governor held journalists for three hours at a briefing in Kaga-Bandoro on Monday.",
    ):
        assert ABDUCTION not in _types(extractor, line), line


def test_people_arrested_then_held_are_an_arrest_with_police_as_actor1(extractor):
    line = "Police arrested four traders in Kaga-Bandoro on Monday and held them for three days."
    rows = run(extractor, [line], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]
    assert "Police" in rows[0]["actor1"]


def test_people_held_hostage_by_a_gunman_police_named_stays_an_abduction(extractor):
    line = "Police said a gunman held four people hostage in a shop in Kaga-Bandoro on Monday."
    assert _types(extractor, line) == [ABDUCTION]


def test_meetings_held_with_people_for_days_are_no_abduction(extractor):
    for line in (
        "The mayor held meetings with traders for three days in Kaga-Bandoro this week.",
        "The envoy held consultations with farmers for two days in Kaga-Bandoro on Monday.",
    ):
        assert ABDUCTION not in _types(extractor, line), line


def test_a_killing_or_kidnapping_someone_heard_stays(extractor):
    assert _types(extractor, "The inquiry heard the killing of four students by soldiers in Kaga-Bandoro on Monday.")
    assert _types(extractor, "Witnesses heard the shooting of three students by police in Kaga-Bandoro on Monday.")
    assert _types(extractor, "Neighbours heard an abduction in Kaga-Bandoro on Monday night.") == [ABDUCTION]


def test_gunfire_heard_is_still_no_event(extractor):
    assert _types(extractor, "On Monday we heard sporadic gunfire near Kaga-Bandoro for an hour.") == []


def test_a_crowd_that_only_reports_a_burning_does_not_riot(extractor):
    for line in (
        "Villagers said young men burned six stalls in Kaga-Bandoro on Monday.",
        "Villagers ran away as raiders burned huts belonging to herders in Kaga-Bandoro on Monday.",
        "Youths armed with clubs burned huts belonging to herders in Kaga-Bandoro on Monday.",
    ):
        types = _types(extractor, line)
        assert "Mob violence" not in types and "Violent demonstration" not in types, (line, types)


def test_a_crowd_that_burns_a_family_house_still_riots(extractor):
    line = "Angry villagers burned the house of a man accused of witchcraft in Kaga-Bandoro on Monday."
    assert _types(extractor, line) == ["Mob violence"]
