"""Places of round ev55 (issue 10): an ordinary capitalised word is no place of another country (a number word that
opens a sentence, a plural group noun), and a known name at the end of a longer name joined
by a lower-case particle ("Laguna del X") is no place by itself. Sentences written for the tests, none copied from an
evaluation set."""

from __future__ import annotations

import re
from datetime import date

from newsetl.extract.components.place_names import _splits_a_name
from tests.extract_util import run

REF = date(2025, 8, 8)  # a Friday


def _countries(extractor, *lines: str) -> set:
    return {str(r.get("iso3")) for r in run(extractor, list(lines), ref=REF)}


def test_a_number_word_opening_a_sentence_names_no_country(extractor):
    """ "Four people died ..." in a story that names no country: not Four (France); the village stays the place."""
    line = "Four people died when youths clashed with herders near the village of Kpandai on Monday."
    assert "FRA" not in _countries(extractor, line)


def test_a_plural_group_noun_is_no_island(extractor):
    """ "we invite all Christians to pray" after a detention: no Christiansø (Denmark)."""
    lines = ("Gendarmes arrested four young men in Kpandai on Monday.", "We invite all Christians to pray for them.")
    assert "DNK" not in _countries(extractor, *lines)


def test_a_name_after_a_particle_is_part_of_the_longer_name(extractor):
    """ "inside the Laguna del Tigre park" is no El Tigre (Venezuela); "Tigre" alone still is a candidate."""
    line = "Soldiers traded shots with armed men inside the Laguna del Tigre national park on Monday."
    assert "VEN" not in _countries(extractor, line)
    toks = list(re.finditer(r"\S+", "Laguna del Tigre"))
    assert _splits_a_name(toks, 2, 3, False, frozenset({"del"}))
    assert not _splits_a_name(toks, 2, 3, False, frozenset())


def test_a_name_joined_by_two_particles_is_one_place(extractor):
    """ "Puerto de los Olivos" is one name (a village the gazetteer lacks), not "Puerto" nor "Olivos"."""
    line = "Gunmen attacked a police post near Puerto de los Olivos in Ecuador on Monday, killing two officers."
    rows = run(extractor, [line], ref=REF)
    assert {str(r["location"]) for r in rows} == {"Puerto de los Olivos"}
    toks = list(re.finditer(r"\S+", "Puerto de los Olivos"))
    assert _splits_a_name(toks, 3, 4, False, frozenset({"de", "los"}))


def test_the_kazakh_city_oral_is_kept_in_a_kazakh_story(extractor):
    # review 18c: "oral" as a stop name hid the city; a named place is kept
    line = "Police clashed with protesters in Oral, Kazakhstan, on Tuesday, detaining 30 people."
    rows = run(extractor, [line], ref=date(2026, 3, 12))
    assert rows and rows[0]["location"] == "Oral"
