"""Places as an analyst codes them: a place the sentence names is kept even when the gazetteer lacks it, located by
the best enclosing or nearby known place, with a geo precision that says so."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run


def _one(extractor, text, ref=date(2019, 10, 15)):
    rows = run(extractor, [text], ref=ref)
    assert rows, text
    return rows[0]


def test_village_of_x_near_a_known_town(extractor):
    r = _one(
        extractor,
        "Turkish drones struck a house in the village of Siftek, near Kobani, on Monday, killing three civilians.",
    )
    assert r["location"] == "Siftek" and r["geonameid"] is None
    assert r["geo_precision"] == 2 and r["iso3"] == "SYR"
    assert abs(r["latitude"] - 36.89) < 0.2 and abs(r["longitude"] - 38.36) < 0.3  # Kobani's coordinates


def test_x_in_northern_y(extractor):
    r = _one(extractor, "Russian jets bombed Kafr Nabudah in northern Hama on Tuesday, killing five people.")
    assert r["location"] == "Kafr Nabudah" and r["iso3"] == "SYR" and r["sub_event_type"] == "Air/drone strike"


def test_x_valley_south_of_y(extractor):
    r = _one(
        extractor,
        "Islamic State fighters attacked an army post in the Wadi al-Shay valley, south of Kirkuk, on Sunday, "
        "killing two soldiers.",
    )
    assert r["location"] == "Wadi al-Shay" and r["iso3"] == "IRQ" and r["geo_precision"] == 2


def test_x_in_a_region(extractor):
    r = _one(extractor, "Al-Shabaab militants attacked Sabiid in Lower Shabelle on Friday, killing four soldiers.")
    assert r["location"] == "Sabiid" and r["iso3"] == "SOM" and r["geo_precision"] == 3
    assert r["admin1"] == "Lower Shabelle"


@pytest.mark.parametrize(
    "text",
    [
        "Iranian artillery shelled the outskirts of Penjwen, near the Iranian border, on Sunday.",
        "Fighters of the Komala Party of Iranian Kurdistan in Koya said they would not leave.",
    ],
)
def test_adjectives_and_organisations_are_no_places(extractor, text):
    doc = extractor.nlp(text)
    names = {sp.text for sp in doc.spans["places"]}
    assert "Iranian" not in names and not any("Party" in n for n in names)


def test_people_are_no_places(extractor):
    doc = extractor.nlp(
        "Pentagon Press Secretary Peter Cook told reporters the strike hit Raqqa in Syria. Cook said the convoy "
        "was destroyed."
    )
    assert [sp.text for sp in doc.spans["places"]] == ["Raqqa", "Syria"]


def test_mentions_keep_the_surface_form(extractor):
    from newsetl.extract.extractor import ArticleText

    art = ArticleText(
        "m", ["Gunmen attacked the village of Siftek near Kobani on Monday. Siftek was emptied."], date(2019, 10, 15)
    )
    ((_, _, mentions),) = list(extractor.run([art]))
    siftek = [m for m in mentions if m["text"] == "Siftek"]
    assert len(siftek) == 2 and all(m["canonical"] == "Siftek" and m["geonameid"] is None for m in siftek)


def test_country_inside_an_actor_name_is_a_place_mention(extractor):
    from newsetl.extract.extractor import ArticleText

    art = ArticleText("n", ["We will keep working with the Government of Iraq on reconstruction."], date(2017, 1, 10))
    ((_, events, mentions),) = list(extractor.run([art]))
    assert {(m["label"], m["text"]) for m in mentions} >= {("ACTOR", "Government of Iraq"), ("PLACE", "Iraq")}
