"""The units events are read from: a sentence, or its coordinated clauses when each reports its own event at its own
place (`clause_units`), with the dates, places, actors and days that fall inside it (moved out of assemble.py)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .background_filters import is_verbal
from .day_gap import day_gap_split
from .long_pieces import long_pieces
from .model import STALE_DAYS
from .places import best_place
from .when import day_dates, of_report

CLAUSE_JOIN = re.compile(
    r",\s+(?:and|while|whereas)\s+(?!(?:killing|wounding|injuring|leaving|forcing|prompting|destroying|damaging|then)\b)|;\s+",
    re.I,
)


@dataclass
class Unit:
    """A sentence, or one of its coordinated clauses, with what falls inside it."""

    s0: int
    s1: int
    stext: str
    para: int
    triggers: list
    sdates: list
    splaces: list
    actors: list
    day_dates: list
    fine_here: tuple | None
    head0: int = 0  # (perf29) where reading back into its paragraph stops: the start of a piece of a cut long sentence


def clause_units(text: str, s0: int, s1: int, triggers: list, places: list) -> list:
    """A sentence, or its coordinated clauses when each reports its own event at its own place ("Russian shelling killed a
    woman in Stanislav on Tuesday, and a drone attack wounded two men in Antonivka"; "..., police said, and a roadside bomb
    wounded three soldiers near Kalat on Monday"): [(start, end, triggers)]."""
    if len(triggers) < 2:
        return [(s0, s1, triggers)]
    stext = text[s0:s1]
    for m in CLAUSE_JOIN.finditer(stext):
        cut_a, cut_b = s0 + m.start(), s0 + m.end()
        ta = [t for t in triggers if t.end_char <= cut_a]
        tb = [t for t in triggers if t.start_char >= cut_b]
        if not ta or not tb:
            continue
        pa = {p._.place[0].name for p in places if s0 <= p.start_char < cut_a}
        pb = {p._.place[0].name for p in places if cut_b <= p.start_char < s1}
        if not pa or not pb or pb <= pa:
            continue
        if re.match(r"\s*(?:[\w\-’']+\s+){0,2}?(?:said|says|told|added|reported)\b", stext[m.end() :]):
            continue  # "..., and officials said ...": a report, not a new clause of events
        return [(s0, cut_a, ta)] + clause_units(text, cut_b, s1, tb, places)
    return [(s0, s1, triggers)]


def units(art):
    sents = list(art.doc.sents)
    sent_starts = [s.start for s in sents]  # (a trigger's sentence by bisection: `t.sent` walks the tokens each time)
    trig_by_sent: dict[int, list] = {}
    for t in art.triggers:
        trig_by_sent.setdefault(sent_starts[bisect_right(sent_starts, t.start) - 1], []).append(t)
    for sent in sents:
        for s0, s1, sent_triggers in long_pieces(art, sent.start_char, sent.end_char, trig_by_sent.get(sent.start, [])):
            for c0, c1, triggers in clause_units(art.text, s0, s1, sent_triggers, art.place_slicer.between(s0, s1)):
                for d0, d1, trigs in own_day_clauses(art, c0, c1, triggers):
                    yield _unit(art, d0, d1, trigs, 0 if s0 == sent.start_char else s0)


def _unit(art, c0: int, c1: int, triggers: list, head0: int = 0) -> Unit:
    para = art.para_of(c0)
    sdates = art.dates.between(c0, c1)
    splaces = art.place_slicer.between(c0, c1)
    days = day_dates(art, c0, c1, sdates, para)
    return Unit(
        c0,
        c1,
        art.text[c0:c1],
        para,
        triggers,
        sdates,
        splaces,
        art.actor_slicer.between(c0, c1),
        days,
        best_place(splaces),
        head0,
    )


def own_day_clauses(art, c0: int, c1: int, triggers: list) -> list:
    """(ev65) A clause, or its main clause and an "after" or relative clause that tells an act of its own on an earlier
    day (`own_day_clause_openers`: "after", ", who was"): "On Wednesday, residents blocked the highway after a driver
    was shot dead during a robbery on Tuesday evening", "supporters marched on Monday to deliver a petition over their
    chairman, who was picked up by police on Friday". Each side needs a trigger, the later one a verb, and each its own
    day, the later clause's before the main one's; without a day of its own the clause stays the main event's cause
    (arrest_cause.main_before_after_clause): [(start, end, triggers)] (see `_own_day_split` for what makes no split).
    (fix68) Reading the days here leaves the story's last day as it was: "the previous day" counts back once."""
    rx = art.res.patterns_re("own_day_clause_openers")
    if len(triggers) < 2 or rx is None:
        return [(c0, c1, triggers)]
    if (gap := day_gap_split(art, c0, c1, triggers)) is not None:
        return gap  # (ev96) "The protest came two days after a ranger was shot dead": two events, two days
    state = art.last_date_any, art.last_day
    try:
        return _own_day_split(art, rx, c0, c1, triggers)
    finally:
        art.last_date_any, art.last_day = state


def _own_day_split(art, rx, c0: int, c1: int, triggers: list) -> list:
    """The split of `own_day_clauses`, but none (fix68) when the later clause's day is a report's ("after police said
    on Monday that gunmen killed a trader": the saying's day), when the story already told an event of that day at the
    clause's place ("after two officers were killed there on Sunday", told before: the main clause alone), or when that day lies more than
    STALE_DAYS before the main clause's ("the release of John Doe, who was arrested on March 3, 2023": his past)."""
    para = art.para_of(c0)
    for m in rx.finditer(art.text, c0, c1):
        cut = m.start()
        ta = [t for t in triggers if t.end_char <= cut]
        tb = [t for t in triggers if t.start_char >= m.end()]
        verb = next((t for t in tb if is_verbal(t)), None)
        if not ta or verb is None:
            continue
        tb = [t for t in tb if t.start_char <= verb.start_char or t.end_char <= verb.end_char or is_verbal(t)]
        da, db = _own_days(art, c0, cut, para), _own_days(art, m.end(), c1, para)
        if not da or not db or not db[0].value < da[0].value or (da[0].value - db[0].value).days > STALE_DAYS:
            continue
        if _told_before(art, c0, c1, db[0].value):
            return [(c0, cut, ta)]  # a retold event: the main clause alone, the told one's dead not counted twice
        return [(c0, cut, ta), (m.end(), c1, tb)]  # (the opener left out: "who" is no subordinate remark here)
    return [(c0, c1, triggers)]


def _own_days(art, s0: int, s1: int, para: int) -> list:
    """The day-level dates of a clause that are not a report's ("police said on Monday that ...")."""
    days = day_dates(art, s0, s1, art.dates.between(s0, s1), para)
    return [d for d in days if d.precision == 1 and not of_report(art.text, s0, s1, d, art.res)]


def _told_before(art, c0: int, c1: int, day) -> bool:
    """The story already told an event of that day at a place the clause names (or anywhere, when it names none)."""
    names = {p._.place[0].name for p in art.place_slicer.between(c0, c1)}
    return any(e.event_date == day and (not names or e.place is None or e.place.name in names) for e in art.events)
