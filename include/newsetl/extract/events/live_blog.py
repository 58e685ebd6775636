"""(ev117, fix132) A live blog's entries ("09:40 – Police fired tear gas ..."): the day they are written on (a heading
line's day, else the dateline's, else the reference day) and their own relative words counted from it."""

from __future__ import annotations

import re
from datetime import date

from ..dates import HEAD_KINDS, resolve_again

# (ev110) any zone in capitals ("20:15 IST —", "14:05 WAT –")
LIVE_STAMP = re.compile(r"\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:[A-Z]{2,5}|local\s+time)?\s*[–—-]\s")


HEADING_END = re.compile(r"[.!?][\"”’)]?\s*$")
# (fix132) a heading's day stands at the end of its line after a separator ("Live: unrest — Tuesday 10 March 2026",
# "LIVE UPDATES | Tuesday, March 10, 2026", "Live updates (10 March 2026)"), not inside the title's words ("Kenya
# protests on anniversary of 25 June 2024 storming of parliament", "The war began on 15 April 2023")
HEAD_DAY_BEFORE = re.compile(r"(?:^|[—–|,:(\[]|\s-)\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?$", re.I)
HEAD_DAY_AFTER = re.compile(r"[\s)\]]*$")


def blog_day(art, para: int) -> date:
    """(ev117) The day of a live blog's entries: a day with its month written on a heading line among the paragraphs
    before the entry (no sentence end; fix132: the day closes the line after a separator and is at most
    wordlists.json `relative_day_limits` `blog_heading_max_days` before the reference date), the nearest one, else the
    day of the text's dateline ("ABUJA, March 10 (AFP) -"), else the reference day."""
    starts = [*art.para_starts[: para + 1], len(art.text)]
    for p in range(min(para, len(starts) - 1) - 1, -1, -1):
        line = art.text[starts[p] : starts[p + 1]].strip()
        if not line or HEADING_END.search(line):
            continue
        days = [d for d in art.dates.between(starts[p], starts[p + 1]) if _heading_day(art, d, starts[p])]
        if days:
            return days[-1].value
    days = [d for d in art.dates.between(0, art.dateline_end) if _written_day(art, d)] if art.dateline_end else []
    return days[-1].value if days else art.ref


def _written_day(art, d) -> bool:
    return d.kind in HEAD_KINDS and d.precision == 1 and d.value is not None and d.value <= art.ref


def _heading_day(art, d, line0: int) -> bool:
    """(fix132) A written day that heads the blog: recent, at the end of its line after a separator."""
    if not _written_day(art, d) or (art.ref - d.value).days > int(
        art.res.words["relative_day_limits"]["blog_heading_max_days"]
    ):
        return False
    line1 = art.text.find("\n", d.end)
    line1 = len(art.text) if line1 < 0 else line1
    return bool(HEAD_DAY_BEFORE.search(art.text[line0 : d.start]) and HEAD_DAY_AFTER.match(art.text, d.end, line1))


def live_entry(art, para: int) -> bool:
    """The paragraph opens with a time stamp ("09:40 – "): an entry of a live blog or a log, written on its page's
    day (`blog_day`); (ev123) any clock stamp of wordlists.json `entry_clock_stamp_patterns` ("6:40 pm —", "0915Z —",
    "[18:40]", "1840 GMT:"; not a chapter's "(02:10)" offset nor a year "2015 —")."""
    if not 0 <= para < len(art.para_starts):
        return False
    start = art.para_starts[para]
    if LIVE_STAMP.match(art.text, start, start + 30) is not None:
        return True
    rx = art.res.patterns_re("entry_clock_stamp_patterns", 0)  # (case-sensitive: a zone is in capitals)
    return rx is not None and rx.match(art.text, start, start + 40) is not None


ENTRY_RELATIVE_KINDS = ("today", "yesterday")


def entry_days(art, para: int, sdates: list) -> list:
    """(fix132) An entry's own "this morning", "yesterday", "overnight", "last night" count from the blog's day
    (`blog_day`), as those of an entry headed by its day do (dates.py `_after_stamps`), not from the reference date."""
    if not any(d.kind in ENTRY_RELATIVE_KINDS for d in sdates) or not live_entry(art, para):
        return sdates
    day = blog_day(art, para)
    if day == art.ref:
        return sdates
    return [resolve_again(art.text, d, day) if d.kind in ENTRY_RELATIVE_KINDS else d for d in sdates]
