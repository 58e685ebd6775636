"""perf28's shortcuts give the answers of the code they replaced: the trigger's verb test kept per text
(`text.past_verb_text`), the day gap's sentence looked up only when an "after" ends near the trigger
(`day_gap.GAP_END_RE`), and a speech-dated twin's cheap tests first (`speaker_places.speech_dated_twin`).
Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path

from newsetl.extract.events import day_gap, speaker_places
from newsetl.extract.events.text import VERB_LIKE, past_verb_text
from tests.extract_util import run

DATA = Path(day_gap.__file__).resolve().parents[2] / "data"
WORDS = [
    "killed", "Killed", "KILLED", "killing", "KILLING", "shot", "Shot", "struck", "attack", "attacks", "shooting",
    "Kidnapping", "raid", "set", "held", "met", "seized", "looted", "torched", "ambushed", "clashes", "sing", "bed",
    "ed", "ing", "ſhot", "\u212aILLED", "fought", "blew", "overran", "-", "dead", "protest", "protested",
]  # fmt: skip


def _old_past_verb(text: str) -> bool:
    return any(VERB_LIKE.search(w) and not w.lower().endswith("ing") for w in text.split())


def test_past_verb_text_answers_as_the_regex_per_word():
    rnd = random.Random(28)
    for _ in range(20000):
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 4)))
        assert past_verb_text(text) == _old_past_verb(text), text


def _gap_rx():
    pats = json.loads((DATA / "wordlists.json").read_text(encoding="utf-8"))["day_gap_patterns"]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I)


PIECES = [
    "a day after ", "two days after ", "3 days after ", "The day after ", "one day AFTER ", "six Days After ",
    "less than a day after ", "days after", "afterwards ", "after ", "the ", "gunmen ", "attacked ", ", ", ". ",
    "\n", "  ", "ſ", "\u212a", "killed ", "Kisongo ", "on Tuesday ", "x" * 40,
]  # fmt: skip


def test_every_gap_match_ends_with_the_guard_word():
    """The guard's premise: a match of `day_gap_patterns` ends with "after" (any case), so none ends within the
    window the guard finds no "after" in."""
    rx = _gap_rx()
    rnd = random.Random(11)
    seen = 0
    for _ in range(20000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 12)))
        for m in rx.finditer(text):
            seen += 1
            assert day_gap.GAP_END_RE.fullmatch(text, m.end() - len(day_gap.GAP_END), m.end()), text
    assert seen > 1000


REF = date(2025, 8, 8)
FILLER = ["", "in the early hours ", "in the early hours of a cold and windy morning on the outskirts of the town "]


def _articles() -> list[list[str]]:
    """A gap of days at various distances before its trigger (around MAX_GAP_CLAUSE characters)."""
    out = []
    for fill in FILLER:
        for pad in range(0, 60, 7):
            out.append(
                [
                    "Gunmen attacked a police post in Kisongo on Wednesday, killing two officers, police said.",
                    f"Residents fled the area two days after gunmen {fill}{'and ' * (pad // 4)}torched a market in "
                    f"Malindi, and soldiers {fill}shot dead three suspects near Kilifi.",
                    f"A day after the attack, {fill}police arrested four men in Kisongo.",
                ]
            )
    return out


def test_day_gap_guard_changes_no_event(extractor, monkeypatch):
    got = [run(extractor, paras, ref=REF) for paras in _articles()]
    monkeypatch.setattr(day_gap, "GAP_END_RE", re.compile(""))  # matches everywhere: every sentence looked up
    assert [run(extractor, paras, ref=REF) for paras in _articles()] == got


def test_speech_twin_cheap_tests_first_change_no_event(extractor, monkeypatch):
    paras = [
        "Army jets struck a depot in Wadi Sira on Monday, killing four fighters, officials said.",
        "The defence ministry said on Tuesday that jets had struck a depot in Wadi Sira.",
        "Officials said jets struck a depot in Wadi Sira, and soldiers said jets struck it again.",
    ]
    got = run(extractor, paras, ref=REF)
    calls = []
    barrier = speaker_places.speech_barrier
    monkeypatch.setattr(speaker_places, "speech_barrier", lambda *a: calls.append(a) or barrier(*a))
    assert run(extractor, paras, ref=REF) == got
    assert calls  # the clause with a day still reads its barrier
