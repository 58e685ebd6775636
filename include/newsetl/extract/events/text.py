"""Clause bounds, verb shapes and other text helpers shared by the event modules."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ...regex_guard import guarded

CLAUSE_SPLIT = re.compile(r"[;:—()]|,(?!\d)|\bwhich\b|\bwho\b|\bwhere\b|\bwhen\b|\bafter\b|\bbefore\b|\bas\b")


@lru_cache(maxsize=4096)
def rx_of(pattern: str, flags: int = 0) -> re.Pattern:
    """(perf31) `re.compile(pattern, flags)` kept for a pattern built from a text's word (a place name, a noun): such
    patterns, hundreds a run, pushed the rules' own patterns out of `re`'s cache of 512 (each then compiled again)."""
    return re.compile(pattern, flags)


def word_rx(word: str) -> re.Pattern:
    """(perf31) `word` as a whole word, case-insensitive (`rx_of`: compiled once)."""
    return rx_of(rf"\b{re.escape(word)}\b", re.I)


@lru_cache(maxsize=64)
def _clause_splits(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause separators of `text` (sorted, disjoint), found once per sentence text."""
    starts, ends = [], []
    for m in CLAUSE_SPLIT.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around `pos`: from the end of the last separator ending at or before `pos` to the start of the
    first separator starting at or after it (a separator spanning `pos` bounds neither side)."""
    starts, ends = _clause_splits(text)
    k = bisect_right(ends, pos)
    j = bisect_left(starts, pos)
    return (ends[k - 1] if k else 0), (starts[j] if j < len(starts) else len(text))


VERB_LIKE = re.compile(
    r"(ed|ing)$|^(struck|shot|hit|seized|took|overran|overrun|blew|fought|stormed|shelled|bombed|killed|"
    r"captured|recaptured|retook|dispersed|torched|looted|set|met|signed|held)$",
    re.I,
)


@lru_cache(maxsize=4096)
def past_verb_text(text: str) -> bool:
    """A word of `text` that is a verb but no gerund ("killed", "shot"; not "killing"): (perf28) one answer per trigger
    text, kept, instead of a regex per word at each of the ~10 filters that ask it for each trigger candidate."""
    return any(VERB_LIKE.search(w) and not w.lower().endswith("ing") for w in text.split())


def governing_past_verb(stext: str, rel: int, irregular: frozenset) -> bool:
    """A past-tense verb shortly before a nominal trigger in its clause ("removed a high number of IEDs",
    "carried out a raid"): the sentence reports a completed act, not a state or a plan."""
    c0, _ = clause_bounds(stext, rel)
    words = re.findall(r"[A-Za-z]+", stext[max(c0, rel - 50) : rel])[-6:]
    return any((w.lower().endswith("ed") and len(w) > 4) or w.lower() in irregular for w in words)


AGGREGATE_RE = guarded(
    re.compile(
        r"\b(since\s+(?:the\s+)?(?:19|20)\d\d|since\s+the\s+(?:start|beginning)|so\s+far\s+this\s+year|in\s+total|a\s+total\s+of|"
        r"record\s+numbers|has\s+recorded|have\s+recorded|over\s+the\s+past\s+(?:year|decade|months|years)|death\s+toll\s+since|"
        r"since\s+(?:(?:early|late|mid)[-\s])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d|\b)|since\s+\d{1,2}\s+[A-Z][a-z]+|since\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}(?:began|started|erupted|broke\s+out)|hundreds\s+of\s+thousands|tens\s+of\s+thousands\s+of\s+people\s+have|"
        r"every\s+(?:day|week|month)|each\s+(?:day|week)|repeatedly|regularly|(?:several|many|multiple|numerous|countless)\s+times|"
        r"for\s+years|in\s+recent\s+(?:years|months|weeks|days)|(?:this|last)\s+(?:week|month|year)\s+alone|"
        r"in\s+the\s+(?:first|past|last)\s+(?:\w+\s+)?(?:days|weeks|months|quarter|half)|killed\s+or\s+(?:injured|wounded))\b",
        re.I,
    )
)


RUNNING_TOTAL = re.compile(
    r"\b(?<!\bto\s)(?:have|has)\s+(?:now\s+|so\s+far\s+|since\s+)?(?:been\s+)?(?:killed|wounded|injured|displaced|arrested|detained|abducted|kidnapped)\b",
    re.I,
)


def number_value(tok: str, numbers: dict[str, int]) -> int | None:
    t = tok.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    if t in numbers:
        return int(numbers[t])
    if "-" in t:
        parts = t.split("-")
        if all(p in numbers for p in parts):
            return sum(int(numbers[p]) for p in parts)
    return None
