"""Trie-shaped alternations: the same regular expression, rewritten so that `re` tries fewer branches.

`re` tries the branches of `(said|says|say|told|...)` one after another at every position it scans; a branch is
dropped after its first character, but fifty branches are still fifty tests. Grouping the branches that start with
the same literal character under that character, recursively (`(?:s(?:a(?:id|y(?:s|)))|told|...)`), leaves one test
per distinct first character. The matches are exactly the same: `re` takes the first branch (in written order)
whose rest matches; branches that start with different characters can never both match at one position, so moving
a group of branches past branches with another first character changes nothing, and inside a group the written
order is kept. A branch that does not start with a plain literal character (a class, an escape, a group, a
quantified character) is never moved: branches are grouped only within the runs between such branches.

Under IGNORECASE branches are grouped by their first character lower-cased, and only ASCII first characters count as
literal (`s` and `S` start the same matches; no character matches two different ASCII letters; `ſ`, `K` (Kelvin)...
fold to one letter only). Not for patterns with back-references, conditionals, inline flags or VERBOSE; named groups
are left as written; unnamed capturing groups may be renumbered (callers use the matches and named groups only).
The rewrite is checked in tests/test_regex_trie.py and, for the cue and word-list patterns, by identical outputs.
"""

from __future__ import annotations

import re

from . import regex_store

_SPECIAL = set("\\.^$*+?{}[]()|")
_QUANT = ("?", "*", "+", "{")


def _structure(s: str, i: int = 0):
    """(index, char) of every `(`, `)` and `|` of `s` from `i`, skipping escapes and character classes; an
    unterminated class ends the scan with (len(s), "[")."""
    in_class, n = False, len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if s[i + 1 : i + 2] == "^":
                i += 1
            if s[i + 1 : i + 2] == "]":
                i += 1  # a leading ] is a literal of the class
        elif c in "()|":
            yield i, c
        i += 1
    if in_class:
        yield n, "["


def _alternatives(s: str) -> list[str] | None:
    """`s` cut at its top-level `|` (None when brackets do not balance)."""
    out, depth, start = [], 0, 0
    for i, c in _structure(s):
        if c == "[":
            return None
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0:
            out.append(s[start:i])
            start = i + 1
    if depth != 0:
        return None
    out.append(s[start:])
    return out


def _close(s: str, i: int) -> int:
    """Index of the `)` closing the group opened at s[i] (-1 when not found)."""
    depth = 0
    for j, c in _structure(s, i):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
    return -1


def _lead(alt: str, ci: bool) -> str | None:
    """The plain literal character an alternative starts with (None: a class, escape, group or quantified char), as
    the key its group is found by: under IGNORECASE (`ci`) only ASCII characters, lower-cased (`A` and `a` then match
    the same characters, and no character matches two different ASCII letters)."""
    if not alt or alt[0] in _SPECIAL or alt[1:2] in _QUANT:
        return None
    if ci:
        return alt[0].lower() if alt[0].isascii() else None
    return alt[0]


def _trie(alts: list[str], ci: bool) -> str:
    """The alternation of `alts`, with branches sharing their first literal character grouped (order kept)."""
    parts: list[str] = []
    i = 0
    while i < len(alts):
        if _lead(alts[i], ci) is None:
            parts.append(rewrite(alts[i], ci))
            i += 1
            continue
        j = i
        while j < len(alts) and _lead(alts[j], ci) is not None:
            j += 1
        groups: dict[str, list[str]] = {}
        for a in alts[i:j]:  # a run of literal-led branches: regroup by first character, first-seen order
            groups.setdefault(_lead(a, ci) or "", []).append(a[1:])
        for ch, rests in groups.items():
            if len(rests) == 1:
                parts.append(ch + rewrite(rests[0], ci))
            else:
                parts.append(ch + "(?:" + _trie(rests, ci) + ")")
        i = j
    return "|".join(parts)


def rewrite(s: str, ci: bool = False) -> str:
    """`s` with every alternation (top level and inside groups) trie-shaped; `ci`: for an IGNORECASE pattern."""
    alts = _alternatives(s)
    if alts is None:
        return s
    if len(alts) > 1:
        return _trie(alts, ci)
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            out.append(s[i : i + 2])
            i += 2
        elif c == "[":
            k = i + 1
            if s[k : k + 1] == "^":
                k += 1
            if s[k : k + 1] == "]":
                k += 1
            while k < n and s[k] != "]":
                k += 2 if s[k] == "\\" else 1
            out.append(s[i : k + 1])
            i = k + 1
        elif c == "(":
            end = _close(s, i)
            if end < 0:
                return s
            head = i + 1
            if s.startswith("?:", head) or s.startswith("?=", head) or s.startswith("?!", head):
                head += 2
            elif s.startswith("?<=", head) or s.startswith("?<!", head):
                head += 3
            elif s.startswith("?", head):  # named groups, flags, conditionals: left as written
                out.append(s[i : end + 1])
                i = end + 1
                continue
            out.append(s[i:head] + rewrite(s[head:end], ci) + ")")
            i = end + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def longest_first(word: str) -> tuple[int, str]:
    """Sort key of a word list's alternation: longest first, words of one length in a fixed order (a set's order
    differs between processes, and so did the pattern text; regex_store.py keeps one per text)."""
    return -len(word), word


_UNSAFE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux-]")  # back-references, conditionals, inline flags


def compile_trie(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, trie-shaped when that is safe (case-sensitive, no back-references) and the
    rewritten pattern compiles; otherwise the pattern as written."""
    if flags & re.VERBOSE or _UNSAFE.search(pattern):
        return regex_store.compile(pattern, flags)
    ci = bool(flags & re.IGNORECASE)
    try:
        return regex_store.compile(regex_store.derived("trie", (pattern, ci), lambda: rewrite(pattern, ci)), flags)
    except re.error:
        return regex_store.compile(pattern, flags)
