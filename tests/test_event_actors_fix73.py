"""Round fix73: the review findings on ev69 (review20f). Sentences written for the tests, none copied from an
evaluation set: a co-victim named after "and" is never the agent ("Two civilians and a soldier died when militants
ambushed a convoy"); protesters who died when police fired are the target of excessive force, not rioters; an own-charge
arrest reads the arrested people's possessions, not the arresting force's weapons; "the gang" is the nearest gang the
story named, not one its own relative clause describes."""

from __future__ import annotations

import pytest

from tests.extract_util import one, run
from tests.test_actor_frames import REF

MALI = "BAMAKO — The army spoke on Friday."


def _rows(ex, paragraphs):
    return run(ex, paragraphs, REF)


@pytest.mark.parametrize(
    "line",
    [
        "Two civilians and a soldier died when JNIM militants ambushed a convoy near Kati on Monday, the army said.",
        "A civilian and two soldiers lost their lives when JNIM militants attacked a checkpoint near Kati on Monday, "
        "the army said.",
    ],
)
def test_a_co_victim_after_and_is_no_agent(extractor, line):
    (row,) = _rows(extractor, [MALI, line])
    assert row["actor1"].startswith("JNIM"), row
    assert row["actor2"] in ("Civilians", "Military Forces of Mali"), row


def test_a_co_victim_of_a_passive_toll_is_no_agent(extractor):
    line = "Two civilians and a policeman were killed when gunmen attacked a police station in Kati on Monday."
    (row,) = _rows(extractor, [MALI, line])
    assert row["actor1"] != "Police Forces of Mali" and row["actor2"] == "Police Forces of Mali", row


def test_the_toll_gap_adverbs_are_read_from_data(extractor, edited_rules):
    line = "Two soldiers reportedly died and three others were wounded when JNIM militants ambushed an army patrol."
    row = one(_rows(extractor, [MALI, line]), "Armed clash")
    assert row["actor1"].startswith("JNIM") and row["actor2"] == "Military Forces of Mali", row
    bare = edited_rules({"wordlists.json": lambda data: {**data, "toll_gap_adverbs": []}})
    assert [(r["actor1"], r["actor2"]) for r in _rows(bare, [MALI, line])] != [(row["actor1"], row["actor2"])]


@pytest.mark.parametrize(
    "line",
    [
        "Three protesters died when police fired on a crowd in Kati on Monday, witnesses said.",
        "Three protesters died when police opened fire in Kati on Monday, witnesses said.",
        "Three protesters died when police shot at them in Kati on Monday, witnesses said.",
        "Three demonstrators lost their lives when soldiers opened fire on a march in Kati on Monday.",
        "Three protesters died when police clashed with them in Kati on Monday, witnesses said.",
    ],
)
def test_protesters_who_died_when_police_fired_are_the_target(extractor, line):
    (row,) = _rows(extractor, ["BAMAKO — Witnesses spoke on Friday.", line])
    assert row["sub_event_type"] == "Excessive force against protesters", row
    assert row["actor2"] == "Protesters" and row["actor1"].endswith("Forces of Mali"), row


RIOT = "Youths burned tyres and threw stones at police in Kati on Tuesday, witnesses said."


@pytest.mark.parametrize(
    "arrest, side",
    [
        ("Police arrested two persons with 300 grams of cannabis in Kati, witnesses said.", "Civilians"),
        ("Police arrested five people there on Thursday with 300 grams of cannabis, witnesses said.", "Civilians"),
        ("Soldiers with rifles arrested 20 people in Kati on Tuesday night, witnesses said.", "Rioters"),
        ("Police armed with guns arrested seven persons in Kati, witnesses said.", "Rioters"),
    ],
)
def test_an_own_charge_is_what_the_arrested_carry(extractor, arrest, side):
    rows = _rows(extractor, ["BAMAKO — Witnesses spoke on Friday.", RIOT, arrest])
    got = [r for r in rows if r["sub_event_type"] == "Arrests" and r["actor1"].endswith("Forces of Mali")]
    assert got and got[0]["actor2"] == side, rows


def test_the_crowd_arrest_patterns_count_men_in_digits_only(extractor):
    def hit(text):
        return extractor.res.pattern_search("crowd_arrest_patterns", text) is not None

    assert hit("arrested 20 men") and hit("detained dozens of young men") and hit("arrested seven persons")
    assert hit("rounded up twenty-one supporters") and hit("21 supporters had been arrested")
    assert not hit("arrested seven men") and not hit("arrested two journalists")
    assert len(extractor.res.words["crowd_arrest_patterns"]) == 2  # (fix73) one pattern per word order


HONDURAS = "SAN PEDRO SULA — Police spoke on Friday."
BARRIO = "Gunmen of the Barrio 18 gang shot dead three bus drivers in Choloma on Wednesday, police said."


def _arrested(ex, paragraphs):
    return one(_rows(ex, paragraphs), "Arrests")["actor2"]


def test_a_gang_its_own_relative_clause_describes_is_no_anaphor(extractor):
    text = [
        HONDURAS,
        BARRIO,
        "Residents said they feared the gang, which controls the neighbourhood.",
        "In a separate case, police arrested two suspected members of the gang that robbed a bank in Tegucigalpa.",
    ]
    assert _arrested(extractor, text) == "Civilians"


def test_the_gang_is_the_nearest_gang_the_story_names(extractor):
    text = [
        HONDURAS,
        BARRIO,
        "A rival gang, MS-13, controls the market.",
        "Police later arrested two members of the gang.",
    ]
    assert _arrested(extractor, text) == "Mara Salvatrucha"


def test_an_anaphoric_gang_points_further_back(extractor):
    text = [
        HONDURAS,
        BARRIO,
        "Residents said they feared the gang, which controls the neighbourhood.",
        "Police later arrested two members of the gang in Choloma.",
    ]
    assert _arrested(extractor, text) == "Barrio 18"
