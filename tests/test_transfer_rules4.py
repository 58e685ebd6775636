"""Rules added for the fourth blind set (issue 10: other outlets' styles, `eval/events_blind4`): language names and
the towns of a story as country evidence, places located in a named administrative unit, a colon dateline, ...
Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import one, only, run

REF = date(2023, 6, 9)  # a Friday


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


def _one(extractor, *paras):
    return only(extractor, list(paras), ref=REF)


def test_a_language_name_is_no_country_of_the_story(extractor):
    doc = extractor.nlp("(Translated from Spanish.) Police in Celaya detained two suspects on Monday.")
    ctx = doc._.country_context
    assert "ES" not in ctx and max(ctx, key=ctx.__getitem__) == "MX"
    doc = extractor.nlp("Spanish troops patrolled the port on Monday.")
    assert "ES" in doc._.country_context  # the nationality still counts


@pytest.mark.parametrize(
    ("paras", "want"),
    [
        pytest.param(
            ["Police in Niamey arrested a blogger on Tuesday over a post praising the Islamic State Sahel Province."],
            {"actor1": "Police Forces of Niger", "iso3": "NER"},
            id="a_town_only_one_country_has_names_the_country",
        ),
        pytest.param(
            [
                "Nigerian troops repelled an attack by Boko Haram on their base in Garin Dogo, Gujba Local Government Area "
                "of Yobe State, on Sunday."
            ],
            {"location": "Garin Dogo", "iso3": "NGA"},
            id="place_in_a_named_local_government_area_or_circle",
        ),
        pytest.param(
            ["On Wednesday, gunmen attacked the Malian army post in Intagoyat, in the Menaka circle."],
            {"location": "Intagoyat"},
            id="place_in_a_named_local_government_area_or_circle_2",
        ),
        pytest.param(
            [
                "Government troops shelled Houthi positions in the Maqbanah district of Yemen's southwestern province of Taiz "
                "on Thursday."
            ],
            {"location": "Maqbanah"},
            id="the_district_of_a_province_is_the_place",
        ),
        pytest.param(
            [
                "M23 rebels dropped grenades from a drone on a Congolese army camp in the village of Kirumba on Wednesday, "
                "wounding three soldiers."
            ],
            {"sub_event_type": "Air/drone strike", "location": "Kirumba"},
            id="explosives_dropped_from_a_drone_are_an_air_strike",
        ),
        pytest.param(
            [
                "On Monday, a column of Myanmar soldiers advancing towards the village came under attack from PDF fighters near "
                "Thit Seint Gyi in Sagaing region."
            ],
            {"sub_event_type": "Armed clash"},
            id="troops_advancing_towards_a_village_take_nothing",
        ),
        pytest.param(
            [
                "The Nigerian Air Force said its jets struck Boko Haram camps at Kollaram Kura on the shores of Lake Chad on "
                "Friday."
            ],
            {"location": "Kollaram Kura", "iso3": "NGA"},
            id="a_place_on_the_shores_of_a_lake",
        ),
        pytest.param(
            [
                "Three soldiers of the army's 7th Brigade were killed when a roadside bomb hit their patrol near Baiji, Iraq, on "
                "Tuesday."
            ],
            {"fatalities": 3},
            id="tolls_of_other_outlets",
        ),
        pytest.param(
            [
                "Nigerian troops on Sunday repelled an attack by ISWAP on their base in Malam Fatori, neutralising 14 of the "
                "attackers."
            ],
            {"fatalities": 14},
            id="tolls_of_other_outlets_2",
        ),
        pytest.param(
            ["Colombian soldiers clashed with ELN guerrillas in Tame on Monday, leaving three guerrillas dead."],
            {"fatalities": 3},
            id="tolls_of_other_outlets_3",
        ),
        pytest.param(
            ["A Malian army convoy hit a landmine near Douentza on Thursday without loss of life."],
            {"fatalities": 0},
            id="tolls_of_other_outlets_4",
        ),
        pytest.param(
            [
                "Somali troops killed 20 al-Shabaab fighters in the village of Ceel Qooxle, Somalia, on Sunday. Two soldiers "
                "were martyred in the fighting."
            ],
            {"fatalities": 22},
            id="the_other_sides_losses_add_to_the_toll",
        ),
        pytest.param(
            [
                "Militants attacked a police station in Bannu, Pakistan, on Tuesday, killing three policemen. Police said they "
                "killed two of the attackers."
            ],
            {"fatalities": 5},
            id="the_other_sides_losses_add_to_the_toll_2",
        ),
        pytest.param(
            ["About 300 farmers blocked the Pan-American Highway near Popayan, Colombia, on Thursday to demand land."],
            {"sub_event_type": "Peaceful protest", "location": "Popayan"},
            id="a_named_road_blocked_is_a_protest",
        ),
        pytest.param(
            [
                "Demonstrators in Cumana, the capital of Sucre state, Venezuela, toppled a statue of the governor on Monday."
            ],
            {"sub_event_type": "Violent demonstration"},
            id="a_crowd_that_topples_or_storms_riots",
        ),
        pytest.param(
            [
                "Protesters broke into the regional assembly in Nakuru, Kenya, on Tuesday and set part of it on fire as police "
                "fired live rounds to push them back."
            ],
            {"sub_event_type": "Violent demonstration"},
            id="a_crowd_that_topples_or_storms_riots_2",
        ),
        pytest.param(
            ["Gunmen shot dead a clan elder in Garbaharey, Somalia, on Monday, his relatives said."],
            {"fatalities": 1},
            id="elders_chiefs_and_smugglers_are_counted_dead",
        ),
        pytest.param(
            ["A drone struck a pickup near Ghat, Libya, on Sunday, killing four smugglers, residents said."],
            {"fatalities": 4},
            id="elders_chiefs_and_smugglers_are_counted_dead_2",
        ),
        pytest.param(
            [
                "Syrian National Army fighters clashed with SDF fighters on the Tal Tamr front near the village of Umm Kaif, "
                "Syria, on Tuesday."
            ],
            {"location": "Umm Kaif"},
            id="a_front_named_after_a_town_is_a_reference_point",
        ),
        pytest.param(
            [
                "BENGHAZI — A warplane belonging to the Libyan National Army (LNA) struck Zuwara port in Libya on Monday."
            ],
            {"sub_event_type": "Air/drone strike"},
            id="an_aircraft_as_the_subject_strikes_from_the_air",
        ),
    ],
)
def test_the_only_event(extractor, paras, want):
    """The one event of the text has the fields `want` gives (each case one rule, named by its id)."""
    r = _one(extractor, *paras)
    assert {k: r[k] for k in want} == want, r


def test_colon_dateline_is_no_event_place(extractor):
    r = _one(
        extractor,
        "PATTANI: Insurgents shot dead a village headman in Sai Buri district of Pattani province on Wednesday, "
        "police said. Yala and Narathiwat were calm.",
    )
    assert r["location"] == "Sai Buri" and str(r["event_date"]) == "2023-06-07"


def test_the_weapon_that_killed_civilians_is_the_type(extractor):
    r = _one(
        extractor, "Russian shelling of the centre of Kherson in southern Ukraine on Thursday killed three civilians."
    )
    assert r["sub_event_type"] == "Shelling/artillery/missile attack" and r["actor2"] == "Civilians"
    assert r["civilian_targeting"] is True
    r = _one(
        extractor, "Afghan forces fired heavy weapons at Taliban positions in Dara district of Panjshir on Tuesday."
    )
    assert r["sub_event_type"] == "Shelling/artillery/missile attack"


def test_a_peaceful_gathering_is_a_protest(extractor):
    r = _one(
        extractor,
        "About 100 widows gathered peacefully outside the parliament in Freetown, Sierra Leone, on Wednesday, holding "
        "photographs of their husbands.",
    )
    assert r["sub_event_type"] == "Peaceful protest" and str(r["event_date"]) == "2023-06-07"


def test_the_same_afternoon_keeps_the_day_across_paragraphs(extractor):
    rows = _rows(
        extractor,
        "Myanmar troops clashed with PDF fighters near Kan Gyi in Sagaing on Monday morning.",
        "The soldiers set fire to 30 homes in the neighbouring village of Zee Pin the same afternoon, a resident said.",
    )
    burn = [r for r in rows if r["sub_event_type"] == "Looting/property destruction"]
    assert len(burn) == 1 and str(burn[0]["event_date"]) == "2023-06-05" and burn[0]["location"] == "Zee Pin"


def test_aggregates_false_claims_habits_and_verdicts_are_no_events(extractor):
    assert not _rows(
        extractor, "Since the beginning of 2023, the monitor has documented 210 people killed in Deir ez-Zor province."
    )
    assert not _rows(
        extractor,
        "The rebels falsely claimed on social media to have killed 80 soldiers in Tuesday's fighting in Sudan.",
    )
    assert not _rows(
        extractor,
        "Islamabad accuses Kabul of sheltering militants who launch attacks across the border, a charge it denies.",
    )
    assert not _rows(
        extractor,
        "MOPTI — A military court on Wednesday sentenced two men to death for an ambush on a convoy near Sevare in 2021, "
        "in which nine soldiers were killed.",
    )
    assert not _rows(extractor, "A court in Mali on Thursday jailed four men for life over the 2020 massacre near Gao.")
    assert not _rows(
        extractor, "In Zamfara, bandits numbering about 80 roamed the village for hours without any resistance."
    )


def test_a_toll_in_a_relative_clause_and_a_statement_day_restate_the_event(extractor):
    rows = _rows(
        extractor,
        "Malian soldiers repelled an attack by JNIM on their post in Boni on Sunday, in which four soldiers were killed.",
        "Dozens of the attackers were neutralised during the counter-offensive, the army said in a statement read on "
        "state television on Monday evening.",
    )
    assert len(rows) == 1 and rows[0]["location"] == "Boni" and str(rows[0]["event_date"]) == "2023-06-04"
    assert rows[0]["sub_event_type"] == "Armed clash" and rows[0]["fatalities"] == 4


def test_a_region_is_finer_than_its_country(extractor):
    r = _one(extractor, "Gunmen attacked a wedding party in Nigeria's Zamfara on Saturday, killing 12 guests.")
    assert r["location"] != "Nigeria" and "Zamfara" in r["location"]


def test_a_place_then_its_territory_is_one_event(extractor):
    rows = _rows(
        extractor,
        "Congolese troops clashed with ADF rebels near Beni on Monday.",
        "• On 2 June, CODECO fighters abducted four farmers near Mongbwalu, in Djugu territory.",
    )
    abd = [r for r in rows if r["sub_event_type"] == "Abduction/forced disappearance"]
    assert len(abd) == 1 and abd[0]["location"] != "Djugu"


def test_intercepted_over_a_region_is_in_the_region(extractor):
    rows = _rows(
        extractor,
        "Ukrainian drones hit an oil depot in Kharkiv region, officials in Kyiv said.",
        "Russia's defence ministry said its air defences shot down 12 Ukrainian drones over the Bryansk region overnight.",
    )
    r = one(rows, "Disrupted weapons use")
    assert r["location"] == "Bryansk" and r["iso3"] == "RUS"


def test_a_count_of_attacks_carried_out_is_an_aggregate(extractor):
    assert not _rows(
        extractor, "The governor said the group has carried out more than 30 attacks with drones in Cauca."
    )


def test_the_attack_took_place_in_x_places_a_dateline_story(extractor):
    rows = _rows(
        extractor,
        "QUETTA, Pakistan (AP) — Militants attacked a police checkpoint before dawn Tuesday, killing two officers.",
        "The attack took place in the Tump area of Kech district, a police official said.",
    )
    assert len(rows) == 1 and rows[0]["location"] == "Tump" and str(rows[0]["event_date"]) == "2023-06-06"


def test_detentions_after_a_protest_are_its_intervention(extractor):
    rows = _rows(
        extractor,
        "In Juba, South Sudan, traders marched to the city council on Wednesday to protest against new taxes.",
        "Police briefly detained three of the marchers.",
    )
    assert [r["sub_event_type"] for r in rows] == ["Protest with intervention"]


def test_a_condemned_attack_with_its_own_day_and_place_is_reported(extractor):
    r = _one(
        extractor,
        "The Somali government condemns the mortar attack launched by al-Shabaab on Friday evening against houses in "
        "the Shibis Waaq district of Mogadishu, which wounded three civilians.",
    )
    assert r["sub_event_type"] == "Shelling/artillery/missile attack" and str(r["event_date"]) == "2023-06-09"
    assert r["location"] == "Shibis Waaq" and r["iso3"] == "SOM"
    rows = _rows(
        extractor,
        "Al-Shabaab fighters shelled houses in Mogadishu on Friday, wounding three civilians.",
        "The government condemned the attack on Saturday.",
    )
    assert len(rows) == 1


def test_running_counts_and_calls_are_no_events(extractor):
    assert not _rows(
        extractor,
        "The ADF, active in eastern Congo since the 1990s, has killed more than 60 people since the army launched an "
        "offensive against it on May 3.",
    )
    assert not _rows(
        extractor, "The offensive, which the army launched on May 2, has displaced about 40,000 people, the UN said."
    )
    assert not _rows(extractor, "The UN said fighting since Monday had killed at least 20 people in Tripoli, Libya.")
    assert not _rows(
        extractor,
        "Separately, a students' union called for a 48-hour total shutdown in the valley districts from Monday to "
        "protest against the arrests in Imphal.",
    )


def test_a_side_saying_what_it_is_fighting_reports_no_event(extractor):
    assert not _rows(extractor, "The Myanmar junta denies targeting civilians and says it is fighting terrorists.")


def test_storming_a_village_attacks_its_people_and_gang_members_also(extractor):
    r = _one(
        extractor,
        "Boko Haram fighters stormed the village of Ngoshe Sama in Cameroon's Far North region overnight, killing a "
        "farmer.",
    )
    assert r["sub_event_type"] == "Attack"
    rows = _rows(
        extractor,
        "Gang members killed 12 people in Cabaret, Haiti, on Saturday, police said. The gang members also set fire to "
        "30 houses.",
    )
    assert len(rows) == 1 and rows[0]["sub_event_type"] == "Attack"


def test_an_event_a_day_after_another_is_the_main_clause(extractor):
    r = _one(
        extractor,
        "Turkish troops set up a new position near Sarmin, Syria, on Thursday, a day after government shelling killed "
        "two Turkish soldiers.",
    )
    assert r["sub_event_type"] == "Headquarters or base established" and str(r["event_date"]) == "2023-06-08"


def test_an_expected_assault_is_no_event(extractor):
    rows = _rows(
        extractor,
        "Rebel factions in Syria announced on Wednesday a new joint command, in what they called preparation for an "
        "expected government assault on Idlib.",
    )
    assert all(r["event_type"] != "Battles" for r in rows)
