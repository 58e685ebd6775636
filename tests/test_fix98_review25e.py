"""(fix98) Review 25e of ev87 (issue 10): a condemned event folds only into an event of its kind; "alleged" qualifies
the event noun right after it, not a person; a fronted past year reaches only to the first ";" or ", and"; "put the
number killed in Monday's attack at N" names one event; "of <Month> <year>" dates the noun it modifies, not the verb
before it; a displacement cause with "this week" / "last week"; "That day," after an opening quote. Sentences
written for the test (reference day: Monday 2026-03-30 unless given)."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import partial

import pytest

from newsetl.extract.rules import data_path

from .extract_util import fields

REF = date(2026, 3, 30)


_rows = partial(fields, keys=("sub_event_type", "event_date", "fatalities"), ref=REF)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "The party condemned the attack on its office in Kisumu on Saturday.",
            "On Saturday, hundreds of supporters marched peacefully through Kisumu to denounce the violence.",
        ],
        [
            "The church condemned the attack on its school in Mzuzu on Friday.",
            "On Friday, hundreds of parents marched peacefully through Mzuzu to demand protection.",
        ],
    ],
)
def test_a_condemned_attack_never_folds_into_a_peaceful_protest(extractor, paragraphs):
    rows = _rows(extractor, paragraphs)
    assert len(rows) == 2 and any(r[0] == "Peaceful protest" for r in rows), rows


@pytest.mark.parametrize(
    ("paragraphs", "dead"),
    [
        (
            [
                "Residents mourned the killing of five farmers in Kauru on Sunday.",
                "On Sunday, hundreds of youths protested in Kauru, demanding security.",
            ],
            5,
        ),
        (
            [
                "Villagers mourned the killing of three herders in Gulu on Friday.",
                "On Friday, hundreds of traders marched through Gulu, demanding security.",
            ],
            3,
        ),
    ],
)
def test_a_mourned_killing_keeps_its_dead_beside_a_protest(extractor, paragraphs, dead):
    rows = _rows(extractor, paragraphs)
    assert len(rows) == 2 and any(r[2] == dead and r[0] != "Peaceful protest" for r in rows), rows


def test_a_condemned_killing_told_again_gives_its_toll(extractor):
    rows = _rows(
        extractor,
        [
            "The governor condemned the killing of 12 villagers in Kauru on Sunday.",
            "On Sunday, gunmen stormed Kauru and shot at residents.",
        ],
    )
    assert rows == [("Attack", date(2026, 3, 29), 12)], rows


def test_a_condemned_station_attack_is_the_riot_that_burned_it(extractor):
    rows = _rows(
        extractor,
        [
            "The governor condemned the attack on the police station in Kauru on Sunday.",
            "On Sunday, rioters burned the police station in Kauru after a suspect died in custody.",
        ],
    )
    assert rows == [("Violent demonstration", date(2026, 3, 29), None)], rows


@pytest.mark.parametrize(
    "text",
    [
        "An alleged thief was lynched by a mob in Kano on Monday over a theft that never happened.",
        "An alleged witch was beaten to death by villagers in Kauru on Monday for a curse that never happened.",
        "An alleged cattle thief was beaten to death by a mob in Gulu on Friday over a theft that never occurred.",
        "The alleged head of the cult was arrested by police in Enugu on Tuesday over a killing that did not take place.",
        "The alleged militants killed five people in Kano on Monday over a dispute that never happened.",
    ],
)
def test_alleged_person_and_a_relative_never_happened_keep_the_event(extractor, text):
    assert len(_rows(extractor, [text])) == 1


@pytest.mark.parametrize(
    ("text", "sub", "day"),
    [
        (
            "In 2019, militants attacked Dablo; on Monday they attacked the town again, killing four.",
            "Armed clash",
            date(2026, 11, 30),
        ),
        (
            "In 2020, rebels attacked Kidal; on Tuesday soldiers clashed with rebels in the town.",
            "Armed clash",
            date(2026, 12, 1),
        ),
        (
            "In 2019, the group was banned, and on Friday police arrested 20 of its members in Kano.",
            "Arrests",
            date(2026, 11, 27),
        ),
        (
            "Last year, the group was banned, and on Friday police arrested 20 of its members in Kano.",
            "Arrests",
            date(2026, 11, 27),
        ),
        (
            "In March 2021, the party was banned, and on Thursday soldiers arrested 15 of its leaders in Bamako.",
            "Arrests",
            date(2026, 11, 26),
        ),
    ],
)
def test_a_fronted_past_year_ends_at_the_first_clause(extractor, text, sub, day):
    rows = _rows(extractor, [text], ref=date(2026, 12, 1))
    assert [r[:2] for r in rows] == [(sub, day)], rows


@pytest.mark.parametrize(
    "text",
    [
        "Officials put the number of people killed in Monday's attack on a market in Maiduguri at 12.",
        "The army put the number of militants killed in Monday's raid on Kidal at 30.",
        "Police put the number of people kidnapped in Tuesday's raid on Kauru at 40.",
        "Officials put the number of people killed in the attack on a market in Maiduguri on Monday at 12.",
    ],
)
def test_put_the_number_killed_in_one_named_event_keeps_it(extractor, text):
    assert len(_rows(extractor, [text])) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Opposition supporters protested in Kinshasa against the results of the elections of December 2025.",
        "Police arrested 12 suspects in Jos over the killings of December 2025.",
        "Students marched in Lagos against the fuel price rise of January 2025.",
    ],
)
def test_of_month_year_modifying_a_noun_leaves_the_verb_before_it(extractor, text):
    assert len(_rows(extractor, [text], ref=date(2026, 1, 10))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The killings of December 2025 left 40 people dead in Jos.",
        "Police arrested 12 suspects in Jos on Friday over the killings of December 2025.",
    ],
)
def test_of_month_year_still_dates_the_noun_it_modifies(extractor, text):
    rows = _rows(extractor, [text], ref=date(2026, 1, 10))
    assert all(r[0] == "Arrests" for r in rows) and len(rows) == text.count("arrested"), rows


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people were displaced by fighting between the army and M23 rebels in Rutshuru this week.",
        "Hundreds of families were displaced by clashes between herders and farmers in Benue last week.",
    ],
)
def test_a_displacement_cause_with_a_current_week_is_the_event(extractor, text):
    assert len(_rows(extractor, [text])) == 1


@pytest.mark.parametrize("quote", ['"', "“"])
def test_that_day_inside_a_quote_is_no_new_event(extractor, quote):
    close = "”" if quote == "“" else quote
    rows = _rows(
        extractor,
        [
            "Gunmen attacked Kauru on Saturday 28 March, residents said.",
            f"{quote}That day, they killed my brother and burned our house,{close} said one resident.",
        ],
    )
    assert len(rows) == 1, rows


def _alternations(pattern: str, head: str) -> list[str]:
    """Every `head(?:a|b|...)` group of `pattern` (or `(?i:a|b|...)` after `head`), as written."""
    return re.findall(re.escape(head) + r"\((?:\?i:|\?:)([^()]*)\)", pattern)


def test_the_report_adjectives_stay_in_step():
    """The "reported / alleged / ..." adjectives of the refuted-report head and of its coordinated clause are one
    list written three times (wordlists.json has no shared fragments): they must not drift apart."""
    words = json.loads(data_path("wordlists.json").read_text())
    heads, clause = words["rejected_report_heads"], words["rejected_report_clause"][0]
    adjs = {a for p in (heads[0], heads[1], clause) for a in _alternations(p, r"\s+") if "reported" in a}
    assert len(adjs) == 1 and "alleged" in adjs.pop()
    assert sum("reported" in a for a in _alternations(heads[1], r"\s+")) == 2


def test_the_aggregate_quantifiers_stay_in_step():
    frames = json.loads(data_path("wordlists.json").read_text())["aggregate_clause_frames"]
    quants = [q for p in frames for q in re.findall(r"\(\?:((?:[a-z]+(?:\\s\+[a-z]+)*\\s\+\|)+[a-z\\s+]+)\)\?\[", p)]
    assert len(quants) == 2 and quants[0] == quants[1] and "around" in quants[0], quants
