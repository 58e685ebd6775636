"""Resolve the date expressions of news text against a reference date (publication date or run date).

Fast paths (own code) for the common forms; `dateparser` parses numeric dates (03/11/2018, day first). Conventions (tested):
- a weekday name ("on Monday", "Tuesday night") is the most recent such day ON OR BEFORE the reference
  date (news reports past events; the reference day itself counts), precision 1;
- "November 3" / "3 November" without a year: the most recent such date not after the reference, precision 1;
- "yesterday" / "last night" / "overnight": the day before, precision 1; "today"/"this morning": the reference day;
- "last week": Monday of the previous week, precision 2; "this week": Monday of this week, precision 2;
- "earlier this month": 1st of the month, precision 3; "last month": 1st of the previous month, precision 3;
- "last year" / "a year ago": 1 January of the previous year, precision 3 (background, like a bare year);
- a bare "in 2014" / "in March 2016" is returned with precision 3 (used by the extractor to recognise background).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..regex_prefilter import may_match, required
from ..regex_trie import compile_trie
from ..split.cues import _with_first_char_test, lower_exact

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("numeric", re.compile(r"\b[0-3]?\d[/.][01]?\d[/.](?:19|20)\d\d\b")),
    # "[23/07 22:40] Volunteer, Langgur: ...": a log entry's day/month stamp with its time (ev29), day first
    ("stamp", re.compile(r"\[(?P<sd>[0-3]?\d)/(?P<sm>[01]?\d)\s+[0-2]?\d:[0-5]\d\]")),
    # (ev110) "THU 19/03 13:05 — ...": a log entry's heading at the start of its line, day first, with its time
    (
        "headstamp",
        re.compile(
            r"(?<![^\n])[ \t]*(?:[A-Za-z]{3,9}\.?,?[ \t]+)?(?P<sd>[0-3]?\d)/(?P<sm>[01]?\d)(?=[ \t]+[0-2]?\d[:.h][0-5]\d)"
        ),
    ),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:\s*,?\s*){_YEAR}\b", re.I)),
    ("md", re.compile(rf"\b{_MON}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)(?![\d:])", re.I)),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<rel>last|this|on|early|late)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
            re.I,
        ),
    ),
    ("yesterday", re.compile(r"\b(yesterday|last night|overnight|the previous day|the day before)\b", re.I)),
    ("today", re.compile(r"\b(today|this morning|this afternoon|this evening|tonight|earlier today)\b", re.I)),
    ("lastweek", re.compile(r"\b(last week|the previous week|past week|a week ago)\b", re.I)),
    ("thisweek", re.compile(r"\b(this week|earlier this week)\b", re.I)),
    ("thismonth", re.compile(r"\b(earlier this month|this month)\b", re.I)),
    ("lastmonth", re.compile(r"\b(last month|the previous month)\b", re.I)),
    (
        "monthyear",
        re.compile(rf"\b(?:in|since|during|by|from|until)\s+(?:early\s+|late\s+|mid-?)?{_MON}\s+{_YEAR}\b", re.I),
    ),
    # (fix98) "the elections of December 2025": a month of a year that modifies a noun, its own kind
    ("monthyear_of", re.compile(rf"\bof\s+(?:early\s+|late\s+|mid-?)?{_MON}\s+{_YEAR}\b", re.I)),
    ("lastyear", re.compile(r"\b(?:last\s+year|the\s+previous\s+year|a\s+year\s+ago|the\s+past\s+year)\b", re.I)),
    (
        "year",
        re.compile(
            r"\b(?:in|since|during|by|from|until|of)\s+(?:(?:early|late|mid)[-\s]+)?(?P<year>(?:19|20)\d\d)\b", re.I
        ),
    ),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: date | None
    precision: int  # 1 day, 2 week, 3 month/unknown
    kind: str


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# (fix32) a log stamp up to this many days after the reference date is of the reference year, not the year before:
# a feed crawled or dated a day or two early ("[13/09 08:15]" on a page dated 12 September is 13 September)
STAMP_AHEAD_DAYS = 3


def _recent(month: int, day: int, ref: date, ahead: int = 0) -> date | None:
    """The day `day`/`month` of the reference year, or of the year before when it falls more than `ahead` days after
    the reference date."""
    d = _safe(ref.year, month, day)
    if d is None:
        return None
    if d > ref + timedelta(days=ahead):
        d = _safe(ref.year - 1, month, day)
    return d


def _lower_twin(rx: re.Pattern) -> re.Pattern | None:
    """The case-sensitive twin of a case-insensitive pattern whose literals are all lower-case ASCII (group names
    and escapes aside), with a look-ahead for the letters its matches can start with: on lower-cased text it finds
    exactly the matches of `rx` on the text (see split/cues.py: `re` cannot skip an alternation's branches by
    their first character under IGNORECASE, so these patterns tried every branch at every word boundary)."""
    if not rx.flags & re.I:
        return None
    bare = re.sub(r"\(\?P<\w+>|\\[A-Za-z]", "", rx.pattern)
    if not bare.isascii() or any(c.isupper() for c in bare):
        return None
    return compile_trie(_with_first_char_test(rx.pattern), rx.flags & ~re.I)  # trie-shaped: regex_trie.py


_TWINS = [(kind, rx, _lower_twin(rx)) for kind, rx in PATTERNS]
_PATTERN_OF = dict(PATTERNS)  # a mention's pattern by its kind (re-matched against a log stamp's day)
# strings one of which every match contains (regex_prefilter.py): a text holding none is not scanned
_NEEDS = {kind: (required(rx), required(twin) if twin is not None else None) for kind, rx, twin in _TWINS}


NAME_BEFORE = re.compile(r"(?<![.!?:;]\s)\b[A-Z][\w'’\-]*\s+$")


def find_dates(text: str, ref: date, timeline: Any = None, title_max: int = 60) -> list[DateMention]:
    """All date mentions in `text`, resolved against `ref`, left to right, non-overlapping; (ev117) `timeline` finds
    the title line of a timeline (wordlists.json `timeline_title_patterns`; fix132: a line of at most `title_max`
    characters with no sentence end), whose dated items name their event's day."""
    out: list[DateMention] = []
    starts: list[int] = []  # spans taken so far, sorted and disjoint: starts[i] -> ends[i]
    ends: list[int] = []
    low = lower_exact(text)  # None when lower-casing could change a match: the case-insensitive patterns then
    for kind, rx, twin in _TWINS:
        need, subject, pat = _NEEDS[kind][0], text, rx
        if twin is not None and low is not None:
            need, subject, pat = _NEEDS[kind][1], low, twin
        if not may_match(need, subject):
            continue
        for m in pat.finditer(subject):
            s, e = m.span()
            i = bisect_left(starts, e)  # only the span starting last before e can overlap [s, e)
            if i and ends[i - 1] > s:
                continue
            if kind == "today" and text[s] == "T" and NAME_BEFORE.search(text, max(0, s - 40), s):
                continue  # "the local outlet Hiiraan Today", "USA Today": a name, not a date
            val, prec = _resolve(kind, m, ref)  # (reads the groups case-insensitively)
            starts.insert(i, s)
            ends.insert(i, e)
            out.append(DateMention(s, e, text[s:e], val, prec, kind))
    out.sort(key=lambda d: d.start)
    out = _weekday_beside_date(text, out)
    return _after_stamps(text, out, timeline, title_max)


