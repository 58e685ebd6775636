"""(ev87) Relative dates, restatements and refuted reports (issue 10): "On that day," opening a sentence is the day
named before it; a condemned event the article then tells is that event, one row; a report "found to be false" stays
refuted across a relative clause set off by commas. Sentences written for the test (reference day: Monday
2026-03-30, or Friday 2026-11-20)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from .extract_util import fields

REF = date(2026, 3, 30)


_rows = partial(fields, keys=("sub_event_type", "event_date"), ref=REF)


@pytest.mark.parametrize(
    ("paragraphs", "sub", "day"),
    [
        (
            [
                "Police said the curfew in Kisumu began on Saturday 28 March.",
                "On that day, a crowd of youths stoned the governor's office in Kisumu and set fire to two cars.",
            ],
            "Violent demonstration",
            date(2026, 3, 28),
        ),
        (
            [
                "The governor spoke in Gulu on Friday 27 March.",
                "That day, hundreds of farmers blocked the main road in Gulu to demand compensation.",
            ],
            "Peaceful protest",
            date(2026, 3, 27),
        ),
    ],
)
def test_on_that_day_takes_the_day_named_before(extractor, paragraphs, sub, day):
    rows = _rows(extractor, paragraphs)
    assert (sub, day) in rows, rows


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "The party condemns the attack on its office in Kisumu on Sunday 29 March.",
            "On Sunday, a crowd of youths stoned the building in Kisumu and set fire to two cars parked outside.",
        ],
        [
            "The council denounced the attack on the police post in Makeni on Friday 27 March.",
            "On Friday, rioters stoned the police post in Makeni and set fire to its gate after a trader died in custody.",
        ],
    ],
)
def test_a_condemned_event_told_later_is_one_row(extractor, paragraphs):
    rows = _rows(extractor, paragraphs)
    assert len(rows) == 1 and rows[0][0] != "Armed clash", rows


@pytest.mark.parametrize(
    ("paragraphs", "n"),
    [
        (["The union deplores the attack on teachers in Mzuzu on Thursday."], 1),
        (
            [
                "The bishop condemned the attack on the parish in Mbeya on Friday.",
                "Separately, on Saturday, protesters burned tyres in Mbeya.",
            ],
            2,
        ),
    ],
)
def test_a_condemned_event_not_told_again_stays(extractor, paragraphs, n):
    assert len(_rows(extractor, paragraphs)) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "A report that raiders had taken over the gendarmerie post in Sakaraha, which circulated on social media on"
            " 12 November, was found to be false.",
            0,
        ),
        (
            "Claims that gunmen had attacked a school in Kidal, which were shared widely on Facebook on Monday, were"
            " found to be false.",
            0,
        ),
        (
            "A report that rebels had killed five villagers in Beni, which a local radio aired on Tuesday, was confirmed"
            " by the army.",
            1,
        ),
        (
            "Raiders took over the gendarmerie post in Sakaraha on 12 November, which residents said was the third"
            " such attack.",
            1,
        ),
    ],
)
def test_a_refuted_report_across_a_relative_clause(extractor, text, n):
    assert len(_rows(extractor, [text], ref=date(2026, 11, 20))) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Sankuru was the scene of deadly unrest after the disputed elections of December 2023, when clashes between"
            " supporters of rival politicians left more than 50 people dead.",
            0,
        ),
        ("The region saw deadly unrest after the elections of March 2024, when rival supporters clashed in Lodja.", 0),
        (
            "Hundreds of supporters marched in Kinshasa on Monday against the results of the elections of December 2023.",
            1,
        ),
        ("Gunmen attacked the village of Mbau on the night of 3 October 2026, killing five people.", 1),
    ],
)
def test_a_month_of_a_past_year_after_of_is_background(extractor, text, n):
    assert len(_rows(extractor, [text], ref=date(2026, 10, 21))) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "PURPOSE: To assess the needs of households displaced by cattle raids in Sakaraha and Ankazoabo districts.",
            0,
        ),
        ("Aid agencies are helping thousands of families displaced by cattle raids in Sakaraha district.", 0),
        ("Hundreds of people displaced by fighting in Beni have taken refuge in schools.", 0),
        ("About 300 families were displaced by an attack on the village of Mahaboboka on Monday.", 1),
        (
            "Cattle raiders attacked the village of Mahaboboka in Sakaraha district on Monday, displacing 300 families.",
            1,
        ),
    ],
)
def test_a_cause_of_displacement_is_no_event(extractor, text, n):
    assert len(_rows(extractor, [text], ref=date(2026, 11, 20))) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Hajjah has seen intermittent fighting since 2015, and local estimates put the number of people killed in"
            " Haradh and Midi districts alone at more than 1,200.",
            0,
        ),
        ("Aid workers put the number of civilians killed in the two districts at about 300.", 0),
        (
            "Gunmen killed five farmers in Haradh on Monday, and local officials put the number of people killed in the"
            " district this year at more than 40.",
            1,
        ),
        ("Gunmen killed five farmers in Haradh on Monday, and officials put the toll at seven.", 1),
    ],
)
def test_put_the_number_of_people_killed_at_n_is_an_aggregate(extractor, text, n):
    assert len(_rows(extractor, [text], ref=date(2026, 12, 1))) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "In November 2017, militants killed more than 300 worshippers during Friday prayers in Al-Rawda near Bir"
            " al-Abd, the deadliest attack in the country's modern history.",
            0,
        ),
        ("In 2019, gunmen attacked worshippers during Sunday Mass at a church in Dablo, killing six people.", 0),
        ("Gunmen attacked worshippers during Friday prayers at a mosque in the village of Fambita, killing 17.", 1),
        ("On Friday, gunmen killed 12 worshippers at a mosque in Fambita, where an attack in 2021 killed 17.", 1),
    ],
)
def test_a_fronted_past_year_beats_a_bare_weekday(extractor, text, n):
    assert len(_rows(extractor, [text], ref=date(2026, 12, 1))) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "A reported attack on the market at Ngisa on 27 July and a reported burning of a church in Jur River town on"
            " 28 July did not take place.",
            0,
        ),
        ("The alleged raid on the police post in Kajo Keji on Monday never happened, the police said.", 0),
        ("A reported attack on the market at Ngisa on 27 July left three traders dead, the team confirmed.", 1),
        ("The attack on the market at Ngisa took place on 27 July and left three traders dead.", 1),
    ],
)
def test_a_reported_event_that_did_not_take_place(extractor, text, n):
    assert len(_rows(extractor, [text], ref=date(2026, 7, 31))) == n
