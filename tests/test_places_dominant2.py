"""The article's dominant country, round 22 (issue 10, ev22): a multinational group's home does not make a lone town's
vote need support, a town the text calls a region of its country vouches for that country, and a known name is not
cut out of a longer name joined by an Arabic article ("Souq al-Juma" is not "Juma", a spelling of Yuma, Arizona).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2025, 2, 14)


def _rows(extractor, *paras):
    rows = run(extractor, list(paras), ref=REF)
    assert rows, paras
    return rows


def test_a_multinational_groups_home_leaves_the_town_its_country(extractor):
    # JNIM's home is Mali, but the group acts in five countries: the Nigerien capital still names Niger
    r = _rows(
        extractor, "Police officers in Niamey detained two traders on Monday accused of selling fuel to JNIM fighters."
    )[0]
    assert r["iso3"] == "NER" and r["actor1"] == "Police Forces of Niger"


def test_a_one_country_groups_home_still_names_the_story(extractor):
    # the Mai-Mai are Congolese: "Kasese", a Ugandan town's name, does not make Uganda a country of the story
    doc = extractor.nlp(
        "Mai-Mai fighters ambushed a truck on the Punia to Kasese road on Friday, local officials said."
    )
    assert "UG" not in doc._.country_context


def test_a_town_called_a_region_names_its_country(extractor):
    r = _rows(
        extractor,
        "Russian officials said on Friday that their soldiers had seized the hamlet of Novoselivka in the Zaporizhzhia "
        "region.",
    )[0]
    assert r["iso3"] == "UKR" and r["actor2"] == "Military Forces of Ukraine"


def test_no_known_name_is_cut_out_of_a_name_joined_by_an_article(extractor):
    rows = _rows(extractor, "Masked gunmen shot dead a money changer in Souq al-Juma on Thursday night.")
    assert all(r["iso3"] != "USA" and r["location"] != "Yuma" for r in rows)
    rows = _rows(extractor, "Masked gunmen shot dead a money changer in Bir al-Juma on Thursday night.")
    assert all(r["iso3"] != "IND" for r in rows)  # not "Bir" (Beed, India) by itself


def test_the_pair_before_a_plural_district_cue_is_one_place_each(extractor):
    rows = _rows(
        extractor,
        "Armed men clashed in the Ras Hub and Ain Zara districts on Wednesday, and residents heard explosions.",
    )
    assert all(r["iso3"] != "PAK" for r in rows)  # not "Hub", a Pakistani town


def test_a_hyphenated_adjective_is_no_head_of_the_name(extractor):
    rows = _rows(extractor, "Turkish drones struck the rebel-held al-Bab on Monday, killing three fighters.")
    assert any(r["location"] == "Al Bab" and r["iso3"] == "SYR" for r in rows)


def test_a_one_country_groups_story_sends_a_homonym_anchor_abroad_back(extractor):
    # "Kasese" is a Ugandan town; the story's only country is the Mai-Mai's, so a village near it stays Congolese
    rows = _rows(
        extractor,
        "Mai-Mai militiamen burned twenty houses in the village of Kitobo, near Kasese, on Tuesday, local officials said.",
    )
    r = next(x for x in rows if x["location"] == "Kitobo")
    assert r["iso3"] == "COD"
