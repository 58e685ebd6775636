"""Rules of round 14 (issue 10, after `eval/events_blind9` became a development set): mechanisms of news reporting that
the error kinds of several development sets share (crowds that riot, devices found, attributive participles, releases,
what someone is accused of, places that name another event, counted totals, frames, datelines, passive agents,
suspects' groups). Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import only, run

REF = date(2025, 3, 14)  # a Friday


def test_a_crowd_blocking_a_road_with_burning_tyres_riots(extractor):
    lead = "LAGOS — The state police gave an update on Friday."
    text = (
        "On Wednesday, traders in Ikorodu blocked the main road with burning tyres and rocks to demand the reopening "
        "of the market, and police fired tear gas to clear it."
    )
    row = only(extractor, [lead, text], REF)
    assert row["sub_event_type"] == "Violent demonstration", row
    text = "On Wednesday, residents of Ikorodu protested after gunmen torched three houses in the town."
    assert only(extractor, [lead, text], REF)["sub_event_type"] != "Violent demonstration"


@pytest.mark.parametrize(
    ("lead", "text", "want"),
    [
        pytest.param(
            "MAIDUGURI — The army gave an update on Friday.",
            (
                "On Tuesday, troops detected and safely destroyed an improvised explosive device planted on the road near the "
                "village of Mafa."
            ),
            {"sub_event_type": "Disrupted weapons use", "actor1": "Military Forces of Nigeria"},
            id="a_device_found_before_it_went_off_is_disrupted",
        ),
        pytest.param(
            "MAIDUGURI — The army gave an update on Friday.",
            "On Tuesday, an improvised explosive device exploded near the village of Mafa, killing two soldiers.",
            {"sub_event_type": "Remote explosive/landmine/IED"},
            id="a_device_found_before_it_went_off_is_disrupted_2",
        ),
        pytest.param(
            "PESHAWAR — The provincial police gave an update on Friday.",
            "Fighters of the banned Tehreek-e-Taliban Pakistan attacked a police post in Bannu on Wednesday.",
            {"sub_event_type": "Armed clash"},
            id="an_attributive_participle_is_no_trigger",
        ),
        pytest.param(
            "PESHAWAR — The provincial police gave an update on Friday.",
            (
                "Police in Kohat said they had arrested three men on Tuesday, accusing them of helping the militants who "
                "attacked a checkpoint in Hangu in January."
            ),
            {"sub_event_type": "Arrests", "location": "Kohat"},
            id="what_someone_is_accused_of_is_no_event_and_no_place",
        ),
        pytest.param(
            "PESHAWAR — The provincial police gave an update on Friday.",
            "In Kohat, hundreds of traders staged a sit-in on Thursday against the killings in Hangu.",
            {"location": "Kohat"},
            id="a_place_after_another_events_noun_names_that_event",
        ),
        pytest.param(
            "NIAMEY — The army gave an update on Friday.",
            (
                "On 11 March 2025, in the department of Ouallam, a patrol engaged a group of terrorists in the area of Tizegorou, "
                "killing five of them."
            ),
            {"location": "Tizegorou"},
            id="the_department_of_x_yields_to_the_village_the_clause_names",
        ),
        pytest.param(
            "BEIRUT — The army said on Friday.",
            "Soldiers and gunmen traded heavy fire near the town of Hermel on Thursday, killing two people.",
            {"sub_event_type": "Armed clash"},
            id="traded_heavy_fire_is_a_clash",
        ),
        pytest.param(
            "BOGOTA — The national police said on Friday.",
            "On Tuesday, police in Cucuta arrested two men suspected of being ELN logistics operatives.",
            {"actor2": "ELN: National Liberation Army"},
            id="suspects_named_as_members_are_the_group",
        ),
        pytest.param(
            "BOGOTA — The national police said on Friday.",
            "On Tuesday, police in Cucuta arrested two men suspected of supplying fuel to the ELN.",
            {"actor2": "Civilians"},
            id="suspects_named_as_members_are_the_group_2",
        ),
        pytest.param(
            "BAHIR DAR — Local officials said on Friday.",
            "On Thursday, a government drone struck a minibus near Debre Tabor, killing six passengers.",
            {"actor1": "Military Forces of Ethiopia"},
            id="government_as_a_modifier_and_as_a_drone",
        ),
        pytest.param(
            "DAMASCUS — The monitor reported on Friday.",
            "On Thursday, rebels fired mortar rounds into a government-held district of Aleppo, killing two children.",
            {"actor2": "Civilians"},
            id="government_as_a_modifier_and_as_a_drone_2",
        ),
        pytest.param(
            "MAROUA — The military tribunal said on Friday.",
            "Six suspects were arrested on 2 March 2025 in Mora by elements of the Rapid Intervention Battalion.",
            {"actor1": "Military Forces of Cameroon"},
            id="a_partitive_by_agent",
        ),
    ],
)
def test_the_only_event_after_a_lead(extractor, lead, text, want):
    """The one event of a lead and a paragraph has the fields `want` gives (each case one rule, named by its id)."""
    row = only(extractor, [lead, text], REF)
    assert {k: row[k] for k in want} == want, row


def test_a_release_without_a_deal_is_no_event(extractor):
    lead = "JUBA — The aid agency gave an update on Friday."
    rows = run(
        extractor,
        [
            lead,
            "On Monday, armed youth abducted four aid workers near Akobo. They were released unharmed on Wednesday "
            "after elders paid a ransom.",
        ],
        REF,
    )
    assert [r["sub_event_type"] for r in rows] == ["Abduction/forced disappearance"], rows


def test_counted_attacks_of_the_week_are_a_total(extractor):
    lead = "BAMAKO — The monitor published its weekly brief on Friday."
    rows = run(
        extractor,
        [
            lead,
            "JNIM claimed 38 attacks in central Mali this week, up from 25 the week before.",
            "At least 50 drone strikes have been recorded in the Mopti region since the rains began.",
        ],
        REF,
    )
    assert rows == [], rows


def test_a_gathering_protests_only_with_its_purpose(extractor):
    lead = "ERBIL — Local media reported on Friday."
    text = "In Duhok, dozens of nurses gathered outside the health directorate on Wednesday to demand unpaid wages."
    assert only(extractor, [lead, text], REF)["sub_event_type"] == "Peaceful protest"
    text = "In Duhok, dozens of relatives gathered outside the hospital on Wednesday to wait for news."
    assert run(extractor, [lead, text], REF) == []


def test_a_paragraphs_day_carries_when_its_sentence_made_no_event(extractor):
    lead = "DAMASCUS — The monitor reported on Friday."
    rows = run(
        extractor,
        [
            lead,
            "Gunmen ambushed a patrol near Jableh on Tuesday, killing four members of the security forces.",
            "The following day, reinforcements poured into the area. Armed men went from house to house in the village "
            "of Al-Qusour and executed at least nine men, the monitor said.",
        ],
        REF,
    )
    assert [str(r["event_date"]) for r in rows] == ["2025-03-11", "2025-03-12"], rows


def test_a_press_dateline_with_two_places(extractor):
    rows = run(
        extractor,
        [
            "Sokoto / Abuja, 14 March 2025 — Armed bandits killed at least 12 villagers in Gidan Bawa on Sunday 9 "
            "March, a rights group said.",
        ],
        REF,
    )
    assert [str(r["event_date"]) for r in rows] == ["2025-03-09"], rows


def test_a_strike_during_the_fighting_is_the_event_on_the_fightings_day(extractor):
    lead = "BEIRUT — The army said on Friday."
    rows = run(
        extractor,
        [
            lead,
            "Soldiers and gunmen traded heavy fire near the town of Hermel on Wednesday, killing two people.",
            "Shells fired from across the border during the fighting also landed in the village of Qaa.",
        ],
        REF,
    )
    assert [(r["sub_event_type"], str(r["event_date"])) for r in rows] == [
        ("Armed clash", "2025-03-12"),
        ("Shelling/artillery/missile attack", "2025-03-12"),
    ], rows


def test_arrests_told_after_a_riot_are_part_of_it(extractor):
    lead = "NOVI SAD — The prosecutor said on Friday."
    text = (
        "On Tuesday evening, hundreds of students protested outside the city hall in Novi Sad and threw stones at the "
        "police. Seven police officers suffered light injuries, and 14 persons were detained at the scene."
    )
    assert [r["sub_event_type"] for r in run(extractor, [lead, text], REF)] == ["Violent demonstration"]
