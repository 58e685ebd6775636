"""(ev85, issue 10) The event's own place written before a noun ("the X customs office", "our X branch", "the X police
post") or after "off" / "off Pulau", unknown to the gazetteer, wins over the dateline, the heading and an earlier event's
place; kept as an unlisted place at coarser precision. Sentences and names written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 30)  # a Monday


@pytest.mark.parametrize(
    "paras,where",
    [
        (["NAIROBI — Gunmen attacked the Kolbio police post on Monday, killing two officers."], "Kolbio"),
        (["NAIROBI — On Monday, protesters burned the Dadajabula chief's office."], "Dadajabula"),
        (["ACCRA — On Friday, officers of the Tumentu customs office arrested two smugglers."], "Tumentu"),
        (
            ["TUNIS — Our Bir Lahfay branch was attacked on Monday night by protesters who threw stones at it."],
            "Bir Lahfay",
        ),
        (
            ["TUNIS — On Monday night, protesters threw stones at our Bir Lahfay branch and set fire to its entrance."],
            "Bir Lahfay",
        ),
        (
            [
                "ACCRA — Smugglers attacked a customs patrol near Jaway Wharf on Thursday.",
                "On Friday, police officers attached to the Nkwanta Beach customs office arrested two smugglers.",
            ],
            "Nkwanta Beach",
        ),
        (["SEMPORNA — Gunmen abducted two fishermen off Pulau Timbun Mata on Monday."], "Timbun Mata"),
        (["BAMAKO — Gunmen abducted two fishermen off Kafouziela on Monday."], "Kafouziela"),
        (["ACCRA — Gunmen attacked the Kolbio cattle market on Monday, killing two traders."], "Kolbio"),
        (
            ["BAMAKO — Last week, gendarmes arrested a trader in Kafouziela accused of selling fuel to rebels."],
            "Kafouziela",
        ),
        (
            ["NAIROBI — Police on Monday detained two men in Kolbio suspected of supplying weapons to militants."],
            "Kolbio",
        ),
        (["NAIROBI — Police on Monday arrested a teacher in Kolbio wanted for the killing of a chief."], "Kolbio"),
    ],
)
def test_the_events_own_unknown_place_wins(extractor, paras, where):
    rows = run(extractor, paras, ref=REF)
    last = rows[-1]
    assert last["location"] == where, rows
    assert last["geo_precision"] in (2, 3)


@pytest.mark.parametrize(
    "paras,where",
    [
        (["NAIROBI — The Safaricom office in Kisumu was looted by protesters on Monday."], "Kisumu"),
        (["NAIROBI — Gunmen attacked the police post in Kolbio on Monday, killing two officers."], "Kolbio"),
        (
            ["MOGADISHU — A suicide bomber struck the Bakara market in Mogadishu on Monday, killing five people."],
            "Mogadishu",
        ),
    ],
)
def test_a_known_or_locative_place_keeps_the_event(extractor, paras, where):
    rows = run(extractor, paras, ref=REF)
    assert [r["location"] for r in rows] == [where], rows


def test_a_modifier_without_a_trigger_makes_no_event_place(extractor):
    """A sentence "Our X branch will reopen" names no event: the rule needs a trigger of its sentence (fix94: the
    article has an event, so the test can fail; review25a found the one-sentence version made no row at all)."""
    paras = [
        "TUNIS — Our Bir Lahfay branch will reopen on Monday after renovation works.",
        "On Tuesday, protesters threw stones at police there.",
    ]
    rows = run(extractor, paras, ref=REF)
    assert rows
    assert [r["location"] for r in rows] == ["Tunis"], rows
