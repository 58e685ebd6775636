"""(fix89) Pattern lists of wordlists.json that share a fragment list through a placeholder: `{name}` in a pattern
stands for the alternation of the fragments of the list `name` ("{taken_person_heads}": "people", "(?:school)?teachers?",
...), so that two lists that read the same nouns keep one copy of them. A misspelt placeholder is a KeyError."""

from __future__ import annotations

import re

from ..rules import Rules

PLACEHOLDER = re.compile(r"\{([a-z][a-z_]*)\}")


def filled_patterns(res: Rules, name: str) -> list[str]:
    """The patterns of the list `name` with each `{list}` placeholder replaced by that list's fragments as one group."""

    def fill(m: re.Match) -> str:
        return "(?:" + "|".join(res.words[m.group(1)]) + ")"

    return [PLACEHOLDER.sub(fill, p) for p in res.words[name] if p]


def filled_re(res: Rules, name: str, flags: int = re.I) -> re.Pattern | None:
    """`filled_patterns` of `name` as one alternation, compiled once per Rules (None for an empty list)."""

    def make() -> re.Pattern | None:
        pats = filled_patterns(res, name)
        return re.compile("|".join(f"(?:{p})" for p in pats), flags) if pats else None

    return res.built(("filled.re", name, flags), make)


def filled_search(res: Rules, name: str, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The first case-insensitive match of the filled list `name` in text[pos:endpos]; None when nothing matches."""
    rx = filled_re(res, name)
    return None if rx is None else rx.search(text, pos, len(text) if endpos is None else endpos)
