"""ev93 (issue 10, twenty-sixth session): actors of aligned events. An armed clash between two named communities
("A herders and B villagers fought with rifles", "young men from the A and B communities", "armed men from A and from
B") has both communities' militias as its sides (convention 11 of eval/events/README.md); two countries' people, two
religions or a fight with sticks keep their sides. A communiqué's "N terrorists were neutralised" in the sentence
after a clash, "neutralising two aggressors", "had “neutralised” 19 fighters" give the clash's toll; weapons or
devices neutralised and a plan to neutralise give none. A communiqué's tally of its own side ("on the friendly side, 4
dead and 9 wounded", "three soldiers fell with arms in hand") adds to the enemy's dead. Two crowds fighting each other ("fans of the
home club and of the visiting club fought", "pelted each other", "youths of A and B villages are fighting") are
rioters on both sides; a mob beating a man keeps its victim. A follow-up sentence opening with a count
of dead after an armed clash ("Three soldiers also died", "Two attackers died and ...") adds them to its toll. A
story's lead event is unharmed when the next paragraph says nobody was hurt. A byline's paragraph between a
fight of two crowds and "Police arrested twelve people ..." adds no distance: the arrested are its rioters. Variant
sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import one, run

REF = date(2026, 6, 10)


def _row(extractor, para, sub):
    return one(run(extractor, [para], ref=REF), sub)


@pytest.mark.parametrize(
    "para",
    [
        "MOYALE — Three men were killed when Wakolo herders and Benui villagers fought with rifles over a well near"
        " Moyale on Tuesday, police said.",
        "Two people died on Friday after Wakolo pastoralists and Benui farmers exchanged gunfire near Moyale, Kenya.",
        "MOYALE — Four men were killed when young men from the Wakolo and Benui communities fought with spears and"
        " rifles near Moyale on Tuesday, police said.",
        "MOYALE — On Tuesday evening armed men from Wakolo and from Benui exchanged gunfire for hours near Moyale,"
        " police said.",
    ],
)
def test_two_named_communities_in_an_armed_clash_are_both_sides(extractor, para):
    row = _row(extractor, para, "Armed clash")
    assert {row["actor1"], row["actor2"]} == {"Wakolo communal militia", "Benui communal militia"}, row


@pytest.mark.parametrize(
    "para",
    [
        # two countries' people: no community's militia
        "MOYALE — Three men were killed when Kenyan herders and Ethiopian villagers fought with rifles near Moyale"
        " on Tuesday, police said.",
        # two faiths: no community's militia
        "MOYALE — Three men were killed when Muslim youths and Christian villagers fought with rifles near Moyale"
        " on Tuesday, police said.",
    ],
)
def test_nationalities_and_faiths_name_no_community(extractor, para):
    row = _row(extractor, para, "Armed clash")
    assert "communal militia" not in f"{row['actor1']} {row['actor2']}", row


@pytest.mark.parametrize(
    "para",
    [
        "MOYALE — Three men were killed when Wakolo herders and Benui villagers fought with sticks and stones near"
        " Moyale on Tuesday, police said.",
        "MOYALE — Three men were hurt when youths from the Wakolo and Benui communities fought with sticks and stones"
        " near Moyale on Tuesday, police said.",
    ],
)
def test_two_communities_fighting_with_sticks_stay_rioters(extractor, para):
    row = _row(extractor, para, "Mob violence")
    assert (row["actor1"], row["actor2"]) == ("Rioters", "Rioters"), row


def _toll(extractor, para):
    rows = run(extractor, [para], ref=REF)
    assert len(rows) == 1, rows
    return rows[0]["fatalities"]


@pytest.mark.parametrize(
    ("para", "toll"),
    [
        (
            "On 12 March, the army unit stationed at Tillaberi, Niger, repelled an attack by armed terrorist groups."
            " Eighteen terrorists were neutralised, the communiqué said.",
            18,
        ),
        (
            "On 12 March, police units in Tillaberi, Niger, were attacked with firearms by members of a criminal"
            " group. The officers repelled the aggression, neutralising two aggressors.",
            2,
        ),
        (
            "On 12 March, soldiers of the Nigerien army were attacked by gunmen near Tillaberi, Niger. The soldiers"
            " neutralised 3 attackers.",
            3,
        ),
        (
            "The army said on Friday that a drone strike near Djenne, Mali, had \u201cneutralised\u201d 19 JNIM"
            " fighters the same day.",
            19,
        ),
    ],
)
def test_neutralised_enemies_are_the_toll(extractor, para, toll):
    assert _toll(extractor, para) == toll


@pytest.mark.parametrize(
    "para",
    [
        "On 12 March, soldiers of the Nigerien army were attacked by gunmen near Tillaberi, Niger. Sappers later"
        " neutralised two explosive devices on the road.",
        "On 12 March, Russian drones attacked the city of Sumy, Ukraine, damaging a school. Air defence units"
        " neutralised 14 drones.",
        "On 12 March, soldiers of the Nigerien army clashed with gunmen near Tillaberi, Niger. The army plans to"
        " neutralise the remaining fighters.",
    ],
)
def test_neutralised_weapons_or_plans_are_no_toll(extractor, para):
    assert _toll(extractor, para) is None


@pytest.mark.parametrize(
    ("para", "toll"),
    [
        (
            "On 3 June, the army post at Dori, Burkina Faso, was attacked by armed terrorists. Provisional toll: on"
            " the friendly side, 4 dead and 9 wounded; on the enemy side, 31 terrorists neutralised and three"
            " motorcycles destroyed.",
            35,
        ),
        (
            "On 3 June, the army post at Dori, Burkina Faso, was attacked by armed terrorists. Provisional toll: on"
            " our side, two soldiers fell with arms in hand and four were wounded; on the enemy side, 12 terrorists"
            " were neutralised.",
            14,
        ),
        (
            "Soldiers repelled an attack by armed terrorists on their post at Dori, Burkina Faso, on 3 June, killing"
            " 12 of them. Regrettably, three soldiers fell with arms in hand.",
            15,
        ),
        # near misses: no count of the own side's dead
        (
            "Soldiers repelled an attack by armed terrorists on their post at Dori, Burkina Faso, on 3 June, killing"
            " 12 of them. We deplore this cowardly act.",
            12,
        ),
    ],
)
def test_a_communique_tally_of_its_own_dead_adds_to_the_toll(extractor, para, toll):
    assert _toll(extractor, para) == toll


CLASH = (
    "At least 20 people were injured as supporters of two rival parties clashed with sticks and stones at the"
    " Kawangware market in Nairobi yesterday afternoon."
)
ARREST = "Police arrested twelve people from the area last night, said the officer commanding the station."
WITNESS = 'Witnesses said the fight began when followers of one candidate tried to take over a stall. "They chased us."'


@pytest.mark.parametrize(
    ("paras", "side"),
    [
        ([CLASH, "Our Correspondent, Nairobi", WITNESS, ARREST], "Rioters"),
        ([CLASH, "By Wanjiru Kamau", WITNESS, ARREST], "Rioters"),
        # near miss: a paragraph of text (no byline) between keeps the distance
        ([CLASH, WITNESS, '"They came with clubs," said a trader, who asked not to be named.', ARREST], "Civilians"),
    ],
)
def test_a_byline_paragraph_adds_no_distance_to_an_arrest_after_a_riot(extractor, paras, side):
    assert one(run(extractor, paras, ref=date(2026, 5, 20)), "Arrests")["actor2"] == side


@pytest.mark.parametrize(
    ("para", "toll"),
    [
        (
            "Government forces said they had repelled a Houthi attack on their positions near Mukayras, Yemen, on"
            " Friday, killing four of the attackers. Three soldiers also died, the media office added.",
            7,
        ),
        (
            "Troops repelled an attack by Abu Sayyaf fighters on their patrol base near Patikul, Philippines, on"
            " Tuesday. Three attackers died and one soldier suffered light wounds.",
            3,
        ),
        (
            "PESHAWAR — Militants attacked a police checkpoint in Bannu, Pakistan, late on Monday, killing two"
            " policemen, officials said. Police said three attackers were also killed in the exchange of fire.",
            5,
        ),
        # near misses: no count opens the sentence; an attack on civilians is no clash
        (
            "PESHAWAR — Militants attacked a police checkpoint in Bannu, Pakistan, late on Monday, killing two"
            " policemen, officials said. Police said they were searching the area.",
            2,
        ),
        (
            "Troops repelled an attack by Abu Sayyaf fighters on their patrol base near Patikul, Philippines, on"
            " Tuesday. The soldiers said the attackers died fighting.",
            None,
        ),
        (
            "Gunmen attacked a bus near Dinsoor, Somalia, on Sunday, killing four passengers. Two more passengers"
            " died in hospital.",
            4,
        ),
    ],
)
def test_a_count_of_dead_after_a_clash_adds_to_its_toll(extractor, para, toll):
    assert _toll(extractor, para) == toll


@pytest.mark.parametrize(
    ("para", "side"),
    [
        (
            "Supporters of two rival parties pelted each other with stones in Lilongwe, Malawi, on Tuesday evening"
            " until police fired tear gas.",
            "Rioters",
        ),
        (
            "On Sunday, before the derby in Tirana, Albania, fans of the home club and of the visiting club fought"
            " with sticks and bottles near the stadium.",
            "Rioters",
        ),
        (
            "Two people died when supporters of rival claimants to a local chieftaincy fought with machetes and clubs"
            " in Tamale, Ghana, on Saturday.",
            "Rioters",
        ),
        (
            "Youths of Ohoitel and Wearhir villages are fighting with arrows and machetes at the Langgur bridge in"
            " Tual, Indonesia, two wounded.",
            "Rioters",
        ),
        # near miss: a mob turning on a person
        (
            "On 3 March, a mob of supporters of the ruling party beat a man accused of theft at the main market in"
            " Ndola, Zambia.",
            "Civilians",
        ),
    ],
)
def test_two_crowds_fighting_each_other_are_rioters_on_both_sides(extractor, para, side):
    row = _row(extractor, para, "Mob violence")
    assert (row["actor1"], row["actor2"]) == ("Rioters", side), row


def _tolls(extractor, paras):
    return [r["fatalities"] for r in run(extractor, paras, ref=date(2026, 5, 20))]


@pytest.mark.parametrize(
    "paras",
    [
        [
            "ZHYTOMYR — Russian drones struck a fuel depot near Korosten overnight, causing a fire, the regional"
            " military administration said.",
            "Nobody was injured, the administration said, but repair crews expected the work to last two days.",
        ],
        [
            "HEBRON — Israeli settlers torched three cars and a barn in the village of Susya before dawn on Tuesday, a"
            " local news site reported.",
            "Residents said the settlers came from a nearby outpost. Nobody was inside the barn at the time, and no"
            " one was hurt.",
        ],
    ],
)
def test_the_paragraph_after_the_lead_says_nobody_was_hurt(extractor, paras):
    assert _tolls(extractor, paras) == [0]


def test_a_later_event_keeps_no_toll_from_the_next_paragraph(extractor):
    paras = [
        "ZHYTOMYR — Russian drones struck a fuel depot near Korosten overnight, killing two workers, the regional"
        " military administration said.",
        "Russian artillery also shelled the town of Ovruch on Monday afternoon, damaging a school.",
        "Nobody was injured, the administration said, but repair crews expected the work to last two days.",
    ]
    assert _tolls(extractor, paras) == [2, None]
