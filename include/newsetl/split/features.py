"""Per-line features for the splitter's sequence labeller.

Every feature is a name (binary, value 1). Their weights are fitted by `newsetl train split`; the cue
patterns come from `data/cues.json`. Features never hard-code one outlet's habits: blank lines and
indentation are features among many (position, length, punctuation, pronouns and address, quotation of
earlier text, name/date/counter/chrome patterns, and the repetition of header + text blocks later on).
This module assembles them per line; a line's own text features are `line_features.py`, the document's structure
(blocks, closing runs, name links) `doc_structure.py`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .cues import Cues, load_cues
from .doc_structure import (
    FOREIGN_TEXT,
    LOOSE_MARKS,
    MARK_ONLY,
    NEVER,
    TAIL_MARKS,
    blocks,
    dated_runs,
    name_links,
    structure,
    tails,
)
from .line_features import (
    MAX_CONTEXT,
    NEIGHBOUR_TEXT,
    NEWS_VOICE,
    READER_VOICE,
    bucket,
    line_flags,
    n_words,
    name_like,
    quotes_earlier,
    text_features,
)
from .text import Line
from .transcript import transcript_lines

NEIGHBOUR_FLAGS = (
    "header",
    "namelike",
    "short",
    "reply_chrome",
    "time",
    "ago",
    "comment_count",
    "dated",
    "s_function_word",
)
DOC_COUNTS = ("qa", "time_entry", "key_value", "sandwich")  # document-level structure, counted over all lines


@dataclass
class _Doc:
    """One document's per-line flags, text features and the structure counts the line features refer to."""

    lines: list[Line]
    flags: list[dict[str, bool]]
    text: list[list[str]]
    hdr: list[bool]  # header-like: a comment header pattern, a dated line, or a name-like line before a longer one
    first_marker: int  # first header-like line or double blank line after the first three lines
    after: dict[str, list[int]]  # per kind, how many such lines come after line i (index i + 1)
    seen: dict[str, int]  # short lines by lower-cased text: how often each occurs
    reader: list[int]
    news: list[int]
    doc: list[str]  # document-level features, given to every line
    blk: list[str]  # per line, the size of its header + text block
    tail: int  # first line of a closing run of short voiced header + text blocks (doc_structure._tail_blocks), else n
    tail_short: int  # the same for a run of one or two blocks, else n
    tail_loose: (
        int  # where there is neither, the same with loose name lines as headers too (doc_structure.tails), else n
    )


