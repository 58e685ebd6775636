"""Per-line features for the splitter's sequence labeller.

Every feature is a name (binary, value 1). Their weights are fitted by `newsetl train split`; the cue
patterns come from `data/cues.json`. Features never hard-code one outlet's habits: blank lines and
indentation are features among many (position, length, punctuation, pronouns and address, quotation of
earlier text, name/date/counter/chrome patterns, and the repetition of header + text blocks later on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .closing_runs import loose_evidence, not_a_comment_run
from .cues import Cues, load_cues, lower_exact
from .text import Line, shouting

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
FIRST_SING = {"i", "i'm", "im", "i’m", "me", "my", "mine", "myself", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"}
FIRST_PLUR = {"we", "us", "our", "ours", "we're", "we’re", "let's", "let’s"}
SECOND = {"you", "your", "yours", "you're", "you’re", "ya", "u", "yourself", "you've", "you’ve", "you'll", "you’ll"}
EN_FUNCTION = {
    "the",
    "and",
    "of",
    "to",
    "in",
    "is",
    "that",
    "it",
    "for",
    "on",
    "was",
    "with",
    "are",
    "this",
    "be",
    "not",
    "they",
    "have",
    "but",
    "what",
    "a",
    "as",
    "by",
    "at",
    "from",
    "he",
    "she",
    "we",
    "i",
    "you",
}
SHORT_FUNCTION = {
    "the",
    "of",
    "and",
    "to",
    "in",
    "for",
    "a",
    "an",
    "on",
    "with",
    "is",
    "are",
    "how",
    "what",
    "why",
    "when",
    "your",
    "our",
    "this",
    "from",
    "at",
    "by",
    "into",
    "about",
    "more",
    "new",
}
MAX_CONTEXT = 20000
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
}  # characters of earlier text searched for quotations


def _bucket(n: int, edges: tuple[int, ...]) -> str:
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
    """A line that could hold only a display name: short, no sentence punctuation, not a quotation."""
    if len(text) > 40 or text[:1] in '“"‘-*>(':
        return False
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    if text.endswith(" .") or re.search(r"(^|[\s.])\w\.$", text):
        return True
    return not re.search(r"[.!?:;,。！？：；，]$", text)


def _line_flags(cues: Cues, t: str) -> dict[str, bool]:
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
    flags["short"] = n_words(t) <= 6
    flags["dated"] = len(words) <= 14 and (flags["time"] or flags["ago"] or (flags["date"] and flags["year"]))
    if flags["short"]:
        low = [w.lower().strip(".,:;!?") for w in words]
        flags["s_function_word"] = any(w in SHORT_FUNCTION for w in low[1:]) or low[0] in SHORT_FUNCTION
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


def _text_features(cues: Cues, t: str) -> list[str]:
    out: list[str] = []
    outside, quoted = QUOTE_RE.subn(" ", t)
    words = [w.lower() for w in WORD_RE.findall(outside)]
    nw = len(WORD_RE.findall(t)) if quoted else len(words)
    out.append("w" + _bucket(nw, (1, 2, 4, 8, 15, 30, 60)))
    low = lower_exact(outside)
    may = cues.text_set.may(outside, low)  # the cues that can match it at all (None: all)
    for k, rx in cues.text.items():
        n = rx.count(outside, low) if may is None or k in may else 0
        if n:
            out.append("c:" + k)
            if n >= 3:
                out.append("c:" + k + ":3")
    for name, vocab in (("p1", FIRST_SING), ("p1pl", FIRST_PLUR), ("p2", SECOND)):
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
    elif len(words) >= 6 and not any(w in EN_FUNCTION for w in words):
        out.append("no_en_function")
    return out


def _quotes_earlier(t: str, context: str) -> bool:
    """The line quotes two or more words of the text before it."""
    for m in QUOTED_SPAN.finditer(t):
        span = m.group(1).strip(" ,.")
        if len(span.split()) >= 2 and span in context:
            return True
    return False


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
# the lines of a closing run of short header + text blocks in the reader voice (`_tail_blocks`): three or more blocks
# (CRF features), one or two (marks only: `newsetl train split` leaves MARK_ONLY out of the CRF). The model's tail
# margin (model.SplitModel._tail, split16) forces the run's first line into the comment zone where the decoder took none
TAIL_MARKS = ("tail_blocks", "tail_blocks:reader", "tail_short", "tail_short:reader")
# split19: where there is no such run, a run of one or two blocks whose headers may also be loose name lines (a name-like
# line over a blank line and a line that is not name-like: a one-letter or non-Latin name over a one-word comment,
# which `hdr` does not take) marks its lines for the model's loose margin (model.SplitModel._loose), marks only
LOOSE_MARKS = ("tail_loose", "tail_loose:reader")
MARK_ONLY = frozenset({"tail_short", "tail_short:reader", *LOOSE_MARKS})
FOREIGN_TEXT = frozenset({"nonlatin", "no_en_function"})  # a line's text features saying it is not in English


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
    tail: int  # first line of a closing run of short voiced header + text blocks (see _tail_blocks), else n
    tail_short: int  # the same for a run of one or two blocks, else n
    tail_loose: int  # where there is neither, the same with loose name lines as headers too (see _tails), else n


def _structure(lines: list[Line], flags: list[dict[str, bool]], words: list[int]) -> dict[str, list[bool]]:
    """Per-line structural marks: question followed by an answer, timestamp-led entries, fact-box lines, and
    short lines between two long ones (sub-headings and name lines alike). `words`: each line's `n_words`."""
    n = len(lines)
    long_ = [w >= 15 for w in words]
    qa = [
        flags[i]["qa_prefix"]
        or (
            ln.text.endswith("?")
            and words[i] <= 30
            and i + 1 < n
            and words[i + 1] >= 8
            and not lines[i + 1].text.endswith("?")
        )
        for i, ln in enumerate(lines)
    ]
    entry = [f["time_lead"] or (f["time_only"] and i + 1 < n and long_[i + 1]) for i, f in enumerate(flags)]
    kv = [f["key_value"] for f in flags]
    sandwich = [
        0 < i < n - 1
        and words[i] <= 10
        and long_[i - 1]
        and long_[i + 1]
        and not flags[i]["dated"]
        and not flags[i]["header"]
        and not re.search(r"[.!?]$", lines[i].text)
        for i in range(n)
    ]
    return {"qa": qa, "time_entry": entry, "key_value": kv, "sandwich": sandwich}


