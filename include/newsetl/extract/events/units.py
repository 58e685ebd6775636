"""The units events are read from: a sentence, or its coordinated clauses when each reports its own event at its own
place (`clause_units`), with the dates, places, actors and days that fall inside it (moved out of assemble.py)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .background_filters import is_verbal
from .places import best_place
from .when import day_dates

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
        s0, s1 = sent.start_char, sent.end_char
        for c0, c1, triggers in clause_units(
            art.text, s0, s1, trig_by_sent.get(sent.start, []), art.place_slicer.between(s0, s1)
        ):
            for d0, d1, trigs in own_day_clauses(art, c0, c1, triggers):
                yield _unit(art, d0, d1, trigs)


def _unit(art, c0: int, c1: int, triggers: list) -> Unit:
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
    )


def own_day_clauses(art, c0: int, c1: int, triggers: list) -> list:
    """(ev65) A clause, or its main clause and an "after" or relative clause that tells an act of its own on an earlier
    day (`own_day_clause_openers`: "after", ", who was"): "On Wednesday, residents blocked the highway after a driver
    was shot dead during a robbery on Tuesday evening", "supporters marched on Monday to deliver a petition over their
    chairman, who was picked up by police on Friday". Each side needs a trigger, the later one a verb, and each its own
    day, the later clause's before the main one's; without a day of its own the clause stays the main event's cause
    (arrest_cause.main_before_after_clause): [(start, end, triggers)]."""
    rx = art.res.patterns_re("own_day_clause_openers")
    if len(triggers) < 2 or rx is None:
        return [(c0, c1, triggers)]
    para = art.para_of(c0)
    for m in rx.finditer(art.text, c0, c1):
        cut = m.start()
        ta = [t for t in triggers if t.end_char <= cut]
        tb = [t for t in triggers if t.start_char >= m.end()]
        verb = next((t for t in tb if is_verbal(t)), None)
        if not ta or verb is None:
            continue
        tb = [t for t in tb if t.start_char <= verb.start_char or t.end_char <= verb.end_char or is_verbal(t)]
        da = [d for d in day_dates(art, c0, cut, art.dates.between(c0, cut), para) if d.precision == 1]
        db = [d for d in day_dates(art, m.end(), c1, art.dates.between(m.end(), c1), para) if d.precision == 1]
        if da and db and db[0].value < da[0].value:
            return [(c0, cut, ta), (m.end(), c1, tb)]  # (the opener left out: "who" is no subordinate remark here)
    return [(c0, c1, triggers)]
