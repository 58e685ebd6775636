"""perf21's mechanisms give the answers of the code they replaced: the place-cue rules skipped by an RE2 set, the
last sentence end found by one backtracking match, the comment zone's date lines tested through a cue `Pattern`."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from newsetl.extract.components import unlisted
from newsetl.extract.components.place_cue_rules import PlaceCues, lexicon_counts, sentence_bounds
from newsetl.split import comment_lines
from newsetl.split.comment_lines import DATE_WORDS, TIME_HINT, date_only
from newsetl.split.cue_set import IndexSet

DATA = Path(unlisted.__file__).resolve().parents[2] / "data"
PIECES = [
    "in ", "at ", "near ", "the ", "village of ", "residents of ", "In ", "on ", "along ", "road between ", "town of ",
    "attacked ", "Mon 3 ", "KEY (", "outskirts of ", "A", "b", ".", ", ", "\n", "  ", "\t", "’", "“", "é", "ſ",
    "\u212a", "\u00a0", "-", "42 ", "(", ")",
]  # fmt: skip


def _windows(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def _cues() -> PlaceCues:
    return PlaceCues(
        json.loads((DATA / "place_cues.json").read_text(encoding="utf-8")),
        lexicon_counts(json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))),
    )


def test_place_cue_set_never_misses_a_rule_re_matches():
    cues = _cues()
    held = hits = 0
    for before in _windows(6000, 21):
        may = cues.before_set.may(before)
        if may is None:
            continue
        held += 1
        for i, (_, b, *_rest) in enumerate(cues.rules):
            if b.search(before):
                hits += 1
                assert i in may, (before, b.pattern)
    assert held > 1000 and hits > 100  # most windows are asked of the set (plain text)


def test_index_set_without_a_pattern_re2_takes():
    s = IndexSet([(r"(?<=x)a", False), (r"b$", True), (r"{,2}c", False)])
    assert s.may("B") == frozenset({0, 1, 2})  # a look-behind and `{,n}` are always tried
    assert s.may("zz") == frozenset({0, 2})
    assert s.may("a\nb") is None  # a line break: every pattern


def test_sentence_bounds_as_the_last_finditer_match():
    end = re.compile(r"[.!?](?=\s)|\n")

    def as_written(text: str, s: int, e: int) -> tuple[int, int]:
        lo = max((m.end() for m in end.finditer(text, max(0, s - 400), s)), default=max(0, s - 400))
        nxt = end.search(text, e, e + 400)
        return lo, nxt.start() if nxt else min(len(text), e + 400)

    rnd = random.Random(7)
    alphabet = list("ab .!?\n\t\u00a0\u2029x,Y") + [" "] * 5
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 900)))
        s = rnd.randint(0, len(text))
        e = rnd.randint(s, len(text))
        assert sentence_bounds(text, s, e) == as_written(text, s, e)


@pytest.mark.parametrize(
    "line",
    [
        "2 hours ago",
        "2 HOURS AGO",
        "Yeſterday at 10:15",
        "yesterday",
        "March 3, 2019 at 4:05 pm",
        "TODAY",
        "Posted today, I think it is wrong",
        "\u212a 2020",
        "I agree",
        "In 1990s it was",
        "",
    ],
)
def test_date_only_as_written(line):
    assert date_only(line) == (bool(TIME_HINT.search(line)) and not DATE_WORDS.sub("", line).strip())


def test_date_only_as_written_on_random_lines():
    rnd = random.Random(3)
    words = ["ago", "Ago", "today", "yeſterday", "19", "2021", "10:30", "at", "pm", "May", "the", "ſ", "é", "!"]
    for _ in range(3000):
        line = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 6)))
        expected = bool(TIME_HINT.search(line)) and not DATE_WORDS.sub("", line).strip()
        assert comment_lines.date_only(line) == expected, line
