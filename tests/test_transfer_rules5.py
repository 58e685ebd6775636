"""Rules of the fifth-blind-set round (issue 10, `blind5`): places named beside road ends and reference roads, live-blog
entries, tolls of a communiqué, numbered units, forces named by their government. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import one, only, run

REF = date(2024, 5, 15)  # a Wednesday


def _one(extractor, *paras):
    return only(extractor, list(paras), ref=REF)


# ---------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("paras", "want"),
    [
        pytest.param(
            [
                "On Tuesday, a roadside bomb hit a truck near the village of Dharkeyn Yar, on the road between Baidoa and "
                "Burhakaba, Somalia, killing three traders."
            ],
            {"location": "Dharkeyn Yar"},
            id="a_named_village_beats_the_towns_a_road_runs_between",
        ),
        pytest.param(
            [
                "In Kaya town, Burkina Faso, hundreds of traders marched on Monday to demand the reopening of the road to Dori."
            ],
            {"location": "Kaya"},
            id="the_road_to_a_town_is_a_reference_point",
        ),
        pytest.param(
            ["In southern Lebanon, a strike on a car in Beit Ghazal killed two men on Tuesday."],
            {"location": "Beit Ghazal"},
            id="an_unlisted_place_before_a_harm_verb_is_the_place",
        ),
        pytest.param(
            ["On Monday, gunmen attacked the military base of Ngouboua Kanem, on an island of Chad's Lac province."],
            {"location": "Ngouboua Kanem"},
            id="the_military_base_of_an_unlisted_place",
        ),
        pytest.param(
            [
                "On Sunday, al-Shabaab fighters attacked an army outpost at Awdheegle, Somalia. "
                "At least six soldiers of the Somali National Army (SNA) were killed, elders said."
            ],
            {"fatalities": 6},
            id="losses_of_soldiers_of_a_force_with_its_acronym_add_to_the_toll",
        ),
        pytest.param(
            ["Elements of the 33rd Infantry Battalion arrested a bomb maker in Datu Piang, Philippines, on Tuesday."],
            {"actor1": "Military Forces of the Philippines"},
            id="a_numbered_unit_is_the_military_of_the_story",
        ),
        pytest.param(
            ["The National Police arrested nine alleged members of Los Choneros in Manta, Ecuador, on Tuesday."],
            {"actor1": "Police Forces of Ecuador", "actor2": "Los Choneros"},
            id="members_of_a_listed_gang_arrested_are_the_gang",
        ),
        pytest.param(
            ["Detectives arrested a radio presenter in Eldoret, Kenya, on Monday."],
            {"actor1": "Police Forces of Kenya"},
            id="detectives_are_police",
        ),
        pytest.param(
            ["Clashes broke out in the Libyan capital's Abu Salim district on Tuesday between two armed groups."],
            {"location": "Tripoli"},
            id="a_district_after_the_capital_possessive_is_coded_at_the_capital",
        ),
        pytest.param(
            [
                "Islamic State's Sahel Province claimed on its channel that its fighters had killed six soldiers in an attack "
                "on a Nigerien army post at Tillia on Monday."
            ],
            {"actor1": "Islamic State Sahel Province"},
            id="its_fighters_in_a_groups_claim_are_the_group",
        ),
        pytest.param(
            [
                "A Turkish drone struck a car of the SDF-affiliated Asayish near Qamishli, Syria, on Tuesday, killing one man."
            ],
            {"actor2": "Asayish"},
            id="the_backer_before_affiliated_is_no_party",
        ),
        pytest.param(
            ["The Taliban detained a former army officer in Herat, Afghanistan, on Monday."],
            {"actor1": "Taliban", "actor2": "Civilians"},
            id="a_former_officer_is_a_civilian",
        ),
        pytest.param(
            [
                "Two members of the Dawlah Islamiyah were neutralized in an encounter with troops in Barangay Lumbac, "
                "Maguindanao, Philippines, on Monday."
            ],
            {"sub_event_type": "Armed clash", "fatalities": 2},
            id="an_encounter_with_troops_is_a_clash",
        ),
        pytest.param(
            ["Police arrested two militants in Sialkot, Pakistan, on Tuesday and recovered a hand grenade from them."],
            {"sub_event_type": "Arrests"},
            id="a_weapon_recovered_in_an_arrest_is_no_attack",
        ),
        pytest.param(
            [
                "A bomb hit a Taliban pickup in Kunduz, Afghanistan, on Monday, killing one man. No group has claimed "
                "responsibility, but the ISKP has carried out similar attacks in the city."
            ],
            {"actor1": "Unidentified Armed Group (Afghanistan)"},
            id="similar_attacks_a_group_has_carried_out_do_not_name_the_attacker",
        ),
        pytest.param(
            [
                "In Kisumu, Kenya, a group of rioters looted shops and set a bank on fire on Tuesday; police said one man was "
                "shot dead as officers dispersed the crowd."
            ],
            {"sub_event_type": "Violent demonstration", "actor1": "Rioters", "fatalities": 1},
            id="a_group_of_rioters_looting_is_a_violent_demonstration",
        ),
        pytest.param(
            ["On Monday, residents of Ndele, Central African Republic, held a peaceful march for safer roads."],
            {"sub_event_type": "Peaceful protest", "location": "Ndele"},
            id="a_peaceful_march_is_a_peaceful_protest",
        ),
        pytest.param(
            [
                "Gunmen attacked the weekly fair of Dianwely-Kessel, in the circle of Douentza, Mali, on Friday, killing six "
                "traders."
            ],
            {"location": "Dianwely-Kessel"},
            id="the_fair_of_an_unlisted_village_is_the_place",
        ),
        pytest.param(
            [
                "Taliban forces clashed with NRF fighters in the Khost wa Fereng district of Baghlan, Afghanistan, on Monday."
            ],
            {"location": "Khost wa Fereng"},
            id="a_district_named_with_wa_is_one_name",
        ),
        pytest.param(
            ["On Monday, al-Shabaab fighters attacked a military outpost at Sabiid, Somalia, with heavy machine guns."],
            {"actor1": "Al Shabaab", "actor2": "Military Forces of Somalia"},
            id="an_attacked_military_outpost_is_the_military_even_when_weapons_are_the_trigger",
        ),
        pytest.param(
            [
                "Ukrainian artillery shelled the town of Kamianka-Dniprovska, Ukraine, on Tuesday. Three civilians were "
                "injured, the local administration said."
            ],
            {"actor2": "Civilians", "civilian_targeting": True},
            id="civilians_hurt_in_the_next_sentence_are_the_target_of_the_shelling",
        ),
        pytest.param(
            [
                "The NGO condemns the attack on a convoy carrying humanitarian supplies near Kabo, Central African Republic, "
                "on Monday."
            ],
            {"sub_event_type": "Attack", "actor2": "Civilians"},
            id="an_attack_on_an_aid_convoy_is_an_attack_on_civilians",
        ),
        pytest.param(
            [
                "On Monday, Macawisley fighters attacked al-Shabaab positions near Adale, Somalia, and claimed to have killed "
                "nine militants."
            ],
            {"fatalities": 9},
            id="a_claim_to_have_killed_is_a_toll_not_a_running_total",
        ),
        pytest.param(
            [
                'The group claimed that its fighters had killed "five soldiers" in an attack on an army post at Mbau, '
                "Mozambique, on Monday."
            ],
            {"fatalities": 5},
            id="a_quoted_toll_counts",
        ),
        pytest.param(
            [
                "GUAYAQUIL.- Soldiers clashed with gang members in the Bastion Popular sector, in the north of the city, on "
                "Tuesday night."
            ],
            {"location": "Guayaquil"},
            id="a_sector_of_the_city_under_a_city_dateline_is_the_city",
        ),
    ],
)
def test_the_only_event(extractor, paras, want):
    """The one event of the text has the fields `want` gives (each case one rule, named by its id)."""
    r = _one(extractor, *paras)
    assert {k: r[k] for k in want} == want, r


# ---------------------------------------------------------------- dates


def test_a_live_blog_entry_without_a_date_is_of_the_reference_day(extractor):
    rows = run(
        extractor,
        [
            "Live: border updates",
            "10:20 – Israeli artillery shelled the outskirts of the Lebanese town of Khiam, local media report.",
        ],
        ref=REF,
    )
    assert one(rows, "Shelling/artillery/missile attack")["event_date"] == REF


# ---------------------------------------------------------------- fatalities


@pytest.mark.parametrize(
    ("paras", "ref", "kind", "want"),
    [
        pytest.param(
            [
                "On Monday, a group of terrorists attacked the army post of Bol, in Chad's Lac province.",
                "Provisional toll: on our side, 5 soldiers fell on the field of honour and 9 were wounded; on the enemy "
                "side, 21 terrorists were neutralised.",
            ],
            REF,
            "Armed clash",
            {"fatalities": 26},
            id="a_communique_toll_paragraph_sums_both_sides",
        ),
        pytest.param(
            [
                "Gangs attacked the town of Mirebalais, Haiti, on Monday, killing nine people.",
                "In the capital, police exchanged fire with gang members near the airport on Tuesday.",
            ],
            REF,
            "Armed clash",
            {"location": "Port-au-Prince"},
            id="in_the_capital_is_the_capital_of_the_story_country",
        ),
        pytest.param(
            [
                "Abu Sayyaf gunmen attacked a village in Sulu, Philippines, on Sunday.",
                "On Monday, troops arrested a bomb maker of the group in Jolo.",
            ],
            REF,
            "Arrests",
            {"actor2": "Abu Sayyaf"},
            id="a_bomb_maker_of_the_group_is_the_group",
        ),
    ],
)
def test_the_event_of_a_kind(extractor, paras, ref, kind, want):
    """The story's one event of `kind` has the fields `want` gives (each case one rule, named by its id)."""
    r = one(run(extractor, paras, ref=ref), kind)
    assert {k: r[k] for k in want} == want, r


