"""Rules of round 11 (issue 10), second part: protests, arrests, roles and tolls, from probe sentences written for the
round and the error kinds of `eval/events_blind6`. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import one, only, run

REF = date(2024, 5, 15)  # a Wednesday
EVENT = "On Tuesday, rebels attacked an army post in the town of Kaya, Burkina Faso, killing four soldiers."


PROTEST = "On 12 May, police fired tear gas at hundreds of students protesting in Dakar, Senegal."


def test_a_protest_planned_for_a_day_is_no_protest(extractor):
    rows = run(extractor, [PROTEST, "A protest is planned for Saturday in Thies."], ref=REF)
    assert [r["location"] for r in rows] == ["Dakar"], rows


def test_how_the_unrest_began_is_background(extractor):
    rows = run(extractor, [PROTEST, "The protests began last month after the arrest of an opposition leader."], ref=REF)
    assert [(r["sub_event_type"], r["location"]) for r in rows] == [("Protest with intervention", "Dakar")], rows


@pytest.mark.parametrize(
    ("paras", "want"),
    [
        pytest.param(
            ["Police said 30 people were arrested in Dakar, Senegal, on Sunday."],
            {"actor1": "Police Forces of Senegal", "actor2": "Civilians"},
            id="those_arrested_are_no_agents",
        ),
        pytest.param(
            [
                "THE HIGH COURT OF UGANDA — OFFICE OF THE REGISTRAR",
                "Kampala, 14 May 2024",
                "The Registrar informs the public that on 13 May 2024, about 80 demonstrators who had gathered outside "
                "the court premises were dispersed by police using tear gas.",
            ],
            {"sub_event_type": "Protest with intervention", "location": "Kampala"},
            id="a_place_and_date_line_under_a_capitalised_heading_is_the_dateline",
        ),
        pytest.param(
            [
                "In Kaya, Burkina Faso, hundreds of residents held a candlelight march on Tuesday evening to mourn the dead."
            ],
            {"sub_event_type": "Peaceful protest"},
            id="a_candlelight_march_is_a_protest",
        ),
        pytest.param(
            [
                "On Tuesday, an Israeli drone strike on a car in the town of Burqin, West Bank, killed two men, whom the "
                "Israeli army described as members of the Jenin Brigade."
            ],
            {"actor2": "Jenin Brigade"},
            id="the_dead_the_army_described_as_members_of_a_group_are_its_members",
        ),
        # without the identification the two men are civilians
        pytest.param(
            ["On Tuesday, an Israeli drone strike on a car in the town of Burqin, West Bank, killed two men."],
            {"actor2": "Civilians"},
            id="the_dead_the_army_described_as_members_of_a_group_are_its_members_2",
        ),
        pytest.param(
            ["On the morning of 14 May, a Russian FPV drone attacked a car in Huliaipole, Ukraine."],
            {"sub_event_type": "Air/drone strike", "actor2": "Civilians"},
            id="a_drone_that_attacked_a_car_targets_civilians",
        ),
        pytest.param(
            [
                "In Stepnohirsk, Ukraine, a 67-year-old woman was killed by Russian artillery shelling on Tuesday evening."
            ],
            {"actor2": "Civilians"},
            id="a_woman_killed_by_shelling_makes_civilians_the_target",
        ),
    ],
)
def test_the_only_event(extractor, paras, want):
    """The one event of the text has the fields `want` gives (each case one rule, named by its id)."""
    r = only(extractor, paras, ref=REF)
    assert {k: r[k] for k in want} == want, r


def test_arrests_during_the_protest_of_that_day_are_its_intervention(extractor):
    rows = run(
        extractor,
        [
            "On Sunday, hundreds of students marched in Dakar, Senegal, to demand the release of their leader.",
            "Police said 30 people were arrested during Sunday's protest.",
        ],
        ref=REF,
    )
    assert [r["sub_event_type"] for r in rows] == ["Protest with intervention"], rows


def test_attacks_forces_are_likely_to_intensify_are_a_forecast(extractor):
    strike = "Russian missiles struck an energy facility in Kharkiv, Ukraine, overnight, the governor said."
    forecast = "Analysts at a think tank said Russian forces were likely to intensify attacks on Vovchansk."
    rows = run(extractor, [strike, forecast], ref=REF)
    assert [r["location"] for r in rows] == ["Kharkiv"], rows


def test_concern_about_reports_of_violence_reports_no_event(extractor):
    concern = "Aid agencies are concerned about reports of sexual violence against women fleeing the fighting."
    rows = run(extractor, [EVENT, concern], ref=REF)
    assert [r["location"] for r in rows] == ["Kaya"], rows


def test_the_groups_fighters_are_the_group_the_story_is_about(extractor):
    rows = run(
        extractor,
        [
            "On Tuesday, JNIM fighters attacked the town of Djibo, Burkina Faso, killing ten soldiers. JNIM said it "
            "had seized weapons.",
            "Several members of the Volunteers for the Defence of the Homeland (VDP) were among the dead.",
            "The same day, the group's fighters also attacked an army detachment in Kourakou, near the border with Mali.",
        ],
        ref=REF,
    )
    r = one([x for x in rows if x["location"] == "Kourakou"], "Armed clash")
    assert r["actor1"] == "JNIM: Jama'at Nasr al-Islam wal Muslimin", rows


TILLIA = "Gunmen killed 14 villagers in an attack on the village of Tillia, Niger, on Sunday, local officials said."


def test_a_running_count_brought_to_a_number_is_an_aggregate(extractor):
    count = "The killings bring to more than 100 the number of civilians killed in the region this month."
    rows = run(extractor, [TILLIA, count], ref=REF)
    assert [(r["location"], r["fatalities"]) for r in rows] == [("Tillia", 14)], rows


def test_the_toll_from_sundays_attack_names_the_attack_reported(extractor):
    rows = run(extractor, [TILLIA, "Officials said the death toll from Sunday's attack could rise."], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Attack"], rows


def test_the_previous_day_counts_back_from_the_last_day_named(extractor):
    rows = run(
        extractor,
        [
            "Junta troops torched more than 50 houses in Kin Ma village, Magway Region, Myanmar, on 10 May, residents "
            "said.",
            "The raid came after resistance fighters ambushed a military column near the town of Pauk the previous day.",
        ],
        ref=REF,
    )
    assert {r["location"]: str(r["event_date"]) for r in rows}.get("Pauk") == "2024-05-09", rows


def test_a_total_so_far_this_year_adds_no_toll(extractor):
    rows = run(
        extractor,
        [
            "Armed men killed three police officers on Tuesday morning in the town of Culiacan, Mexico.",
            "So far this year, 45 police officers have been murdered in the state, according to a count by a newspaper.",
        ],
        ref=REF,
    )
    assert [(r["location"], r["fatalities"]) for r in rows] == [("Culiacan", 3)], rows


def test_a_patrol_that_came_under_fire_is_the_target_of_an_unnamed_group(extractor):
    r = only(
        extractor,
        ["A patrol of the Kenya Defence Forces came under fire near Bodhei, Lamu County, Kenya, on Tuesday."],
        ref=REF,
    )
    assert (r["actor1"], r["actor2"]) == ("Unidentified Armed Group (Kenya)", "Military Forces of Kenya"), r
    # a story that names the armed group pairs the force with it
    rows = run(
        extractor,
        [
            "Al-Shabaab fighters attacked a police post in Lamu County, Kenya, on Monday.",
            "A patrol of the Kenya Defence Forces came under fire near Bodhei, Lamu County, on Tuesday.",
        ],
        ref=REF,
    )
    r = [x for x in rows if x["location"] == "Bodhei"][0]
    assert "Al Shabaab" in (r["actor1"], r["actor2"]), rows


def test_a_blame_after_the_place_detail_names_the_attacker(extractor):
    r = only(
        extractor,
        [
            "BAMAKO, May 14 (Reuters) - Gunmen killed at least nine civilians in Mali's Segou region on Monday, a local "
            "official said.",
            "The attack took place in Sokolo, a village near the Mauritanian border, the official said.",
            "Two residents blamed the Macina Liberation Front (FLM).",
        ],
        ref=REF,
    )
    assert r["location"] == "Sokolo" and not r["actor1"].startswith("Unidentified"), r


def test_porters_and_a_doctor_are_counted_dead(extractor):
    from newsetl.extract.events.fatalities import fatalities_in

    assert (
        fatalities_in("Two soldiers and two porters were killed when militants fired on a truck.", extractor.res) == 4
    )
    assert fatalities_in("Gunmen killed a doctor and six labourers at the site.", extractor.res) == 7


def test_a_building_hit_after_a_strike_is_a_target_of_that_strike(extractor):
    rows = run(
        extractor,
        [
            "On Tuesday afternoon, Russian forces struck Zaporizhzhia, Ukraine, with two guided aerial bombs.",
            "An industrial enterprise in the Oleksandrivskyi district was hit.",
        ],
        ref=REF,
    )
    assert [r["location"] for r in rows] == ["Zaporizhzhya"], rows
