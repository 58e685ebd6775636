"""Event dates of round ev96 (issue 10): days counted from another event ("a day after police shot dead six
protesters", "The strike came two days after rebels attacked ...", "A day after his death, drones struck ...",
`day_gap.py`), the day a statement bears or a communiqué was read (`report_day_before_patterns`), and "the same day"
after the report's day its own sentence names. Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2025, 8, 8)  # a Friday


def _rows(extractor, paras):
    return [(r["sub_event_type"], str(r["location"]), str(r["event_date"])) for r in run(extractor, paras, ref=REF)]


def _dates(extractor, paras, place):
    return {d for _, loc, d in _rows(extractor, paras) if loc == place}


def test_gap_after_main_clause_day(extractor):
    paras = ["Lawmakers held an emergency session on Thursday, a day after police shot dead six protesters in Kisumu."]
    assert _dates(extractor, paras, "Kisumu") == {"2025-08-06"}


def test_gap_after_named_event(extractor):
    paras = [
        "Army jets bombed a rebel camp near Yabus on Wednesday, killing eleven fighters, the army said.",
        "The strike came two days after rebels attacked an army post at Kurmuk, the army added.",
    ]
    assert "2025-08-04" in _dates(extractor, paras, "Kurmuk")


def test_gap_clause_split_into_its_own_event(extractor):
    paras = [
        "Soldiers and rebels fought heavy battles in Kidal on Thursday, residents said.",
        "The fighting erupted two days after government jets bombed a fuel depot in Tessalit.",
    ]
    assert ("Air/drone strike", "Tessalit", "2025-08-05") in _rows(extractor, paras)


def test_opening_gap_counts_from_the_lead(extractor):
    paras = [
        "Gunmen shot dead the mayor of Djibo on Monday, relatives said.",
        "A day after his death, army drones struck a group of fighters hiding in a forest near Arbinda.",
    ]
    assert _dates(extractor, paras, "Arbinda") == {"2025-08-05"}


def test_statement_dated_is_the_statement_day(extractor):
    paras = [
        "In a statement dated Thursday, the group said its fighters had stormed a post of the national guard in the"
        " valley north of the town of Menaka, close to the border with Niger, on Tuesday, killing four guards."
    ]
    assert _dates(extractor, paras, "Menaka") == {"2025-08-05"}


def test_communique_read_is_not_the_anchor_of_the_same_day(extractor):
    paras = [
        "Soldiers repelled an attack by gunmen on their position at Dori on Tuesday, the ministry announced in a"
        " communique read on state television on Thursday evening.",
        "The same day, aircraft struck the fleeing assailants near Seytenga, the communique added.",
    ]
    assert _dates(extractor, paras, "Seytenga") == {"2025-08-05"}


def test_same_day_after_the_report_day(extractor):
    paras = [
        "Gunmen burned a school in Gorom-Gorom on Tuesday, residents said.",
        "The army said on Thursday that a drone strike near Markoye had killed 14 fighters the same day.",
    ]
    assert _dates(extractor, paras, "Markoye") == {"2025-08-07"}


@pytest.mark.parametrize(
    ("paras", "place", "day"),
    [
        # "less than a day after": no count of days
        (
            [
                "Clashes broke out between the two militias in Zawiya early on Thursday, less than a day after their"
                " leaders agreed to a ceasefire."
            ],
            "Zawiya",
            "2025-08-07",
        ),
        # the "after" clause names a day of its own
        (
            ["Traders marched in Tahoua on Thursday, a day after gunmen killed a trader in Keita on Sunday."],
            "Keita",
            "2025-08-03",
        ),
        # the main clause names its own day after an opening gap
        (
            [
                "Gunmen shot dead the mayor of Djibo on Monday.",
                "Two days after his death, army drones struck fighters near Arbinda on Thursday.",
            ],
            "Arbinda",
            "2025-08-07",
        ),
        # a gap set off as the apposition of a day: the main clause's event keeps that day
        (
            ["On Thursday, two days after the vote, gunmen attacked a polling station in Zinder."],
            "Zinder",
            "2025-08-07",
        ),
        # "said on Thursday ... the following day": a day after the report's is no reading of it
        (
            ["Gunmen attacked a convoy near Diffa on Wednesday, the army said on Thursday."],
            "Diffa",
            "2025-08-06",
        ),
    ],
)
def test_near_misses_keep_their_day(extractor, paras, place, day):
    assert day in _dates(extractor, paras, place)


def test_gap_clause_without_a_place_stays_the_cause(extractor):
    paras = [
        "Youths burned tyres and threw stones at police in Zarqa on Wednesday night, a day after officers killed a"
        " wanted man during a raid on his house."
    ]
    rows = _rows(extractor, paras)
    assert len(rows) == 1 and rows[0][2] == "2025-08-06", rows
