"""Round fix119: review mends of ev106 (issue 10). A semicolon ends a trigger's own clause only before a later time or
another scene (`own_clause_marks`: "sequel_semicolon"), so a second side that fires back right after it stays a side
of the same battle; a colon starts a clause only after a short label and ends none; a row typed from a trigger told
after a sequel's semicolon still reads the act told before it (the "typing" cut); a running total's clause starts at
its own clause ("have killed hundreds since 2020"), not after an abbreviation's full stop; only a word list extends a
word list. Paraphrases written for the tests, with other names, places, numbers and wording than the development
sets'."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 6, 15)


def _rows(extractor, line):
    return [(r["sub_event_type"], r["actor2"]) for r in run(extractor, [line], ref=REF)]


# a second side that fires back right after a semicolon or an explanatory colon: one battle
FIRES_BACK = (
    "Gunmen ambushed a minibus carrying passengers and its police escort near Tsafe on Friday; the police returned "
    "fire, killing three attackers.",
    "Gunmen ambushed a truck carrying gold miners and their police escort near Gorom on Sunday; the police repelled "
    "the attack.",
    "Militants ambushed a convoy of merchants escorted by soldiers near Menaka on Thursday; the soldiers fought back, "
    "killing five assailants.",
    "Gunmen ambushed a minibus carrying passengers and its army escort near Tsafe on Friday: the soldiers returned "
    "fire, killing three attackers.",
)

# near misses: a later time or another scene after the semicolon, or no second side: the attack on civilians stays
SEQUEL_NEAR = (
    "Gunmen ambushed a minibus carrying travellers near Tsafe on Friday; soldiers later clashed with the attackers.",
    "Armed men ambushed a truck carrying gold miners near Gorom on Sunday; troops fought the gunmen the next day.",
    "Gunmen ambushed a minibus carrying travellers near Tsafe on Friday, killing four; the attackers fled.",
)


@pytest.mark.parametrize("line", FIRES_BACK, ids=range(len(FIRES_BACK)))
def test_a_side_firing_back_after_a_semicolon_or_colon_is_a_battle(extractor, line):
    rows = _rows(extractor, line)
    assert rows and rows[0][0] == "Armed clash", rows


@pytest.mark.parametrize("line", SEQUEL_NEAR, ids=range(len(SEQUEL_NEAR)))
def test_a_later_sequel_keeps_the_attack(extractor, line):
    rows = _rows(extractor, line)
    assert rows[:1] == [("Attack", "Civilians")], rows


def test_an_assault_told_before_a_sequel_semicolon_types_the_row(extractor):
    rows = _rows(
        extractor,
        "Ruling party supporters assaulted three opposition members in Gweru on Friday; police later clashed with "
        "the supporters.",
    )
    assert rows and rows[0][0] == "Attack", rows


def test_a_colon_inside_a_sentence_tells_the_same_event(extractor):
    rows = _rows(
        extractor, "Police clashed with protesters in Bulawayo on Friday: officers beat three opposition members."
    )
    assert rows and rows[0][0] == "Attack", rows


def test_a_running_total_drops_only_its_own_triggers(extractor):
    line = (
        "Gunmen killed a farmer in Katsina last week, the U.K. mission said, in a region where bandits have killed "
        "hundreds since 2021."
    )
    rows = _rows(extractor, line)
    assert rows and rows[0][0] == "Attack", rows
    assert not _rows(extractor, "Air strikes have hit villages across the region since the coup of 2023.")


SPANS = (
    ("Gunmen attacked a bus near Jos; the police returned fire.", "attacked", "background", None),
    ("Gunmen attacked a bus near Jos; soldiers later clashed with them.", "attacked", "background", 30),
    ("Gunmen attacked a bus near Jos; elsewhere, soldiers clashed with them.", "attacked", "background", 30),
    ("Gunmen attacked a bus near Jos: the police returned fire.", "attacked", "subordinate", None),
    ("UPDATE: gunmen attacked a bus near Jos.", "attacked", "subordinate", None),
    ("Youths beat two activists in Gweru; police later clashed with them.", "clashed", "typing", None),
)


@pytest.mark.parametrize("line,trigger,cut,end", SPANS, ids=range(len(SPANS)))
def test_marks_bound_a_clause_only_where_a_new_clause_starts(line, trigger, cut, end):
    from newsetl.extract.events.own_clause import own_clause
    from newsetl.extract.rules import load_rules

    rel = line.index(trigger)
    start, stop = own_clause(line, rel, rel + len(trigger), load_rules(), cut)
    assert stop == (len(line) if end is None else end)
    assert start == (line.index(":") + 1 if line.startswith("UPDATE") else 0)


def test_only_a_word_list_extends_a_word_list():
    from newsetl.extract.rules import extended_lists

    words = {"force": ["soldiers"], "heads": ["{force}", "naval\\s+ratings"], "verbs": ["{said}", "told"]}
    words["said"] = ["said", "says"]
    out = extended_lists(words)
    assert out["heads"] == ["{force}", "naval\\s+ratings"]
    assert out["verbs"] == ["said", "says", "told"]
