"""Rules of round 11 (issue 10, precision first, after `eval/events_blind6` became a development set): sentences that
restate, sum up or give the background of the news are not events of their own; dates counted from the last day
named. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import one, only, run

REF = date(2024, 5, 15)  # a Wednesday
EVENT = "On Tuesday, rebels attacked an army post in the town of Kaya, Burkina Faso, killing four soldiers."


def test_an_undated_detail_without_a_place_restates_the_fight(extractor):
    # the detail alone would be coded as a clash at the story's place; with no day and no place of its own it is the
    # capture just reported, and its toll is that event's
    taken = "On Tuesday, jihadists of the JNIM seized the town of Kaya, Burkina Faso, overrunning the army base."
    detail = "The group claimed to have killed more than 100 soldiers, a figure the army has not confirmed."
    rows = run(extractor, [taken, detail], ref=REF)
    assert [(r["sub_event_type"], r["location"]) for r in rows] == [("Non-state actor overtakes territory", "Kaya")]
    assert rows[0]["fatalities"] == 100


def test_an_undated_event_at_a_place_of_its_own_stays(extractor):
    other = "In the town of Djibo, gunmen ambushed an army patrol, killing six soldiers."
    rows = run(extractor, [EVENT, other], ref=REF)
    assert sorted(r["location"] for r in rows) == ["Djibo", "Kaya"], rows


def test_an_undated_clause_that_says_it_is_another_incident_stays(extractor):
    # no day, no place of its own, but "In a separate incident": a second event (placed at the story's place)
    other = "In a separate incident, gunmen abducted two herders and stole their cattle."
    rows = run(extractor, [EVENT, other], ref=REF)
    assert len(rows) == 2, rows


def test_a_sentence_opening_in_total_sums_up(extractor):
    total = "In total, the ministry said, 31 people were killed and 90 wounded across the north on Tuesday."
    rows = run(extractor, [EVENT, total], ref=REF)
    assert [r["location"] for r in rows] == ["Kaya"], rows


def test_weeks_spent_in_a_campaign_are_an_aggregate(extractor):
    campaign = (
        "Before that, government forces had spent five weeks besieging the town of Titao in a campaign that killed "
        "at least 40 people."
    )
    rows = run(extractor, [EVENT, campaign], ref=REF)
    assert [r["location"] for r in rows] == ["Kaya"], rows


def test_the_following_day_counts_from_the_last_day_named(extractor):
    # "last month" (a month, not a day) comes between the first event's day and "The following day"
    rows = run(
        extractor,
        [
            "Rebels killed five soldiers in an ambush near Kaya, Burkina Faso, on May 10.",
            "The group said the ambush was revenge for the killing of one of its commanders by the army last month.",
            "The following day, soldiers raided the village of Bourzanga, burning houses and killing three civilians.",
        ],
        ref=REF,
    )
    got = {r["location"]: str(r["event_date"]) for r in rows}
    assert got == {"Kaya": "2024-05-10", "Bourzanga": "2024-05-11"}, rows


def test_the_date_of_a_cause_is_not_the_events(extractor):
    # the only date of the second sentence belongs to the killing that the ambush avenged: no event of last month
    rows = run(
        extractor,
        [
            "Rebels killed five soldiers in an ambush near Kaya, Burkina Faso, on May 10.",
            "The group said the ambush was revenge for the killing of one of its commanders by the army last month.",
        ],
        ref=REF,
    )
    assert [(r["location"], str(r["event_date"])) for r in rows] == [("Kaya", "2024-05-10")], rows


def test_a_ceasefire_taking_effect_is_no_new_agreement(extractor):
    rows = run(
        extractor,
        [
            EVENT,
            "The truce, brokered by Qatar and Turkey, took effect on May 1 and ended two months of fighting.",
        ],
        ref=REF,
    )
    assert [r["sub_event_type"] for r in rows] == ["Armed clash"] or all(
        r["sub_event_type"] != "Agreement" for r in rows
    ), rows
    # signing it is one
    signed = only(extractor, ["The government and the rebels signed a ceasefire in Doha on Monday."], ref=REF)
    assert signed["sub_event_type"] == "Agreement"


def test_an_event_a_year_before_the_news_is_background(extractor):
    # only named (a noun, no verb reports it) and more than three months old: background of the news
    old = (
        "The court on Tuesday refused bail to nine men accused of looting during the demonstrations of 20 March 2023 "
        "in Kaya, Burkina Faso."
    )
    assert run(extractor, [old], ref=REF) == []
    # an old event a verb reports stays, with its date
    told = "Soldiers shot dead two protesters during the demonstrations of 20 March 2023 in Kaya, Burkina Faso."
    assert [str(r["event_date"]) for r in run(extractor, [told], ref=REF)] == ["2023-03-20"]


def test_commas_alone_write_an_address_not_a_list(extractor):
    # "Barangay A, B, C": each place locates the one before it, one event at the first
    r = only(
        extractor,
        [
            "On Tuesday, rebels detonated a landmine against an army patrol in Barangay Lumbia, Cagayan de Oro, "
            "Misamis Oriental, wounding three soldiers."
        ],
        ref=REF,
    )
    assert r["location"] == "Lumbia", r
    # with "and" it is a list: one event per place
    rows = run(extractor, ["On Tuesday, soldiers raided the towns of Kaya, Djibo and Dori in Burkina Faso."], ref=REF)
    assert sorted(r["location"] for r in rows) == ["Djibo", "Dori", "Kaya"], rows


@pytest.mark.parametrize(
    ("paras", "want"),
    [
        pytest.param(
            [
                "On Tuesday, gunmen abducted 12 women fleeing Kaya near the village of Korsimoro, Burkina Faso, "
                "residents said."
            ],
            {"location": "Korsimoro"},
            id="the_place_people_fled_from_is_no_event_place",
        ),
        # one side's dead (soldiers and civilian porters): the soldiers are the target, the militants the attacker, and
        # an armed target makes it a clash
        pytest.param(
            [
                "Two soldiers and two civilian porters were killed on Tuesday when militants opened fire on an army "
                "vehicle near Kaya, Burkina Faso."
            ],
            {
                "sub_event_type": "Armed clash",
                "actor1": "Unidentified Armed Group (Burkina Faso)",
                "actor2": "Military Forces of Burkina Faso",
            },
            id="soldiers_and_civilians_killed_when_militants_fired_on_an_army_vehicle",
        ),
        # both sides' dead name no target
        pytest.param(
            [
                "Four attackers and a soldier were killed on Tuesday when militants attacked an army post in Kaya, Burkina Faso."
            ],
            {"actor2": "Military Forces of Burkina Faso"},
            id="soldiers_and_civilians_killed_when_militants_fired_on_an_army_vehicle_2",
        ),
        pytest.param(
            [
                "On Tuesday night, dozens of Israeli settlers stormed the village of Burin, south of Nablus, setting fire "
                "to cars and throwing stones at residents."
            ],
            {"sub_event_type": "Attack", "actor1": "Settlers (Israel)"},
            id="a_militia_storming_a_village_and_throwing_stones_attacks_it",
        ),
        # a crowd of protesters doing the same riots
        pytest.param(
            ["On Tuesday, protesters stormed the town hall in Kaya, Burkina Faso, throwing stones at the police."],
            {"event_type": "Riots"},
            id="a_militia_storming_a_village_and_throwing_stones_attacks_it_2",
        ),
        pytest.param(
            [
                "Soldiers opened fire on Tuesday on hundreds of residents who marched towards the army base in Kaya, "
                "Burkina Faso, killing three people."
            ],
            {"sub_event_type": "Excessive force against protesters", "actor2": "Protesters"},
            id="troops_firing_on_residents_who_marched_use_force_against_protesters",
        ),
        pytest.param(
            ["On Tuesday, army engineers blew up a row of houses in the village of Yaroun, Lebanon, residents said."],
            {"sub_event_type": "Looting/property destruction"},
            id="houses_blown_up_by_troops_are_destroyed_property",
        ),
        # a bomb that blew up a car is an explosion
        pytest.param(
            ["On Tuesday, a bomb blew up a car in Kaya, Burkina Faso, killing two people."],
            {"event_type": "Explosions/Remote violence"},
            id="houses_blown_up_by_troops_are_destroyed_property_2",
        ),
        pytest.param(
            [
                "Five gunmen died on Monday afternoon in a confrontation with soldiers in the town of Kaya, Burkina Faso."
            ],
            {"sub_event_type": "Armed clash"},
            id="a_confrontation_with_soldiers_is_a_clash",
        ),
        pytest.param(
            [
                "Troops of the 62nd Infantry Battalion encountered around 20 members of the New People's Army in "
                "Barangay Lumbia, Cagayan de Oro, on May 13, 2024."
            ],
            {"sub_event_type": "Armed clash", "location": "Lumbia"},
            id="troops_that_encountered_members_of_a_rebel_group_clashed_with_it",
        ),
        pytest.param(
            ["On Tuesday, the Russian occupiers shelled the village of Bilenke in the Zaporizhzhia region, Ukraine."],
            {"actor1": "Military Forces of Russia"},
            id="occupiers_of_a_nationality_are_its_forces",
        ),
        pytest.param(
            [
                "Lashio, Myanmar: On 13 May, the MNDAA announced that it had captured the headquarters of the army's "
                "Northeastern Command."
            ],
            {"sub_event_type": "Non-state actor overtakes territory"},
            id="a_headquarters_captured_is_territory_taken",
        ),
        pytest.param(
            [
                "On Tuesday, JNIM fighters attacked the town of Djibo, Burkina Faso, overrunning an army base and two "
                "checkpoints before withdrawing in the afternoon."
            ],
            {"sub_event_type": "Armed clash"},
            id="a_base_overrun_before_withdrawing_is_a_battle",
        ),
        # held, it is taken
        pytest.param(
            ["On Tuesday, JNIM fighters overran the town of Djibo, Burkina Faso."],
            {"sub_event_type": "Non-state actor overtakes territory"},
            id="a_base_overrun_before_withdrawing_is_a_battle_2",
        ),
        pytest.param(
            [
                "On Tuesday, JNIM fighters attacked an army detachment in Kourakou, near the border with Mali, in "
                "Burkina Faso's Loroum province."
            ],
            {"location": "Kourakou"},
            id="an_unlisted_place_near_a_border_is_the_events_place",
        ),
        pytest.param(
            [
                "On 14 May, the RSF launched a ground assault on Abu Shouk IDP camp, north of El Fasher, Sudan, shelling "
                "and storming residential blocks."
            ],
            {"sub_event_type": "Attack", "actor2": "Civilians", "location": "Abu Shouk"},
            id="a_ground_assault_on_a_displacement_camp_attacks_the_displaced",
        ),
        pytest.param(
            ["Russian tank fire killed two civilians in the village of Tiahynka, Ukraine, on Tuesday morning."],
            {"actor1": "Military Forces of Russia"},
            id="tank_fire_of_a_nationality_is_its_forces",
        ),
    ],
)
def test_the_only_event(extractor, paras, want):
    """The one event of the text has the fields `want` gives (each case one rule, named by its id)."""
    r = only(extractor, paras, ref=REF)
    assert {k: r[k] for k in want} == want, r


def test_a_front_direction_is_a_reference_point(extractor):
    r = one(
        run(
            extractor,
            [
                "Russian shelling killed two people in Zaporizhzhia, Ukraine, on Monday.",
                "On the Orikhiv direction, Ukrainian units repelled a Russian assault in the area of Mali Shcherbaky "
                "on Tuesday.",
            ],
            ref=REF,
        ),
        "Armed clash",
    )
    assert r["location"] == "Mali Shcherbaky", r


def test_a_district_set_beside_an_opening_place_locates_it(extractor):
    rows = run(
        extractor,
        [
            "Russian forces struck Zaporizhzhia, Ukraine, with two guided bombs on Tuesday.",
            "In Stepnohirsk, Vasylivka district, a woman was killed by Russian artillery shelling on Tuesday evening.",
        ],
        ref=REF,
    )
    assert "Stepnohirsk" in [x["location"] for x in rows] and "Vasylivka" not in [x["location"] for x in rows], rows


def test_a_two_day_toll_is_an_aggregate(extractor):
    toll = "Local sources said more than 60 civilians were killed on 13 and 14 May in the town of Kaya, Burkina Faso."
    assert run(extractor, [toll], ref=REF) == []
    one_day = "Local sources said more than 60 civilians were killed on 14 May in the town of Kaya, Burkina Faso."
    assert len(run(extractor, [one_day], ref=REF)) == 1


def test_the_armed_subject_that_detonated_a_mine_is_its_agent(extractor):
    r = only(
        extractor,
        [
            "On Tuesday, suspected NPA rebels detonated a landmine against an army patrol in Barangay Lumbia, "
            "Cagayan de Oro, Philippines, wounding two soldiers."
        ],
        ref=REF,
    )
    assert (r["actor1"], r["actor2"]) == ("NPA: New People's Army", "Military Forces of the Philippines"), r
    # a patrol that struck a mine is its victim, the perpetrator unknown
    r = only(
        extractor,
        ["On Tuesday, an army patrol struck a landmine in Barangay Lumbia, Cagayan de Oro, Philippines."],
        ref=REF,
    )
    assert r["actor2"] == "Military Forces of the Philippines" and r["actor1"] != r["actor2"], r


def test_one_of_them_hitting_a_depot_is_the_volley_just_reported(extractor):
    rows = run(
        extractor,
        [
            "On Monday night, the RSF launched several kamikaze drones at El Obeid, Sudan.",
            "One of them hit a fuel depot, another fell on a house on the road to Bara, killing three civilians.",
        ],
        ref=REF,
    )
    assert [(r["sub_event_type"], r["location"], r["fatalities"]) for r in rows] == [
        ("Air/drone strike", "El Obeid", 3)
    ], rows


def test_one_of_the_strikes_elsewhere_is_a_strike_of_the_same_night(extractor):
    rows = run(
        extractor,
        [
            "07:05 - Israeli air strikes overnight killed at least 40 people in Gaza City, medics said.",
            "07:40 - One of the strikes hit a house in Bani Suheila, east of Khan Younis, killing nine people.",
        ],
        ref=date(2024, 5, 15),
    )
    got = {r["location"]: (r["sub_event_type"], r["actor1"], str(r["event_date"])) for r in rows}
    assert got["Bani Suhayla"] == ("Air/drone strike", "Military Forces of Israel", "2024-05-14"), rows


def test_a_trend_of_the_fighting_is_no_battle(extractor):
    rows = run(
        extractor,
        [EVENT, "Fighting has also intensified in the Centre-Nord region, where the army is trying to reopen roads."],
        ref=REF,
    )
    assert [r["location"] for r in rows] == ["Kaya"], rows


def test_the_third_attack_this_month_counts_attacks(extractor):
    rows = run(extractor, [EVENT, "It was the third attack on the town this month."], ref=REF)
    assert [r["location"] for r in rows] == ["Kaya"], rows