EXPLICIT_KINDS = ("mdy", "dmy", "md", "dm")
# what may stand between a weekday and its written date: "Saturday, 4th July 2026", "Saturday, the 4th of July",
# "Saturday (4 July)", "July 4 (Saturday)", "4 July, a Saturday"
WEEKDAY_GAP = re.compile(r"\s*[,(]?\s*(?:the\s+|an?\s+)?|\s*\)\s*,?\s*", re.I)


def _weekday_beside_date(text: str, out: list[DateMention]) -> list[DateMention]:
    """(ev42) A weekday written next to a full day and month ("on Saturday, 4th July 2026", "Saturday, July 4",
    "4 July (Saturday)") is that date: the written date wins over the weekday's relative resolution."""
    res = list(out)
    for i, d in enumerate(res):
        if d.kind != "weekday":
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(res) or res[j].kind not in EXPLICIT_KINDS or res[j].value is None:
                continue
            a, b = (d, res[j]) if j > i else (res[j], d)
            if WEEKDAY_GAP.fullmatch(text, a.end, b.start):
                res[i] = DateMention(d.start, d.end, d.text, res[j].value, 1, d.kind)
                break
    return res


RELATIVE_KINDS = ("weekday", "yesterday", "today", "lastweek", "thisweek")
STAMP_KINDS = ("stamp", "headstamp")
HEAD_KINDS = ("dm", "md", "dmy", "mdy", "iso", "numeric")
# (ev110) what may open a line before an entry's heading date ("Update 2 – Wednesday 11 March:", "TUE 10 March —")
HEAD_BEFORE = re.compile(
    r"[ \t]*(?:[-•*▪·][ \t]+)?(?:[A-Za-z]+[ \t]*\d{0,3}[ \t]*[–—:-][ \t]*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?",
    re.I,
)
# and what may close it: a year, a time with its zone, then a colon or a dash
HEAD_AFTER = re.compile(
    r"(?:,?[ \t]*(?:19|20)\d\d)?(?:,?[ \t]*(?:at[ \t]+)?[0-2]?\d[:.h][0-5]\d(?:[ \t]*[A-Z]{2,5})?)?[ \t]*(?:[:—–]|-[ \t])"
)
# (ev117) a label before an entry's day ("Update 2 –", "Entry 4:"): an entry written on its day, no timeline item
ITEM_LABEL = re.compile(r"[A-Za-z]{2,}[ \t]*\d{0,3}[ \t]*[–—:-]")
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")
# (ev110) a night told in an entry headed by its day: the night before the entry ("Wednesday 15 April: ... a pit dug
# during the night"), as "overnight" and "last night" of the entry are
ENTRY_NIGHT = re.compile(r"\b(?:during|in|through|throughout)\s+the\s+night\b", re.I)


