"""ev93 (issue 10, twenty-sixth session): actors of aligned events. An armed clash between two named communities
("A herders and B villagers fought with rifles", "young men from the A and B communities", "armed men from A and from
B") has both communities' militias as its sides (convention 11 of eval/events/README.md); two countries' people, two
religions or a fight with sticks keep their sides. Variant sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import one, run

REF = date(2026, 6, 10)


def _row(extractor, para, sub):
    return one(run(extractor, [para], ref=REF), sub)


@pytest.mark.parametrize(
    "para",
    [
        "MOYALE — Three men were killed when Wakolo herders and Benui villagers fought with rifles over a well near"
        " Moyale on Tuesday, police said.",
        "Two people died on Friday after Wakolo pastoralists and Benui farmers exchanged gunfire near Moyale, Kenya.",
        "MOYALE — Four men were killed when young men from the Wakolo and Benui communities fought with spears and"
        " rifles near Moyale on Tuesday, police said.",
        "MOYALE — On Tuesday evening armed men from Wakolo and from Benui exchanged gunfire for hours near Moyale,"
        " police said.",
    ],
)
def test_two_named_communities_in_an_armed_clash_are_both_sides(extractor, para):
    row = _row(extractor, para, "Armed clash")
    assert {row["actor1"], row["actor2"]} == {"Wakolo communal militia", "Benui communal militia"}, row


@pytest.mark.parametrize(
    "para",
    [
        # two countries' people: no community's militia
        "MOYALE — Three men were killed when Kenyan herders and Ethiopian villagers fought with rifles near Moyale"
        " on Tuesday, police said.",
        # two faiths: no community's militia
        "MOYALE — Three men were killed when Muslim youths and Christian villagers fought with rifles near Moyale"
        " on Tuesday, police said.",
    ],
)
def test_nationalities_and_faiths_name_no_community(extractor, para):
    row = _row(extractor, para, "Armed clash")
    assert "communal militia" not in f"{row['actor1']} {row['actor2']}", row


@pytest.mark.parametrize(
    "para",
    [
        "MOYALE — Three men were killed when Wakolo herders and Benui villagers fought with sticks and stones near"
        " Moyale on Tuesday, police said.",
        "MOYALE — Three men were hurt when youths from the Wakolo and Benui communities fought with sticks and stones"
        " near Moyale on Tuesday, police said.",
    ],
)
def test_two_communities_fighting_with_sticks_stay_rioters(extractor, para):
    row = _row(extractor, para, "Mob violence")
    assert (row["actor1"], row["actor2"]) == ("Rioters", "Rioters"), row
