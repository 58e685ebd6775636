"""(clean26) One alternation helper: `Rules.alternation` (rules.py), used by inner_names.py and place_cue_rules.py,
which had restated it (an empty list gave "", and `\\b(?:)` matches everywhere)."""

from __future__ import annotations

import json
import re

import pytest

from newsetl.extract.components import inner_names, place_cue_rules
from newsetl.extract.components.place_cue_rules import PlaceCues
from newsetl.extract.rules import Rules, package_data_dir

HELPERS = {
    "rules": Rules.alternation,
    "rules_lower": lambda ws: Rules.alternation(ws, lower=True),
    "place_cue_rules": place_cue_rules.alternation,
    "inner_names": inner_names._alternation,
}


def _data(name: str) -> dict:
    return json.loads((package_data_dir() / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(HELPERS))
@pytest.mark.parametrize("empty", [[], (), ["", "  "]])
def test_an_empty_list_never_matches(name, empty):
    rx = re.compile(rf"\b(?:{HELPERS[name](empty)})", re.I)
    for text in ("", "a", "Colonel Oduya said", " "):
        assert rx.search(text) is None


def _old_place_cue_alternation(words):
    """place_cue_rules.alternation as it was before clean26 (frozen here, so the comparison can fail)."""
    forms = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in forms)


def _old_inner_alternation(words):
    """inner_names._alternation as it was before clean26 (a phrase's space one literal space)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _alternatives(pattern: str) -> set[str]:
    return set(pattern.replace(r"\ ", r"\s+").split("|")) if pattern else set()


def test_the_helpers_agree_with_the_code_they_replaced_on_real_lists():
    words, cues = _data("wordlists.json"), _data("place_cues.json")
    lists = {k: v for k, v in {**words, **cues}.items() if isinstance(v, list) and v and isinstance(v[0], str)}
    assert len(lists) > 100
    for v in lists.values():
        assert _alternatives(place_cue_rules.alternation(v)) == _alternatives(_old_place_cue_alternation(v))
    for key in ("person_name_nouns", "person_titles", "compound_name_prefixes"):  # the lists inner_names reads
        assert _alternatives(inner_names._alternation(words[key])) == _alternatives(_old_inner_alternation(words[key]))
        rx = re.compile(rf"(?:{inner_names._alternation(words[key])})")
        assert all(rx.fullmatch(w) for w in words[key])


def test_a_phrase_matches_across_any_white_space_and_lower_keeps_case_sensitive_patterns_lower():
    alt = Rules.alternation(["Opposition Leader", "Mr"], lower=True)
    rx = re.compile(rf"\b(?:{alt})\b")
    assert rx.fullmatch("opposition \n leader") and rx.fullmatch("mr")
    assert not rx.search("Mr")  # a case-sensitive pattern of the lower-cased words


def test_a_place_cue_placeholder_without_words_still_raises():
    rule = {"name": "clean26_probe", "before": r"\b(?:{counts})\s+of\s+$"}
    with pytest.raises(ValueError, match="no words for"):
        PlaceCues({**_data("place_cues.json"), "rules": [rule]}, counts=())


def test_reporting_subject_not_after_reads_the_place_prepositions_without_restating_them():
    from newsetl.extract.events.role_defaults import _after_preposition
    from newsetl.extract.rules import load_rules

    words = _data("wordlists.json")
    assert not set(words["reporting_subject_not_after"]) & set(words["ner_place_prepositions"])
    rx = _after_preposition(load_rules())
    for prep in (*words["ner_place_prepositions"], *words["reporting_subject_not_after"]):
        assert rx.search(f"Residents {prep} the old "), prep
    assert not rx.search("Residents of the old mining town ")  # more than two words after the preposition
    assert not rx.search("The villagers ")
