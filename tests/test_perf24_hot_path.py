"""perf24: the extraction hot path reads a trigger's text from the document's text, compiles word-list patterns once
per Rules and skips the token scan for ordinal words when none occurs; each gives what the slower form gave."""

from __future__ import annotations

import dataclasses
import re

import pytest
import spacy

from newsetl.extract.components.actors import _ordinal_word_in
from newsetl.extract.events.actor_context import _coordinated_gaps
from newsetl.extract.events.attribution import _object_determiner_re, speech_barrier
from newsetl.extract.rules import load_rules
from newsetl.extract.text_cache import span_text

TEXT = "Gunmen  attacked the\n\nvillage of  Kuda on Monday, killing three.\n  Troops of the Sixth Brigade  responded ."


def test_span_text_is_the_spans_own_text():
    doc = spacy.blank("en")(TEXT)
    for i in range(len(doc)):
        for j in range(i + 1, min(len(doc), i + 6) + 1):
            assert span_text(doc[i:j]) == doc[i:j].text


def test_ordinal_words_are_found_only_when_a_token_is_one():
    nlp = spacy.blank("en")
    ordinals = {"sixth", "first"}
    assert _ordinal_word_in(nlp(TEXT), TEXT, ordinals)
    text = "The firstborn son and the Firsts club played."  # the word inside longer tokens only
    assert not _ordinal_word_in(nlp(text), text, ordinals)
    text = "Nothing numbered here."
    assert not _ordinal_word_in(nlp(text), text, ordinals)


def test_word_list_patterns_are_compiled_once_per_rules_and_follow_edited_lists():
    res = load_rules()
    gaps = _coordinated_gaps(res)
    assert gaps is _coordinated_gaps(res) and all(isinstance(g, re.Pattern) for g in gaps)
    assert [g.pattern for g in gaps] == res.words["coordinated_anaphor_gaps"]
    det = _object_determiner_re(res)
    assert det is _object_determiner_re(res)
    words = {**res.words, "speech_object_determiners": ["the"], "coordinated_anaphor_gaps": [r"\s+and\s+the\s+"]}
    edited = dataclasses.replace(res, words=words)
    assert [g.pattern for g in _coordinated_gaps(edited)] == [r"\s+and\s+the\s+"]
    assert _object_determiner_re(edited).match(" the pickup") and not _object_determiner_re(edited).match(" a pickup")
    missing = dataclasses.replace(res, words={k: v for k, v in res.words.items() if k != "coordinated_anaphor_gaps"})
    with pytest.raises(KeyError):
        _coordinated_gaps(missing)


def test_speech_barrier_after_an_object_and_after_a_report():
    res = load_rules()
    found = "Soldiers found the burned-out pickup and detained three men."
    assert speech_barrier(found, found.index("detained"), res) is None
    said = "The army said gunmen attacked the village."
    assert speech_barrier(said, said.index("attacked"), res) == said.index("said") + len("said")
