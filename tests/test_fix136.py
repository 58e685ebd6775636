"""(fix136, review rv121 of ev121) The document's country, mended: a people's demonym that is also a gazetteer name
("Somali", a region of Ethiopia; "Chadian", a Chinese town) is the demonym, no place that outvotes its fallback;
settlers name Israel where the only other names are a West Bank village whose first entry lies abroad or an unpeopled
homonym; "first reported in the X press" is the press of a country, not a language; a line break inside a paragraph
does not cut an adjective from its noun. Own variant sentences; near misses keep their countries."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 4, 21)


def _rows(extractor, paras):
    return run(extractor, [paras] if isinstance(paras, str) else paras, ref=REF)


def _actors(rows) -> list[str]:
    return [a for r in rows for a in (r["actor1"], r["actor2"]) if a]


def _country(extractor, paras, country: str, avoid: str):
    rows = _rows(extractor, paras)
    actors = _actors(rows)
    assert rows, paras
    assert any(country in a for a in actors), (paras, actors)
    assert not any(avoid in a for a in actors), (paras, actors)


# (1) a people's demonym whose word the gazetteer also knows as a place or region abroad
DEMONYM_HOMONYM = [
    ("Armed men shot dead three Somali shopkeepers on Tuesday, police said.", "Somalia", "Ethiopia"),
    ("Police detained 25 Somali teenagers on Tuesday after a street fight.", "Somalia", "Ethiopia"),
    ("Unknown gunmen abducted a Somali businesswoman on Tuesday, officials said.", "Somalia", "Ethiopia"),
    ("Armed men killed four Chadian herdsmen on Tuesday, local officials said.", "Chad", "China"),
    ("Bandits robbed two Spanish pensioners on Tuesday, police said.", "Spain", "Canada"),
    ("Armed men shot dead three Tongan sailors on Tuesday, port officials said.", "Tonga", "China"),
]


@pytest.mark.parametrize("i", range(len(DEMONYM_HOMONYM)))
def test_a_demonym_of_people_is_no_homonym_place(extractor, i):
    _country(extractor, *DEMONYM_HOMONYM[i])


def test_a_demonym_homonym_is_not_the_events_place(extractor):
    rows = _rows(extractor, "Armed men killed four Chadian herdsmen on Tuesday, local officials said.")
    assert rows and all(r["iso3"] == "TCD" for r in rows), [(r["location"], r["iso3"]) for r in rows]


def test_a_broadcasters_language_names_no_region(extractor):
    rows = _rows(extractor, "Gunmen shot dead two farmers on Tuesday, according to a reporter from Somali service.")
    assert rows and not any("Ethiopia" in a for a in _actors(rows)), _actors(rows)


# (2) settlers beside a village the gazetteer knows abroad first, or only as an unpeopled homonym
SETTLERS_HOME = [
    (
        "Settlers torched cars in Duma on Tuesday, and soldiers fired tear gas at villagers who tried to stop them.",
        "Israel",
        "Syria",
    ),
    (
        "Armed settlers stormed Jinba on Sunday and beat a herder, witnesses said. Soldiers detained two villagers.",
        "Israel",
        "China",
    ),
]


@pytest.mark.parametrize("i", range(len(SETTLERS_HOME)))
def test_settlers_keep_israel_beside_a_homonym_village(extractor, i):
    _country(extractor, *SETTLERS_HOME[i])


# (3) "first reported / published / broadcast in" before a country's press: the country, not a language
SOURCE_PRESS = [
    ("The ambush was first reported in the Kenyan press; bandits killed five herders on Tuesday.", "Kenya"),
    ("Gunmen killed four villagers on Tuesday, a report first published in the Israeli daily Maariv said.", "Israel"),
    ("Gunmen killed four shepherds on Tuesday, according to footage first broadcast in Armenian media.", "Armenia"),
]


@pytest.mark.parametrize("i", range(len(SOURCE_PRESS)))
def test_a_source_note_before_a_press_noun_keeps_its_country(extractor, i):
    paras, country = SOURCE_PRESS[i]
    assert any(country in a for a in _actors(_rows(extractor, paras))), _actors(_rows(extractor, paras))


# (4) a single line break inside a paragraph joins an adjective to its noun
LINE_BREAK = [
    ("Witnesses in Malakal said Kenyan\npolice detained 18 people on Tuesday.", "Kenya", "South Sudan"),
    ("In Uvira, witnesses said Rwandan\nsoldiers shot dead three fishermen on Tuesday.", "Rwanda", "Congo"),
]


@pytest.mark.parametrize("i", range(len(LINE_BREAK)))
def test_a_line_break_inside_a_paragraph_keeps_the_adjective(extractor, i):
    _country(extractor, *LINE_BREAK[i])


def test_a_line_break_inside_a_paragraph_keeps_the_territory(extractor):
    rows = _rows(extractor, "Fighting broke out in Iraqi\nterritory on Tuesday, killing five militants.")
    assert rows and any("Iraq" in a for a in _actors(rows)) or {r["iso3"] for r in rows} == {"IRQ"}, rows


# near misses: ev121's gains stay (a translation note, an edition, a demonym beside a town abroad, settlers abroad)
NEAR = [
    (
        ["Translated from Somali", "Police arrested six traders in Hargeisa on Tuesday."],
        "Somaliland|Somalia",
        "Ethiopia",
    ),
    (
        ["Police detained five porters in Bishkek on Tuesday.", "First published in the Russian edition."],
        "Kyrgyzstan",
        "Russia",
    ),
    (["Translated from Arabic", "Police dispersed a sit-in in Sfax on Tuesday."], "Tunisia", "Saudi"),
    ("Police in Marseille arrested two men after a Malian vendor was stabbed on Tuesday.", "France", "Mali"),
]


@pytest.mark.parametrize("i", range(len(NEAR)))
def test_near_misses_keep_ev121s_countries(extractor, i):
    paras, countries, avoid = NEAR[i]
    actors = _actors(_rows(extractor, paras))
    assert any(c in a for a in actors for c in countries.split("|")), (paras, actors)
    assert not any(avoid in a for a in actors), (paras, actors)


def test_settlers_beside_a_peopled_town_abroad_stay_a_fallback(extractor):
    rows = _rows(extractor, "Settlers burned two huts near Santarem on Tuesday; police detained three men.")
    assert rows and not any("Israel" in a for a in _actors(rows) if a != "Settlers (Israel)"), _actors(rows)
