"""Developer round ev54 (issue 10): detection kinds counted on every event development set. Sentences written for
the tests.

- people taken or held are abducted: "took two national staff", "took one of them ... away"
  (`taken_people_patterns`); people held for hours or days, hostage or at gunpoint (`people_held`, gated by
  `people_held_after`); goods taken, a hill taken, talks or a meeting held for hours stay what they were;
- a shot, a burst of gunfire or an explosion someone heard is a sound, not an act (`heard_sound_before`,
  `heard_sound_after`); the act told beside it stays;
- graduates, peasants, fishermen ... who block a road or a gate to demand something protest (`crowd_subject_before`);
  soldiers who block a gate do not;
- a crowd that burns a person's, a family's or a rival community's property riots as mob violence
  (`crowd_personal_property_after`, the gold's coding convention 3); a crowd that burns a town hall or a company's
  trucks holds a violent demonstration, gunmen who burn a house destroy property;
- "burned <property>" with the object a few words on (`burned_property` frame, on since ev54, `not_prev`: no
  determiner or ordinal right before the verb): "burned a police post" by residents is a violent demonstration,
  "pulled down and burned 18 homesteads" by rangers destroys property; "a fourth burned truck" reports nothing."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run, sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_gunmen_who_took_two_national_staff_abducted_them(extractor):
    line = "Gunmen stopped a car of an aid group near Bambari on Tuesday and took two national staff."
    assert _types(extractor, line) == ["Abduction/forced disappearance"]


def test_one_of_them_taken_away_is_abducted(extractor):
    line = "On Tuesday, armed men beat three traders near Bambari and took one of them, Ali, away on a motorbike."
    assert "Abduction/forced disappearance" in _types(extractor, line)


def test_one_of_them_that_is_a_hill_is_no_abduction(extractor):
    line = (
        "Near Bambari on Tuesday, the rebels attacked two hills held by the army and took one of them, the army said."
    )
    assert "Abduction/forced disappearance" not in _types(extractor, line)


def test_goods_taken_are_no_abduction(extractor):
    line = "Gunmen stopped a lorry near Bambari on Tuesday and took two sacks of flour and the driver's phone."
    assert "Abduction/forced disappearance" not in _types(extractor, line)


def test_aid_workers_held_for_hours_were_abducted(extractor):
    line = "On 3 March, an armed group stopped two NGO vehicles near Bambari and held four aid workers for five hours."
    assert _types(extractor, line) == ["Abduction/forced disappearance"]


def test_a_crew_held_for_hours_by_armed_men_was_abducted(extractor):
    line = "On Tuesday, a team of our engineers was held for three hours by armed men near Bambari."
    assert _types(extractor, line) == ["Abduction/forced disappearance"]


def test_reporters_held_at_gunpoint_were_abducted(extractor):
    line = "Gunmen stormed a radio station in Bambari on Tuesday and held reporters and technicians at gunpoint."
    assert "Abduction/forced disappearance" in _types(extractor, line)


def test_talks_or_a_meeting_held_for_hours_are_no_abduction(extractor):
    for line in (
        "The two ministers held talks for two hours in Bambari on Tuesday.",
        "The council meeting in Bambari was held for two hours on Tuesday by the mayor.",
    ):
        assert "Abduction/forced disappearance" not in _types(extractor, line), line


def test_gunfire_someone_heard_is_no_event(extractor):
    for line in (
        "On Tuesday we heard heavy shooting from the forest above Bambari for two hours.",
        "Heavy gunfire was heard near Bambari on Tuesday night, residents said.",
        "Residents of Bambari said they heard a second explosion on Tuesday an hour later.",
    ):
        assert _types(extractor, line) == [], line


def test_the_attack_told_beside_the_sound_stays(extractor):
    line = "Residents of Bambari heard explosions on Tuesday as rebels attacked the army base, killing three soldiers."
    assert _types(extractor, line) == ["Armed clash"]


def test_graduates_who_block_a_gate_to_demand_jobs_protest(extractor):
    line = (
        "In Bambari, about 300 unemployed graduates blocked the main gate of the prefecture on Tuesday to demand jobs."
    )
    rows = run(extractor, [line], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest"]
    assert rows[0]["event_date"] == date(2026, 3, 10)


def test_soldiers_who_block_a_gate_do_not_protest(extractor):
    line = (
        "In Bambari, soldiers blocked the main gate of the prefecture on Tuesday to demand papers from every visitor."
    )
    assert "Peaceful protest" not in _types(extractor, line)


def test_a_crowd_that_burns_a_mans_house_is_mob_violence(extractor):
    for line in (
        "On Tuesday, a crowd at Bambari torched the house of a man accused of spying for the rebels.",
        "On Tuesday, residents of Bambari set fire to two pickup trucks belonging to two families from a nearby village.",
        "A crowd burned two houses in Bambari on Tuesday in revenge for the killing of a boy.",
    ):
        assert _types(extractor, line) == ["Mob violence"], line


def test_a_crowd_that_burns_a_town_hall_holds_a_violent_demonstration(extractor):
    line = "Protesters set fire to the town hall in Bambari on Tuesday, accusing the mayor of stealing funds."
    assert _types(extractor, line) == ["Violent demonstration"]


def test_gunmen_who_burn_a_chiefs_house_destroy_property(extractor):
    line = "Gunmen set fire to the house of a chief in Bambari on Tuesday."
    assert _types(extractor, line) == ["Looting/property destruction"]


def test_residents_who_burned_a_police_post_riot(extractor):
    line = "Angry residents of Bambari burned a police post on Tuesday morning, accusing officers of failing to act."
    assert _types(extractor, line) == ["Violent demonstration"]


def test_rangers_who_burned_homesteads_destroy_property(extractor):
    line = "On 10 March, park rangers pulled down and burned 18 homesteads at Bambari."
    assert _types(extractor, line) == ["Looting/property destruction"]


def test_a_burned_truck_as_an_adjective_is_no_event(extractor):
    line = "Posts on social media on Tuesday showed a fourth burned truck near Bambari."
    assert _types(extractor, line) == []
