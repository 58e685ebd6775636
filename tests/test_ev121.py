"""(ev121, issue 10) The document's country: a translation note's language is no country cue ("Translated from
Russian" above the dateline, "Translated from French" before a paragraph that opens with "Police"); a demonym
describing people ("a Tunisian waiter", "an Egyptian driver") counts only when no place of the text names a country;
an identity actor tied to its countries ("settlers": Israel) names its country only in a story that names one of
them. Own variant sentences; near misses keep their countries."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)


def _rows(extractor, paras):
    return run(extractor, [paras] if isinstance(paras, str) else paras, ref=REF)


def _actors(rows) -> list[str]:
    return [a for r in rows for a in (r["actor1"], r["actor2"]) if a]


def _all_of(extractor, paras, country: str, avoid: str):
    """Every row's actors that carry a country carry `country`, none `avoid`."""
    rows = _rows(extractor, paras)
    actors = _actors(rows)
    assert rows, paras
    assert any(country in a for a in actors), (paras, actors)
    assert not any(avoid in a for a in actors), (paras, actors)


# (a) a translation / source note names a language, not where the story is
TRANSLATED = [
    (
        ["09.03.2026 · 11:40 · Translated from Russian", "NARYN — Police detained 16 protesters in Naryn on Monday."],
        "Kyrgyzstan",
        "Russia",
    ),
    (["Translated from French", "Police fired tear gas at protesters in Kenitra on Monday."], "Morocco", "France"),
    (
        ["Translated from the Russian edition", "Police arrested nine demonstrators in Karakol on Monday."],
        "Kyrgyzstan",
        "Russia",
    ),
    (
        [
            "Updated: 10 March | Reporter: staff | Translated from Russian",
            "Police dispersed a rally in Tiraspol on Monday.",
        ],
        "Moldova",
        "Russia",
    ),
    (["Translated from Spanish", "Soldiers clashed with gunmen near Tumaco on Monday."], "Colombia", "Spain"),
    (
        ["Translated from the Portuguese original", "Police arrested 11 miners in Nampula on Monday."],
        "Mozambique",
        "Portugal",
    ),
    (
        ["Translated from Arabic by the web desk", "Gunmen attacked a checkpoint near Sabha on Monday."],
        "Libya",
        "Saudi",
    ),
    (["Police detained eight traders in Osh on Monday.", "Originally published in Russian."], "Kyrgyzstan", "Russia"),
]


# (b) a demonym of people in a story whose towns name another country
DEMONYM = [
    ("Police in Malaga arrested three men after a Tunisian waiter was beaten on Monday.", "Spain", "Tunisia"),
    (
        [
            "Police in Almeria detained four men after a brawl on Monday.",
            "A 20-year-old Algerian man was treated for cuts.",
        ],
        "Spain",
        "Algeria",
    ),
    ("Armed men abducted a Nigerian trader in Kumasi on Monday.", "Ghana", "Nigeria"),
    ("Gunmen kidnapped an Egyptian lorry driver near Sabha on Monday.", "Libya", "Egypt"),
    ("Police in Lyon arrested two men after a Senegalese vendor was stabbed on Monday.", "France", "Senegal"),
    ("Gunmen robbed three Chinese shopkeepers in Kumasi on Monday night.", "Ghana", "China"),
    (
        "Police in Durban arrested 14 people after a mob beat Mozambican hawkers on Monday.",
        "South Africa",
        "Mozambique",
    ),
    (
        "Unknown men shot a Syrian farmhand near Izmir on Monday, and police in Izmir detained two suspects.",
        "Turkey",
        "Syria",
    ),
]


# (c) "settlers" outside Israel's and Palestine's stories: the other actors and the places keep the story's country
SETTLERS = [
    ("Armed settlers attacked a Miskito community near Puerto Lempira on Monday; police arrested two men.", "HND"),
    ("Settlers clashed with estate workers near Riberalta on Monday, and police detained nine people.", "BOL"),
    ("Settlers burned three houses of an indigenous village near Iquitos on Monday; police arrested four.", "PER"),
    ("Gunmen shot at settlers clearing a forest near Puerto Lempira on Monday.", "HND"),
]


def _settlers(extractor, line: str, iso3: str):
    rows = _rows(extractor, line)
    actors = [a for a in _actors(rows) if a != "Settlers (Israel)"]
    assert rows and {r["iso3"] for r in rows} == {iso3}, (line, [(r["iso3"], r["location"]) for r in rows])
    assert not any("Israel" in a for a in actors), (line, actors)


@pytest.mark.parametrize("i", range(len(TRANSLATED)))
def test_a_translation_note_names_no_country(extractor, i):
    _all_of(extractor, *TRANSLATED[i])


@pytest.mark.parametrize("i", range(len(DEMONYM)))
def test_a_peoples_demonym_does_not_move_the_story(extractor, i):
    _all_of(extractor, *DEMONYM[i])


@pytest.mark.parametrize("i", range(len(SETTLERS)))
def test_settlers_abroad_do_not_make_the_story_israels(extractor, i):
    _settlers(extractor, *SETTLERS[i])


# near misses: an actor's nationality, a soldier abroad, a demonym as the only cue, settlers at home
NEAR = [
    ("Russian forces shelled Kharkiv on Monday, killing three civilians.", "Russia"),
    ("A Ugandan soldier of the AU mission was killed in an ambush in Somalia on Monday.", "Uganda"),
    ("Police arrested 12 Kenyan traders after clashes on Monday.", "Kenya"),
    ("Gunmen abducted two Nigerian farmers on Monday, police said.", "Nigeria"),
    ("Settlers attacked Palestinian farmers near Nablus on Monday.", "Settlers (Israel)"),
    ("Israeli settlers set fire to olive trees near Hebron on Monday.", "Settlers (Israel)"),
    ("French police detained 30 protesters in Lyon on Monday.", "France"),
    ("Turkish troops shelled villages near Afrin, Syria, on Monday.", "Turkey"),
]


@pytest.mark.parametrize("i", range(len(NEAR)))
def test_near_misses_keep_their_countries(extractor, i):
    paras, country = NEAR[i]
    actors = _actors(_rows(extractor, paras))
    assert any(country in a for a in actors), (paras, actors)
