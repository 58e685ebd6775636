"""Places of round 24 (issue 10, ev24): a known place the sentence names as a local government or "the municipality
of X" is that unit, so a village the clause names is the event's place; a line that opens with a place and a colon
or bar (after a bullet and a date) names its event's place; speaker labels and headings are no places.
Sentences written for the tests."""

from __future__ import annotations

import json
from datetime import date

from tests.extract_util import run

REF = date(2025, 8, 8)


def _rows(extractor, *paras):
    rows = run(extractor, list(paras), ref=REF)
    assert rows, paras
    return rows


def test_a_local_government_is_an_area_not_its_town(extractor):
    rows = _rows(
        extractor,
        "In Zaria local government, residents of the village of Tobolo said that a jet bombed their market on Monday, "
        "killing six people.",
    )
    assert rows[0]["location"] == "Tobolo" and rows[0]["iso3"] == "NGA"


def test_the_municipality_of_a_town_is_an_area(extractor):
    rows = _rows(
        extractor,
        "In the municipality of Zaria, residents of Tobolo said that armed men burned nine houses on Monday.",
    )
    assert rows[0]["location"] == "Tobolo"


def test_a_line_headed_by_a_place_and_a_colon(extractor):
    rows = _rows(
        extractor,
        "Weekly bulletin for Zinder region, 1-7 August",
        "• Mon 4 Aug — Tobolo: soldiers clashed with gunmen about 10 km east of the village, killing five of them.",
        "• Tue 5 Aug — Zinder: police arrested six traders accused of supplying fuel to armed groups.",
    )
    places = {r["sub_event_type"]: r["location"] for r in rows}
    assert places.get("Armed clash") == "Tobolo" and places.get("Arrests") == "Zinder"


def test_a_speaker_label_is_no_place(extractor):
    rows = _rows(
        extractor,
        "PRESENTER: Gunmen killed four farmers in Zinder on Monday, local officials said.",
        "CORRESPONDENT: In Maradi, police arrested six traders on Tuesday accused of selling fuel to bandits.",
    )
    assert {r["location"] for r in rows} <= {"Zinder", "Maradi"}


def test_a_heading_and_the_next_lines_place_are_no_one_place(extractor):
    rows = _rows(
        extractor,
        "KEY EVENTS",
        "Lashio: On 3 August, the rebels announced that they had captured the army headquarters in the city.",
    )
    assert rows[0]["location"] == "Lashio"


def test_without_the_data_the_unit_and_the_heading_are_not_read(extractor):
    # the behaviour comes from place_cues.json: with the list off and the rule off, the town keeps the event
    from newsetl.extract.components.places import _admin_unit_patterns

    assert _admin_unit_patterns({"enabled": False, "after": ["local government"]}) == (None, None)
    after, of_before = _admin_unit_patterns(
        {"enabled": True, "after": ["local government"], "of_before": ["municipality"]}
    )
    assert after.match(" local government, residents") and of_before.search("In the municipality of ")
    from importlib.resources import files

    cues = json.loads(files("newsetl.data").joinpath("place_cues.json").read_text(encoding="utf-8"))
    assert any(r["name"] == "line_heading" and r["enabled"] for r in cues["rules"])
