"""The document's country is not decided by a river's, a forest's or a route's names (issue 10, ev83): "the Senegal
river" names a river several countries share, "services between Nagad and Dire Dawa" a span whose far end lies across a
border, "appeared in French on our website" a language and "a Chinese-owned mine" an owner. Sentences written for the
tests (other names, countries and orders than the development sets')."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run, switch

REF = date(2026, 6, 10)


def _countries(rows) -> set:
    return {r["iso3"] for r in rows}


def test_a_river_named_after_a_country_does_not_make_the_story_that_country(extractor):
    rows = run(
        extractor,
        [
            "Gendarmes arrested six herders in Kaédi on Monday after a fight over a field, a local official said.",
            "Separately, on Saturday, soldiers fired on a pirogue crossing the Senegal river near Kaédi, wounding a"
            " fisherman.",
        ],
        ref=REF,
    )
    assert rows and _countries(rows) == {"MRT"}, rows


def test_a_river_phrase_is_no_place_named_after_the_country(extractor):
    rows = run(
        extractor,
        [
            "Settlers attacked shepherds near Tubas on Friday, residents said.",
            "Soldiers demolished two homes in the Jordan Valley on Monday, according to residents.",
        ],
        ref=REF,
    )
    assert rows and "JOR" not in _countries(rows), rows


def test_the_far_end_of_a_route_does_not_decide_the_country(extractor):
    rows = run(
        extractor,
        [
            "Herders stoned a train at Holhol on Tuesday and blocked the line with tree trunks.",
            "On Wednesday, gendarmes arrested four herders at Ali Sabieh.",
            "Services between Nagad and Dire Dawa ran with delays of nine hours.",
        ],
        ref=REF,
    )
    assert rows and _countries(rows) == {"DJI"}, rows
    rows = run(
        extractor,
        [
            "On Wednesday, gendarmes arrested four herders in Ali Sabieh, the regional company said.",
            "Passengers are advised not to travel between Ali Sabieh and Dire Dawa until further notice.",
        ],
        ref=REF,
    )
    assert rows and _countries(rows) == {"DJI"}, rows


def test_a_language_and_an_owners_nationality_are_no_country_of_the_story(extractor):
    from newsetl.extract.extractor import ArticleText

    for lead in (
        "Editor's note: this report first appeared in Portuguese on our website.",
        "Workers of a Brazilian-owned mine said the company had not paid them.",
        "The report was translated from Portuguese for our readers.",
    ):
        art = ArticleText("t", [lead, "Police fired tear gas at miners who marched in Moatize on Tuesday."], REF)
        doc = extractor.nlp(extractor.make_doc(art.body, art.reference_date))
        assert "BR" not in doc._.country_context and "PT" not in doc._.country_context, (lead, doc._.country_context)


def test_an_unlisted_place_of_the_event_beats_the_hospital_town(extractor):
    lead = "Police in Guyana said on Monday they were investigating two deaths in the Potaro-Siparuni region."
    for line, place in (
        (
            "At Kwakwani on Sunday, a crowd beat a man accused of stealing a boat engine; he died later at the Linden"
            " hospital, police said.",
            "Kwakwani",
        ),
        (
            "In Tumatumari on Saturday, residents beat a suspected thief, who died the next morning at the Mahdia"
            " Hospital.",
            "Tumatumari",
        ),
    ):
        rows = run(extractor, [lead, line], ref=REF)
        assert [r["location"] for r in rows] == [place], rows
        assert rows[0]["iso3"] == "GUY" and rows[0]["geo_precision"] > 1, rows


def test_the_hospital_town_stays_the_place_when_the_sentence_names_no_other(extractor):
    rows = run(
        extractor,
        [
            "Police fired tear gas at nurses who protested outside the Linden hospital in Guyana on Monday over unpaid wages."
        ],
        ref=REF,
    )
    assert rows and rows[0]["location"] == "Linden", rows


def test_the_country_the_sentence_names_does_not_keep_the_event_from_its_unlisted_towns(extractor):
    rows = run(
        extractor,
        ["Tea estate workers went on strike on Monday in Welimada, Passara and Haputale in Sri Lanka over wages."],
        ref=REF,
    )
    assert rows and rows[0]["location"] == "Welimada" and rows[0]["iso3"] == "LKA", rows
    rows = run(extractor, ["In Brief, gunmen killed two farmers in Nigeria on Sunday, residents said."], ref=REF)
    assert rows and rows[0]["location"] == "Nigeria", rows


@pytest.fixture
def with_lists(edited_rules):
    """An extractor with the list rules on (place_cues.json `list_member_after_place`, `list_last_after_place`)."""
    return edited_rules(
        {"place_cues.json": lambda d: switch(d, lambda r: r.get("enabled", True) or "list_" in r["name"])}
    )


def test_every_member_of_a_list_of_places_is_kept_although_the_gazetteer_lacks_it(with_lists):
    extractor = with_lists
    line = "Traders closed their stalls in Choma, Lwibeke and Nkolomo on Monday to protest against new levies, Zambian"
    rows = run(extractor, [line + " police said."], ref=REF)
    assert [r["location"] for r in rows] == ["Choma", "Lwibeke", "Nkolomo"], rows
    assert {r["iso3"] for r in rows} == {"ZMB"}, rows
    paras = ["Traders closed their stalls in Nkolomo, Lwibeke and Choma in Zambia on Monday to protest against levies."]
    doc = extractor.nlp(extractor.make_doc(paras, REF))
    assert {"Nkolomo", "Lwibeke", "Choma"} <= {sp.text for sp in doc.spans["places"]}


def test_an_address_without_and_is_no_list_of_places(with_lists):
    extractor = with_lists
    rows = run(
        extractor,
        [
            "Troops clashed with rebels in Sitio Lumbo, Barangay Tigbao, Valencia City, Bukidnon, on Sunday, the army said."
        ],
        ref=REF,
    )
    assert [r["location"] for r in rows] == ["Lumbo"], rows
