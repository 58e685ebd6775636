"""Rules of round 12 (issue 10, after `eval/events_blind7` became a development set): a weapon named with its owner
after it acts for the owner; a place the sentence calls a neighbourhood of a town is coded at the town. Sentences
written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import canon, only

REF = date(2024, 12, 19)  # a Thursday
LEAD = "BELGOROD — The regional governor gave the day's report on Thursday."


def test_a_drone_of_a_force_is_that_force_attacking(extractor):
    row = only(
        extractor, [LEAD, "Yesterday evening, an FPV drone of the AFU attacked a car near the village of Kozinka."], REF
    )
    assert row["sub_event_type"] == "Air/drone strike"
    assert row["actor1"] == canon(extractor, "Ukrainian forces"), row
    assert row["actor2"] != canon(extractor, "Ukrainian forces"), row


def test_fire_from_a_force_is_that_force_attacking(extractor):
    row = only(extractor, [LEAD, "On Wednesday, the village of Rzhevka came under mortar fire from the AFU."], REF)
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert row["actor1"] == canon(extractor, "Ukrainian forces"), row
    assert row["actor2"] == "Civilians", row  # a village shelled (ev27 `struck_settlement`; was None before)


def test_a_bombing_of_a_group_keeps_the_group_the_target(extractor):
    # "of X" after a weapon makes X the owner only when X is armed and the trigger names the weapon, not the act
    row = only(extractor, ["On Sunday, Israeli aircraft struck a weapons depot of Hezbollah near Tyre, Lebanon."], REF)
    assert row["actor1"] == canon(extractor, "Israeli army"), row
    assert row["actor2"] == canon(extractor, "Hezbollah"), row


def test_a_neighbourhood_of_a_town_is_coded_at_the_town(extractor):
    lead = "MEXICO CITY — The security cabinet gave its daily report on Thursday."
    row = only(
        extractor,
        [lead, "On Wednesday, in the Las Quintas neighbourhood of Culiacán, soldiers arrested three gunmen."],
        REF,
    )
    assert row["sub_event_type"] == "Arrests"
    assert row["location"] == "Culiacan", row
    assert row["geo_precision"] == 1


def test_a_states_aviation_is_its_air_force_striking(extractor):
    lead = "KYIV — The regional administration gave its morning update on Thursday."
    text = "Overnight, Russian aviation dropped guided bombs on positions of the Ukrainian Armed Forces near Yunakivka."
    row = only(extractor, [lead, text], REF)
    assert row["sub_event_type"] == "Air/drone strike"
    assert row["actor1"] == canon(extractor, "Russian forces"), row
    lead = "DAMASCUS — The monitor gave an update on Thursday."
    row = only(extractor, [lead, "On Monday, Syrian aviation struck the town of Sarmin, killing four civilians."], REF)
    assert row["sub_event_type"] == "Air/drone strike", row  # the attacker's means: from the air, not a ground attack
    assert row["actor1"] == canon(extractor, "Syrian army") and row["actor2"] == "Civilians", row
