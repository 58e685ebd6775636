"""Rules added for the third blind set (issue 10: other outlets and other conflicts): agency datelines in mixed case,
state forces of countries the dictionary lacks, places named as parts of a larger one, passive victims, the speaker's
own forces, thwarted weapons, aggregates over date ranges. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import only, run

REF = date(2023, 4, 14)  # a Friday


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


def _one(extractor, *paras):
    return only(extractor, list(paras), ref=REF)


def test_mixed_case_agency_dateline_is_the_publication_day(extractor):
    r = _one(
        extractor, "Quetta, April 14 (APP) Militants attacked a checkpoint in Turbat on Tuesday, killing two policemen."
    )
    assert str(r["event_date"]) == "2023-04-11" and r["location"] == "Turbat"


def test_state_forces_of_a_country_the_dictionary_lacks(extractor):
    r = _one(
        extractor, "Thai soldiers killed two insurgents in a gunfight in Rueso district on Wednesday, the army said."
    )
    assert r["actor1"] == "Military Forces of Thailand" and str(r["event_date"]) == "2023-04-12"
    assert extractor.res.resolve_actor("Tajik forces").name == "Military Forces of Tajikistan"
    assert extractor.res.resolve_actor("Armed Forces of Armenia").name == "Military Forces of Armenia"


@pytest.mark.parametrize(
    ("paras", "want"),
    [
        pytest.param(
            ["Security forces killed three militants in the Gadoora area of Pulwama on Thursday, police said."],
            {"location": "Gadoora", "iso3": "IND"},
            id="the_area_of_a_town_is_the_place",
        ),
        pytest.param(
            ["In Pattani, soldiers surrounded a house in Nong Chik district on Monday and killed a gunman."],
            {"location": "Nong Chik"},
            id="opening_frame_yields_to_the_district_inside_the_clause",
        ),
        pytest.param(
            [
                "Rebels attacked Congolese soldiers escorting a Canada mining crew near Kamituga on Monday, killing two soldiers."
            ],
            {"location": "Kamituga", "iso3": "COD"},
            id="country_used_as_adjective_is_no_place",
        ),
        pytest.param(
            [
                "The army said an infiltration bid was foiled near Uri on Wednesday night and that two intruders were killed."
            ],
            {"sub_event_type": "Armed clash", "fatalities": 2},
            id="infiltration_foiled_with_a_kill_is_a_clash",
        ),
        pytest.param(
            ["Riot police used water cannon to disperse a sit-in by teachers in Tunis on Tuesday."],
            {"sub_event_type": "Protest with intervention"},
            id="riot_police_is_no_riot",
        ),
        pytest.param(
            [
                "09:40 — Russia's general staff says its forces repelled an attack by Ukrainian troops near Kupiansk on Wednesday."
            ],
            {"actor1": "Military Forces of Ukraine", "actor2": "Military Forces of Russia"},
            id="its_forces_are_the_speakers_forces",
        ),
        pytest.param(
            [
                "The Border Service said that on April 12 Tajik armed forces shelled the village of Ak-Tatyr in Batken region, "
                "killing a resident."
            ],
            {"actor1": "Military Forces of Tajikistan", "fatalities": 1},
            id="subject_after_an_opening_on_date",
        ),
        pytest.param(
            ["Police fired tear gas at protesters in Dhaka's Mirpur on Thursday, a police official said."],
            {"location": "Dhaka"},
            id="part_of_a_town_after_its_possessive_is_the_town",
        ),
    ],
)
def test_the_only_event(extractor, paras, want):
    """The one event of the text has the fields `want` gives (each case one rule, named by its id)."""
    r = _one(extractor, *paras)
    assert {k: r[k] for k in want} == want, r


def test_drone_neutralized_is_disrupted_weapons_use(extractor):
    r = _one(
        extractor,
        "A Russian drone trying to cross the border near Vovchansk was neutralized by Ukrainian air defence on Thursday.",
    )
    assert r["sub_event_type"] == "Disrupted weapons use"
    assert r["actor1"] == "Military Forces of Ukraine" and r["actor2"] == "Military Forces of Russia"


def test_date_ranges_and_nationwide_figures_are_aggregates(extractor):
    assert not _rows(
        extractor, "Between 3 and 9 April, police arrested 120 people in Karachi, the provincial government said."
    )
    assert not _rows(
        extractor, "Clashes between herders and farmers killed 400 people in Plateau between 2019 and 2022."
    )


def test_passive_victims_are_the_target(extractor):
    r = _one(
        extractor,
        "Four soldiers were killed on Tuesday when gunmen ambushed their patrol near Menaka, Mali's army said.",
    )
    assert r["actor2"] == "Military Forces of Mali" and r["actor1"] == "Unidentified Armed Group (Mali)"
    assert r["fatalities"] == 4
    b = _one(extractor, "A police officer was killed in an attack by gunmen on a checkpoint in Tillaberi on Monday.")
    assert b["actor2"] == "Police Forces of Niger" and b["fatalities"] == 1


def test_hours_later_and_the_same_city(extractor):
    rows = _rows(
        extractor,
        "Militants attacked a police station in Bannu on Tuesday, killing a constable.",
        "Hours later, a mob set fire to two shops in the same city.",
    )
    assert len(rows) == 2, rows
    assert {str(r["event_date"]) for r in rows} == {"2023-04-11"} and {r["location"] for r in rows} == {"Bannu"}


def test_a_speech_at_a_rally_is_no_protest(extractor):
    assert not _rows(
        extractor, "Speaking to a rally of his party in Ankara on Sunday, the president denounced the opposition."
    )


def test_unspecified_number_is_no_toll(extractor):
    r = _one(extractor, "On Monday, army jets struck rebel camps near Beni, killing an unspecified number of fighters.")
    assert r["sub_event_type"] == "Air/drone strike" and r["fatalities"] is None


def test_attacker_after_came_under_attack_and_holders_and_repelled_by(extractor):
    a = _one(extractor, "Troops came under attack from Boko Haram fighters near Bama on Monday, the army said.")
    assert a["actor1"] == "Boko Haram" and a["actor2"] == "Military Forces of Nigeria"
    b = _one(
        extractor, "Militants stormed a checkpoint manned by Pakistani soldiers in Turbat on Tuesday, killing four."
    )
    assert b["actor1"] == "Unidentified Armed Group (Pakistan)" and b["actor2"] == "Military Forces of Pakistan"
    c = _one(extractor, "RSF fighters were repelled by the army when they attacked El Obeid on Saturday.")
    assert c["actor1"] == "RSF: Rapid Support Forces" and c["actor2"] == "Military Forces of Sudan"


def test_victim_count_after_a_weapon_named_with_an_article(extractor):
    r = _one(extractor, "A landmine killed two children near Kandahar on Tuesday, local officials said.")
    assert r["fatalities"] == 2
    b = _one(extractor, "A sniper shot dead a 12-year-old boy in Taiz on Sunday, local officials said.")
    assert b["fatalities"] == 1


def test_a_first_report_through_its_claim_and_drones_shot_down(extractor):
    a = _one(extractor, "ISWAP claimed responsibility for an attack on a military base in Monguno on Thursday.")
    assert a["sub_event_type"] == "Armed clash" and a["actor1"].startswith("ISWAP") and a["hedged"]
    assert str(a["event_date"]) == "2023-04-13" and a["location"] == "Monguno"
    b = _one(extractor, "The Ukrainian Air Force said it shot down 20 of 25 Shahed drones over Odesa on Thursday.")
    assert b["sub_event_type"] == "Disrupted weapons use"


def test_day_before_a_past_year_and_engaged_them(extractor):
    a = _one(
        extractor,
        "Police arrested four men in Quetta on Thursday for allegedly stealing weapons from a depot last year.",
    )
    assert a["sub_event_type"] == "Arrests" and str(a["event_date"]) == "2023-04-13"
    b = _one(
        extractor,
        "On Wednesday, troops of the 3rd Division pursued the attackers and engaged them near Tillaberi, killing five of them.",
    )
    assert b["sub_event_type"] == "Armed clash" and b["fatalities"] == 5


def test_army_press_release_and_denied_reports(extractor):
    a = _one(
        extractor,
        "1. On 12 April 2023, troops of Sector 2 neutralised 7 terrorists during a clearance operation in Gwoza Local "
        "Government Area of Borno State.",
    )
    assert a["location"] == "Gwoza" and a["fatalities"] == 7 and a["actor1"] == "Military Forces of Nigeria"
    assert not _rows(extractor, "The army denied reports that its soldiers had killed civilians in Hombori on Tuesday.")
    b = _one(extractor, "A Turkish drone was neutralized by air defences near Qamishli on Monday.")
    assert b["sub_event_type"] == "Disrupted weapons use" and b["actor2"] == "Military Forces of Turkey"
