"""(fix42) Headings written in capitals: a clause in capitals is a heading only with a heading's evidence.

A heading carries a label noun (`caps_heading_label_words`: BULLETIN, REPORT, UPDATE ...) or a number label
("No. 6/2026"), or has no day and no count (`caps_sentence_count_words`, digits). A clause in capitals of sentence
length that ends as a sentence, with a verb in a past form, and a day or a count, is a sentence, never a heading:
"POLICE ARRESTED TWO SUSPECTS IN BAMA ON TUESDAY." reports an event; "BORNO: GUNMEN KILL FOUR FARMERS IN BAMA"
(a count, no label) is a headline that reports one too."""

from __future__ import annotations

import re

CAPS_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
NUMBER_LABEL = re.compile(r"\bNos?\.?\s*\d")
SENTENCE_END = re.compile(r"[.!?]['’\"]?\s*$")
SENTENCE_WORDS = 6


def _words(stext: str) -> list[str]:
    return [w for w in CAPS_WORD.findall(stext) if w not in ("No", "Nos")]


def _has_day_or_count(stext: str, words: list[str], counts: frozenset) -> bool:
    return any(c.isdigit() for c in NUMBER_LABEL.sub(" ", stext)) or any(w in counts for w in words)


def caps_heading(stext: str, labels: frozenset = frozenset(), counts: frozenset = frozenset()) -> bool:
    """A clause written in capitals (three words or more; "No" of a number aside) with a heading's evidence."""
    words = _words(stext)
    if len(words) < 3 or not all(w.isupper() for w in words):
        return False
    day_or_count = _has_day_or_count(stext, words, counts)
    past_verb = any(len(w) > 3 and w.endswith("ED") for w in words)
    if day_or_count and past_verb and len(words) >= SENTENCE_WORDS and SENTENCE_END.search(stext):
        return False  # a sentence in capitals: "SOLDIERS REPELLED AN ATTACK ... ON TUESDAY, KILLING TEN INSURGENTS."
    if NUMBER_LABEL.search(stext) or any(w in labels for w in words):
        return True  # "RIGHTS MONITOR — DETENTION BULLETIN No. 4/2025 — BORNO STATE — 11 MARCH 2025"
    return not day_or_count