def _is_stamp(text: str, d: DateMention) -> bool:
    """A log stamp ("[23/07 22:40]", "THU 19/03 13:05"), or (ev110) a full day heading its line ("Tuesday 10 March:",
    "Update 2 – 11 March 2026 —"): the day of that line's entry."""
    if d.kind in STAMP_KINDS:
        return True
    if d.kind not in HEAD_KINDS or d.value is None:
        return False
    line0 = text.rfind("\n", 0, d.start) + 1
    return HEAD_BEFORE.fullmatch(text, line0, d.start) is not None and HEAD_AFTER.match(text, d.end) is not None


def _after_stamps(
    text: str, out: list[DateMention], timeline: re.Pattern | None = None, title_max: int = 60
) -> list[DateMention]:
    """(ev29) A log entry's relative words ("[31/05 14:03] Duru: ... exchanged fire this morning", "[02/06 05:30]
    ... yesterday evening") count from the entry's stamp, not from the reference date: each relative mention after a
    stamp of the same line is resolved again against the stamp's day; the stamp itself then drops out (it dates the
    message, the relative word the event). (ev110) So do those of an entry headed by its day ("THU 19/03 13:05 —",
    "Wednesday 15 April:", with the weekday beside it), and a night the entry tells ("during the night") is the night
    before its day; (ev117) an item of a timeline (a day heading after a title line "Timeline:", "Chronology",
    "Key dates") names its event's day, so its "overnight" and "during the night" stay on that day."""
    stamp: DateMention | None = None
    res: list[DateMention] = []
    anchors: set[int] = set()
    items = _timeline_items(text, out, timeline, title_max)
    for d in out:
        if stamp is not None and "\n" in text[stamp.end : d.start]:
            res.extend(_entry_nights(text, stamp, text.find("\n", stamp.end), res, anchors, items))
            stamp = None
        if _is_stamp(text, d):
            stamp = d
        elif stamp is not None and stamp.value and d.kind in _relative_to(stamp):
            m = _PATTERN_OF[d.kind].match(text, d.start, d.end)
            if m is not None:
                val, prec = _resolve(d.kind, m, stamp.value)
                if d.text.lower() == "overnight" and stamp.start in items:
                    val = stamp.value  # (ev117) "10 March: Gunmen attacked ... overnight" in a timeline: the 10th
                d = DateMention(d.start, d.end, d.text, val, prec, d.kind)
                if stamp.kind in STAMP_KINDS or not SENTENCE_END.search(text, stamp.end, d.start):
                    anchors.add(stamp.start)  # (a heading drops out only for a relative word of its own sentence)
        res.append(d)
    if stamp is not None:
        res.extend(_entry_nights(text, stamp, text.find("\n", stamp.end), res, anchors, items))  # (fix125) its line
    res.sort(key=lambda d: d.start)
    heads = [d for d in res if d.start in anchors]
    return [d for d in res if d.start not in anchors and not any(_beside_head(text, d, h) for h in heads)]


