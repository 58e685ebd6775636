"""(ev123) The day of an event whose own clause names no date and that no nearer reading dated (its paragraph's last
date, the event told just before, a live entry's page): the story's current day, the nearest day told before it in
document order that is no background sentence's (`when.day_dates` keeps it as `Article.last_day`)."""

from __future__ import annotations

import re

from .when import _sentence_of as sentence_of

YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _past_year(stext: str, year: int) -> bool:
    """A year before the reference year written in the clause, read or not as a date ("2015 — Gunmen killed ...")."""
    return any(int(m.group(0)) < year for m in YEAR.finditer(stext))


def story_day(art, u, ev) -> tuple | None:
    """The story's current day for an undated event of a clause with no date mention of its own (a refused one, a
    background year, "since ...", a deadline or a plan's day, or a past year even unread, keeps it undated): a report's rows under its
    opening day ("The ministry's figures for Tuesday, 10 March." / "Kaduna: gunmen attacked a police post"), a thread's
    or a notice's next item after a dated event. Only when the last event told before is of that day, or none was:
    the last event told is of the paragraph before or this one (a story that moved on to reactions and plans for
    a paragraph or more tells a separate incident: "In the southern city of X, gunmen abducted two councillors,
    residents said" stays undated), and a day set by a sentence of no event ("France began flying its citizens out on
    Tuesday") dates no separate incident told after it ("Gunmen ambushed a patrol near X, security sources said")."""
    if ev.event_date is not None or u.sdates or art.last_day is None or _past_year(u.stext, art.ref.year):
        return None
    day = art.last_day
    told = [e for e in art.events if e.start_char < u.s0]
    last = max(told, key=lambda e: e.start_char) if told else None
    if last is None:
        return day  # the report's opening day, before any event
    if last.paragraph < u.para - 1:
        return None  # the story moved on (reactions, a plan, a toll) since its last event: a separate incident
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
