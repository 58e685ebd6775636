"""Round fix74 (the review of fix70, review20g; the reviewer's sentences): a figure after a comma is an age only right
after a capitalised name, a mention of "EPP" in a European story is remapped wherever a sentence group reads it, an
attack "by" a group after "following" is the event's own attack, an armed group's burning is its own when a crowd is
only named before it, the named-victim slot takes only title nouns, and posts occupied by opposition members are no
protest."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 5, 20)


def _rows(extractor, line):
    return [(r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in run(extractor, [line], ref=REF)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police said 15, mostly women, were killed in the attack.", 15),
        ("At least 20, among them soldiers, were killed in the attack.", 20),
        ("At least 20, among them soldiers, died in the attack.", 20),
        ("Officials said 1,200, mostly civilians, were killed in the fighting.", 1200),
    ],
)
def test_a_figure_after_a_comma_is_a_count(extractor, text, count):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in(text, extractor.res) == count


def test_an_age_after_a_name_is_still_no_count(extractor):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in("Shopkeeper Lennox Brown, 44, was shot dead near the market.", extractor.res) == 1
    (row,) = _rows(
        extractor, "Gunmen attacked a market in Zamfara State on Sunday. Police said 15, mostly women, were killed."
    )
    assert row[3] == 15


@pytest.mark.parametrize(
    "text",
    [
        "Unknown men set fire to the EPP office in Seville on Tuesday, police said.",
        "Gunmen attacked the EPP headquarters in Rome on Tuesday, killing a guard.",
        "Police in Madrid arrested two suspected EPP members on Monday.",
    ],
)
def test_epp_in_a_european_story_is_never_the_paraguayan_guerrilla(extractor, text):
    (row,) = _rows(extractor, text)
    assert "Paraguay" not in (row[1] or "") and "Paraguay" not in (row[2] or "")


def test_following_an_attack_by_names_the_killers_when_no_agent_comes_before(extractor):
    (row,) = _rows(
        extractor,
        "At least 12 villagers were killed following an attack by suspected ADF rebels in Beni territory on Tuesday.",
    )
    assert row[:3] == ("Attack", "ADF: Allied Democratic Forces", "Civilians")


def test_an_answer_or_a_time_gap_still_marks_an_earlier_attack(extractor):
    from newsetl.extract.events.earlier_attack import earlier_attack_by

    res = extractor.res
    assert earlier_attack_by(res, False).search("in revenge for an attack by suspected ")
    assert earlier_attack_by(res, False).search("two days after an attack by ")
    assert not earlier_attack_by(res, False).search("following an attack by suspected ")
    assert earlier_attack_by(res, True).search("following an attack by suspected ")


@pytest.mark.parametrize(
    "text",
    [
        "According to residents, rebels set fire to 20 houses in Beni on Sunday.",
        "Villagers fled as rebels set fire to 15 houses in Beni on Sunday.",
    ],
)
def test_rebels_burning_houses_after_a_crowd_word_is_their_own_act(extractor, text):
    (row,) = _rows(extractor, text)
    assert row[0] == "Looting/property destruction" and row[1] != "Rioters"


@pytest.mark.parametrize(
    "text",
    [
        "Dozens were killed around Christmas Day.",
        "Many were killed within Borno State.",
        "Hundreds were killed throughout South Sudan.",
        "Many people were killed last Christmas Eve.",
        "Several people were killed against Government Forces.",
    ],
)
def test_only_a_title_noun_stands_before_a_named_victim(extractor, text):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in(text, extractor.res) is None


def test_a_title_before_a_named_victim_still_counts_one(extractor):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in("Gunmen shot dead driver Selorm Dzikunu near Kpeve on Sunday.", extractor.res) == 1
    assert fatalities_in("Gunmen shot dead journalist Selorm Dzikunu near Kpeve on Sunday.", extractor.res) == 1


def test_opposition_members_who_occupied_offices_are_no_protest(extractor):
    text = (
        "Three opposition members who occupied senior offices were removed by the junta on Monday and detained by"
        " soldiers."
    )
    (row,) = _rows(extractor, text)
    assert row[0] != "Protest with intervention" and row[1] != "Protesters"
    (row,) = _rows(
        extractor, "Landless workers who occupied a farm in Bahia were removed by police on Monday and detained."
    )
    assert row[:2] == ("Protest with intervention", "Protesters")


def test_a_speakers_age_leaves_the_victim_after_it_counted(extractor):
    from newsetl.extract.events import fatalities_in

    text = "Police spokesman John Doe, 44, said the man was shot dead near the market."
    assert fatalities_in(text, extractor.res) == 1
