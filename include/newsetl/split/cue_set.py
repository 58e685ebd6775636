"""One pass per line that says which cue patterns can match it, so that `re` runs only those (RE2 pattern sets).

Python's `re` costs the same at every position of a line for every pattern it scans (it cannot skip a position by
the pattern's first character under `\\b(...)`), so the splitter's 17 text cues and 37 line patterns were 54 scans of
every line: most of the split stage. An RE2 set (the `google-re2` package) matches a whole list of patterns in one
automaton pass and reports which of them match anywhere in the text. Used as a prefilter only: a pattern the set does
not report for a line is not run on it (its count is 0, its flag false); every pattern it reports, and every pattern
the set does not hold, runs in `re` as before. So every count and flag is `re`'s own, provided the set never misses a
pattern that `re` would match; that holds because the set is asked only about lines of printable ASCII
(U+0020-U+007E) and a few typographic marks (`PLAIN_LINE`), where `\\b`, `\\w`, `\\d`, `\\s`, `.`, `^`, `$` and case folding mean the same in both engines, and
because a pattern whose syntax RE2 rejects (look-arounds, back-references, `\\u` escapes, repeats over 1000) or
could read otherwise (`{,n}`, POSIX classes) is kept out of the set. `tests/test_split_cue_set.py` compares the set
with `re` on every cue and random lines; without the package every pattern runs on every line, as before.
"""

from __future__ import annotations

import re
from typing import Any

try:  # an optional speed-up: the same outputs without it
    import re2 as _re2  # type: ignore[import-not-found, import-untyped, unused-ignore]
except ImportError:  # pragma: no cover - depends on the installation
    _re2 = None

PRINTABLE = re.compile(r"[\x20-\x7e]*")
# typographic marks that news text writes among ASCII (curly quotes, dashes, an ellipsis, guillemets, a bullet, primes,
# currency signs; a quarter of the lines of a news page hold one): a line of printable ASCII and these is asked of the
# set too. Each is kept only if neither engine can read it otherwise: no letter, digit, space or underscore (so `\w`,
# `\d`, `\s`, `\b` and their negations treat it alike: RE2's are ASCII-only), and no case (`re`'s IGNORECASE folds it
# to nothing else); RE2 matches the set's patterns over UTF-8, one code point to a `.` or a class, as `re` does
_MARKS = "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u00ab\u00bb\u2022\u00b7\u2032\u2033\u20ac\u00a3"


def _plain_mark(c: str) -> bool:
    return (
        not re.match(r"[\w\s]", c)
        and c.lower() == c == c.upper()
        and all(re.fullmatch(re.escape(chr(a)), c, re.I) is None for a in range(128))
    )


PLAIN_LINE = re.compile("[\x20-\x7e" + "".join(c for c in _MARKS if _plain_mark(c)) + "]*")
# RE2 reports a set match that ran out of memory as "no pattern matched" (it cannot for a set's automaton unless one
# state outgrows the budget, which a generous budget and a bound on the line rule out): longer lines try every pattern
MAX_LINE = 20_000
MAX_MEM = 64 << 20
# syntax RE2 could read otherwise than `re` (a literal `{,3}`, a POSIX class): such patterns stay out of the set
_UNSURE = re.compile(r"\{,|\[:\w*:\]|\(\?[aLux]")


def _set() -> Any:
    opts = _re2.Options()
    opts.log_errors = False
    opts.never_capture = True
    opts.max_mem = MAX_MEM
    return _re2.Set.SearchSet(opts)


class CueSet:
    """The prefilter for one group of cue patterns (`Pattern` objects by kind, `split/cues.py`)."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        self.always: frozenset[str] = frozenset(patterns)  # kinds run on every line (all of them without RE2)
        self.low_kinds: list[str] = []  # kinds of the set matched on the lower-cased line (index = the set's index)
        self.text_kinds: list[str] = []  # and on the line as written
        self.low_set = self.text_set = None
        if _re2 is None:
            return
        low_set, text_set = _set(), _set()
        held = set()
        for k, p in patterns.items():
            if _UNSURE.search(p.source):
                continue
            if p.fast is not None:  # its lower-case twin: the written pattern, case-sensitive, on the lower-cased line
                target, kinds, source = low_set, self.low_kinds, p.source
            else:
                target, kinds, source = text_set, self.text_kinds, ("(?i)" if p.ignorecase else "") + p.source
            try:
                i = target.Add(source)
            except Exception:  # noqa: BLE001 - syntax RE2 does not take: the pattern runs on every line
                continue
            if i != len(kinds):
                raise RuntimeError("RE2 set indices out of step")  # (never: one Add per kind, in order)
            kinds.append(k)
            held.add(k)
        self.always = frozenset(patterns) - held
        if self.low_kinds:
            low_set.Compile()
            self.low_set = low_set
        if self.text_kinds:
            text_set.Compile()
            self.text_set = text_set

    def may(self, text: str, low: str | None) -> frozenset[str] | None:
        """The kinds that can match `text` (given with its `lower_exact` form), or None when every kind must be tried."""
        if (self.low_set is None and self.text_set is None) or low is None or len(text) > MAX_LINE:
            return None
        if not (PRINTABLE if text.isascii() else PLAIN_LINE).fullmatch(text):
            return None
        out = set(self.always)
        if self.low_set is not None:
            out.update(self.low_kinds[i] for i in self.low_set.Match(low) or ())
        if self.text_set is not None:
            out.update(self.text_kinds[i] for i in self.text_set.Match(text) or ())
        return frozenset(out)


class IndexSet:
    """The same prefilter for a list of patterns given as (source, ignore case): `may(text)` is the set of the list's
    indices that can match `text`, or None when every pattern must be tried (the text is not a `PLAIN_LINE`, or RE2
    is missing). Patterns RE2 does not take, or could read otherwise, are always in the answer."""

    def __init__(self, patterns: list[tuple[str, bool]]) -> None:
        self.always: frozenset[int] = frozenset(range(len(patterns)))
        self.indices: list[int] = []  # the list's index of each pattern of the set (index = the set's index)
        self.set: Any = None
        if _re2 is None:
            return
        rset = _set()
        for i, (source, ignorecase) in enumerate(patterns):
            if _UNSURE.search(source):
                continue
            try:
                j = rset.Add(("(?i)" if ignorecase else "") + source)
            except Exception:  # noqa: BLE001 - syntax RE2 does not take: the pattern is always tried
                continue
            if j != len(self.indices):
                raise RuntimeError("RE2 set indices out of step")
            self.indices.append(i)
        if self.indices:
            rset.Compile()
            self.set = rset
            self.always = self.always - frozenset(self.indices)

    def may(self, text: str) -> frozenset[int] | None:
        """The indices of the patterns that can match `text` (those RE2 does not hold always among them), or None
        when every pattern must be tried (no RE2, a line over `MAX_LINE` characters or not a `PLAIN_LINE`)."""
        if self.set is None or len(text) > MAX_LINE:
            return None
        if not (PRINTABLE if text.isascii() else PLAIN_LINE).fullmatch(text):
            return None
        hits = self.set.Match(text)
        if not hits:
            return self.always
        return self.always.union(self.indices[j] for j in hits)
