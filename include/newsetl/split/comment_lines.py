"""Comment-zone lines the model labelled as comment metadata (`cmeta`) that the page's structure shows are
something else. Assembly only: the labels of the model are corrected before comments are built, nothing is
fitted here and no line changes sides (body / comments).

* A comment's text: a header line whose comment has no text line before the next header (or the end) takes
  the first short metadata-labelled line under it that is no metadata (`+1`, `LOL`, `Stay strong`).
* A one-line anonymous comment: a metadata-labelled line after the wider break this page puts between
  comments (two blank lines where paragraphs have one), right after a comment's text, that is no metadata.
* A comment header: on such a page, a short line the model took for the start of a comment after a paragraph
  break (not the wide break) with text under it after a paragraph break (`riverstone .`, `Who pays?`).
* A comment's last paragraph: on such a page, a metadata-labelled line that is no metadata, right after a
  comment's text and before the wide break, a header or the end of the page.
* A comment's text: an author-labelled line inside a hard-wrapped paragraph of comment text (no blank line
  before or after it) on a page whose other header lines all follow a blank line (`i left in 2022`).
* A comment header: a metadata-labelled line that parses as a header with a name (`2. Ngozi`, `Ingrid |
  2 May 2024, 2:35`), with only date lines between it and text lines, where the comment above already has an
  author (so the line cannot be that comment's signature) or no comment has started yet.
* A comment header: a short line taken as comment text that a later comment addresses by name (`Tanvir.` over a
  comment, and further down `Tanvir, thank you ...` or `@Tanvir`): a display name with a full stop.

"Metadata" is any `line_patterns` kind listed in `cues.json` `comment_metadata` (dates, counters, Reply/Like,
chrome, numbers), an author header, or a date/time."""

from __future__ import annotations

import re

from .cues import Cues, Pattern, lower_exact
from .text import Line

TIME_HINT = re.compile(r"\d{1,2}:\d{2}|\bago\b|\b(19|20)\d{2}\b|\byesterday\b|\btoday\b", re.I)
# the same as a cue `Pattern` (its lower-case twin after a test for ":", "19", "20", "ago", "today", "yesterday"):
# `date_only` asks it of every line of a comment zone, nearly all of them prose that holds none of those
_TIME_HINT = Pattern(TIME_HINT.pattern, True)
DATE_WORDS = re.compile(
    r"\b(?:at|on|am|pm|a\.m\.|p\.m\.|ago|yesterday|today|an?|sec|second|min|minute|hour|day|week|month|year)s?\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|[\d\s:/.,#()\-]+",
    re.I,
)
MAX_NAME_CHARS, MAX_NAME_WORDS = 40, 5  # a display name (as `features.name_like`, whatever its punctuation)
MAX_TEXT_WORDS = 30  # a metadata-labelled line taken as text is short (longer lines are labelled as text anyway)


def time_hint(text: str) -> bool:
    """A line that holds a time, a year or `ago`/`today`/`yesterday` (`TIME_HINT`, through its lower-case twin)."""
    return _TIME_HINT.search(text, lower_exact(text))


def date_only(text: str) -> bool:
    """A line that holds only a date/time (digits, month names, am/pm, `ago`), never a name."""
    return time_hint(text) and not DATE_WORDS.sub("", text).strip()


def is_metadata(cues: Cues, text: str) -> bool:
    """A line that may be comment metadata or a header: a date/time, a listed chrome kind or an author header."""
    low = lower_exact(text)
    if _TIME_HINT.search(text, low) or cues.header(text) is not None:
        return True
    return any(cues.line[k].search(text, low) for k in cues.meta_kinds)


def _as_text(cues: Cues, ln: Line) -> bool:
    """A metadata-labelled line that can be a comment's text where nothing else is (`+1` is, `12 likes` is not)."""
    return len(ln.text.split()) <= MAX_TEXT_WORDS and (
        not is_metadata(cues, ln.text) or bool(cues.alone_text.match(ln.text))
    )


def _wrapped_authors(cues: Cues, lines: list[Line], out: list[str], start: int) -> None:
    """Author-labelled lines inside a hard-wrapped paragraph of comment text (no blank line before or after them)
    are text, on a page whose other header lines under a comment's text all follow a blank line (its own way of
    starting the next comment)."""
    n = len(lines)
    heads = [i for i in range(max(start, 1), n) if out[i] == "author" and out[i - 1] in ("ctext", "cstart")]
    inside = [
        i
        for i in heads
        if i < n - 1
        and lines[i].gap == 0
        and lines[i + 1].gap == 0
        and out[i + 1] == "ctext"
        and cues.header(lines[i].text) is None
    ]
    if inside and len(inside) < len(heads) and all(lines[i].gap >= 1 for i in heads if i not in inside):
        for i in inside:
            out[i] = "ctext"