def _relative_to(stamp: DateMention) -> tuple:
    """The relative kinds a stamp re-resolves: all of them for a log stamp (ev29); (ev110) for a day heading an entry
    only its "this morning", "earlier today", "last night", "overnight" (a weekday it names counts from the reference
    date: "Thursday 16 April: ... Four of them stayed at home on Friday", written after the Friday)."""
    return RELATIVE_KINDS if stamp.kind in STAMP_KINDS else ("today", "yesterday")


def _beside_head(text: str, d: DateMention, head: DateMention) -> bool:
    """The weekday written before an entry's heading date on its line ("Wednesday 15 April:")."""
    return d.kind == "weekday" and d.end <= head.start and "\n" not in text[d.start : head.start]


def _timeline_items(text: str, out: list[DateMention], timeline: re.Pattern | None, title_max: int) -> set[int]:
    """(ev117) The starts of day headings (not a log stamp, no label before it: "Update 2 – Wednesday 11 March:" is
    written on its day) that are items of a timeline: the day of the item's event. (fix132) The timeline runs from a
    title line (`timeline` at the line's start, at most `title_max` characters, no sentence end: "Timeline of the
    unrest:", not "The timeline for the withdrawal has not been published.") through its items only: the first other
    line ends it (a later live entry "09:40 – ..." is no item)."""
    if timeline is None:
        return set()
    heads: dict[int, DateMention] = {}  # line start -> the day heading that line
    for d in out:
        line0 = text.rfind("\n", 0, d.start) + 1
        if d.kind not in STAMP_KINDS and _is_stamp(text, d) and not ITEM_LABEL.search(text, line0, d.start):
            heads.setdefault(line0, d)
    return {d.start for line0, d in heads.items() if _after_title(text, line0, heads, timeline, title_max)}


TITLE_END = re.compile(r"[.!?](?:[\"”’)]?\s|[\"”’)]?$)")


def _after_title(text: str, line0: int, heads: dict, timeline: re.Pattern, title_max: int) -> bool:
    """(fix132) The lines before `line0` are items of a timeline up to its title line."""
    end = line0 - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and start not in heads:
            return len(line) <= title_max and not TITLE_END.search(line) and timeline.match(text, start) is not None
        end = start - 1
    return False


