"""Token attributes as plain lists, read once per document, so a rule that looks for a few words can visit only the
tokens holding them instead of building a spaCy `Token` for every token of the article (`for tok in doc`).

`lower_of(doc)` / `orth_of(doc)` are the LOWER / ORTH hashes of every token (a Doc's tokens never change after
tokenization: no component retokenizes); `hashes(words)` is the hash set of a word list. A prefilter built from them
selects a superset of the tokens a rule can fire on; the rule's own test then runs on those tokens unchanged, so the
result is the same as the full loop's.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LOWER, ORTH
from spacy.strings import hash_string  # type: ignore[attr-defined]

KEY = "newsetl.token_attrs"


def _attrs(doc) -> tuple[list[int], list[int]]:
    got = doc.user_data.get(KEY)
    if got is None or len(got[0]) != len(doc):
        arr = doc.to_array([LOWER, ORTH]) if len(doc) else None
        got = ([], []) if arr is None else (arr[:, 0].tolist(), arr[:, 1].tolist())
        doc.user_data[KEY] = got
    return got


def lower_of(doc) -> list[int]:
    return _attrs(doc)[0]


def orth_of(doc) -> list[int]:
    return _attrs(doc)[1]


def word_hash(word: str) -> int:
    """The hash spaCy stores for a string (a token's LOWER / ORTH value)."""
    return hash_string(word)


def hashes(words: Iterable[str]) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


def positions(values: list[int], wanted: frozenset[int]) -> list[int]:
    """Indices i with values[i] in `wanted`, in order."""
    if wanted.isdisjoint(values):  # most documents hold none: one pass in C, no Python loop
        return []
    return [i for i, v in enumerate(values) if v in wanted]
