"""The splitter's cue patterns (`data/cues.json`), compiled once per file and process, and matched cheaply.

Case-insensitive matching is what made the cues slow: Python's `re` cannot skip an alternation's branches by
their first character under IGNORECASE, so a `\\b(said|says|...)\\b` list tried every branch at every word
boundary. A case-insensitive cue whose pattern has only lower-case literals is therefore also compiled
case-sensitively and matched against the lower-cased line, which gives exactly the same matches whenever
lower-casing is a one-to-one, same-class change of every character of the line (always for ASCII; checked
character by character otherwise, see `_foldable`); other lines use the case-insensitive pattern as before.
"""

from __future__ import annotations

import json
import re
import string
from functools import lru_cache
from pathlib import Path

from ..regex_prefilter import required
from ..regex_trie import compile_trie

DATA = Path(__file__).resolve().parent / "data"
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|.)")


def _lower_only(pattern: str) -> bool:
    """Only lower-case ASCII letters and uncased characters as literals (a character given by its code counts as
    a literal; class escapes such as \\W or \\S do not)."""
    coded = [chr(int(m.group(0)[2:], 16)) for m in _ESCAPE.finditer(pattern) if len(m.group(0)) > 2]
    plain = _ESCAPE.sub("", pattern)
    cased = [c for c in plain + "".join(coded) if c.lower() != c.upper()]
    return all(c.isascii() and c.islower() for c in cased)


def _first_chars(items: list) -> set[str] | None:
    """The characters a match of the parsed (case-sensitive) items can start with (None: any, or not known); zero-width
    items (`\\b`, `^`, look-arounds) are passed over: the first character consumed is what counts."""
    from re import _constants as c  # type: ignore[attr-defined]

    if not items:
        return None
    op, av = items[0]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _first_chars(items[1:])
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.SUBPATTERN:
        return _first_chars(list(av[-1]))
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            first = _first_chars(list(branch))
            if first is None:
                return None
            out |= first
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _first_chars(list(av[2]))
    if op is c.IN and all(o is c.LITERAL for o, _ in av):
        return {chr(x) for _, x in av}
    return None


def _with_first_char_test(pattern: str) -> str:
    """`\\b(...)` with a look-ahead for the characters its matches start with, so that a word boundary where no
    alternative can start is passed over at once (the same matches)."""
    if not pattern.startswith("\\b"):
        return pattern
    try:
        from re import _parser  # type: ignore[attr-defined]

        first = _first_chars(list(_parser.parse(pattern[2:])))
    except Exception:  # noqa: BLE001 - an unparsable or unusual pattern is used as it is
        return pattern
    if not first:
        return pattern
    return "\\b(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])" + pattern[2:]


@lru_cache(maxsize=4096)
def _foldable(c: str) -> bool:
    """Lower-casing `c` gives one character of the same class, and IGNORECASE matches it with no ASCII letter
    other than its lower case (not so for `ſ`, `ı`, `İ`, the Kelvin sign, ...)."""
    low = c.lower()
    if len(low) != 1:
        return False
    same_class = all(
        getattr(c, m)() == getattr(low, m)() for m in ("isalnum", "isalpha", "isdigit", "isdecimal", "isspace")
    )
    if not same_class or (c == "_") != (low == "_"):
        return False
    return all(a == low or re.fullmatch(a, c, re.I) is None for a in string.ascii_lowercase)


def lower_exact(text: str) -> str | None:
    """`text.lower()` when matching a lower-case pattern on it equals matching the pattern with IGNORECASE on
    `text`; None otherwise."""
    if text.isascii():
        return text.lower()
    for c in set(text):
        if not c.isascii() and not _foldable(c):
            return None
    return text.lower()


