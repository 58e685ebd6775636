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
from ..regex_store import compile as rx_compile
from ..regex_store import derived
from ..regex_trie import compile_trie
from .cue_set import CueSet

DATA = Path(__file__).resolve().parent / "data"
# split32: `never:zone:LABEL` marks a label a line never takes inside a taken comment zone (a rule's `zone`)
ZONE = "zone:"
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
    return derived("first_char_test", (pattern,), lambda: _first_char_test(pattern))


def _first_char_test(pattern: str) -> str:
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
    for c in set(text).difference(_ASCII_CHARS):  # (the set difference in C: a line holds few non-ASCII characters)
        if not _foldable(c):
            return None
    return text.lower()


_ASCII_CHARS = frozenset(map(chr, range(128)))


def _anchored(items: list) -> bool:
    """Every match of the parsed items starts at the start of the string (`^` or `\\A` first in every branch)."""
    from re import _constants as c  # type: ignore[attr-defined]

    if not items:
        return False
    op, av = items[0]
    if op is c.AT:
        return av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
    if op is c.SUBPATTERN:
        return _anchored(list(av[-1]))
    if op is c.BRANCH:
        return all(_anchored(list(b)) for b in av[1])
    return False


ASCII = [chr(i) for i in range(128)]


def starts(pattern: str, flags: int, anchored: bool) -> frozenset[str] | None:
    """`_starts`, derived once (regex_store.py)."""
    return derived("starts", (pattern, int(flags), anchored), lambda: _starts(pattern, flags, anchored))


def _starts(pattern: str, flags: int, anchored: bool) -> frozenset[str] | None:
    """The ASCII characters a match of `pattern` (compiled with `flags`) can start with, when it can match only at the
    start of the string (`anchored`: the pattern says so; else it is used with `match`) and begins by consuming one of
    a known set of characters; None otherwise (no test: every line is tried). Which ASCII characters can start a match
    is asked of `re` itself (`fullmatch` of each start character against each ASCII character, with the flags), so
    case-insensitive folds (the Kelvin sign and `k`, `ſ` and `s`) are counted; a line starting with a non-ASCII
    character is always tried."""
    from re import _parser  # type: ignore[attr-defined]

    if flags & (re.MULTILINE | re.VERBOSE) or re.search(r"\(\?[aiLmsux-]", pattern):
        return None  # local or global flags this test does not follow
    try:
        items = list(_parser.parse(pattern, flags))
    except re.error:
        return None
    first = _first_chars(items)
    if first is None or (anchored and not _anchored(items)):
        return None
    return frozenset(a for a in ASCII if any(re.fullmatch(re.escape(x), a, flags) for x in first))


