"""Developer round ev58: detection kinds that recur on the blind22-25 development sets. Sentences written for the tests.

- an item of a numbered list labelled unconfirmed ("5. UNCONFIRMED: ...") reports no event (`unconfirmed_label`);
- a past event named by its year with a relative clause ("The 2019 Kora riots, in which six people were killed,
  ...") is background (`year_named_relative_before`); a count an agency recorded over a year is an aggregate;
- a participle that qualifies a common noun ("the arrested farmers", "a stolen lorry") and an act named as the cause
  of an emotion ("angered by the arrests") do not type the clause (`attributive_common_noun_after`,
  `emotion_cause_before`);
- "camped outside <office> to demand", "gathered ... to request", "shot in the air to drive them away" after a
  gathering with a demand are protests;
- two named crowds that clash with gunshot deaths fight an armed clash (`armed_rival_crowds_patterns`);
- an arrest made "overnight after a protest" is its own Arrests, and the protest of its cause clause does not type
  it (`arrest_cause_clause_before`, `arrest_later_occasion_patterns`, the gold's coding convention 7)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, paragraphs):
    return [r["sub_event_type"] for r in run(extractor, paragraphs, ref=REF)]


def test_numbered_unconfirmed_item_is_no_event(extractor):
    paras = [
        "The union informs its members of the week's incidents.",
        "3. UNCONFIRMED: drivers have reported that a lorry was set on fire near Kora on Tuesday.",
    ]
    assert _types(extractor, paras) == []


def test_year_named_event_with_relative_clause_is_background(extractor):
    paras = [  # (fix59) the background first: after a dated lead it was dropped even before ev58
        "The 2015 Kora violence, in which eight people including a police officer were killed, remains a sensitive "
        "issue in the district.",
        "Gunmen killed two traders in Bentiu on Tuesday.",
    ]
    assert _types(extractor, paras) == ["Attack"]


def test_murders_recorded_in_a_year_are_an_aggregate(extractor):
    paras = [  # (fix59) the aggregate first: after a dated lead it was dropped even before ev58
        "The province recorded more than 1,200 murders in the 2025/26 financial year, according to police statistics.",
        "Gunmen killed two traders in Bentiu on Tuesday.",
    ]
    assert _types(extractor, paras) == ["Attack"]


def test_year_named_relative_clause_and_recorded_counts_are_read_as_background(extractor):
    res = extractor.res
    before = "The 2015 Kora violence, in which eight people including a policeman were "
    assert res.pattern_search("year_named_relative_before", before) is not None
    assert res.pattern_search("year_named_relative_before", "The 2015 Kora violence was ") is None
    aggregate = "The province recorded more than 1,200 murders in the 2025/26 financial year, police said."
    assert res.pattern_search("aggregate_frames", aggregate) is not None
    assert res.pattern_search("aggregate_frames", "Police recorded the names of 12 people in Kora.") is None


def test_the_arrested_farmers_do_not_type_a_demonstration(extractor):
    line = "On Tuesday, farmers staged a demonstration in Kora, saying that the arrested farmers were innocent."
    assert _types(extractor, [line]) == ["Peaceful protest"]


def test_a_stolen_lorry_does_not_type_an_arrest(extractor):
    line = "On Tuesday, police reported the arrest of two men in Kora with a stolen lorry belonging to a brewery."
    assert _types(extractor, [line]) == ["Arrests"]


def test_a_crowd_angered_by_arrests_burns_a_post(extractor):
    line = "In Kora, residents angered by the arrests set fire to the police post on Tuesday night."
    assert _types(extractor, [line]) == ["Violent demonstration"]


def test_farmers_camped_outside_a_depot_to_demand_payment_protest(extractor):
    line = "About 300 farmers camped outside the grain depot in Kora on Tuesday to demand payment for their maize."
    assert _types(extractor, [line]) == ["Peaceful protest"]


def test_shots_in_the_air_to_drive_a_gathering_away_are_an_intervention(extractor):
    line = (
        "Dozens of women gathered outside the district office in Kora on Tuesday to demand that the school reopen, "
        "and fighters shot in the air to drive them away."
    )
    assert _types(extractor, [line]) == ["Protest with intervention"]


def test_rival_youths_with_gunshot_deaths_clash(extractor):
    line = (
        "Three people died of gunshot wounds and several houses were set ablaze when Kusasi and Mamprusi youths "
        "clashed at Kora on Tuesday."
    )
    assert _types(extractor, [line]) == ["Armed clash"]


def test_rival_youths_with_machetes_stay_mob_violence(extractor):
    line = "Two people died when Kusasi and Mamprusi youths clashed with machetes at Kora on Tuesday."
    assert _types(extractor, [line]) == ["Mob violence"]


def test_arrests_overnight_after_a_protest_turned_violent(extractor):
    line = "Police say they arrested 20 young men in Kora overnight after a protest by traders turned violent."
    assert _types(extractor, [line]) == ["Arrests"]


def test_a_wire_lead_restated_with_its_village_is_one_event(extractor):
    paras = [
        "KORA, Honduras (AP) — Gunmen killed four members of one family in a remote farming area, police said Thursday.",
        "The attack took place late Tuesday in El Murmullo, a hamlet north of Catacamas, a police spokesman said.",
    ]
    rows = run(extractor, paras, ref=REF)
    assert [(r["sub_event_type"], r["location"], r["event_date"]) for r in rows] == [
        ("Attack", "El Murmullo", date(2026, 3, 10))
    ]


def test_a_lead_that_named_its_own_town_keeps_a_second_attack(extractor):
    paras = [
        "Gunmen killed four traders in Catacamas on Tuesday, police said.",
        "The gunmen were later seen in El Murmullo, where they killed a farmer on Wednesday.",
    ]
    assert len(run(extractor, paras, ref=REF)) == 2


def test_men_armed_with_machetes_who_attack_officers_fight_a_clash(extractor):
    line = (
        "Two miners were killed and a policeman was injured when about 40 miners armed with machetes and catapults "
        "attacked officers on patrol at a mine in Kabwe on Tuesday."
    )
    assert _types(extractor, [line]) == ["Armed clash"]


def test_gunmen_who_shoot_a_taxi_owner_attack_a_civilian_whatever_police_believe(extractor):
    line = (
        "On Tuesday, gunmen shot dead a taxi owner at the taxi rank in KwaMhlanga, in what police believe is a "
        "killing linked to a route dispute."
    )
    assert _types(extractor, [line]) == ["Attack"]


def test_doubted_and_denied_reports_in_one_sentence_or_an_answer_are_no_events(extractor):
    paras = [
        "Gunmen killed two traders in Bentiu on Tuesday.",
        "Unverified reports indicate an air strike on a market near Heglig on Monday; the authorities could not "
        "confirm it.",
        "A claim circulated on social media that a helicopter had fired on a fishing village near Heglig was denied "
        "by the army.",
        "QUESTION (Member for Rubkona): Is the Minister aware that traders were attacked again at Heglig last week? "
        "ANSWER: Madam Speaker, no such incident has been reported to the Ministry.",
    ]
    assert _types(extractor, paras) == ["Attack"]


def test_a_night_tally_and_an_analysts_view_are_no_events(extractor):
    paras = [
        "A Russian drone struck a house in Lutsk on Tuesday, killing two people.",
        "Air defences across Ukraine shot down 58 of 70 drones in the night, the air force said.",
        "Analysts see the strikes as part of a wider campaign against western regions.",
    ]
    assert _types(extractor, paras) == ["Air/drone strike"]


def test_a_march_that_handed_over_a_petition_protests_and_takes_no_territory(extractor):
    line = (
        "On Tuesday, about 300 residents of Kora walked to the district commissioner's office in Kora, where they "
        "handed over a petition on insecurity."
    )
    assert _types(extractor, [line]) == ["Peaceful protest"]


def test_protesters_who_occupied_a_pumping_station_protest(extractor):
    line = "Indigenous protesters occupied an oil pumping station near Saramuro in Peru on Tuesday, halting flows."
    assert _types(extractor, [line]) == ["Peaceful protest"]


def test_a_landmine_left_over_from_an_old_war_kills_on_a_day(extractor):
    line = "A landmine left over from the fighting of 2016 killed a shepherd near Karsa, west of Derna, on Tuesday."
    assert _types(extractor, [line]) == ["Remote explosive/landmine/IED"]


def test_police_who_destroyed_poppy_crops_destroy_property(extractor):
    line = "Counter-narcotics police destroyed poppy crops on 30 acres of farmland in Chahar Dara district on Monday."
    assert _types(extractor, [line]) == ["Looting/property destruction"]


def test_gunmen_who_kill_forest_rangers_attack_civilians(extractor):
    line = "Gunmen killed four forest rangers on Tuesday in an ambush near Penessoulou, the army said."
    assert _types(extractor, [line]) == ["Attack"]


def test_a_picket_saying_soldiers_had_detained_members_is_the_protest(extractor):
    line = (
        "On Monday, members of a farmers' group staged a picket outside the provincial capitol in Nabunturan, "
        "saying soldiers had detained three of their members without a warrant."
    )
    assert _types(extractor, [line]) == ["Peaceful protest"]
