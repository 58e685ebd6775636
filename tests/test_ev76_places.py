"""Round ev76 (places and dates that transfer). Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

import pytest

from newsetl.extract.rules import package_data_dir
from tests.extract_util import run

REF = date(2026, 8, 21)  # a Friday

COMPONENTS = Path(__file__).resolve().parents[1] / "include" / "newsetl" / "extract" / "components"


class _Owner:
    """Stands for UnlistedPlaces: a trigger ends before every name; no organisation or landmark words."""

    org_words: set[str] = set()
    landmarks: frozenset[str] = frozenset()

    def _trigger_before(self, text, s):
        return True

    def _trigger_after(self, text, e, within):
        return False


def _cues():
    from newsetl.extract.components.place_cue_rules import PlaceCues, lexicon_counts

    data = json.loads((package_data_dir() / "place_cues.json").read_text(encoding="utf-8"))
    lexicon = json.loads((package_data_dir() / "lexicon.json").read_text(encoding="utf-8"))
    return PlaceCues(data, lexicon_counts(lexicon))


def test_the_cue_match_gives_the_name_beside_the_spot():
    """(ev76) The rule that cues "at X in Y" gives Y from the same match (once), and the plain rule name via `match`."""
    cues = _cues()
    for text, beside in (
        ("Gunmen killed three farmers at Kwanar Dutse in Gusau Local Government on Monday.", "Gusau Local Government"),
        ("Police arrested ten protesters at Tudun Wada near Zaria.", "Zaria"),
    ):
        s = text.index(" at ") + 4
        e = s + len(" ".join(text[s:].split()[:2]))
        hit = cues.hit(_Owner(), text, s, e, text[max(0, s - 45) : s], text[e : e + 90])
        assert hit is not None and hit.rule == "at_place_in_place" and hit.beside == beside, hit
        assert cues.match(_Owner(), text, s, e, text[max(0, s - 45) : s], text[e : e + 90]) == hit.rule
    text = "Residents of Gobalo marched to the district office on Monday."
    s = text.index("Gobalo")
    hit = cues.hit(_Owner(), text, s, s + 6, text[:s], text[s + 6 :])
    assert hit is None or hit.beside is None


def test_the_place_finder_reads_no_private_name_of_the_unlisted_places():
    """(ev76) components/places.py asks `UnlistedPlaces` through its public methods only (`beside`, not `_known`)."""
    tree = ast.parse((COMPONENTS / "places.py").read_text(encoding="utf-8"))
    private = {
        n.attr
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute)
        and n.attr.startswith("_")
        and not n.attr.startswith("__")
        and isinstance(n.value, ast.Attribute)
        and n.value.attr == "unlisted"
    }
    assert private == set(), private


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("GILGIT: Police arrested four men at Thalpan village of Diamer district on Friday.", "Thalpan"),
        ("Bandits raided Dan Gulbi village of Maru Local Government Area in Zamfara State on Tuesday.", "Dan Gulbi"),
        ("Gunmen killed three farmers in Kwanar village of Gusau district on Wednesday.", "Kwanar"),
        ("CHILAS: Unknown men torched a school in Gumari village of the Darel valley on Thursday night.", "Gumari"),
    ],
)
def test_a_village_of_a_named_unit_is_the_place(extractor, line, place):
    """(ev76) "X village of Y district / mandal / the Y valley": X is the place, Y the unit it lies in (it used to be
    read as "the Euphrates River town of Mayadin", X qualifying Y, so Y took the event)."""
    assert [r["location"] for r in run(extractor, [line], date(2026, 10, 3))] == [place]


def test_a_qualifier_before_town_of_still_leaves_the_town(extractor):
    rows = run(extractor, ["Islamic State fighters attacked the Euphrates River town of Mayadin on Thursday."], REF)
    assert [r["location"] for r in rows] == ["Al Mayadin"]


@pytest.mark.parametrize(
    ("paragraphs", "day"),
    [
        (
            [
                "Thousands of teachers marched in Jujuy on Thursday evening to the legislature.",
                "The night before, in Palpala, a group of people hurled stones at the offices of the ruling party.",
            ],
            "2026-08-19",
        ),
        (
            ["The army said on Wednesday that its drones had destroyed a rebel convoy near Kosti the previous night."],
            "2026-08-18",
        ),
        (["Police said on Monday that they had detained four suspects in Bauchi the previous night."], "2026-08-16"),
        (["Farmers in Kafanchan said armed herders raided their village the preceding night."], "2026-08-20"),
    ],
)
def test_the_previous_night_is_the_day_before_its_anchor(extractor, paragraphs, day):
    """(ev76) "the previous night" / "the night before" / "the preceding night": the day before the last day its own
    sentence named before it, else before the story's last day, else before the reference day."""
    rows = run(extractor, paragraphs, REF)
    assert rows and str(rows[-1]["event_date"]) == day, rows


def test_the_night_before_in_a_relative_clause_leaves_the_main_event_its_day(extractor):
    """(ev76) "arrested three men who stole cattle the night before": the theft's night, not the arrest's day."""
    line = (
        "Police in Kirkuk said on Thursday they had arrested three men who stole cattle from a farm the night before."
    )
    rows = [r for r in run(extractor, [line], REF) if r["sub_event_type"] == "Arrests"]
    assert [str(r["event_date"]) for r in rows] == ["2026-08-20"], rows


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("GULU — Armed men attacked traders heading to Uganda at Bibia on Tuesday, killing two.", "Bibia"),
        ("MAIDUGURI — Soldiers clashed with insurgents on Tuesday at Kirchinga, a village in Madagali.", "Kirchinga"),
    ],
)
def test_a_name_after_a_spaced_at_is_no_part_of_the_name_before(extractor, line, place):
    """(ev76) "on Tuesday at X", "to Uganda at X": "at" with spaces is the English preposition (wordlists.json
    `place_connect_hyphen_only`), so X is no tail of "Tuesday at X" / "Uganda at X" and stays a place of its own."""
    assert [r["location"] for r in run(extractor, [line], date(2026, 10, 27))] == [place]


def test_a_hyphenated_article_still_joins_a_name():
    from newsetl.extract.components.place_seqs import name_seq

    rx = name_seq(["de"], ["at", "as", "an"])
    assert [m.group(0) for m in rx.finditer("Airstrikes hit Tall at-Tamr on Monday at Kobani.")] == [
        "Airstrikes",
        "Tall at-Tamr",
        "Monday",
        "at Kobani",  # (a leading article stays the sequence's own; the places component strips it)
    ]
