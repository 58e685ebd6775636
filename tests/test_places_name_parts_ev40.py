"""Places of round ev40 (issue 10): a known place name inside a longer capitalised name that a `name_part_nouns` noun
follows (wordlists.json; places component) is part of that name, no place of its own ("the X Limón pipeline" is no
"El Limon"); a possessive town before such a name stays the place. Sentences written for the tests, none copied from
an evaluation set."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2025, 8, 8)  # a Friday


def _places(extractor, paras) -> set:
    return {str(r["location"]) for r in run(extractor, paras, ref=REF)}


def _without_nouns(edited_rules):
    return edited_rules({"wordlists.json": lambda data: {**data, "name_part_nouns": []}})


def test_a_place_name_inside_a_pipelines_name_is_no_place(extractor, edited_rules):
    paras = ["Rebels blew up a section of the Bravo Limón pipeline on Tuesday, the army said."]
    assert _places(extractor, paras) == {"None"}
    assert _places(_without_nouns(edited_rules), paras) != {"None"}


def test_a_towns_possessive_before_a_neighbourhoods_name_stays_the_place(extractor):
    paras = ["Gunmen shot dead a shopkeeper in Kabul's Jebrael Khan neighbourhood on Tuesday, residents said."]
    assert _places(extractor, paras) == {"Kabul"}


def test_a_place_name_alone_before_the_noun_is_still_a_place(extractor):
    paras = ["Rebels blew up a section of the pipeline near Kakata on Tuesday, the army said."]
    assert _places(extractor, paras) == {"Kakata"}


def test_a_readers_label_of_a_radio_script_is_a_speaker_label_not_a_place_heading():
    import json
    from pathlib import Path

    from newsetl.extract.components.speaker_labels import SpeakerLabels

    words = json.loads((Path(__file__).parents[1] / "include/newsetl/data/wordlists.json").read_text())
    script = "READER: Good evening.\n\nREADER: In Kakata, traders closed their shops on Monday to protest.\n"
    labels, _ = SpeakerLabels(words).find(script, None)
    assert [script[s:e] for s, e in labels] == ["READER", "READER"]
    plain = {**words, "speaker_label_words": [w for w in words["speaker_label_words"] if w != "READER"]}
    assert SpeakerLabels(plain).find(script, None)[0] == []


def test_a_town_before_community_or_herders_stays_the_place(extractor):
    """review14c: "community" and "herders" after a known town do not make it a people's name (the safe default)."""
    assert _places(extractor, ["Gunmen attacked the Kano community centre on Tuesday, killing two people."]) == {"Kano"}
    assert _places(extractor, ["Kano herders were attacked by gunmen on Tuesday, police said."]) == {"Kano"}
