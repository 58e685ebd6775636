"""Fixer round fix40 (issue 10): one victim is counted once when a pronoun names them again ("shot dead a shopkeeper
..., killing him"), and the single-victim vocabularies are word lists of wordlists.json. Sentences written for the
tests."""

from __future__ import annotations

import dataclasses
from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)


def _tolls(extractor, line):
    return [r["fatalities"] for r in run(extractor, [line], ref=REF)]


def test_a_victim_named_again_by_a_pronoun_is_counted_once(extractor):
    line = "On Tuesday, bandits shot dead a shopkeeper in Gao, killing him on the spot."
    assert _tolls(extractor, line) == [1]


def test_shot_him_dead_then_killing_him_is_one_victim(extractor):
    line = "On Tuesday, bandits raided a pharmacy in Gao and shot him dead, killing him before fleeing."
    assert _tolls(extractor, line) == [1]


def test_a_counted_man_named_again_by_a_pronoun_is_one_victim(extractor):
    line = "On Tuesday, bandits shot dead a man in Gao, killing him as he left the mosque."
    assert _tolls(extractor, line) == [1]


def test_a_pronoun_alone_is_still_one_victim(extractor):
    line = "On Tuesday, bandits broke into a pharmacy in Gao and shot him dead."
    assert _tolls(extractor, line) == [1]


def test_single_kill_verbs_are_read_from_the_word_lists(extractor):
    from newsetl.extract.events import fatalities_in

    text = "Bandits beheaded a shopkeeper in Gao."
    words = dict(extractor.res.words)
    words["single_kill_verbs"] = [*words["single_kill_verbs"], "beheaded"]
    assert fatalities_in(text, extractor.res) is None
    assert fatalities_in(text, dataclasses.replace(extractor.res, words=words)) == 1


def test_crowd_sub_types_with_a_state_party_are_a_word_list(extractor):
    assert "Violent demonstration" in extractor.res.wordset("crowd_state_party_sub_types")
