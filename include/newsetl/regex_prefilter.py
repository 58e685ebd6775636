"""Literal prefilters for regular expressions: strings one of which every match must contain.

`re` scans a text position by position for a pattern such as `\\b(last week|the previous week)\\b`; testing first
whether the text contains "week" at all (`str.__contains__`, a fast substring search) lets a text without it skip
the scan. `required(pattern)` derives such a set from the parsed pattern, so prefiltered matching finds exactly
the matches of the pattern: a text containing none of the strings cannot match. None when the pattern has no
mandatory literal (or parses into something this module does not follow).
"""

from __future__ import annotations

import re
from typing import Any

from . import regex_store

MAX_STRINGS = 12  # more alternatives than this cost more `in` tests than the scan they would save


def _best(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _seq(items: list[Any]) -> frozenset[str] | None:
    from re import _constants as c  # type: ignore[attr-defined]

    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _best(best, frozenset(["".join(run)]))
            run = []
        sub: frozenset[str] | None = None
        if op is c.SUBPATTERN:
            sub = None if av[1] & re.IGNORECASE else _seq(list(av[-1]))  # (?i:...) matches other cases too
        elif op is c.BRANCH:
            parts = [_seq(list(b)) for b in av[1]]
            sub = None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _seq(list(av[2]))
        elif op is c.ATOMIC_GROUP:
            sub = _seq(list(av))
        best = _best(best, sub)  # anything else (classes, assertions, optional parts) requires nothing
    if run:
        best = _best(best, frozenset(["".join(run)]))
    return best


def required(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains (None: no such set of at most MAX_STRINGS).
    Only for case-sensitive patterns (a case-insensitive literal matches other cases too)."""
    if pattern.flags & re.IGNORECASE:
        return None
    return regex_store.derived("required", (pattern.pattern, pattern.flags), lambda: _required(pattern))


def _required(pattern: re.Pattern) -> frozenset[str] | None:
    try:
        from re import _parser  # type: ignore[attr-defined]

        req = _seq(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - a pattern this module cannot follow is used without a prefilter
        return None
    if not req or len(req) > MAX_STRINGS or "" in req:
        return None
    return req


def may_match(req: frozenset[str] | None, text: str) -> bool:
    """False only when `text` holds none of the required strings (so the pattern cannot match it)."""
    if req is None:
        return True
    for s in req:  # noqa: SIM110 - a loop: cheaper than any() over a generator for a handful of strings
        if s in text:
            return True
    return False
