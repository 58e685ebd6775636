"""Round fix93 (review 24d's open should-fix items and its must-fix 3): one placeholder filler (`filled.py`), passive
roles of a crowd fired upon, vocabulary kept in one list, tests that can fail."""

from __future__ import annotations

import re

import pytest

from newsetl.extract.events import filled


class _Stub:
    """The two members of Rules the filler reads."""

    def __init__(self, words: dict) -> None:
        self.words = words

    def built(self, key, make):
        return make()


FORCES = {"crowd_force_clash": {"force": ["police", "security forces"], "force_one": ["soldier"]}}


def test_a_misspelt_placeholder_raises():
    res = _Stub({**FORCES, "acts": [r"\b{forces}\s+fired\b"]})
    with pytest.raises(KeyError):
        filled.filled_rx(res, "acts")


def test_a_placeholder_of_an_empty_list_raises():
    res = _Stub({"heads": [], "acts": [r"\btook\s+{heads}\b"]})
    with pytest.raises(ValueError):
        filled.filled_rx(res, "acts")


def test_one_filler_for_word_and_fragment_placeholders():
    res = _Stub({**FORCES, "heads": ["(?:school)?teachers?"], "acts": [r"\b{force}\s+took\s+{heads}\b"]})
    rx = filled.filled_rx(res, "acts")
    assert rx.search("Security  forces took schoolteachers away") is not None
    assert rx.search("police took soldiers") is None
    assert filled.filled_re(_Stub({"acts": []}), "acts") is None
    assert filled.filled_rx(_Stub({"acts": []}), "acts").search("anything") is None


def test_the_crowd_rules_read_the_one_filler(extractor):
    res = extractor.res
    for name in ("self_dispersal_force_patterns", "crowd_force_them_subject_patterns"):
        pats = filled.filled_patterns(res, name)
        assert pats and not any(re.search(r"\{[a-z_]+\}", p) for p in pats), name
    assert filled.filled_rx(res, "crowd_force_them_subject_patterns").search("Riot police then ") is not None
