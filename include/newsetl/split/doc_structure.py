"""Document structure for the splitter's features: question/answer and fact-box marks, dated runs, header + text
blocks, the closing runs the tail and loose margins measure (`tails`), and links between name lines (`name_links`:
`@name` replies). Per-line text features are `line_features.py`; the feature assembly `features.py`.
"""

from __future__ import annotations

import re

from .closing_runs import loose_evidence, not_a_comment_run
from .cues import Cues
from .line_features import bucket
from .text import Line

# the lines of a closing run of short header + text blocks in the reader voice (`_tail_blocks`): three or more blocks
# (CRF features), one or two (marks only: `newsetl train split` leaves MARK_ONLY out of the CRF). The model's tail
# margin (model.SplitModel._tail, split16) forces the run's first line into the comment zone where the decoder took none
TAIL_MARKS = ("tail_blocks", "tail_blocks:reader", "tail_short", "tail_short:reader")
# split19: where there is no such run, a run of one or two blocks whose headers may also be loose name lines (a name-like
# line over a blank line and a line that is not name-like: a one-letter or non-Latin name over a one-word comment,
# which `hdr` does not take) marks its lines for the model's loose margin (model.SplitModel._loose), marks only
LOOSE_MARKS = ("tail_loose", "tail_loose:reader")
MARK_ONLY = frozenset({"tail_short", "tail_short:reader", *LOOSE_MARKS})
# split29: `never:LABEL` marks a label the line cannot take (cues.json `label_constraints`): read by the decoder
# (model.SplitModel.emissions), never a CRF feature
NEVER = "never:"
FOREIGN_TEXT = frozenset({"nonlatin", "no_en_function"})  # a line's text features saying it is not in English


def structure(lines: list[Line], flags: list[dict[str, bool]], words: list[int]) -> dict[str, list[bool]]:
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


def dated_runs(flags: list[dict[str, bool]], run: int = 3) -> None:
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


def blocks(lines: list[Line], hdr: list[bool], words: list[int]) -> tuple[list[str], list[str]]:
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
        tag = "blk" + bucket(size, (30, 80, 200, 400))
        for i in range(a, b):
            per_line[i] = tag
    if len(sizes) < 2:
        return per_line, []  # one header or none: no evidence either way
    sizes.sort()
    return per_line, ["doc_blk" + bucket(sizes[len(sizes) // 2], (30, 80, 200))]


def _tail_blocks(
    lines: list[Line],
    hdr: list[bool],
    reader: list[int],
    words: list[int],
    foreign: list[bool],
    run: int = 3,
    most: int = 80,
    foreign_long: bool = False,
    handles: list[bool] | None = None,
) -> tuple[int, int]:
    """Index of the first line of a run of `run` or more short header + text blocks (at most `most` words each)
    that reaches the end of the page, at least half of them in the reader voice (a sequence of reader comments
    under name lines), or len(lines) when there is none. Sub-headed articles have long or unvoiced sections.
    Second (split16): the same for a run of one or two such blocks (a short comment section, or a short last section
    of the article: the tail margin decides), where a block whose text is not in English (`foreign`: the voice cues
    are English) counts as voiced; with `foreign_long` (split24), a run of `run` or more blocks voiced only when its
    foreign blocks count is returned there too (a mark for the tail margin, never the CRF's run); with `handles`
    (split31), so is an unvoiced run of `run` or more blocks that alternate strictly, one header line and one text line
    each set off by blank lines, where a header is a handle or initials (per line, cues.json `closing_runs.strict_names`:
    a commenter's name, never an article's section heading; off since fix48 unless `closing_runs.strict_runs`); else
    len(lines)."""
    n = len(lines)
    starts = [i for i in range(1, n) if hdr[i]]
    first, count, voiced, other, strict, handle = n, 0, 0, 0, True, False
    for k in range(len(starts) - 1, -1, -1):
        a = starts[k]
        b = starts[k + 1] if k + 1 < len(starts) else n
        if b - a < 2 or sum(words[a:b]) > most:
            break
        first, count, voiced = a, count + 1, voiced + any(reader[a + 1 : b])
        other += not any(reader[a + 1 : b]) and any(foreign[a + 1 : b])
        strict = strict and b - a == 2 and lines[a].gap > 0 and lines[a + 1].gap > 0
        handle = handle or (handles is not None and handles[a])
    if count >= run and 2 * voiced < count and strict and handle:
        return n, first  # split31: names over one paragraph each, unvoiced: a mark for the tail margin only
    if count >= run and (2 * voiced >= count or not foreign_long):
        return (first, n) if 2 * voiced >= count else (n, n)
    return (n, first) if count and 2 * (voiced + other) >= count else (n, n)


def tails(
    lines: list[Line],
    flags: list[dict[str, bool]],
    hdr: list[bool],
    reader: list[int],
    words: list[int],
    d: tuple[list[list[str]], Cues],
    initials: list[bool],
) -> tuple[int, int, int]:
    """`_tail_blocks` over the header lines, and where it finds no run, the first line of a run of one or two blocks
    whose headers may also be loose name lines: a name-like line over a blank line and a line that is not name-like,
    the notion `name_links` uses (split19), else len(lines). `d`: the lines' text features and the cues. A run that
    closing_runs.not_a_comment_run rejects is no run; the loose run needs closing_runs.loose_evidence (fix27).
    `initials`: header lines that are headers only as one-letter names (split22); they count for a run of three or
    more blocks, while a run of one or two stays the loose margin's, as before them."""
    n, (text, cues) = len(lines), d
    foreign = [bool(FOREIGN_TEXT.intersection(tf)) for tf in text]
    handles = [h and any(rx.search(ln.text) for rx in cues.run_strict_names) for h, ln in zip(hdr, lines)]
    tail, short = _tail_blocks(lines, hdr, reader, words, foreign, foreign_long=cues.run_foreign_long, handles=handles)
    if tail == n and any(initials):
        hdr = [h and not x for h, x in zip(hdr, initials)]
        short = _tail_blocks(lines, hdr, reader, words, foreign, foreign_long=cues.run_foreign_long, handles=handles)[1]
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
    evidence = loose_evidence(lines, loose, reader, text, cues)
    first = _tail_blocks(lines, loose, evidence, words, [False] * n)[1]
    return tail, short, n if first < n and not_a_comment_run(lines, loose, first, cues) else first


def name_links(lines: list[Line], flags: list[dict[str, bool]], hdr: list[bool]) -> int:
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
