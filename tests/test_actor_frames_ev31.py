"""Actor rules of round ev31 (issue 10): two named communities coordinated with a communal noun name both sides of a
clash (`named_communities_pair`, `data/actor_frames.json`), and a group that "posted" that its fighters acted owns
them (`group_claim_verbs`, `data/wordlists.json`). Sentences written for the tests, none copied from an evaluation
set. Each frame test runs the text with the packaged frames and with the frame switched off, so it fails without it."""

from __future__ import annotations

from tests.extract_util import run
from tests.test_actor_frames import (
    REF,
    _row,
    without,  # noqa: F401  (the fixture)
)

TRIBAL = [
    "MENDI — The provincial administrator met elders on Friday.",
    "Tribal fighting between the Wambali and the Koropa broke out near Ialibu on Tuesday, killing three men, "
    "police said.",
]
APPOSED = [
    "HARGEISA — The regional governor appealed for calm on Sunday.",
    "Fighters of two sub-clans, the Reer Dalal Galool and the Reer Xirsi, clashed on Thursday near Arabsiyo over a "
    "well, elders said.",
]
COORDINATED = [
    "JIGJIGA — The regional council met on Monday.",
    "Garre and Degodia clan militias fought for several hours near Moyale on Saturday, leaving seven dead, residents "
    "said.",
]
SIDES = {
    "Wambali communal militia",
    "Koropa communal militia",
    "Reer Dalal Galool communal militia",
    "Reer Xirsi communal militia",
    "Garre communal militia",
    "Degodia communal militia",
}


def _pair(row: dict) -> set:
    return {row["actor1"], row["actor2"]} & SIDES


def test_tribal_fighting_between_two_named_tribes_names_both_sides(extractor, without):  # noqa: F811
    row = _row(extractor, TRIBAL, "Armed clash")
    assert _pair(row) == {"Wambali communal militia", "Koropa communal militia"}, row
    assert not _pair(_row(without("named_communities_pair"), TRIBAL, "Armed clash"))


def test_two_sub_clans_named_in_apposition_are_both_sides(extractor, without):  # noqa: F811
    row = _row(extractor, APPOSED, "Armed clash")
    assert _pair(row) == {"Reer Dalal Galool communal militia", "Reer Xirsi communal militia"}, row
    assert not _pair(_row(without("named_communities_pair"), APPOSED, "Armed clash"))


def test_two_named_clan_militias_are_both_sides(extractor, without):  # noqa: F811
    row = _row(extractor, COORDINATED, "Armed clash")
    assert _pair(row) == {"Garre communal militia", "Degodia communal militia"}, row
    assert not _pair(_row(without("named_communities_pair"), COORDINATED, "Armed clash"))


def test_a_pair_frame_leaves_a_named_side_alone(extractor):
    text = [
        "MOGADISHU — The ministry issued a statement on Friday.",
        "Al-Shabaab fighters attacked an army base near Afgoye on Wednesday amid clan clashes between the Abgaal "
        "and the Habar Gidir elsewhere, officials said.",
    ]
    rows = [r for r in run(extractor, text, REF) if r["sub_event_type"] == "Armed clash"]
    assert rows and all("communal militia" not in str(r["actor1"]) for r in rows), rows


def test_a_group_that_posted_that_its_fighters_attacked_is_the_attacker(extractor):
    text = [
        "BANGKOK — Refugees crossed the border on Saturday.",
        "The official channel of the Karen National Liberation Army posted on Friday that its fighters had attacked a junta "
        "outpost near Myawaddy, killing four soldiers.",
    ]
    rows = [r for r in run(extractor, text, REF) if r["sub_event_type"] in ("Armed clash", "Attack")]
    assert rows, rows
    assert rows[0]["actor1"] == extractor.res.resolve_actor("KNLA").name, rows


OWNED = [
    "JAFFNA — Fishing was suspended along the lagoon on Friday.",
    # (fix117) canoes, not boats: ev105 made "boats" civilians' premises, so the ablation of the frame saw no change
    "On Wednesday night, unknown men set fire to two canoes belonging to a fisherman from Pallikudah, police said.",
]


def test_property_belonging_to_a_person_makes_civilians_the_target(extractor, without):  # noqa: F811
    row = _row(extractor, OWNED, "Looting/property destruction")
    assert row["actor2"] == "Civilians", row
    assert _row(without("owned_property"), OWNED, "Looting/property destruction")["actor2"] != "Civilians"
