"""Round ev76 (places and dates that transfer). Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from newsetl.extract.rules import package_data_dir

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
