"""Developer round ev50 (issue 10): detection kinds counted on every event development set. Sentences written for
the tests.

- a sentence opening with what analysts or observers believe or say reports no event (`analysis_opener_patterns`);
  the same act told as news stays;
- "N drones ... in the past week" and "recorded N protest events ... this week" are aggregates (`aggregate_frames`);
- shots at a civilian site or at unarmed people with no armed side as target are an attack, not a clash
  (`civilian_site_object_patterns`); an attack on a police station stays a clash;
- shots into the air, warning shots or a road cleared after a protest make it a protest with intervention
  (`protest_dispersal_force`, gated by `protest_context_trigger_ids`); with no protest they report nothing;
- "robbed" with people as its object is an attack on civilians (`robbed_person_patterns`); a shop robbed stays
  looting;
- a crowd or a group of men that beats or sets upon a person is mob violence (`crowd_beating`, gated by
  `crowd_beating_subject_before`); a passive "was lynched" after the victim's "accused of ..." is not a reason;
- a missile, rockets or explosives fired or dropped from a drone, helicopter or aircraft are an air/drone strike
  (`drone_delivery_patterns`); a roadside mine or a mine set off under a vehicle is an explosive (`landmine`)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run, sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_observers_belief_reports_no_event(extractor):
    line = "Local observers believe the ambush near Kidal was meant to show that the group can still strike the army."
    assert _types(extractor, line) == []


def test_what_analysts_say_of_an_undated_act_reports_no_event(extractor):
    line = "Analysts say the gangs abducted the aid workers near Kidal to press the government for a ransom."
    assert _types(extractor, line) == []


def test_the_same_ambush_told_as_news_stays(extractor):
    line = "Gunmen ambushed an army convoy near Kidal on Tuesday, killing four soldiers, the army said."
    assert _types(extractor, line) == ["Armed clash"]


def test_drones_shot_down_in_the_past_week_are_an_aggregate(extractor):
    line = "Air defence units shot down 31 drones over the province in the past week, the governor said on Tuesday."
    assert _types(extractor, line) == []


def test_protest_events_recorded_this_week_are_an_aggregate(extractor):
    line = "The monitor recorded 19 protest events in Chad this week, up from 12 the week before."
    assert _types(extractor, line) == []


def test_shots_at_a_fuel_station_are_an_attack(extractor):
    line = "In Gao, unknown assailants opened fire on a fuel station on Tuesday night, wounding its owner."
    rows = run(extractor, [line], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Attack"]
    assert rows[0]["actor2"] == "Civilians"


def test_shots_at_a_group_of_young_men_are_an_attack(extractor):
    line = "On Tuesday, soldiers opened fire on a group of young men near a checkpoint outside Gao, wounding one."
    assert _types(extractor, line) == ["Attack"]


def test_an_attack_on_a_police_station_stays_a_clash(extractor):
    line = "On Tuesday, gunmen opened fire on a police station in Gao, and officers returned fire."
    assert _types(extractor, line) == ["Armed clash"]


def test_shots_into_the_air_after_a_protest_are_an_intervention(extractor):
    paragraph = [
        "Hundreds of traders blocked the main road in Gao on Monday to protest against a new market tax. "
        "Soldiers fired into the air to clear the road, but no one was hurt."
    ]
    assert [r["sub_event_type"] for r in run(extractor, paragraph, ref=REF)] == ["Protest with intervention"]


def test_warning_shots_over_a_rally_are_an_intervention(extractor):
    line = "On Tuesday, residents marched through Gao to protest against the killing, and police fired warning shots."
    assert _types(extractor, line) == ["Protest with intervention"]


def test_shots_into_the_air_with_no_protest_report_nothing(extractor):
    assert _types(extractor, "Wedding guests fired into the air in Gao on Monday night.") == []
    paragraph = [
        "Hundreds of teachers marched through Gao on Monday over unpaid wages. "
        "Later, soldiers cleared the road after a landslide near the town."
    ]
    assert [r["sub_event_type"] for r in run(extractor, paragraph, ref=REF)] == ["Peaceful protest"]


def test_robbed_passengers_are_an_attack(extractor):
    line = "On Wednesday, men armed with knives stopped a minibus near Gao and robbed the passengers of their phones."
    rows = run(extractor, [line], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Attack"]
    assert rows[0]["actor2"] == "Civilians"


def test_a_robbed_shop_stays_looting(extractor):
    assert _types(extractor, "On Wednesday, gunmen robbed a pharmacy in Gao.") == ["Looting/property destruction"]


def test_a_group_of_men_beating_an_officer_is_mob_violence(extractor):
    line = "A group of men beat an officer of the recruitment office in Gao on Monday after he stopped a driver."
    rows = run(extractor, [line], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Mob violence"]
    assert rows[0]["actor1"] == "Rioters"


def test_a_team_that_beat_its_rivals_reports_nothing(extractor):
    assert _types(extractor, "The village youths beat a side from Gao 2-0 in the cup final on Saturday.") == []


def test_a_lynching_after_the_victims_accusation_is_kept(extractor):
    line = "A man accused of stealing a goat was lynched by a crowd at the market of Gao on Tuesday, police said."
    assert _types(extractor, line) == ["Mob violence"]


def test_an_arrest_over_a_lynching_keeps_the_reason_filter(extractor):
    line = "Police arrested three men in Gao on Monday in connection with the lynching of a trader."
    assert _types(extractor, line) == ["Arrests"]


def test_rockets_fired_by_a_helicopter_gunship_are_an_air_strike(extractor):
    line = "On Sunday, an army helicopter gunship fired rockets into the village of Gedo, north of Gao."
    assert _types(extractor, line) == ["Air/drone strike"]


def test_a_missile_fired_from_a_drone_is_an_air_strike(extractor):
    line = "On Sunday, a guided missile fired from a drone destroyed a motorcycle near the town hall of Gao."
    assert _types(extractor, line) == ["Air/drone strike"]


def test_drones_and_missiles_of_one_volley_stay_shelling(extractor):
    line = "Overnight on Sunday, Russia launched 40 drones and fired five missiles at Kharkiv, killing two people."
    assert _types(extractor, line) == ["Shelling/artillery/missile attack"]


def test_a_roadside_mine_that_hits_a_vehicle_is_an_explosive(extractor):
    line = "On Sunday, a roadside mine hit an army vehicle on the road to Gao, killing one soldier."
    assert _types(extractor, line) == ["Remote explosive/landmine/IED"]
