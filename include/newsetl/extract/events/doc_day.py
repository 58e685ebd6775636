"""(ev123) The day of an event whose own clause names no date and that no nearer reading dated (its paragraph's last
date, the event told just before, a live entry's page): the story's current day, the nearest day told before it in
document order that is no background sentence's (`when.day_dates` keeps it as `Article.last_day`)."""

from __future__ import annotations

import re

from .live_blog import HEADING_END
from .when import sentence_of

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# (fix138) a number read as a year only in a year's context: after "in", "since", "of", "during" ..., after a month
# ("in March 2018", "4 May 2019"), or opening its line before a dash or colon ("2015 — ..."); not "2000 protesters"
YEAR_CONTEXT = re.compile(
    rf"(?:\b(?:in|since|of|during|until|till|by|from|before|after|mid-?|early|late)\s+|\b{MONTH}\s+(?:\d{{1,2}},?\s+)?)"
    rf"((?:1[89]|20)\d\d)\b|^\W*((?:1[89]|20)\d\d)\s*[—–:-]",
    re.I,
)


def _past_year(stext: str, year: int) -> bool:
    """A year before the reference year written in the clause, read or not as a date ("2015 — Gunmen killed ...",
    "in 2019"); (fix138) a number in a year's context only (`YEAR_CONTEXT`)."""
    return any(int(m.group(1) or m.group(2)) < year for m in YEAR_CONTEXT.finditer(stext))


def _opening_day(art, u, day) -> bool:
    """(fix138) A report's opening day dates its first rows only when it is written on a heading, label or dateline
    line, not when it is the time of a sentence of its own (a funeral, a speech, a ruling, a commemoration: "Mourners
    on Wednesday buried the victims of the attack"): the day's mention is in the dateline, or on a line with no
    sentence end, or after a report's label (wordlists.json `report_label_day_before`: "The figures below are for",
    "incidents recorded on", "Entries for"); and it is recent (no more than `relative_day_limits`
    `background_day_gap_days` before the reference date: "Published 14 January 2025" is an archive stamp)."""
    gap = int(art.res.words["relative_day_limits"]["background_day_gap_days"])
    if (art.ref - day[0]).days > gap:
        return False
    days = [d for d in art.dates.between(0, u.s0) if d.precision == 1 and d.value == day[0]]
    if not days:
        return False
    d = days[-1]
    if art.dateline_end and d.end <= art.dateline_end:
        return True
    p = art.para_of(d.start)
    ends = [*art.para_starts[1:], len(art.text)]
    if not HEADING_END.search(art.text[art.para_starts[p] : ends[p]].strip()):
        return True
    s0, s1 = sentence_of(art, d.start)
    first = min(x.start for x in days if x.start >= s0)  # "for Tuesday, 10 March": the day's first mention
    if art.res.pattern_search("report_label_day_before", art.text[s0:first]) is not None:
        return True
    return _toll_lead(art, art.text[s0:s1])


def _toll_lead(art, stext: str) -> bool:
    """(fix138) A lead that tells the day's toll in the passive ("At least 25 people were killed across the country
    yesterday as police clashed with students": a verb of wordlists.json `passive_victim_verbs` after "were", "was",
    "have been" ...): its day is the report's, and the rows told after it are of that day."""
    return art.res.built("doc_day.toll_lead", lambda: _toll_lead_rx(art.res)).search(stext) is not None


def _toll_lead_rx(res) -> re.Pattern:
    """`_toll_lead`'s pattern, compiled once per rules object."""
    verbs = "|".join(re.escape(v).replace("\\ ", r"\s+") for v in res.words["passive_victim_verbs"])
    return re.compile(rf"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:{verbs})\b", re.I)


def _moved_on(art, last, u) -> bool:
    """(fix138) The story moved on since its last event: a paragraph or more of no event, or (in the paragraph before
    or this one) a reaction, a quotation or a pledge told since that event's sentence (wordlists.json
    `story_day_break_patterns`: "The governor condemned the attack. "We will not rest," he said.")."""
    if last.paragraph < u.para - 1:
        return True
    end = sentence_of(art, last.start_char)[1]
    return end < u.s0 and art.res.pattern_search("story_day_break_patterns", art.text[end : u.s0]) is not None


def _abroad(art, own, last_place) -> bool:
    """The row's own place is in another country than the last event's and than the dateline's: "Protesters also
    marched in Niamey" after a battle at Boni in a story datelined Bamako, as `when.previous_day` (a story with no
    dateline keeps the day: a ministry's table whose last row's town resolved abroad)."""
    if own is None or last_place is None or own.country == last_place.country:
        return False
    home = getattr(art.dateline_place, "country", None)
    return home is not None and own.country != home


def story_day(art, u, ev) -> tuple | None:
    """The story's current day for an undated event of a clause with no date mention of its own (a refused one, a
    background year, "since ...", a deadline or a plan's day, or a past year even unread, keeps it undated): a report's
    rows under its opening day ("The ministry's figures for Tuesday, 10 March." / "Kaduna: gunmen attacked a police
    post"; fix138: a heading, label or dateline line's day only, `_opening_day`), a thread's or a notice's next item
    after a dated event. Never a sentence opening another scene (fix138, `scene_change_openers`: "Separately, ...",
    "In a separate incident, ..."). Only when the last event told before is of that day, or none was: the last event
    told is of the paragraph before or this one, with no reaction told since (`_moved_on`), not abroad (`_abroad`), and a day set
    by a sentence of no event ("France began flying its citizens out on Tuesday") dates no separate incident told after it."""
    if ev.event_date is not None or u.sdates or art.last_day is None or _past_year(u.stext, art.ref.year):
        return None
    if art.res.pattern_search("scene_change_openers", u.stext) is not None:
        return None
    day = art.last_day
    told = [e for e in art.events if e.start_char < u.s0]
    last = max(told, key=lambda e: e.start_char) if told else None
    if last is None:
        return day if _opening_day(art, u, day) else None
    if _moved_on(art, last, u):
        return None
    if _abroad(art, getattr(ev, "place", None), last.place):
        return None
    last_day = (last.event_date, last.time_precision) if last.event_date is not None else last.extras.get("story_day")
    if last_day is None or last_day[1] != 1:
        return None
    if last_day[0] == day[0]:
        return day
    # the last event's own day when no day was told since its sentence ("on the night of Monday to Tuesday, a drone hit
    # a substation" is Monday's night: "A second drone fell in the village of X" is Monday too)
    end = sentence_of(art, last.start_char)[1]
    return None if any(d.precision == 1 for d in art.dates.between(end, u.s0)) else last_day


def dated_rows(events: list) -> list:
    """The kept rows, each undated one with the story's day `story_day` found for it at assembly (stored in its extras
    then, set only now: every filter, merge and the scorer read the row as undated, as before)."""
    for ev in events:
        day = ev.extras.pop("story_day", None)
        if ev.event_date is None and day is not None:
            ev.event_date, ev.time_precision = day
    return events