def _analyse(lines: list[Line], cues: Cues) -> _Doc:
    n = len(lines)
    flags: list[dict[str, bool]] = []
    text: list[list[str]] = []
    memo: dict[str, tuple[dict[str, bool], list[str]]] = {}  # repeated lines (Reply, Share, names) once
    for ln in lines:
        hit = memo.get(ln.text)
        if hit is None:
            hit = memo[ln.text] = (line_flags(cues, ln.text), text_features(cues, ln.text))
        flags.append(dict(hit[0]))  # the structure marks are added per line below
        text.append(hit[1])  # shared, never modified
    dated_runs(flags)
    hdr = [
        f["header"] or f["header_weak"] or f["dated"] or (f["namelike"] and i + 1 < n and not flags[i + 1]["short"])
        for i, f in enumerate(flags)
    ]
    named = [f["initial"] or cues.is_short_name(ln.text) for f, ln in zip(flags, lines)]
    initial = [f["initial"] for f in flags]  # built once: inside the comprehension it made the features quadratic
    initials = [not h and _initial_over_text(lines, named, initial, i) for i, h in enumerate(hdr)]
    spoken = transcript_lines(lines, initials, cues.transcript_turns)
    initials = [x and i not in spoken for i, x in enumerate(initials)]
    hdr = [h or x for h, x in zip(hdr, initials)]
    first_marker = next((i for i in range(3, n) if hdr[i] or lines[i].gap >= 2), n)
    links = name_links(lines, flags, hdr)
    marks = {
        "hdr": hdr,
        "dated": [f["dated"] for f in flags],
        "sec": [f["comment_count"] or f["comment_section"] or f["reply_chrome"] for f in flags],
    }
    words = [n_words(ln.text) for ln in lines]
    marks_st = structure(lines, flags, words)
    for k, v in marks_st.items():
        flags_k = "st:" + k
        for f, x in zip(flags, v):
            f[flags_k] = x
    after: dict[str, list[int]] = {}
    for k, v in marks.items():
        acc = [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            acc[i] = acc[i + 1] + v[i]
        after[k] = acc
    seen: dict[str, int] = {}
    for ln, f in zip(lines, flags):
        if f["short"]:
            seen[ln.text.lower()] = seen.get(ln.text.lower(), 0) + 1
    blk, doc_blk = blocks(lines, hdr, words)
    reader = [sum(1 for x in tf if x in READER_VOICE) for tf in text]
    head = reader[1 : max(4, n // 3)]  # the article's own voice: a blogger's "I" and "you" are no reader's
    voiced = bool(head) and sum(1 for r in head if r) >= 0.5 * len(head)
    doc = [f"doc_{k}" + bucket(sum(marks_st[k]), (0, 1, 3)) for k in DOC_COUNTS] + doc_blk
    doc += ["doc_head_voiced"] if voiced else []
    doc += ["doc_name_links" + bucket(links, (1, 2))] if links else []
    return _Doc(
        lines,
        flags,
        text,
        hdr,
        first_marker,
        after,
        seen,
        reader,
        [sum(1 for x in tf if x in NEWS_VOICE) for tf in text],
        doc,
        blk,
        *tails(lines, flags, hdr, reader, words, (text, cues), initials),
    )


def _initial_over_text(lines: list[Line], named: list[bool], one: list[bool], i: int) -> bool:
    """A one-letter name (split22, `one`: the line flag `initial`) or a two-letter one (`named`: either, or cues.json
    `short_name`; split25) set off by blank lines over a text line that is no such name itself: a commenter's short
    name over a comment too short for the name-like header rule (`K` / `Lovely.`, `Bo` / `Yum.`). Under a one-letter
    name only another one-letter name cancels it (fix37: `J` / `Ok`)."""
    below = one if one[i] else named
    return named[i] and 0 < i < len(lines) - 1 and lines[i].gap > 0 and lines[i + 1].gap > 0 and not below[i + 1]


def _position(d: _Doc, i: int, before: dict[str, int]) -> list[str]:
    """Where the line is: position, distance from the end, structural markers before and after it."""
    n = len(d.lines)
    out = ["pos" + ("0" if i == 0 else "1" if i == 1 else "2" if i == 2 else str(min(9, 10 * i // n)))]
    out.append("from_end" + bucket(n - 1 - i, (0, 1, 3, 6, 12)))
    out.append("hdr_after" + bucket(d.after["hdr"][i + 1], (0, 1, 3)))
    out.append("hdr_before" + bucket(before["hdr"], (0, 1, 3)))
    out.append("sec_after" + bucket(d.after["sec"][i + 1], (0, 2)))
    out.append("dated_after" + bucket(d.after["dated"][i + 1], (0, 1, 3)))
    out.append("dated_before" + bucket(before["dated"], (0, 1, 3)))
    if before["sec"]:
        out.append("sec_before")
    if d.hdr[i]:
        out.append("hdr")
    fm = d.first_marker
    out.append("mk_before" if i < fm else ("mk_at" if i == fm else "mk_after"))
    if i + 1 == fm:
        out.append("mk_next")
        out += ["mk_next:" + x for x in d.text[i] if x in READER_VOICE or x in NEWS_VOICE]
        out.append("mk_next:reader" + bucket(d.reader[i], (0, 1, 3)))
    return out


def _neighbours(d: _Doc, i: int) -> list[str]:
    """Features of the previous and next line, and the voice of the three lines before and after."""
    n = len(d.lines)
    out: list[str] = []
    for tag, j in (("p:", i - 1), ("n:", i + 1)):
        if not 0 <= j < n:
            out.append(tag + "none")
            continue
        g = d.flags[j]
        out += [tag + k for k in NEIGHBOUR_FLAGS if g.get(k)]
        out.append(tag + "gap" + bucket(d.lines[j].gap, (0, 1, 2)))
        if d.hdr[j]:
            out.append(tag + "hdr")
        out += [tag + x for x in d.text[j] if x in NEIGHBOUR_TEXT or x.startswith("w")]
    for tag, lo, hi in (("n3", i + 1, i + 4), ("p3", i - 3, i)):
        lo = max(lo, 0)
        out.append(f"{tag}:reader" + bucket(sum(d.reader[lo:hi]), (0, 1, 3)))
        out.append(f"{tag}:news" + bucket(sum(d.news[lo:hi]), (0, 1, 3)))
    if i + 1 < n and d.lines[i + 1].gap >= 2:
        out.append("n2gap")
    return out


def _label(text: str) -> str:
    """The label of a `Label: value` line (before its first colon), lower-cased."""
    return text.split(":", 1)[0].strip().lower()


def doc_features(lines: list[Line], cues: Cues | None = None) -> list[list[str]]:
    """Feature names for every line of one document."""
    cues = cues or load_cues()
    d = _analyse(lines, cues)
    feats: list[list[str]] = []
    context = ""
    before = {"hdr": 0, "sec": 0, "dated": 0}
    labels = Counter(_label(ln.text) for ln, f in zip(lines, d.flags) if f.get("key_value"))
    for i, ln in enumerate(lines):
        f = d.flags[i]
        out = ["bias"] + ["l:" + k for k, v in f.items() if v] + d.text[i] + d.doc + [d.blk[i]]
        near = d.flags[max(i - 1, 0) : i] + d.flags[i + 1 : i + 2]
        again = f.get("key_value", False) and labels[_label(ln.text)] > 1  # a `Label:` the page uses twice (split30)
        marks = {**f, "gap2": True} if ln.gap >= 2 else f  # split32: two or more blank lines above (a rule's flag)
        never = cues.never_labels(ln.text.strip(), marks, near, again)
        out += [NEVER + lab for lab in never]  # decoder marks (split29)
        if i >= d.tail:
            out.append("tail_blocks:reader" if d.reader[i] else "tail_blocks")
        elif i + 1 == d.tail < len(lines):  # before them: a headerless first comment, or the article's end
            out.append("before_tail_blocks")
            out.append("before_tail_blocks:reader" + bucket(d.reader[i], (0, 1)))
            out.append("before_tail_blocks:news" + bucket(d.news[i], (0, 1)))
        elif i >= d.tail_short:  # a mark for the model's tail margin only, never a CRF feature (MARK_ONLY)
            out.append("tail_short:reader" if d.reader[i] else "tail_short")
        elif i >= d.tail_loose:  # a mark for the model's loose margin only (MARK_ONLY)
            out.append("tail_loose:reader" if d.reader[i] else "tail_loose")
        if d.reader[i] and "doc_head_voiced" in d.doc:
            out.append("reader_in_voiced_doc")
        if context and ('"' in ln.text or "“" in ln.text or "‘" in ln.text) and quotes_earlier(ln.text, context):
            out.append("quotes_earlier")
        if f["short"] and d.seen.get(ln.text.lower(), 0) > 1:
            out.append("repeat_short")
        out.append("gap" + bucket(ln.gap, (0, 1, 2)))
        if ln.indent:
            out.append("indent")
        if i and ln.indent > lines[i - 1].indent:
            out.append("indent_up")
        if i and ln.indent < lines[i - 1].indent:
            out.append("indent_down")
        out += _position(d, i, before)
        out += _neighbours(d, i)
        feats.append(out)
        before["hdr"] += d.hdr[i]
        before["sec"] += d.after["sec"][i] - d.after["sec"][i + 1]
        before["dated"] += d.after["dated"][i] - d.after["dated"][i + 1]
        if len(context) < MAX_CONTEXT:
            context = f"{context} {ln.text}"
    return feats


__all__ = [
    "FOREIGN_TEXT",
    "LOOSE_MARKS",
    "MARK_ONLY",
    "NEVER",
    "NEWS_VOICE",
    "READER_VOICE",
    "TAIL_MARKS",
    "doc_features",
    "load_cues",
    "n_words",
    "name_like",
]
