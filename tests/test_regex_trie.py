"""Trie-shaped alternations (regex_trie.py) find exactly the matches of the pattern as written."""

from __future__ import annotations

import random
import re

import pytest

from newsetl.regex_trie import compile_trie, rewrite

PATTERNS = [
    (r"\b(said|says|say|told|sources said|officials?|warns?)\b", 0),
    (r"\b(new|new york|news agency|newer post)", 0),
    (r"^(reply|report|quote|\d+\s+likes?|like\s*·\s*reply.*)$", re.I),
    (r"(?<![\w-])(?:al\-shabaab|al\s+qaeda|Al\s+Nusra|army|Army\s+chief|ambush)(?![\w-])", re.I),
    (r"\b(a|ab|abc|(x|xy)z|b+c|kk)\b", re.I),
    (r"\b(jan|june|july|jul)[a-z]*\.?\s+(?P<day>\d{1,2})", re.I),
]
TEXTS = [
    "Officials said on Monday that the army chief warned of an Ambush; sources said nothing.",
    "NEW YORK news agency: newer post, new yorker",
    "Reply",
    "12 likes",
    "Like · Reply 3",
    "al-Shabaab and AL QAEDA, Al Nusra and the Army Chief",
    "ab abc xz xyz bbbc KK \u212a\u212a a",  # Kelvin sign folds to k under IGNORECASE
    "June 4 and jul. 12, JANUARY 3",
]


def _matches(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_same_matches_as_written(pattern, flags):
    trie = compile_trie(pattern, flags)
    assert trie.pattern != pattern  # the rewrite applies to these patterns
    plain = re.compile(pattern, flags)
    rnd = random.Random(11)
    alphabet = "abcxyzkKsnewyorkljuty .-\u212a1234"
    texts = TEXTS + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        assert _matches(trie, text) == _matches(plain, text), text


def test_branches_grouped_in_written_order():
    # "says" before "say" stays so (first written branch wins), "told" keeps its own group
    assert rewrite("said|says|say|told") == "s(?:a(?:id|y(?:s|)))|told"
    # a branch that does not start with a plain literal is never moved past others
    assert rewrite("ab|[a-z]c|ad") == "ab|[a-z]c|ad"
    # under IGNORECASE, A and a start the same matches: one group, lower-cased
    assert rewrite("Ab|ac", ci=True) == "a(?:b|c)"


def test_unsafe_patterns_left_as_written():
    for pattern in (r"(a)b|(a)c\1", r"(?i)ab|ac", r"(?P<x>a)b|(?P=x)c"):
        assert compile_trie(pattern).pattern == pattern
