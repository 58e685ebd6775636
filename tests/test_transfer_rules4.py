"""Rules added for the fourth blind set (issue 10: other outlets' styles, `eval/events_blind4`): language names and
the towns of a story as country evidence, places located in a named administrative unit, a colon dateline, ...
Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import only, run

REF = date(2023, 6, 9)  # a Friday


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


def _one(extractor, *paras):
    return only(extractor, list(paras), ref=REF)


def test_a_language_name_is_no_country_of_the_story(extractor):
    doc = extractor.nlp("(Translated from Spanish.) Police in Celaya detained two suspects on Monday.")
    ctx = doc._.country_context
    assert "ES" not in ctx and max(ctx, key=ctx.__getitem__) == "MX"
    doc = extractor.nlp("Spanish troops patrolled the port on Monday.")
    assert "ES" in doc._.country_context  # the nationality still counts


def test_a_town_only_one_country_has_names_the_country(extractor):
    r = _one(
        extractor,
        "Police in Niamey arrested a blogger on Tuesday over a post praising the Islamic State Sahel Province.",
    )
    assert r["actor1"] == "Police Forces of Niger" and r["iso3"] == "NER"


def test_place_in_a_named_local_government_area_or_circle(extractor):
    r = _one(
        extractor,
        "Nigerian troops repelled an attack by Boko Haram on their base in Garin Dogo, Gujba Local Government Area "
        "of Yobe State, on Sunday.",
    )
    assert r["location"] == "Garin Dogo" and r["iso3"] == "NGA"
    r = _one(extractor, "On Wednesday, gunmen attacked the Malian army post in Intagoyat, in the Menaka circle.")
    assert r["location"] == "Intagoyat"


def test_the_district_of_a_province_is_the_place(extractor):
    r = _one(
        extractor,
        "Government troops shelled Houthi positions in the Maqbanah district of Yemen's southwestern province of Taiz "
        "on Thursday.",
    )
    assert r["location"] == "Maqbanah"


def test_colon_dateline_is_no_event_place(extractor):
    r = _one(
        extractor,
        "PATTANI: Insurgents shot dead a village headman in Sai Buri district of Pattani province on Wednesday, "
        "police said. Yala and Narathiwat were calm.",
    )
    assert r["location"] == "Sai Buri" and str(r["event_date"]) == "2023-06-07"
