"""The splitter's per-line features that read one line's own text: cue flags (`line_flags`: header, name-like,
dated, short-line shape) and text features (`text_features`: length, cues, pronouns, punctuation, script), with the
voice vocabularies they are grouped by. Document structure is `doc_structure.py`; the feature assembly `features.py`.
"""

from __future__ import annotations

import re

from .cues import Cues, lower_exact
from .text import shouting

WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")
QUOTE_RE = re.compile(r"[\"“”][^\"“”]{0,2000}[\"“”]|‘[^‘’]{8,2000}’|«[^«»]{0,2000}»")
QUOTED_SPAN = re.compile(r"[\"“‘«]([^\"“”‘’«»]{3,200})[\"”’»]")
NUMBER_RE = re.compile(r"\b\d[\d,.]*\b")
HIGH_RE = re.compile("[^\x00-\u024f]")
END_PUNCT = re.compile(r"[.!?”\"’)。！？」]$")
# Han and kana: scripts written without spaces between words, counted as about two characters a word (Hangul is
# written with spaces: its words are whitespace tokens)
CJK_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
USER_TOKEN = re.compile(r"[A-Za-z]\d|\d[A-Za-z]|_|[a-z][A-Z]")
MAX_CONTEXT = 20000  # characters of earlier text searched for quotations
READER_VOICE = {
    "p1",
    "p1:3",
    "p2",
    "p2:3",
    "c:profanity",
    "c:reader_refs",
    "c:hedge",
    "c:evaluative",
    "c:informal",
    "c:opener",
    "c:address",
    "c:quote_remark",
    "q",
    "excl",
    "lower_start",
    "shout",
}
NEWS_VOICE = {
    "c:attribution",
    "c:attribution:3",
    "c:news_words",
    "c:news_words:3",
    "c:news_formula",
    "c:news_boilerplate",
    "num",
    "num:3",
}
NEIGHBOUR_TEXT = {
    "p1",
    "p1:3",
    "p2",
    "p2:3",
    "c:attribution",
    "c:news_words",
    "c:reader_refs",
    "c:profanity",
    "lower_start",
    "end_punct",
    "q",
    "excl",
    "num",
    "nonlatin",
    "no_en_function",
}


def bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


def n_words(text: str) -> int:
    """Words of a line: whitespace-separated tokens, plus about one per two characters of a script written without
    spaces (a Japanese sentence is one token but no one-word line)."""
    n = len(text.split())
    if text.isascii() or max(text) < "\u3040":  # (curly quotes and accents make most lines non-ASCII)
        return n
    k = len(CJK_RE.findall(text))
    return n + k // 2 if k > 1 else n


def name_like(text: str) -> bool:
    """A line that could hold only a display name: short, no sentence punctuation, not a quotation, with a letter or a
    digit (an emoji-only line is a comment's text, never a name: split25)."""
    if len(text) > 40 or text[:1] in '“"‘-*>(' or not any(c.isalnum() for c in text):
        return False
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    if text.endswith(" .") or re.search(r"(^|[\s.])\w\.$", text):
        return True
    return not re.search(r"[.!?:;,。！？：；，]$", text)


def line_flags(cues: Cues, t: str) -> dict[str, bool]:
    lowered = lower_exact(t)
    skip = cues.line_skip(t, lowered)  # anchored kinds that cannot match a line starting with its first character
    may = cues.line_set.may(t, lowered)  # the kinds that can match it at all (None: all)
    if may is None:
        flags = {k: k not in skip and rx.search(t, lowered) for k, rx in cues.line.items()}
    else:
        flags = {k: k in may and k not in skip and rx.search(t, lowered) for k, rx in cues.line.items()}
    words = t.split()
    m, weak = cues.header_match(t)
    flags["header"] = m is not None and not weak and len(t) <= 160
    flags["header_weak"] = m is not None and weak and len(t) <= 160
    flags["namelike"] = name_like(t)
    flags["initial"] = cues.initial.match(t) is not None  # a one-letter name (cues.json `initial_name`; split22)
    flags["short"] = n_words(t) <= 6
    flags["dated"] = len(words) <= 14 and (flags["time"] or flags["ago"] or (flags["date"] and flags["year"]))
    if flags["short"]:
        low = [w.lower().strip(".,:;!?") for w in words]
        flags["s_function_word"] = any(w in cues.short_function for w in low[1:]) or low[0] in cues.short_function
        flags["s_title_case"] = all(w[:1].isupper() for w in words if w[:1].isalpha())
        flags["s_lower"] = t[:1].islower()
        flags["s_user_token"] = any(USER_TOKEN.search(w) for w in words)
        flags["s_colon"] = t.endswith(":")
    return flags


def _nonlatin(t: str) -> bool:
    """Most letters are beyond Latin Extended-B (U+024F). Counted over the characters past U+024F only (curly quotes
    make most lines non-ASCII); with no letter among them the answer is no, without counting every letter."""
    high = sum(1 for c in HIGH_RE.findall(t) if c.isalpha())
    return high > 0 and high > 0.5 * sum(1 for c in t if c.isalpha())


def text_features(cues: Cues, t: str) -> list[str]:
    out: list[str] = []
    outside, quoted = QUOTE_RE.subn(" ", t)
    words = [w.lower() for w in WORD_RE.findall(outside)]
    nw = len(WORD_RE.findall(t)) if quoted else len(words)
    out.append("w" + bucket(nw, (1, 2, 4, 8, 15, 30, 60)))
    low = lower_exact(outside)
    may = cues.text_set.may(outside, low)  # the cues that can match it at all (None: all)
    for k, rx in cues.text.items():
        n = rx.count(outside, low) if may is None or k in may else 0
        if n:
            out.append("c:" + k)
            if n >= 3:
                out.append("c:" + k + ":3")
    for name, vocab in cues.pronouns:  # cues.json `pronoun_features`: p1, p1pl, p2
        n = sum(map(vocab.__contains__, words))
        if n:
            out.append(name if n < 3 else name + ":3")
    if outside.count("?"):
        out.append("q")
    if outside.count("!"):
        out.append("excl")
    nn = len(NUMBER_RE.findall(outside))
    if nn:
        out.append("num" if nn < 3 else "num:3")
    if len(outside.strip()) < 0.7 * len(t):
        out.append("mostly_quoted")
    first = t.lstrip("“\"'‘(")[:1]
    if first.islower():
        out.append("lower_start")
    if END_PUNCT.search(t):
        out.append("end_punct")
    elif t.endswith(":"):
        out.append("end_colon")
    if shouting(t):
        out.append("shout")
    if not t.isascii() and _nonlatin(t):
        out.append("nonlatin")
    elif len(words) >= 6 and not any(w in cues.en_function for w in words):
        out.append("no_en_function")
    return out


def quotes_earlier(t: str, context: str) -> bool:
    """The line quotes two or more words of the text before it."""
    for m in QUOTED_SPAN.finditer(t):
        span = m.group(1).strip(" ,.")
        if len(span.split()) >= 2 and span in context:
            return True
    return False
