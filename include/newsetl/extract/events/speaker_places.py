"""(ev92) Places named only in the speaker of a report: "Kisii police commander Ann Ruto said the youths fought for
several hours", "Nine militants and two soldiers were killed, a Jubaland military officer told reporters". The town or
region of the police commander, the officer or the agency says where the source sits, not where the event happened:
such a clause, with no date of its own, is an account of the event already reported (`merging.restates`), not a new
event at the speaker's place."""

from __future__ import annotations

import re

from .attribution import BARRIER_BETWEEN, speech_barrier

CLAUSE_EDGE = re.compile(r"[,;:(\"“”]|\s[—–-]\s")
ACCORDING = re.compile(r",\s*according\s+to\b", re.I)
# "The dead man, a fish seller from X, was shot ...": the origin of a person the story has named, set off by commas
ORIGIN_APPOSITION = re.compile(r"^\W*The\s+(?:[\w\-]+\s+){0,2}?[\w\-]+\s*,(?P<app>[^,;]{3,90}?\bfrom\s[^,;]{2,60}),")


def _head_speaker(stext: str, rel: int, res) -> tuple[int, int] | None:
    """The subject of the last reporting verb before the trigger, with no ";", ":" or relative pronoun between them
    ("Kisii police commander Ann Ruto said ...", "The border service in X says one of its men was killed"): from the
    clause's start (after the last comma, colon or dash) up to that verb."""
    verb = None
    for m in res.speech_re.finditer(stext, 0, rel):
        verb = m
    if verb is None or BARRIER_BETWEEN.search(stext, verb.end(), rel):
        return None
    start = 0
    for m in CLAUSE_EDGE.finditer(stext, 0, verb.start()):
        start = m.end()
    return (start, verb.start()) if stext[start : verb.start()].strip() else None


def _tail_speaker(stext: str, rel: int, res) -> tuple[int, int] | None:
    """A source set after the report by a comma (", a Jubaland military officer told reporters.", ", according to the
    Kisumu police commander."): from that comma to the end, when it holds a reporting verb and no further comma."""
    cut = stext.rfind(",")
    if cut <= rel:
        return None
    tail = stext[cut:]
    if ";" in tail or len(tail.split()) > 14 or (res.speech_re.search(tail) is None and not ACCORDING.match(tail)):
        return None
    return cut, len(stext)


def _origin(stext: str, rel: int) -> tuple[int, int] | None:
    """The apposition that says where a person the sentence opens with comes from ("The dead man, a fish seller from
    Kisumu, was shot ..."), before the trigger."""
    m = ORIGIN_APPOSITION.match(stext)
    return m.span("app") if m is not None and m.end() <= rel else None


def speaker_only(u, chosen: list, rel: int, res) -> bool:
    """Every mention of the places chosen for the clause lies in the speaker of its report (head or tail) or in the
    origin of the person it opens with."""
    if not chosen:
        return False
    names = {p.name for p, _ in chosen}
    spans = [sp for sp in u.splaces if sp._.place[0].name in names]
    found = (_head_speaker(u.stext, rel, res), _tail_speaker(u.stext, rel, res), _origin(u.stext, rel))
    regions = [r for r in found if r is not None]
    if not spans or not regions:
        return False
    return all(any(a <= sp.start_char - u.s0 and sp.end_char - u.s0 <= b for a, b in regions) for sp in spans)


SPEECH_DAY_LAG = 3  # days from an event to the statement that retells it
DAY_BEFORE_THAT = re.compile(r"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:[\w\-]+\s+){1,3}?that\b", re.I)


def speech_dated_twin(art, u, ev, chosen: list, own_dates: list, rel: int):
    """(ev92) "X's defence ministry said on Wednesday that jets had struck a warehouse in Y": every day of the clause
    dates the report (it stands before the reporting verb the trigger depends on), so an event of the same sub-type
    told before at the same place, up to `SPEECH_DAY_LAG` days earlier, is the one reported again. None otherwise."""
    end = speech_barrier(u.stext, rel, art.res)
    if end is not None and (m := DAY_BEFORE_THAT.match(u.stext, end)) is not None:
        end = m.end()  # "said on Wednesday that ...": the day of the statement
    days = own_dates or u.day_dates
    if end is None or not days or ev.event_date is None or any(d.start - u.s0 >= end for d in days):
        return None
    place = chosen[0][0] if chosen else ev.place
    for e in reversed(art.events):
        if (
            e.sub_event_type == ev.sub_event_type
            and e.event_date is not None
            and 0 <= (ev.event_date - e.event_date).days <= SPEECH_DAY_LAG
            and place is not None
            and e.place is not None
            and (e.place.name, e.place.country) == (place.name, place.country)
        ):
            return e
    return None
