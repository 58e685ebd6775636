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


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("NAIROBI — Hundreds of workers held a protest at Safaricom in Nairobi on Monday.", "Nairobi"),
        ("NAIROBI — Workers staged a sit-in at Safaricom in Nairobi on Monday.", "Nairobi"),
        ("NAIROBI — A bomb exploded during a meeting at Safaricom in Nairobi on Monday.", "Nairobi"),
        ("NAIROBI — Gunmen killed a guard at Barclays in Nairobi on Monday.", "Nairobi"),
        # a people noun heads the object: the spot stays, "one" is a count, and a singular object too
        ("NAIROBI — Police shot dead one man at Kibera in Nairobi on Monday.", "Kibera"),
        ("NAIROBI — Police arrested a protester at Kamukunji in Nairobi on Monday.", "Kamukunji"),
        ("KADUNA — Gunmen abducted fourteen villagers at Kujama in Chikun on Sunday.", "Kujama"),
        ("NAROK — Raiders torched twelve huts at Enoosaen in Narok South on Monday.", "Enoosaen"),
    ],
)
def test_the_spot_after_at_needs_people_before_it(extractor, line, place):
    assert [p for p, _ in _places(extractor, line)] == [place]


def test_a_placeholder_with_no_words_raises():
    import json

    from newsetl.extract.components.place_cue_rules import PlaceCues
    from newsetl.extract.rules import package_data_dir

    data = json.loads((package_data_dir() / "place_cues.json").read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="counts"):
        PlaceCues(data)
    assert PlaceCues(data, ("one", "a dozen")).rules


@pytest.mark.parametrize(
    ("line", "lat"),
    [
        ("MAIDUGURI — Gunmen killed three people at Sabon Gari in Borno on Monday.", 11.8),
        ("KADUNA — Gunmen killed three people at Sabon Gari in Kaduna State on Monday.", 10.4),
    ],
)
def test_a_homonym_outside_the_province_after_in_gives_way(extractor, line, lat):
    # not Sabon Garin Nangere (Yobe): the spot lies in the province named after "in"
    assert _places(extractor, line) == [("Sabon Gari", lat)]
