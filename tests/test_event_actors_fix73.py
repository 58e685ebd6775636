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
