"""Places of round ev68: a name joined by Portuguese "do" is one name ("Amarante do Maranhão", not Amarante in
Piauí), a person's first name is no large town abroad ("Ann Chepkorir"), and a name before a place noun is the story's
own place when its gazetteer homonym lies in a country the story never names ("the Mau forest" in Kenya, not Mau in
India). Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

import re
from datetime import date

from newsetl.extract.components.place_names import _splits_a_name
from newsetl.extract.extractor import ArticleText
from tests.extract_util import run

REF = date(2026, 11, 12)  # a Thursday


def _places(extractor, *lines: str) -> list[dict]:
    art = ArticleText("t", list(lines), REF)
    ((_, _, mentions),) = list(extractor.run([art]))
    return [m for m in mentions if m["label"] == "PLACE"]


def test_a_name_joined_by_do_is_one_place(extractor):
    """ "in Amarante do Maranhão": the town of Maranhão, not Amarante (Piauí) nor the state's capital."""
    rows = run(extractor, ["Gunmen shot dead a farmer in Amarante do Maranhão, Brazil, on Tuesday."], ref=REF)
    assert [(r["location"], r["admin1"]) for r in rows] == [("Amarante do Maranhao", "Maranhao")]


def test_the_words_before_a_particle_are_no_place_of_their_own():
    toks = list(re.finditer(r"\S+", "Amarante do Maranhão"))
    assert _splits_a_name(toks, 0, 1, False, frozenset({"do"}))
    assert not _splits_a_name(toks, 0, 1, False, frozenset())
    assert not _splits_a_name(toks, 0, 3, False, frozenset({"do"}))  # the whole name


def test_a_first_name_is_no_town_abroad(extractor):
    """ "Ann Chepkorir" in a Kenyan story: no Ann (Myanmar)."""
    line = "Police in Kenya arrested Ann Chepkorir in Eldoret on Monday after a protest over land."
    countries = {m["country"] for m in _places(extractor, line)}
    assert "MMR" not in countries and "KEN" in countries


def test_a_name_before_a_place_noun_is_the_storys_place(extractor):
    """ "into the Mau forest" in a Kenyan story: an unknown Kenyan place, not Mau (India)."""
    lines = (
        "Armed raiders killed three people at Olposimoru in Narok, Kenya, on Monday, police said.",
        "Officers pursued the raiders into the Mau forest on Monday night.",
    )
    mau = [m for m in _places(extractor, *lines) if m["text"] == "Mau"]
    assert mau and {m["country"] for m in mau} == {"KEN"}


def test_a_name_before_bazaar_is_the_place(extractor):
    """ "from Sarkot Bazaar": the unknown place Sarkot, not the dateline's district."""
    lines = ("SURKHET, Nepal — Police arrested five persons from Sarkot Bazaar on Sunday over the arson.",)
    rows = run(extractor, lines, ref=REF)
    assert [r["location"] for r in rows] == ["Sarkot"]


def test_the_name_after_an_owners_possessive_is_the_place(extractor):
    """ "into the Company's Mwakitolyo pit": Mwakitolyo, not "Company's Mwakitolyo" nor the country."""
    line = (
        "On Sunday, about 40 illegal miners forced their way into the Company's Mwakitolyo pit in Tanzania and clashed"
        " with police officers."
    )
    assert {r["location"] for r in run(extractor, [line], ref=REF)} == {"Mwakitolyo"}


def test_the_storys_own_town_before_a_place_noun_stays_in_the_story(extractor):
    """A town whose votes are the story's country's only ones ("Marsabit town" beside Saku, which Japan has too) is no
    homonym abroad: every mention of it is the gazetteer's Kenyan town."""
    lines = (
        "On Sunday night armed raiders attacked homesteads at Dirib Gombo, west of Marsabit town, killing two herders.",
        "On Monday elders walked in a peaceful procession to the office of the commissioner in Marsabit town.",
        "Livestock markets in Saku will remain closed for one week.",
    )
    marsabit = [m for m in _places(extractor, *lines) if m["text"] == "Marsabit"]
    assert len(marsabit) == 2 and {(m["country"], m["geonameid"] is not None) for m in marsabit} == {("KEN", True)}
