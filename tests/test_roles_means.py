"""Roles from sentence structure and strikes recognised from the attacker's means."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2017, 1, 10)


@pytest.mark.parametrize(
    "text,a1,a2",
    [
        (
            "Syrian Democratic Forces repelled an attack by Islamic State fighters near Hajin on Sunday.",
            "Islamic State",
            "SDF",
        ),
        ("Turkish-backed rebels attacked positions of the SDF near Manbij on Monday.", "Syrian National Army", "SDF"),
        (
            "Islamic State fighters ambushed a convoy of the Iraqi army near Tikrit on Tuesday, killing four soldiers.",
            "Islamic State",
            "Military Forces of Iraq",
        ),
    ],
)
def test_attack_direction(extractor, text, a1, a2):
    rows = run(extractor, [text], ref=REF)
    assert rows and rows[0]["actor1"].startswith(a1) and rows[0]["actor2"].startswith(a2), rows


@pytest.mark.parametrize(
    "text",
    [
        "Russian warplanes attacked the town of Kafr Nabl on Monday, killing six civilians.",
        "Turkish drones attacked a vehicle near Qamishli on Monday, killing two YPG fighters.",
    ],
)
def test_strikes_from_the_air_by_means(extractor, text):
    rows = run(extractor, [text], ref=REF)
    assert rows and rows[0]["sub_event_type"] == "Air/drone strike", rows


def test_press_release_strikes_take_the_paragraphs_striker(extractor):
    rows = run(
        extractor,
        [
            "On Jan. 8, Coalition military forces conducted 34 strikes against ISIL terrorists in Syria and Iraq.\n"
            "Near Ar Raqqah, 15 strikes engaged five ISIL tactical units; destroyed two artillery systems, a VBIED "
            "and a tank."
        ],
        ref=REF,
    )
    raqqa = [r for r in rows if r["location"] and "Raqq" in r["location"]]
    assert raqqa and raqqa[0]["sub_event_type"] == "Air/drone strike"  # the VBIED destroyed is no bombing
    assert raqqa[0]["actor1"] == "US-led Coalition" and raqqa[0]["actor2"] == "Islamic State"


def test_speaker_whose_aircraft_struck_is_the_agent(extractor):
    rows = run(
        extractor,
        [
            "US Africa Command said one of its aircraft had carried out a strike on January 8 near Cadale, "
            "killing 30 al-Shabaab fighters."
        ],
        ref=REF,
    )
    assert rows and rows[0]["actor1"] == "Military Forces of the United States" and rows[0]["fatalities"] == 30
