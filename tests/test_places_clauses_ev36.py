"""Places of round ev36: a place in the source clause that closes the sentence ("..., an officer at the K police
station said", "..., according to the K police commander") never beats a place of the event clause
(`source_clause_patterns`); a known town just before "the village of X" only locates the unlisted village X
(`unlisted_place_noun_before`); a place inside an "over the burning of ..." complement names the other event, not the
arrest (`cause_clause_openers`); an unlisted name after "at" is a place before "and <past verb>" and before "station",
"bazar" or "market" (place_cues.json `in_after_trigger`). Sentences written for the tests, none copied from an
evaluation set."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2025, 8, 8)  # a Friday
KADUNA = "KADUNA, Nigeria — Hundreds of traders marched through Kaduna on Thursday to demand better security."


def _rows(extractor, paras) -> list:
    return [(r["sub_event_type"], r["location"]) for r in run(extractor, paras, ref=REF)]


def test_a_town_in_the_closing_source_clause_is_not_the_event_place(extractor):
    for source in ("the Kakuma security committee said", "according to the Kakuma police station commander"):
        paras = [f"Houses were burnt at Lodwar when armed herders clashed on Thursday, {source}."]
        assert _rows(extractor, paras) == [("Armed clash", "Lodwar")]


def test_the_source_town_stays_when_the_sentence_names_no_other_place(extractor):
    paras = ["Gunmen shot dead two herders on Tuesday, an officer at the Kakuma police station said."]
    assert [loc for _, loc in _rows(extractor, paras)] == ["Kakuma"]


def test_the_village_named_after_its_town_is_the_place(extractor):
    paras = ["Soldiers fought bandits in the hills outside Kapenguria, near the village of Tokorimoi, on Tuesday."]
    assert _rows(extractor, paras) == [("Armed clash", "Tokorimoi")]


def test_an_arrest_over_an_earlier_burning_stays_at_its_own_town(extractor):
    paras = ["In Kaduna, police arrested five youths on Monday over the burning of a church at Kafanchan."]
    assert _rows(extractor, paras) == [("Arrests", "Kaduna")]


def test_an_unlisted_name_before_and_a_past_verb_is_a_place(extractor):
    paras = [KADUNA, "Bandits raided a farm at Dogonkwari and abducted six workers on Monday, residents said."]
    assert _rows(extractor, paras)[-1] == ("Abduction/forced disappearance", "Dogonkwari")


def test_an_unlisted_name_before_station_or_bazar_is_a_place(extractor):
    assert _rows(extractor, [KADUNA, "On Monday, gunmen killed three men at Mbotigo station."])[-1][1] == "Mbotigo"
    rows = _rows(extractor, [KADUNA, "Rioters set fire to ten shops in Kalipur bazar on Sunday, police said."])
    assert rows[-1][1] == "Kalipur"


def test_a_name_before_and_a_noun_is_no_place(extractor):
    rows = _rows(extractor, [KADUNA, "Bandits raided a farm at Kalipur and more."])
    assert rows[0] == ("Peaceful protest", "Kaduna")
    assert all(place != "Kalipur" for _, place in rows), rows  # the raid may be an event, but not at Kalipur