def _dated_runs(flags: list[dict[str, bool]], run: int = 3) -> None:
    """Three or more dated lines in a row are a table or a list (a timetable, race splits, a schedule), not a
    sequence of comment headers (those alternate with text): they are marked `dated_run` instead of `dated`."""
    n, i = len(flags), 0
    while i < n:
        j = i
        while j < n and flags[j]["dated"]:
            j += 1
        if j - i >= run:
            for f in flags[i:j]:
                f["dated"], f["dated_run"] = False, True
        i = max(j, i + 1)


def _blocks(lines: list[Line], hdr: list[bool], words: list[int]) -> tuple[list[str], list[str]]:
    """Header + text blocks: per line, the size (words) of the block it is in (a block runs from a header-like
    line to the next); per document, the median size of the blocks that start with a header-like line.
    Reader comments under name/date headers are short blocks; a sub-headed article has long sections."""
    n = len(lines)
    starts = [0] + [i for i in range(1, n) if hdr[i]]
    per_line = [""] * n
    sizes = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else n
        size = sum(words[a:b])
        if hdr[a]:
            sizes.append(size)
        tag = "blk" + _bucket(size, (30, 80, 200, 400))
        for i in range(a, b):
            per_line[i] = tag
    if len(sizes) < 2:
        return per_line, []  # one header or none: no evidence either way
    sizes.sort()
    return per_line, ["doc_blk" + _bucket(sizes[len(sizes) // 2], (30, 80, 200))]


def _tail_blocks(
    lines: list[Line],
    hdr: list[bool],
    reader: list[int],
    words: list[int],
    foreign: list[bool],
    run: int = 3,
    most: int = 80,
) -> tuple[int, int]:
    """Index of the first line of a run of `run` or more short header + text blocks (at most `most` words each)
    that reaches the end of the page, at least half of them in the reader voice (a sequence of reader comments
    under name lines), or len(lines) when there is none. Sub-headed articles have long or unvoiced sections.
    Second (split16): the same for a run of one or two such blocks (a short comment section, or a short last section
    of the article: the tail margin decides), where a block whose text is not in English (`foreign`: the voice cues
    are English) counts as voiced; else len(lines)."""
    n = len(lines)
    starts = [i for i in range(1, n) if hdr[i]]
    first, count, voiced, other = n, 0, 0, 0
    for k in range(len(starts) - 1, -1, -1):
        a = starts[k]
        b = starts[k + 1] if k + 1 < len(starts) else n
        if b - a < 2 or sum(words[a:b]) > most:
            break
        first, count, voiced = a, count + 1, voiced + any(reader[a + 1 : b])
        other += not any(reader[a + 1 : b]) and any(foreign[a + 1 : b])
    if count >= run:
        return (first, n) if 2 * voiced >= count else (n, n)
    return (n, first) if count and 2 * (voiced + other) >= count else (n, n)


def _tails(
    lines: list[Line],
    flags: list[dict[str, bool]],
    hdr: list[bool],
    reader: list[int],
    words: list[int],
    d: tuple[list[list[str]], Cues],
) -> tuple[int, int, int]:
    """`_tail_blocks` over the header lines, and where it finds no run, the first line of a run of one or two blocks
    whose headers may also be loose name lines: a name-like line over a blank line and a line that is not name-like,
    the notion `_name_links` uses (split19), else len(lines). `d`: the lines' text features and the cues. A run that
    closing_runs.not_a_comment_run rejects is no run; the loose run needs closing_runs.loose_evidence (fix27)."""
    n, (text, cues) = len(lines), d
    tail, short = _tail_blocks(lines, hdr, reader, words, [bool(FOREIGN_TEXT.intersection(tf)) for tf in text])
    if short < n and not_a_comment_run(lines, hdr, short, cues):
        short = n
    if tail < n or short < n:
        return tail, short, n
    loose = [
        h or (flags[i]["namelike"] and i + 1 < n and lines[i + 1].gap > 0 and not flags[i + 1]["namelike"])
        for i, h in enumerate(hdr)
    ]
    if loose == hdr:
        return tail, short, n
    evidence = loose_evidence(lines, loose, reader, text, cues, EN_FUNCTION | SHORT_FUNCTION)
    first = _tail_blocks(lines, loose, evidence, words, [False] * n)[1]
    return tail, short, n if first < n and not_a_comment_run(lines, loose, first, cues) else first


def _name_links(lines: list[Line], flags: list[dict[str, bool]], hdr: list[bool]) -> int:
    """Links between name lines: a name-like line that repeats an earlier header line (the same commenter again,
    `st:name_again`), a line that opens with `@` + an earlier name line (a reply by name, `st:at_name`) and the
    name line it addresses (`st:named_later`). Names are header-like lines and name-like lines with a blank line and
    a line that is not name-like under them (a one-line comment, or one hard-wrapped into short lines: split11).
    Returns how many links the page has."""
    names: dict[str, int] = {}
    links = 0
    for i, ln in enumerate(lines):
        low = ln.text.lower()
        if low.startswith("@") and names:
            rest = low[1:]
            for key, j in names.items():
                if rest.startswith(key) and (len(rest) == len(key) or not rest[len(key)].isalnum()):
                    flags[i]["st:at_name"] = flags[j]["st:named_later"] = True
                    links += 1
                    break
        if flags[i]["namelike"] and i + 1 < len(lines):  # a name line has text under it
            if low in names:
                flags[i]["st:name_again"] = True
                links += 1
            elif hdr[i] or (lines[i + 1].gap and not flags[i + 1]["namelike"]):
                names[low] = i
    return links


def _analyse(lines: list[Line], cues: Cues) -> _Doc:
    n = len(lines)
    flags: list[dict[str, bool]] = []
    text: list[list[str]] = []
    memo: dict[str, tuple[dict[str, bool], list[str]]] = {}  # repeated lines (Reply, Share, names) once
    for ln in lines:
        hit = memo.get(ln.text)
        if hit is None:
            hit = memo[ln.text] = (_line_flags(cues, ln.text), _text_features(cues, ln.text))
        flags.append(dict(hit[0]))  # the structure marks are added per line below
        text.append(hit[1])  # shared, never modified
    _dated_runs(flags)
    hdr = [
        f["header"] or f["header_weak"] or f["dated"] or (f["namelike"] and i + 1 < n and not flags[i + 1]["short"])
        for i, f in enumerate(flags)
    ]
    first_marker = next((i for i in range(3, n) if hdr[i] or lines[i].gap >= 2), n)
    links = _name_links(lines, flags, hdr)
    marks = {
        "hdr": hdr,
        "dated": [f["dated"] for f in flags],
        "sec": [f["comment_count"] or f["comment_section"] or f["reply_chrome"] for f in flags],
    }
    words = [n_words(ln.text) for ln in lines]
    structure = _structure(lines, flags, words)
    for k, v in structure.items():
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
    blk, doc_blk = _blocks(lines, hdr, words)
    reader = [sum(1 for x in tf if x in READER_VOICE) for tf in text]
    head = reader[1 : max(4, n // 3)]  # the article's own voice: a blogger's "I" and "you" are no reader's
    voiced = bool(head) and sum(1 for r in head if r) >= 0.5 * len(head)
    doc = [f"doc_{k}" + _bucket(sum(structure[k]), (0, 1, 3)) for k in DOC_COUNTS] + doc_blk
    doc += ["doc_head_voiced"] if voiced else []
    doc += ["doc_name_links" + _bucket(links, (1, 2))] if links else []
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
        *_tails(lines, flags, hdr, reader, words, (text, cues)),
    )


def _position(d: _Doc, i: int, before: dict[str, int]) -> list[str]:
    """Where the line is: position, distance from the end, structural markers before and after it."""
    n = len(d.lines)
    out = ["pos" + ("0" if i == 0 else "1" if i == 1 else "2" if i == 2 else str(min(9, 10 * i // n)))]
    out.append("from_end" + _bucket(n - 1 - i, (0, 1, 3, 6, 12)))
    out.append("hdr_after" + _bucket(d.after["hdr"][i + 1], (0, 1, 3)))
    out.append("hdr_before" + _bucket(before["hdr"], (0, 1, 3)))
    out.append("sec_after" + _bucket(d.after["sec"][i + 1], (0, 2)))
    out.append("dated_after" + _bucket(d.after["dated"][i + 1], (0, 1, 3)))
    out.append("dated_before" + _bucket(before["dated"], (0, 1, 3)))
    if before["sec"]:
        out.append("sec_before")
    if d.hdr[i]:
        out.append("hdr")
    fm = d.first_marker
    out.append("mk_before" if i < fm else ("mk_at" if i == fm else "mk_after"))
    if i + 1 == fm:
        out.append("mk_next")
        out += ["mk_next:" + x for x in d.text[i] if x in READER_VOICE or x in NEWS_VOICE]
        out.append("mk_next:reader" + _bucket(d.reader[i], (0, 1, 3)))
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
        out.append(tag + "gap" + _bucket(d.lines[j].gap, (0, 1, 2)))
        if d.hdr[j]:
            out.append(tag + "hdr")
        out += [tag + x for x in d.text[j] if x in NEIGHBOUR_TEXT or x.startswith("w")]
    for tag, lo, hi in (("n3", i + 1, i + 4), ("p3", i - 3, i)):
        lo = max(lo, 0)
        out.append(f"{tag}:reader" + _bucket(sum(d.reader[lo:hi]), (0, 1, 3)))
        out.append(f"{tag}:news" + _bucket(sum(d.news[lo:hi]), (0, 1, 3)))
    if i + 1 < n and d.lines[i + 1].gap >= 2:
        out.append("n2gap")
    return out


def doc_features(lines: list[Line], cues: Cues | None = None) -> list[list[str]]:
    """Feature names for every line of one document."""
    d = _analyse(lines, cues or load_cues())
    feats: list[list[str]] = []
    context = ""
    before = {"hdr": 0, "sec": 0, "dated": 0}
    for i, ln in enumerate(lines):
        f = d.flags[i]
        out = ["bias"] + ["l:" + k for k, v in f.items() if v] + d.text[i] + d.doc + [d.blk[i]]
        if i >= d.tail:
            out.append("tail_blocks:reader" if d.reader[i] else "tail_blocks")
        elif i + 1 == d.tail < len(lines):  # before them: a headerless first comment, or the article's end
            out.append("before_tail_blocks")
            out.append("before_tail_blocks:reader" + _bucket(d.reader[i], (0, 1)))
            out.append("before_tail_blocks:news" + _bucket(d.news[i], (0, 1)))
        elif i >= d.tail_short:  # a mark for the model's tail margin only, never a CRF feature (MARK_ONLY)
            out.append("tail_short:reader" if d.reader[i] else "tail_short")
        elif i >= d.tail_loose:  # a mark for the model's loose margin only (MARK_ONLY)
            out.append("tail_loose:reader" if d.reader[i] else "tail_loose")
        if d.reader[i] and "doc_head_voiced" in d.doc:
            out.append("reader_in_voiced_doc")
        if context and ('"' in ln.text or "“" in ln.text or "‘" in ln.text) and _quotes_earlier(ln.text, context):
            out.append("quotes_earlier")
        if f["short"] and d.seen.get(ln.text.lower(), 0) > 1:
            out.append("repeat_short")
        out.append("gap" + _bucket(ln.gap, (0, 1, 2)))
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
