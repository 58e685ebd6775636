"""Round ev69: sides lost in toll-first sentences, evictions, crowd arrests and arrested gang members. Sentences
written for the tests, none copied from an evaluation set: "Two soldiers died (and three others were wounded) when
militants ambushed a patrol" keeps the militants as the agent and the soldiers as the target; "Three people died when
members of X fought a local armed group" makes the armed group, not the dead, the other side; people arrested after a crowd event,
counted in words ("seven persons") or as "supporters", are that crowd; "members of the gang" are the gang the story
named."""

from __future__ import annotations

import pytest

from tests.extract_util import one, run
from tests.test_actor_frames import REF


def _row(ex, paragraphs, sub):
    return one(run(ex, paragraphs, REF), sub)


@pytest.mark.parametrize(
    "line",
    [
        "Two soldiers died and three others were wounded when JNIM militants ambushed an army patrol near Kati on "
        "Monday, the army said.",
        "Two soldiers died when JNIM militants ambushed an army patrol near Kati on Monday, the army said.",
    ],
)
def test_the_dead_of_a_toll_first_sentence_are_the_target(extractor, line):
    row = _row(extractor, ["BAMAKO — The army spoke on Friday.", line], "Armed clash")
    assert row["actor1"].startswith("JNIM") and row["actor2"] == "Military Forces of Mali", row


def test_the_dead_are_no_side_when_the_clause_names_both(extractor):
    text = [
        "BENGHAZI — The medical centre spoke on Friday.",
        "Two fighters and a civilian were killed on Wednesday when members of the Libyan National Army fought a "
        "local armed group with heavy machine guns in Sirte, the centre said.",
    ]
    row = _row(extractor, text, "Armed clash")
    assert row["actor2"] == "Unidentified Armed Group (Libya)", row


MARCH = "Hundreds of traders marched in Kati on Tuesday to protest against a new market tax, witnesses said."


@pytest.mark.parametrize(
    "arrest",
    [
        "Police arrested seven persons in Kati on Tuesday evening, witnesses said.",
        "Police said on Tuesday that 21 supporters had been arrested in Kati.",
    ],
)
def test_people_arrested_after_a_march_counted_in_words_are_protesters(extractor, arrest):
    text = ["BAMAKO — Witnesses spoke on Friday.", MARCH, arrest]
    assert _row(extractor, text, "Arrests")["actor2"] == "Protesters"


def test_members_of_the_gang_are_the_gang_the_story_named(extractor):
    text = [
        "SAN PEDRO SULA — Police spoke on Friday.",
        "Gunmen of the Barrio 18 gang shot dead three bus drivers in Choloma on Wednesday, police said.",
        "Police later arrested two suspected members of the gang in Choloma, the spokesman added.",
    ]
    assert _row(extractor, text, "Arrests")["actor2"] == "Barrio 18"
