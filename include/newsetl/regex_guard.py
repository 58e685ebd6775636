"""Guarded case-insensitive patterns: a cheap test that a text cannot match, before `re` scans it for the rules.

Most rule patterns are case-insensitive alternations (`\\b(will|would|could|...)`): under IGNORECASE `re` cannot skip
a branch by its first character, so it tries every branch at every position. For such a pattern whose literals are
all lower-case, the same pattern compiled case-sensitively and run on the lower-cased text finds the same matches
whenever lower-casing maps every character of the text to one character of the same class (`split/cues.py`'s
`lower_exact`, the trick the splitter's cues use). `Guarded` runs that twin first, branch by branch (each top-level
alternative with its own required strings, `regex_prefilter.py`, and a look-ahead for the characters it can start
with): if no branch matches, neither does the pattern, and it is not run. Otherwise, or when the text is not
`lower_exact`, the written pattern runs exactly as before, so every match object (groups in the text's own case,
positions) is the one `re` gives. `search`, `finditer` and `findall` are guarded; `match`, `fullmatch`, `sub` and
every attribute go to the written pattern (a match at one position is cheap anyway).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

from . import regex_store
from .regex_prefilter import required
from .regex_trie import compile_trie
from .split.cues import _ESCAPE, _first_chars, _lower_only, lower_exact

_MAX = sys.maxsize
# the last texts lowered and their `lower_exact` forms: the rules test one sentence, its clauses and windows with many
# patterns in turn, and come back to a sentence after its clauses (a window is searched through `endpos` on the whole
# text's form: nothing is sliced); emptied when full
_LOWS: dict[str, str | None] = {}
_LOWS_MAX = 256
# (issue 11) a whole document's text, searched window by window (`endpos`) between the many short texts, is kept apart:
# pushed out with them, it was lowered again at every window (a cost quadratic in the document's length)
_LONG_LOWS: dict[str, str | None] = {}
_LONG_MAX = 4
_LONG = 2048
_UNSEEN: Any = object()


def _lowered(pattern: str) -> str | None:
    """`_lower_pattern`, derived once (regex_store.py)."""
    return regex_store.derived("lowered", (pattern,), lambda: _lower_pattern(pattern))


def _lower_pattern(pattern: str) -> str | None:
    """The pattern with its literal letters lower-cased (escapes as written), the same pattern under IGNORECASE; None
    when a cased literal would stay (a character given by its code, a non-ASCII letter) or a group is referred to by
    name (`(?P=name)`: names are lower-cased too)."""
    out, i = [], 0
    while i < len(pattern):
        m = _ESCAPE.match(pattern, i)
        if m is not None:
            out.append(m.group(0))
            i = m.end()
        else:
            out.append(pattern[i].lower())
            i += 1
    low = "".join(out).replace("(?p<", "(?P<")
    return low if "(?P=" not in pattern and _lower_only(low.replace("(?P<", "(?<")) else None


def _twin_written(branch: str) -> str | None:
    """The branch behind a look-ahead for the characters it can start with (None: a branch not followed)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        first = _first_chars(list(_parser.parse(branch)))
        return "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])(?:" + branch + ")" if first else branch
    except Exception:  # noqa: BLE001 - a branch this module cannot follow: no guard
        return None


def _twin(branch: str) -> tuple[frozenset[str] | None, re.Pattern] | None:
    """(required strings, case-sensitive pattern with a first-character look-ahead) for one lower-case branch."""
    written = regex_store.derived("twin", (branch,), lambda: _twin_written(branch))
    if written is None:
        return None
    try:
        rx = compile_trie(written)
    except Exception:  # noqa: BLE001 - a branch this module cannot follow: no guard
        return None
    return required(rx), rx


class Guarded:
    """A compiled pattern with a lower-case twin tried first (see the module docstring)."""

    __slots__ = ("rx", "twins")

    def __init__(self, rx: re.Pattern, branches: list[str] | None = None) -> None:
        self.rx = rx
        self.twins: list[tuple[frozenset[str] | None, re.Pattern]] | None = None
        parts = branches if branches is not None else [rx.pattern]
        if rx.flags & re.IGNORECASE and not rx.flags & (re.VERBOSE | re.MULTILINE | re.DOTALL) and parts:
            lows = [_lowered(p) for p in parts]
            if all(low is not None for low in lows):
                twins = [_twin(low) for low in lows if low is not None]
                if all(t is not None for t in twins):
                    self.twins = twins  # type: ignore[assignment]

    def _may(self, text: str, pos: int, endpos: int) -> bool:
        """False only when no match can lie in text[pos:endpos]."""
        twins = self.twins
        if twins is None:
            return True
        n = len(text)  # (perf27: read once; the short texts' cache looked up without building a tuple first)
        low = _LOWS.get(text, _UNSEEN) if n < _LONG else _LONG_LOWS.get(text, _UNSEEN)
        if low is _UNSEEN:
            lows, most = (_LOWS, _LOWS_MAX) if n < _LONG else (_LONG_LOWS, _LONG_MAX)
            low = lower_exact(text)
            if len(lows) >= most:
                lows.clear()
            lows[text] = low
        if low is None:  # (a window of the text may be `lower_exact` when the whole is not: it is then not guarded)
            return True
        if pos or endpos < n:
            for need, twin in twins:
                if need is not None:
                    for s in need:
                        if low.find(s, pos, endpos) >= 0:
                            break
                    else:
                        continue
                if twin.search(low, pos, endpos) is not None:
                    return True
            return False
        for need, twin in twins:  # pos 0, nearly every call: `in` instead of a `find` call per required string
            if need is not None:
                for s in need:
                    if s in low:
                        break
                else:
                    continue
            if twin.search(low) is not None:
                return True
        return False

    def may(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in `text` (perf30: a test in front of several patterns
        whose alternation this is, as `crowd_retype._fight_sides` tests a sentence once before its patterns)."""
        return self._may(text, 0, len(text))

    def search(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match | None:
        return self.rx.search(text, pos, endpos) if self._may(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = _MAX) -> Iterator[re.Match]:
        return self.rx.finditer(text, pos, endpos) if self._may(text, pos, endpos) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = _MAX) -> list[Any]:
        return self.rx.findall(text, pos, endpos) if self._may(text, pos, endpos) else []

    def match(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match | None:
        return self.rx.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match | None:
        return self.rx.fullmatch(text, pos, endpos)

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    @property
    def flags(self) -> int:
        return self.rx.flags

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rx, name)


def guarded(rx: re.Pattern, branches: list[str] | None = None) -> Guarded:
    """`rx` with its lower-case twin tried first; `branches`: the top-level alternatives `rx` was joined from."""
    return Guarded(rx, branches)