# ---------------------------------------------------------------- actors


def test_forces_of_a_government_are_its_military(extractor):
    r = _one(
        extractor,
        "Houthi fighters attacked positions of the Saudi-backed forces of the Yemeni government in Hays, Yemen, on "
        "Monday.",
    )
    assert {r["actor1"], r["actor2"]} == {"Houthis", "Military Forces of Yemen"}


def test_a_night_from_one_day_to_the_next_is_its_first_day(extractor):
    r = _one(
        extractor,
        "During the night of Saturday 11 to Sunday 12 May 2024, gunmen attacked the army post of Mao, Chad.",
    )
    assert r["event_date"] == date(2024, 5, 11)


def test_terrorist_hideouts_are_of_the_one_group_the_story_named(extractor):
    rows = run(
        extractor,
        [
            "On Sunday, Boko Haram fighters attacked the army post of Ngouboua, in Chad's Lac province.",
            "On Monday, the air force carried out strikes on terrorist hideouts on the island of Kinasserom.",
        ],
        ref=REF,
    )
    strike = one(rows, "Air/drone strike")
    assert (strike["actor2"], strike["location"]) == ("Boko Haram", "Kinasserom")


def test_an_armed_group_named_by_an_appositive_is_that_group(extractor):
    r = _one(
        extractor,
        "Clashes broke out in Tripoli, Libya, on Tuesday between the Rada Special Deterrence Force and fighters of "
        "a rival armed group, the 444th Brigade.",
    )
    assert {r["actor1"], r["actor2"]} == {"Rada Special Deterrence Force", "444th Brigade"}


