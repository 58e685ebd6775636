"""Round mend18: what modules derive from the compiled rules is cached by one helper, `Rules.built`, and a pattern
list of wordlists.json is compiled by the Rules object (`Rules.patterns_rx`), never beside it. Sentences written for
the tests, none copied from an evaluation set."""

from __future__ import annotations

import dataclasses
import re

import pytest

from newsetl.extract.events.affiliation import frames
from newsetl.extract.events.fatalities import fatality_patterns
from newsetl.extract.events.property_owners import _compiled
from newsetl.extract.rules import load_rules

SENTENCES = [
    "Rioters burned the police station near the market, witnesses said.",
    "Shops were looted and a truck was set ablaze — residents fled (two were hurt).",
    "Gunmen stormed the compound, smashing its windows; they set it alight before dawn.",
    "Nothing here matches a list at all",
]


@pytest.fixture(scope="module")
def res():
    return load_rules()


def test_built_makes_each_object_once(res):
    fresh = dataclasses.replace(res)
    calls: list[str] = []

    def make(tag):
        calls.append(tag)
        return None if tag == "none" else [tag]

    first = fresh.built("test.a", lambda: make("a"))
    assert fresh.built("test.a", lambda: make("again")) is first
    assert fresh.built("test.b", lambda: make("b")) == ["b"]
    assert fresh.built("test.none", lambda: make("none")) is None
    assert fresh.built("test.none", lambda: make("none")) is None  # a None result is cached too
    assert calls == ["a", "b", "none"]


def test_built_is_per_rules_object(res):
    """A Rules made by `dataclasses.replace` (the tests' edited word lists) builds everything again."""
    one = dataclasses.replace(res)
    other = dataclasses.replace(one)
    one.built("test.x", lambda: "one")
    assert other.built("test.x", lambda: "other") == "other"
    assert one.built("test.x", lambda: "again") == "one"


def test_modules_cache_through_built(res):
    fresh = dataclasses.replace(res)
    for build in (frames, fatality_patterns, _compiled):
        assert build(fresh) is build(fresh)
    keys = set(fresh._built)
    assert {"affiliation.frames", "fatalities.fatality_patterns", "property_owners.patterns"} <= keys


def test_an_edited_list_is_compiled_again(res):
    words = {**res.words, "property_destroy_verbs": [r"\bpainted\b"]}
    edited = dataclasses.replace(res, words=words)
    assert _compiled(res).verbs.search("they painted the wall") is None
    assert _compiled(edited).verbs.search("they painted the wall") is not None


@pytest.mark.parametrize(
    "name", ["property_object_stop", "property_destroy_verbs", "property_passive_before", "property_pronoun_object"]
)
def test_patterns_rx_matches_the_plain_alternation(res, name):
    plain = re.compile("|".join(res.words[name]), re.I)
    rx = res.patterns_rx(name)
    for s in SENTENCES:
        assert [m.span() for m in rx.finditer(s)] == [m.span() for m in plain.finditer(s)]
        assert [m.span() for m in rx.finditer(s, 5, 40)] == [m.span() for m in plain.finditer(s, 5, 40)]
        got, want = rx.search(s), plain.search(s)
        assert (got and got.span()) == (want and want.span())


def test_patterns_rx_of_an_empty_list_matches_nothing(res):
    empty = dataclasses.replace(res, words={**res.words, "property_pronoun_object": []})
    assert empty.patterns_re("property_pronoun_object") is None
    rx = empty.patterns_rx("property_pronoun_object")
    assert rx.search("set it alight") is None
    assert list(rx.finditer("set it alight", 0, 5)) == []


def test_patterns_rx_of_a_misspelt_list_is_an_error(res):
    with pytest.raises(KeyError, match="property_object_stops"):
        res.patterns_rx("property_object_stops")
