"""Developer round ev37 (issue 10): sub-event types by the sentence's construction (`extract/events/type_kinds.py`).
Sentences written for the tests.

- a burning or vandalism by unidentified or armed persons with no grievance word is property destruction
  (`property_unidentified_subject_words`, `property_grievance_words`); an angry crowd's stays a violent demonstration;
- a blockade with burning tyres whose blockaders set fire to cars is a violent demonstration, whoever disperses it
  (`blockade_riot_patterns`);
- shots that hit a civilian person ("a 16-year-old", "the occupants of") are an attack (`civilian_victim_object_patterns`);
  people killed during a police operation, or a fight between two clans, are a clash (`operation_clash_patterns`,
  `two_sides_fight_patterns`);
- residents who beat a man to death are mob violence (`mob_beating_patterns`), villagers hacked to death by fighters
  are not;
- police fire or batons on people protesting, with dead or injured, are excessive force (`force_on_protesters_patterns`);
  warning shots leave the protest's type;
- elders who negotiated a halt to the fighting made an agreement (`ceasefire_specific`)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run, sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_burning_by_unknown_persons_is_property_destruction(extractor):
    line = "On Monday night, unknown persons set fire to the house of a village chief in Tessalit, the police said."
    rows = run(extractor, [line], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Looting/property destruction"]
    assert rows[0]["actor1"].startswith("Unidentified Armed Group")


def test_vandalism_by_unidentified_persons_is_property_destruction(extractor):
    line = "On Tuesday, a group of unidentified persons damaged the altar of a church in Tessalit and set fire to its hall."
    assert _types(extractor, line) == ["Looting/property destruction"]


def test_grievance_in_the_victims_relative_clause_does_not_count(extractor):
    line = "On Tuesday, unknown people torched the home of a teacher in Tessalit who had spoken at a protest."
    assert _types(extractor, line) == ["Looting/property destruction"]


def test_angry_crowd_burning_stays_a_violent_demonstration(extractor):
    line = "On Wednesday, angry residents set fire to the town hall in Tessalit over a month of water cuts."
    assert _types(extractor, line) == ["Violent demonstration"]


def test_blockade_with_burning_tyres_and_burned_cars_is_a_violent_demonstration(extractor):
    line = (
        "On Tuesday, hundreds of young men blocked the road near Tessalit with burning tyres and set fire to two "
        "buses belonging to traders, before soldiers fired into the air to disperse them."
    )
    rows = run(extractor, [line], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Violent demonstration"]
    assert rows[0]["actor1"] == "Rioters"


def test_shots_on_a_teenager_are_an_attack_whatever_the_background(extractor):
    line = (
        "On Tuesday night, gunmen shot dead a 16-year-old in Tessalit, in what police are investigating as a dispute "
        "between rival factions."
    )
    rows = run(extractor, [line], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Attack"]
    assert rows[0]["actor2"] == "Civilians"


def test_killed_during_a_police_operation_is_a_clash(extractor):
    line = "Four men were killed on Wednesday morning during an operation by the Malian police in Tessalit."
    assert _types(extractor, line) == ["Armed clash"]


def test_residents_beating_a_man_to_death_is_mob_violence(extractor):
    line = "On Sunday, residents of Tessalit, in Kidal region, beat to death a man they suspected of stealing a goat."
    assert _types(extractor, line) == ["Mob violence"]


def test_villagers_hacked_to_death_by_fighters_stay_an_attack(extractor):
    line = "Nine villagers were hacked to death by fighters of an armed group in Tessalit on Sunday, officials said."
    assert _types(extractor, line) == ["Attack"]


def test_fire_on_people_protesting_with_dead_is_excessive_force(extractor):
    line = "On Sunday, police opened fire on farmers protesting the seizure of their land in Tessalit, killing three."
    assert _types(extractor, line) == ["Excessive force against protesters"]


def test_warning_shots_at_a_protest_are_no_excessive_force(extractor):
    line = (
        "On Sunday, farmers protesting the seizure of their land marched in Tessalit until police fired warning shots "
        "to disperse them, injuring two."
    )
    assert "Excessive force against protesters" not in _types(extractor, line)


def test_negotiated_halt_to_the_fighting_is_an_agreement(extractor):
    line = "Elders from Tessalit negotiated a halt to the fighting on Wednesday morning, a council member said."
    assert _types(extractor, line) == ["Agreement"]
