"""Places of round ev43: where people are taken, tried or headed ("arrested and taken to X", "will be arraigned in X",
"a bus bound for X": `transfer_destination_before`) and where a source spoke ("told reporters in X",
`speech_venue_before`) never locate the event, as where people fled to does not (`flight_destination_before`); the
event keeps its own clause's place or, with none, the place the story carries. Sentences written for the tests, none
copied from an evaluation set."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2025, 8, 8)  # a Friday


def _places(extractor, paras) -> list:
    return [(r["sub_event_type"], r["location"]) for r in run(extractor, paras, ref=REF)]


def test_a_destination_never_beats_the_place_of_the_arrest(extractor):
    for tail in (
        "and were later taken to Kisumu for questioning",
        "and said they will be arraigned in Kisumu on Monday",
        "in a lorry bound for Kisumu",
    ):
        paras = [f"Police at Kakamega arrested four suspects on Wednesday {tail}."]
        assert _places(extractor, paras) == [("Arrests", "Kakamega")], tail


def test_the_destination_stays_a_place_of_the_sentence_when_not_after_a_transfer(extractor):
    paras = ["Police in Kisumu arrested four men on Wednesday."]
    assert _places(extractor, paras) == [("Arrests", "Kisumu")]


def test_where_a_source_spoke_is_no_event_place(extractor):
    lead = "Gunmen attacked a bus near Kakamega on Tuesday, killing three passengers, police said."
    paras = [lead, "Hours later, gunmen shot dead a trader, a police commander told reporters in Kisumu."]
    rows = _places(extractor, paras)
    assert ("Attack", "Kisumu") not in rows and rows[-1][1] == "Kakamega", rows


def test_a_hyphenated_road_names_its_two_ends_and_the_first_is_the_place(extractor):
    paras = ["Gunmen ambushed a bus on the Kisumu-Kakamega road on Tuesday, killing two passengers."]
    rows = run(extractor, paras, ref=REF)
    assert [r["location"] for r in rows] == ["Kisumu"], rows


def test_a_hyphenated_name_without_a_road_noun_stays_one_name(extractor):
    paras = ["Gunmen shot dead two herders at the Kisumu-Kakamega crossing on Tuesday, police in Eldoret said."]
    rows = run(extractor, paras, ref=REF)
    assert rows and all(r["location"] != "Kisumu" for r in rows), rows


def test_a_vehicle_travelling_between_two_unlisted_villages_is_at_the_first(extractor):
    lead = "KAKAMEGA, Kenya — Police gave an update on Tuesday."
    paras = [lead, "A drone hit a car travelling between Tsorambeni and Lwekholo on Monday, killing two men."]
    rows = run(extractor, paras, ref=REF)
    assert [r["location"] for r in rows if r["sub_event_type"] == "Air/drone strike"] == ["Tsorambeni"], rows


def test_a_town_abroad_read_in_an_ethnonym_gives_way_to_the_storys_place(extractor):
    lead = "NAIROBI, Kenya — The Kenya Red Cross gave an update on Tuesday."
    text = "On Monday, a clash between Pokot and Tama herders near Kapenguria left five people dead, police said."
    rows = run(extractor, [lead, text], ref=REF)
    assert [r["location"] for r in rows if r["sub_event_type"] == "Armed clash"] == ["Kapenguria"], rows


def test_a_town_abroad_that_the_story_names_stays_a_place(extractor):
    lead = "NAIROBI, Kenya — Kenyan and Ugandan officials met on Tuesday."
    text = "On Monday, Kenyan police arrested three traders in Kampala, Uganda, near the border with Kenya."
    rows = run(extractor, [lead, text], ref=REF)
    assert "Kampala" in [r["location"] for r in rows], rows


def test_a_name_located_by_an_apposed_known_town_is_the_place(extractor):
    lead = "NAIROBI, Kenya — Police gave an update on Thursday."
    for text in (
        "At Tsorambeni, near Kapenguria, gunmen burned 30 houses on Wednesday, a chief said.",
        "On Wednesday, gunmen attacked Tsorambeni, south of Kapenguria, and burned 30 houses, a chief said.",
    ):
        rows = run(extractor, [lead, text], ref=REF)
        assert [r["location"] for r in rows] == ["Tsorambeni"], (text, rows)


def test_a_capitalised_word_without_the_apposed_locator_stays_no_place(extractor):
    lead = "NAIROBI, Kenya — Police gave an update on Thursday."
    text = "At Tsorambeni gunmen burned 30 houses near Kapenguria on Wednesday, a chief said."
    rows = run(extractor, [lead, text], ref=REF)
    assert [r["location"] for r in rows] == ["Kapenguria"], rows