def test_a_ceasefire_between_the_two_groups_is_between_the_sides_of_the_fight(extractor):
    rows = run(
        extractor,
        [
            "Clashes broke out in Tripoli, Libya, on Monday between the Rada Special Deterrence Force and the 444th "
            "Brigade.",
            "Fighting subsided on Tuesday after tribal elders mediated a ceasefire between the two groups in Tripoli.",
        ],
        ref=REF,
    )
    assert [r["sub_event_type"] for r in rows] == ["Armed clash", "Agreement"]
    agreement = one(rows, "Agreement")
    assert {agreement["actor1"], agreement["actor2"]} == {"Rada Special Deterrence Force", "444th Brigade"}


def test_the_end_of_a_toll_range_of_dates_is_an_aggregate(extractor):
    rows = run(
        extractor,
        [
            "Shelling killed four people in Kadugli, Sudan, on Monday.",
            "Between 2 April and 12 May, at least 90 people were killed in Kadugli, the health ministry said.",
        ],
        ref=REF,
    )
    assert len(rows) == 1


def test_strikes_on_two_named_islands_are_two_events(extractor):
    rows = run(
        extractor,
        [
            "On Monday, the air force struck hideouts on the islands of Kaiga Ngouboua and Blarigui, in Chad's Lac province."
        ],
        ref=REF,
    )
    assert sorted(r["location"] for r in rows) == ["Blarigui", "Kaiga Ngouboua"]


def test_a_press_release_place_and_date_line_is_no_event_date(extractor):
    r = _one(
        extractor,
        "Bangui, 15 May 2024 – The NGO condemns the attack on a humanitarian convoy near Kabo on 12 May.",
    )
    assert r["event_date"] == date(2024, 5, 12)
