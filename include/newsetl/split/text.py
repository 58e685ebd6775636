"""Text normalisation and the line model the splitter labels: every non-blank line with its indentation,
the blank lines before it and its paragraph (blank-line block)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import compress

WS_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
ZW_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
LEAD_RE = re.compile(r"^[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*")
OTHER_WS = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")  # WS_RE's characters beyond ASCII


@dataclass(slots=True)
class Line:
    text: str  # whitespace-normalised, stripped
    indent: int  # leading columns (tabs count 4)
    gap: int  # blank lines before this line (0 inside a paragraph)
    para: int  # index of its blank-line paragraph


def normalize_text(text: str) -> str:
    """Stripped, whitespace-normalised lines (indentation removed), CR/LF unified, NFC."""
    return "\n".join(ln.text if ln is not None else "" for ln in _raw_lines(text)).strip("\n")


def _spaces(raw: str) -> str:
    """`WS_RE.sub(" ", raw)`, without the substitution (a match per space) when it would change nothing: no tab, no
    two spaces in a row and (on a non-ASCII line) none of WS_RE's other characters (perf16)."""
    if "  " in raw or "\t" in raw or (not raw.isascii() and OTHER_WS.search(raw)):
        return WS_RE.sub(" ", raw)
    return raw


def _raw_lines(text: str):
    text = ZW_RE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    for raw in text.split("\n"):
        lead_m = LEAD_RE.match(raw)  # "^[...]*" matches every string
        lead = lead_m.group(0) if lead_m else ""
        body = _spaces(raw).strip()
        if not body:
            yield None
            continue
        yield Line(body, len(lead.replace("\t", "    ")), 0, 0)


def to_lines(text: str) -> list[Line]:
    """The non-blank lines of a dump, each with its indentation, blank lines before and paragraph index."""
    out: list[Line] = []
    gap, para = 0, -1
    for ln in _raw_lines(text):
        if ln is None:
            gap += 1
            continue
        if not out or gap:
            para += 1
        ln.gap = gap if out else 0
        ln.para = max(para, 0)
        out.append(ln)
        gap = 0
    return out


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Group consecutive lines of the same blank-line paragraph."""
    out: list[list[Line]] = []
    for ln in lines:
        if out and out[-1][-1].para == ln.para:
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def shouting(t: str) -> bool:
    """Two or more words of four or more characters in capitals. `isupper` over the words in C first (most lines have
    no such word), the lengths only of the words it keeps."""
    words = t.split()
    caps = list(compress(words, map(str.isupper, words)))
    return len(caps) >= 2 and sum(1 for w in caps if len(w) >= 4) >= 2