class Pattern:
    """One cue pattern: `search`/`count` on a line given with its `lower_exact` form (or None)."""

    __slots__ = ("rx", "fast", "need_rx", "need_fast", "start_rx", "start_fast", "source", "ignorecase")

    def __init__(self, pattern: str, ignorecase: bool) -> None:
        self.source, self.ignorecase = pattern, ignorecase
        written = rx_compile(pattern, re.I if ignorecase else 0)
        # lower-case or uncased literals only: the case-sensitive pattern on lower-cased text is the same
        fast = rx_compile(_with_first_char_test(pattern)) if ignorecase and _lower_only(pattern) else None
        # strings one of which every match contains: a line holding none is not scanned (regex_prefilter.py);
        # not for a pattern anchored at the line's start, which `re` tries at that position only anyway
        anchored = pattern.startswith("^")
        self.need_rx = None if anchored else required(written)
        self.need_fast = None if anchored or fast is None else required(fast)
        # run trie-shaped (regex_trie.py: the same matches, fewer branches tried)
        self.rx = compile_trie(pattern, written.flags)
        self.fast = None if fast is None else compile_trie(fast.pattern)
        # an anchored pattern: the ASCII characters a line (as written / lower-cased) can start with to match
        self.start_rx = starts(pattern, written.flags, True) if anchored else None
        self.start_fast = starts(fast.pattern, fast.flags, True) if anchored and fast is not None else None

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
        # which of them can match a line, in one pass (cue_set.py: RE2 sets; every pattern is tried without them)
        self.text_set, self.line_set = CueSet(self.text), CueSet(self.line)
        specs = [h if isinstance(h, dict) else {"pattern": h} for h in raw["author_headers"]]
        self.headers = [(rx_compile(h["pattern"], re.I), h.get("evidence") == "weak") for h in specs]
        self.signatures = [rx_compile(h["pattern"], re.I) for h in specs if h.get("signature")]
        names = [n if isinstance(n, dict) else {"pattern": n} for n in raw.get("author_names", {}).get("patterns", [])]
        # parse-only: never a feature; (pattern, only on a page whose comment zone holds a date/time line)
        self.names = [(rx_compile(n["pattern"], re.I), n.get("layout") == "dated") for n in names]
        # line kinds that mark a comment-zone line as metadata, never text (assembly only: never a feature)
        self.meta_kinds = [k for k in raw.get("comment_metadata", {}).get("line_kinds", []) if k in self.line]
        self.alone_text = rx_compile(raw.get("comment_metadata", {}).get("text_when_alone") or r"(?!)")
        # per first character of a line (ASCII), the anchored line kinds and the author headers that cannot match it:
        # one look-up per line instead of a call per pattern (a line starting with another character tries them all)
        # [lower-cased form given][first character]
        self._skip_line = [_skip(self.line, a, False) for a in ASCII], [_skip(self.line, a, True) for a in ASCII]
        heads = [starts(h["pattern"], re.I, False) for h in specs]
        self._try_headers = [[h for h, st in zip(self.headers, heads) if st is None or a in st] for a in ASCII]
        # read by the second stage for the line before the first author only (split/closer.py), never a CRF feature
        self.closer = {
            k: rx_compile(v["pattern"], re.I if v.get("ignorecase") else 0)
            for k, v in raw.get("closer_cues", {}).items()
            if isinstance(v, dict)
        }
        self._closer_page(raw)
        # a one-letter name: an initial alone on its line (line_features.line_flags `initial`, split22; absent: never)
        self.initial = _rx(raw["initial_name"]) if raw.get("initial_name") else rx_compile(r"(?!)")
        # a two-letter name (`Bo`, `JT`): header-like over a short line as an initial is, never a CRF feature (split25)
        short = raw.get("short_name")
        self.short_name = _rx(short) if short else rx_compile(r"(?!)")
        # fix37: common two-letter words (`Ok`, `No.`, `Да`) are no short names; alternating labels over questions and
        # answers are a transcript when each label heads at least this many blocks (0: no transcript rule)
        self.short_words = frozenset(w.lower() for w in (short or {}).get("words", []))
        # a line's pronoun features (feature name, its words), in the file's order (line_features.text_features)
        pron = raw.get("pronoun_features", {})
        self.pronouns = [(k, frozenset(v)) for k, v in pron.items() if not k.startswith("_")]
        # English function words (data22, were EN_FUNCTION / SHORT_FUNCTION): `no_en_function`, `s_function_word`, and
        # either list for a loose closing run's reader-voiced line (doc_structure.structure)
        fw = raw.get("function_words", {})
        self.en_function = frozenset(fw.get("english", []))
        self.short_function = frozenset(fw.get("short_line", []))
        self.any_function = self.en_function | self.short_function
        self.transcript_turns = int((short or {}).get("transcript_turns", 0))
        # read for the closing runs the tail and loose margins measure (split/closing_runs.py), never a CRF feature
        runs = raw.get("closing_runs", {})
        self.run_headings = [_rx(v) for v in runs.get("headings", [])]
        self.run_not_comments = [_rx(v) for v in runs.get("not_comments", [])]
        self.run_foreign_chars = int(runs.get("foreign_most_chars", 0))
        # split24: a closing run of three or more blocks voiced only when its non-English blocks count as voiced is a
        # tail-margin mark (`tail_short`), as a run of one or two is (absent or false: no such mark)
        self.run_foreign_long = bool(runs.get("foreign_long_runs", False))
        # split31: a closing run of three or more blocks, each one name line and one paragraph set off by blank lines,
        # that is not reader-voiced is a tail-margin mark too (`tail_short`) when one of its names matches one of these
        # (a handle or initials, never a section heading; absent or empty: no such mark; fix48: off unless
        # `strict_runs` is true, as name shape alone took prize lists, programmes and headings)
        self.run_strict_names = [_rx(v) for v in runs.get("strict_names", [])] if runs.get("strict_runs") else []
        self._first_comment(raw)
        self._label_constraints(raw)

    def _first_comment(self, raw: dict) -> None:
        """The first-comment cues (cues.json `first_comment`)."""
        # read for the lines right before the first comment author (split/addendum.py; split20), never a CRF feature
        first = raw.get("first_comment", {})
        self.first_openers = [_rx(v) for v in first.get("openers", [])]
        self.first_editor = [_rx(v) for v in first.get("editor_updates", [])]
        # the non-Latin line rule shares the closing runs' length limit (one value for both readings)
        self.first_foreign_chars = self.run_foreign_chars if first.get("foreign_lines") else 0
        self.first_announcers = [_rx(v) for v in first.get("quote_announcers", [])]
        self.first_quote_opens = [_rx(v) for v in first.get("quote_opens", [])]
        # split30: a reader's narration with its subject dropped (`Walked it on Sunday.`), page-relative (absent: off)
        self.first_dropped = [_rx(v) for v in first.get("dropped_subject", [])]
        # fix48: lines that open so but are no narration (a footer, a name in -ed), a first-person body (a diary)
        self.first_dropped_not = [_rx(v) for v in first.get("dropped_subject_not", [])]
        self.first_person = [_rx(v) for v in first.get("first_person", [])]

    def _label_constraints(self, raw: dict) -> None:
        """The labels line kinds never take (cues.json `label_constraints`)."""
        # split29: labels a line never takes, as (line kind or None, own pattern or None, unless-flags, labels)
        rules = [r for r in raw.get("label_constraints", {}).get("rules", []) if not r.get("off")]
        self.never = [
            (r.get("flag"), _rx(r) if "pattern" in r else None, tuple(r.get("unless", ())), tuple(r["labels"]))
            for r in rules
        ]
        # a rule with "listed": its flag must also be set on the line above or below (a list of such lines)
        self.never_listed = [bool(r.get("listed")) for r in rules]
        # split30: a rule with "distinct" skips a `Label: value` line whose label the page uses again (a header)
        self.never_distinct = [bool(r.get("distinct")) for r in rules]
        # split32: a rule with "zone" applies inside a taken comment zone only (marks `never:zone:LABEL`): it decides
        # which label a zone line takes, never whether the page has comments
        self.never_zone = [ZONE if r.get("zone") else "" for r in rules]

    def never_labels(
        self, text: str, flags: dict[str, bool], near: list[dict[str, bool]], again: bool = False
    ) -> list[str]:
        """The labels a line cannot take (cues.json `label_constraints`; none when the section is absent); `near`:
        the flags of the lines right above and below it; `again`: its `Label:` recurs on the page. A `zone` rule's
        labels come as `zone:LABEL` (inside a taken comment zone only)."""
        out: list[str] = []
        rules = zip(self.never, self.never_listed, self.never_distinct, self.never_zone)
        for (flag, rx, unless, labels), listed, distinct, zone in rules:
            if any(flags.get(u) for u in unless) or (listed and not any(n.get(flag or "") for n in near)):
                continue
            if distinct and again:
                continue
            if (flag is None or flags.get(flag)) and (rx is None or rx.search(text)):
                out += [zone + lab for lab in labels if zone + lab not in out]
        return out

    def _closer_page(self, raw: dict) -> None:
        """The closer's page rules and the split28 rules after it (cues.json `closer_page`, `zone_signoff`)."""
        # the closer's page-relative voice (closer.page_voice, split23): the share of a page's body lines, and two, in
        # the first person singular that makes a first-person body (None when absent: no such mark)
        share = raw.get("closer_page", {}).get("first_person_body_share")
        self.p1_body_share: float | None = None if share is None else float(share)
        # closer.quoted_later (split26): the least words of a candidate's sentence a later line repeats (None: no mark)
        words = raw.get("closer_page", {}).get("quoted_sentence_words")
        self.quote_words: int | None = None if words is None else int(words)
        # closer.quoted_marked (split27): the spans of a later line that quote (a `> ` reply, quotation marks; None: never)
        quo = raw.get("closer_page", {}).get("quotation")
        self.quotation: re.Pattern | None = rx_compile(quo["pattern"]) if quo else None
        # fix41: a candidate with one of these reader-voice marks is no quoted body line (absent: none)
        self.quote_marks: frozenset[str] = frozenset(quo.get("reader_marks", [])) if quo else frozenset()
        # the same (split27): a candidate line reporting a view and closing on a question (None: never)
        rep = raw.get("closer_page", {}).get("reported_close")
        self.reported: re.Pattern | None = (
            rx_compile(rep["pattern"], re.I if rep.get("ignorecase") else 0) if rep else None
        )
        # fix41: a first- or second-person word keeps such a line a reader's (absent: no such check)
        self.voiced: re.Pattern | None = rx_compile(rep["voiced"], re.I) if rep and rep.get("voiced") else None
        # split28: the first line of a `first` move's remainder, one paragraph right above the first author, goes too
        self.first_remainder: bool = bool(raw.get("closer_page", {}).get("first_remainder", False))
        # split28 (split/signoff.py): a textless name line opening the comment zone is the body's sign-off
        sign = raw.get("zone_signoff", {})
        self.zone_signoff: re.Pattern | None = (
            rx_compile(sign.get("headings", r"(?!)"), re.I) if sign.get("apply") else None
        )
        # fix45: reader-voice marks that keep the paragraph above the name a reader's (an anonymous comment)
        self.signoff_marks: frozenset[str] = frozenset(sign.get("reader_marks", []))

    def line_skip(self, text: str, low: str | None) -> frozenset[str]:
        """The anchored line kinds that cannot match `text` (given with its `lower_exact` form or None)."""
        c = text[:1]
        if not c or not c.isascii():
            return _NONE
        return self._skip_line[low is None][ord(c)]

    def header(self, text: str) -> re.Match | None:
        return self.header_match(text)[0]

    def name_parse(self, text: str, dated: bool = False) -> re.Match | None:
        """A name (and date/time) taken out of a line already labelled as a comment author line; `dated`: the page's
        comment zone holds a date/time line (entries marked `"layout": "dated"` apply only then)."""
        return next((m for rx, only_dated in self.names if (dated or not only_dated) and (m := rx.match(text))), None)

    def signature(self, text: str) -> re.Match | None:
        """A signature line naming the author of the text above it."""
        return next((m for rx in self.signatures if (m := rx.match(text))), None)

    def header_match(self, text: str) -> tuple[re.Match | None, bool]:
        """The first author-header pattern matching the line, and whether it is weak evidence (a list-like line)."""
        c = text[:1]
        for rx, weak in self._try_headers[ord(c)] if c and c.isascii() else self.headers:
            m = rx.match(text)
            if m:
                return m, weak
        return None, False

    def is_short_name(self, text: str) -> bool:
        """A two-letter name (cues.json `short_name`) that is none of its common `words` (case and a full stop aside)."""
        return self.short_name.match(text) is not None and text.rstrip(".").lower() not in self.short_words


_NONE: frozenset[str] = frozenset()


def cues_variant(path: Path, section: str, **values: object) -> str:
    """Write to `path` a copy of the packaged cues.json with `values` set in its `section` (a rule turned off to
    measure it alone or left out: scripts/split_first_comment_eval.py, tests) and return the path."""
    raw = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    raw[section].update(values)
    Path(path).write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _rx(spec: dict) -> re.Pattern[str]:
    return rx_compile(spec["pattern"], re.I if spec.get("ignorecase") else 0)


def _skip(line: dict[str, Pattern], a: str, written: bool) -> frozenset[str]:
    """The line kinds whose pattern cannot match a line starting with `a`, run on the line as written (`written`) or
    on its lower-cased form (when the kind has a lower-case twin)."""
    out = set()
    for k, p in line.items():
        st, first = (p.start_rx, a) if written or p.fast is None else (p.start_fast, a.lower())
        if st is not None and first not in st:
            out.add(k)
    return frozenset(out)


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> Cues:
    return Cues(Path(path) if path else DATA / "cues.json")