def _entry_nights(
    text: str, stamp: DateMention, end: int, taken: list, anchors: set, items: set | frozenset = frozenset()
) -> list[DateMention]:
    """(ev110) The "during the night" mentions of a stamped entry's line: the night before the entry's day; (ev117)
    in a timeline's item the item's own day."""
    if stamp.value is None:
        return []
    night = stamp.value if stamp.start in items else stamp.value - timedelta(days=1)
    end = len(text) if end < 0 else end
    spans = [(d.start, d.end) for d in taken]
    nights = [
        DateMention(m.start(), m.end(), m.group(0), night, 1, "yesterday")
        for m in ENTRY_NIGHT.finditer(text, stamp.end, end)
        if not any(a < m.end() and m.start() < b for a, b in spans)
    ]
    if any(stamp.kind in STAMP_KINDS or not SENTENCE_END.search(text, stamp.end, n.start) for n in nights):
        anchors.add(stamp.start)  # (as in `_after_stamps`: only for a night of the heading's own sentence)
    return nights


def resolve_again(text: str, d: DateMention, day: date) -> DateMention:
    """(fix132) A relative mention resolved again against another day than the reference date (a live entry's
    "overnight" against its blog's day)."""
    m = _PATTERN_OF[d.kind].match(text, d.start, d.end) if d.kind in _PATTERN_OF else None
    if m is None:
        return d
    val, prec = _resolve(d.kind, m, day)
    return DateMention(d.start, d.end, d.text, val, prec, d.kind)


def _resolve(kind: str, m: re.Match, ref: date) -> tuple[date | None, int]:
    if kind == "iso":
        return _safe(int(m["year"]), int(m["m"]), int(m["d"])), 1
    if kind == "numeric":  # 03/11/2018: day first, as in most of the world's press; dateparser does the parsing
        return parse_loose(m.group(0), ref), 1
    if kind in ("stamp", "headstamp"):
        return _recent(int(m["sm"]), int(m["sd"]), ref, STAMP_AHEAD_DAYS), 1
    if kind in ("mdy", "dmy"):
        return _safe(int(m["year"]), MONTHS[m["mon"].lower().rstrip(".")], int(m["day"])), 1
    if kind in ("md", "dm"):
        return _recent(MONTHS[m["mon"].lower().rstrip(".")], int(m["day"]), ref), 1
    if kind == "weekday":
        wd = WEEKDAYS[m["wd"].lower()]
        delta = (ref.weekday() - wd) % 7
        rel = (m["rel"] or "").lower()
        if rel == "last" and delta == 0:
            delta = 7
        return ref - timedelta(days=delta), 1
    if kind == "yesterday":
        return ref - timedelta(days=1), 1
    if kind == "today":
        return ref, 1
    if kind == "lastweek":
        return ref - timedelta(days=ref.weekday() + 7), 2
    if kind == "thisweek":
        return ref - timedelta(days=ref.weekday()), 2
    if kind == "thismonth":
        return ref.replace(day=1), 3
    if kind == "lastmonth":
        first = ref.replace(day=1)
        return (first - timedelta(days=1)).replace(day=1), 3
    if kind in ("monthyear", "monthyear_of"):
        return _safe(int(m["year"]), MONTHS[m["mon"].lower().rstrip(".")], 1), 3
    if kind == "year":
        return _safe(int(m["year"]), 1, 1), 3
    if kind == "lastyear":
        return _safe(ref.year - 1, 1, 1), 3
    return None, 3


def parse_loose(text: str, ref: date) -> date | None:
    """Fallback for forms the fast paths miss, via dateparser (slow: only for odd inputs)."""
    import dateparser

    dt = dateparser.parse(
        text,
        languages=["en"],
        settings={"RELATIVE_BASE": _dt(ref), "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY", "STRICT_PARSING": False},
    )
    return dt.date() if dt else None


def _dt(d: date):
    from datetime import datetime

    return datetime(d.year, d.month, d.day)
