"""Round fix80: review21e's findings on fix77 — a clan's name that is the story's only place, a clan name that votes
for the story's country, and the object before "at X in Y". Sentences written for the tests, none copied from an
evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 8, 26)


def _places(extractor, *paragraphs, ref=REF):
    return [(r["location"], round(r["latitude"], 1)) for r in run(extractor, list(paragraphs), ref)]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Gunmen attacked Wabag on Monday, killing four villagers.", "Wabag clan leaders condemned the attack."),
        ("Gunmen attacked Wabag on Monday, killing four villagers.", "Leaders of the Wabag clan condemned the attack."),
    ],
)
def test_a_clans_name_that_is_the_storys_only_place_stays_the_place(extractor, paragraphs):
    assert [p for p, _ in _places(extractor, *paragraphs)] == ["Wabag"]


def test_a_clans_name_beside_a_province_of_its_country_stays_the_place(extractor):
    got = _places(
        extractor,
        "Gunmen attacked Moga on Monday, killing four villagers in Punjab.",
        "Moga clan leaders condemned the attack.",
    )
    assert got and got[0][0] == "Moga" and got[0][1] > 30, got


def test_a_clan_name_of_the_storys_country_votes_for_it(extractor):
    got = _places(
        extractor,
        "Gunmen killed five people in Mendi on Monday.",
        "Tribal fighters from the Wabag tribes were blamed.",
    )
    assert [(p, lat < -5) for p, lat in got] == [("Mendi", True)]