def relabel_text(cues: Cues, lines: list[Line], labels: list[str], start: int, sep: int) -> list[str]:
    """The labels of lines[start:] with metadata-labelled comment text relabelled (see the module docstring)."""
    out = addressed_names(cues, lines, labels, start)
    n = len(lines)
    _wrapped_authors(cues, lines, out, start)
    for i in range(start, n):
        if out[i] != "author":
            continue
        j, metas = i + 1, []
        while j < n and (out[j] == "cmeta" or (out[j] == "author" and date_only(lines[j].text))):
            metas.append(j)
            j += 1
        wide = j < n and out[j] == "cstart" and sep >= 2 and lines[j].gap >= sep  # a new anonymous comment
        if not metas or (j < n and out[j] in ("ctext", "cstart") and not wide):  # the header has its text
            continue
        k = next((k for k in metas if out[k] == "cmeta" and _as_text(cues, lines[k])), None)
        if k is not None:  # the first line that is no metadata is the text; later ones stay metadata (`Reply ↓`)
            out[k] = "ctext"
    if sep >= 2:
        for i in range(max(start, 1), n):
            if out[i] == "ctext" and lines[i].gap >= sep and out[i - 1] in ("ctext", "cstart"):
                out[i] = "cstart"  # text after the wide break this page puts between comments: a new comment
                continue
            if out[i] != "cmeta" or out[i - 1] not in ("ctext", "cstart") or not _as_text(cues, lines[i]):
                continue
            if lines[i].gap >= sep and (i + 1 == n or out[i + 1] != "ctext"):
                out[i] = "cstart"  # a one-line anonymous comment after the wide break
            elif i + 1 == n or out[i + 1] == "author" or lines[i + 1].gap >= sep:
                out[i] = "ctext"  # the last paragraph of the comment above (`Stay strong`)
        for i in range(max(start, 1), n - 1):
            if (
                out[i] == "cstart"
                and lines[i].gap < sep
                and out[i - 1] in ("ctext", "cstart")
                and out[i + 1] == "ctext"
                and lines[i + 1].gap < sep
                and _short_name(lines[i].text)
            ):
                out[i] = "author"  # a comment starts after a paragraph break, not the wide one: a name line
    return out


ADDRESS = re.compile(r"@?([^\W\d][\w'’.\- ]{0,38}?)\.?[,:]\s")  # `Name, ...`, `@Name: ...` at a line's start


def addressed_names(cues: Cues, lines: list[Line], labels: list[str], start: int) -> list[str]:
    """The labels with a short text line that later comments address by name relabelled as an author line: the
    line (its final full stop aside) is a display name, not a reader's opener (`Thanks.`, `Agreed.`: the `opener`
    text cue), text follows it, and a later comment line opens with it."""
    out = list(labels)
    opener = cues.text.get("opener")
    n = len(lines)
    opened = {
        m.group(1).lower()
        for i in range(start, n)
        if out[i] in ("ctext", "cstart")
        for m in [ADDRESS.match(lines[i].text)]
        if m
    }
    if not opened:
        return out
    for i in range(start, n - 1):
        t = lines[i].text
        if out[i] not in ("cstart", "ctext") or out[i + 1] != "ctext" or not t.endswith(".") or t.endswith(".."):
            continue
        name = t[:-1].strip()
        if not name or not _short_name(name) or not name[:1].isupper() or re.search(r"[.!?:;,]$", name):
            continue
        if opener is not None and opener.search(t, lower_exact(t)):
            continue
        later = any(
            out[j] in ("ctext", "cstart") and (m := ADDRESS.match(lines[j].text)) and m.group(1).lower() == name.lower()
            for j in range(i + 2, n)
        )
        if later:
            out[i] = "author"
    return out


def _short_name(text: str) -> bool:
    return len(text) <= MAX_NAME_CHARS and len(text.split()) <= MAX_NAME_WORDS


def wide_break(lines: list[Line], labels: list[str], start: int) -> int:
    """The blank lines this page puts before an anonymous comment (2 or more), else 0: from the comments the model
    started after a wide break (half of them or more), or, when it started none, from text lines after a break wider
    than every paragraph break inside the page's comments (which are single blank lines)."""
    starts = [lines[i].gap for i in range(start + 1, len(lines)) if labels[i] == "cstart" and labels[i - 1] != "author"]
    wide = [g for g in starts if g >= 2]
    if wide and len(wide) >= len(starts) / 2:  # half the anonymous comments or more after a wider break
        return min(wide)
    if starts:
        return 0
    after_text = [i for i in range(start + 1, len(lines)) if labels[i - 1] in ("ctext", "cstart")]
    paras = [lines[i].gap for i in after_text if labels[i] == "ctext" and lines[i].gap >= 1]
    if 1 in paras and max(paras) >= 2:
        return 2 if all(lines[i].gap <= 1 for i in range(start + 1, len(lines)) if labels[i] == "author") else 0
    return 0


def opens_comment(cues: Cues, lines: list[Line], labels: list[str], i: int) -> str | None:
    """The name of a metadata-labelled header line that opens the comment under it, else None (the caller
    checks that the comment above has an author or that no comment has started)."""
    m = cues.header(lines[i].text)
    name = ((m.groupdict().get("name") or "") if m else "").strip()
    if not name or time_hint(name):
        return None
    j = i + 1
    while j < len(lines) and labels[j] == "cmeta" and _date_line(lines[j].text):
        j += 1
    return name if j < len(lines) and labels[j] == "ctext" else None


def _date_line(text: str) -> bool:
    return time_hint(text) and len(text) <= 60