class Pattern:
    """One cue pattern: `search`/`count` on a line given with its `lower_exact` form (or None)."""

    __slots__ = ("rx", "fast", "need_rx", "need_fast")

    def __init__(self, pattern: str, ignorecase: bool) -> None:
        written = re.compile(pattern, re.I if ignorecase else 0)
        # lower-case or uncased literals only: the case-sensitive pattern on lower-cased text is the same
        fast = re.compile(_with_first_char_test(pattern)) if ignorecase and _lower_only(pattern) else None
        # strings one of which every match contains: a line holding none is not scanned (regex_prefilter.py);
        # not for a pattern anchored at the line's start, which `re` tries at that position only anyway
        anchored = pattern.startswith("^")
        self.need_rx = None if anchored else required(written)
        self.need_fast = None if anchored or fast is None else required(fast)
        # run trie-shaped (regex_trie.py: the same matches, fewer branches tried)
        self.rx = compile_trie(pattern, written.flags)
        self.fast = None if fast is None else compile_trie(fast.pattern)

    def search(self, text: str, low: str | None) -> bool:
        rx, need, subject = self.rx, self.need_rx, text
        if self.fast is not None and low is not None:
            rx, need, subject = self.fast, self.need_fast, low
        if need is not None:  # (regex_prefilter.may_match, inlined: this runs ~50 times per line)
            for s in need:
                if s in subject:
                    break
            else:
                return False
        return rx.search(subject) is not None

    def count(self, text: str, low: str | None) -> int:
        """Non-overlapping matches (as `findall`)."""
        rx, need, subject = self.rx, self.need_rx, text
        if self.fast is not None and low is not None:
            rx, need, subject = self.fast, self.need_fast, low
        if need is not None:
            for s in need:
                if s in subject:
                    break
            else:
                return 0
        return len(rx.findall(subject))


class Cues:
    """The compiled cue patterns of one cues file (built once per file and process)."""

    def __init__(self, path: Path) -> None:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        self.path = str(path)
        self.text = {k: Pattern(v["pattern"], bool(v.get("ignorecase"))) for k, v in raw["text_cues"].items()}
        self.line = {k: Pattern(v["pattern"], bool(v.get("ignorecase"))) for k, v in raw["line_patterns"].items()}
        specs = [h if isinstance(h, dict) else {"pattern": h} for h in raw["author_headers"]]
        self.headers = [(re.compile(h["pattern"], re.I), h.get("evidence") == "weak") for h in specs]
        self.signatures = [re.compile(h["pattern"], re.I) for h in specs if h.get("signature")]
        names = raw.get("author_names", {}).get("patterns", [])
        self.names = [re.compile(p, re.I) for p in names]  # parse-only: never a feature
        # line kinds that mark a comment-zone line as metadata, never text (assembly only: never a feature)
        self.meta_kinds = [k for k in raw.get("comment_metadata", {}).get("line_kinds", []) if k in self.line]
        self.alone_text = re.compile(raw.get("comment_metadata", {}).get("text_when_alone") or r"(?!)")
        # read by the second stage for the line before the first author only (split/closer.py), never a CRF feature
        self.closer = {
            k: re.compile(v["pattern"], re.I if v.get("ignorecase") else 0)
            for k, v in raw.get("closer_cues", {}).items()
            if isinstance(v, dict)
        }

    def header(self, text: str) -> re.Match | None:
        return self.header_match(text)[0]

    def name_parse(self, text: str) -> re.Match | None:
        """A name (and date/time) taken out of a line already labelled as a comment author line."""
        return next((m for rx in self.names if (m := rx.match(text))), None)

    def signature(self, text: str) -> re.Match | None:
        """A signature line naming the author of the text above it."""
        return next((m for rx in self.signatures if (m := rx.match(text))), None)

    def header_match(self, text: str) -> tuple[re.Match | None, bool]:
        """The first author-header pattern matching the line, and whether it is weak evidence (a list-like line)."""
        for rx, weak in self.headers:
            m = rx.match(text)
            if m:
                return m, weak
        return None, False


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> Cues:
    return Cues(Path(path) if path else DATA / "cues.json")
