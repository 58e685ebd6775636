"""Round ev49 (issue 10): the sides of arrests, pursuits and dispersals that the story or a named community settles.
Sentences written for the tests, none copied from an evaluation set: suspects arrested "in connection with the
attack" are the attackers' side; a force "pursuing men who held up a bus" did not hold it up; militiamen "from the
neighbouring X community" and gunmen "of the X clan" are that community's militia; a de facto authority's guards
who disperse a protest are its intervening side."""

from __future__ import annotations

import pytest

from tests.extract_util import run
from tests.test_actor_frames import REF, _row

ATTACK = "Gunmen attacked a farm at Kobeni on Monday, killing two workers, the district commander said."


def test_suspects_arrested_in_connection_with_the_attack_are_civilians(extractor):
    # (ev53) the coding convention for disputed cases: suspects of an armed act are civilians, not the attackers
    text = [
        "KUMASI — The district commander spoke on Friday.",
        ATTACK,
        "Police arrested six suspects at Dumasi on Wednesday in connection with the attack, he added.",
    ]
    assert _row(extractor, text, "Arrests")["actor2"] == "Civilians", run(extractor, text, REF)


def test_suspects_arrested_with_no_link_to_an_act_keep_no_armed_side(extractor):
    text = [
        "KUMASI — The district commander spoke on Friday.",
        ATTACK,
        "Police arrested six traders at Dumasi on Wednesday, he added.",
    ]
    assert not (_row(extractor, text, "Arrests")["actor2"] or "").startswith("Unidentified")


def test_the_pursued_gang_not_the_police_held_up_the_bus(extractor):
    text = [
        "KISORO — The regional police spokesman spoke on Friday.",
        "Police are pursuing a gang of armed men who ambushed a minibus near Nyakabande on Tuesday, killing its "
        "driver, the spokesman said.",
    ]
    rows = [r for r in run(extractor, text, REF) if r["event_type"] in ("Violence against civilians", "Battles")]
    assert rows and all(not r["actor1"].startswith("Police Forces") for r in rows), rows


def test_soldiers_searching_for_attackers_who_burn_homes_are_the_agents(extractor):
    text = [
        "JAYAPURA — Church leaders spoke on Friday.",
        "Soldiers searching for the attackers burned six homes in Wandai on Monday, the church leaders said.",
    ]
    assert _row(extractor, text, "Looting/property destruction")["actor1"].startswith("Military Forces")


NAMED_SIDES = [
    (  # militiamen from the neighbouring community are its militia
        [
            "CALABAR — The state police command spoke on Friday.",
            "Militiamen from the neighbouring Okorowa community killed five farmers in an attack on Lumbe on Monday "
            "night, the command said.",
        ],
        "Attack",
        "actor1",
        "Okorowa communal militia",
    ),
    (  # gunmen of a named clan are its militia
        [
            "MUKALLA — A local official spoke on Friday.",
            "Gunmen of the Al-Hadrawi clan exchanged fire with soldiers at a checkpoint near Sah on Monday, leaving two "
            "soldiers dead, the official said.",
        ],
        "Armed clash",
        "actor1",
        "Al-Hadrawi clan militia",
    ),
    (  # guards of a de facto authority who disperse a protest intervene
        [
            "KANDAHAR — A participant spoke on Friday.",
            "About 40 women gathered outside the governor's office in Kandahar on Monday to demand jobs, before Taliban "
            "guards dispersed them with sticks, a participant said.",
        ],
        "Protest with intervention",
        "actor2",
        "Taliban",
    ),
]


@pytest.mark.parametrize(("text", "sub_event_type", "field", "expected"), NAMED_SIDES)
def test_a_named_community_clan_or_authority_is_the_side(extractor, text, sub_event_type, field, expected):
    assert _row(extractor, text, sub_event_type)[field] == expected
