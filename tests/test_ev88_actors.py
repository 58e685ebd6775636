"""Actors of ev88 (twenty-fifth session): an armed clash always has two armed sides, so the side no rule named (an
unnamed armed side the dictionary lacks: poachers, smugglers, loggers; "them" after "the thieves") is the unidentified
armed group of the event's country (`actor_frames.json` `battle_empty_side`, `extract/events/battle_sides.py`). Sentences
written for the tests (other verbs, nouns and orders than the development sets' sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import only, run

REF = date(2026, 6, 10)


@pytest.mark.parametrize(
    ("para", "want"),
    [
        pytest.param(
            "Soldiers exchanged fire with poachers in a game park near Kongola, Namibia, on Tuesday night.",
            ("Military Forces of Namibia", "Unidentified Armed Group (Namibia)"),
            id="poachers_after_exchanged_fire_with",
        ),
        pytest.param(
            "Police traded fire with a group of armed smugglers near Kunak, Malaysia, on Friday, killing one of them.",
            ("Police Forces of Malaysia", "Unidentified Armed Group (Malaysia)"),
            id="a_group_of_smugglers_after_traded_fire_with",
        ),
        pytest.param(
            "Border guards clashed with drug smugglers near Badra, Iraq, on Monday, killing one of them.",
            ("Military Forces of Iraq", "Unidentified Armed Group (Iraq)"),
            id="clashed_with_drug_smugglers",
        ),
        pytest.param(
            "A gendarmerie unit pursued the thieves near Fassala, Mauritania, on Monday and exchanged fire with them.",
            ("Police Forces of Mauritania", "Unidentified Armed Group (Mauritania)"),
            id="them_after_the_thieves",
        ),
        pytest.param(
            "Navy marines fought a gang of illegal loggers near Mabul, Malaysia, on Friday, killing two of them.",
            ("Military Forces of Malaysia", "Unidentified Armed Group (Malaysia)"),
            id="fought_a_gang_of_loggers",
        ),
    ],
)
def test_a_battles_unnamed_side_is_the_unidentified_armed_group(extractor, para, want):
    row = only(extractor, [para], ref=REF)
    assert row["sub_event_type"] == "Armed clash"
    assert (row["actor1"], row["actor2"]) == want


@pytest.mark.parametrize(
    ("para", "sub", "want"),
    [
        pytest.param(
            "Soldiers exchanged fire with Houthi fighters near Hays, Yemen, on Monday.",
            "Armed clash",
            ("Military Forces of Yemen", "Houthis"),
            id="a_named_side_stays",
        ),
        pytest.param(
            "Police arrested five poachers in Kongola, Namibia, on Monday.",
            "Arrests",
            ("Police Forces of Namibia", "Civilians"),
            id="poachers_arrested_stay_civilians",
        ),
        pytest.param(
            "A drone struck a truck near Ubari, Libya, on Saturday, killing three smugglers.",
            "Air/drone strike",
            ("Unidentified Armed Group (Libya)", None),
            id="no_battle_no_default_side",
        ),
    ],
)
def test_no_default_side_outside_a_battle_or_beside_a_named_one(extractor, para, sub, want):
    row = only(extractor, [para], ref=REF)
    assert row["sub_event_type"] == sub
    assert (row["actor1"], row["actor2"]) == want


@pytest.mark.parametrize(
    ("para", "want"),
    [
        pytest.param(
            "JNIM fighters clashed with an unknown unit near Boni, Mali, on Monday, leaving ten dead.",
            ("JNIM: Jama'at Nasr al-Islam wal Muslimin", "Military Forces of Mali"),
            id="a_named_group_against_the_country_s_military",
        ),
        pytest.param(
            "Heavy fighting was reported on Sunday near Vuhledar, Ukraine, where Russian units have been trying to advance.",
            ("Military Forces of Russia", "Military Forces of Ukraine"),
            id="a_foreign_force_against_the_country_s_military",
        ),
    ],
)
def test_a_battles_side_against_a_group_or_a_foreign_force_is_the_country_s_military(extractor, para, want):
    row = only(extractor, [para], ref=REF)
    assert row["sub_event_type"] == "Armed clash"
    assert (row["actor1"], row["actor2"]) == want


def test_a_battle_with_no_side_named_stays_empty(extractor):
    rows = [
        r
        for r in run(
            extractor, ["Customs officers exchanged fire with fuel smugglers near Elubo, Ghana, on Thursday."], ref=REF
        )
    ]
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows] == [("Armed clash", None, None)]


@pytest.mark.parametrize(
    ("para", "want"),
    [
        pytest.param(
            "The army said on Wednesday that a drone strike near Tominian, Mali, had neutralised 23 JNIM fighters.",
            ("Military Forces of Mali", "JNIM: Jama'at Nasr al-Islam wal Muslimin"),
            id="army_said_that_a_drone_strike_neutralised",
        ),
        pytest.param(
            "The military said an air strike destroyed a rebel camp near Kidal, Mali, on Monday, killing 12 militants.",
            ("Military Forces of Mali", "Unidentified Armed Group (Mali)"),
            id="military_said_an_air_strike_destroyed_a_camp",
        ),
        pytest.param(
            "The army said on Thursday that a drone had struck a column of the attackers near Bittou, Burkina Faso.",
            ("Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)"),
            id="army_said_a_drone_had_struck_the_attackers",
        ),
        pytest.param(
            "A drone strike killed 12 al-Shabaab fighters near Jilib, Somalia, on Monday, the army said.",
            ("Military Forces of Somalia", "Al Shabaab"),
            id="the_army_said_after_the_clause",
        ),
    ],
)
def test_an_unclaimed_strike_on_armed_men_reported_by_a_military_is_its_own(extractor, para, want):
    row = only(extractor, [para], ref=REF)
    assert row["sub_event_type"] == "Air/drone strike"
    assert (row["actor1"], row["actor2"]) == want


@pytest.mark.parametrize(
    "para",
    [
        pytest.param(
            "Residents said a drone strike near Kidal, Mali, killed three militants on Monday.", id="residents"
        ),
        pytest.param(
            "The army said a drone strike near Kidal, Mali, killed four civilians on Monday.", id="civilian_target"
        ),
        pytest.param("Police said a drone strike killed four rebels near Kidal, Mali, on Monday.", id="police_speaker"),
    ],
)
def test_a_strike_reported_by_others_or_on_civilians_stays_unclaimed(extractor, para):
    row = only(extractor, [para], ref=REF)
    assert row["actor1"] == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    "para",
    [
        pytest.param("A grenade was thrown at a karaoke outlet in Tawau, Malaysia, early on Wednesday.", id="outlet"),
        pytest.param(
            "Unknown men hurled a grenade at a pharmacy in Cotabato, Philippines, on Monday night.", id="pharmacy"
        ),
        pytest.param("A grenade was thrown at a roadside kiosk in Kismayo, Somalia, on Monday.", id="kiosk"),
    ],
)
def test_a_grenade_thrown_at_commercial_premises_targets_civilians(extractor, para):
    """`thrown_at_home` (actor_frames.json): shops of other names are civilian property (convention 4; ev88 added
    outlets, kiosks, stalls, pharmacies, bakeries, salons, nightclubs, cafés, pubs and supermarkets)."""
    row = only(extractor, [para], ref=REF)
    assert (row["sub_event_type"], row["actor2"]) == ("Grenade", "Civilians")


def test_a_grenade_thrown_at_a_police_station_targets_the_police(extractor):
    row = only(
        extractor, ["Attackers threw a grenade at a police station in Cotabato, Philippines, on Monday."], ref=REF
    )
    assert row["actor2"] == "Police Forces of the Philippines"
