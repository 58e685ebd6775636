"""(ev92) Places named only in the speaker of a report: "Kisii police commander Ann Ruto said the youths fought for
several hours", "Nine militants and two soldiers were killed, a Jubaland military officer told reporters". The town or
region of the police commander, the officer or the agency says where the source sits, not where the event happened:
such a clause, with no date of its own, is an account of the event already reported (`merging.restates`), not a new
event at the speaker's place."""

from __future__ import annotations

import re

from ..rules import Rules
from .attribution import BARRIER_BETWEEN, speech_barrier
from .text import word_rx

CLAUSE_EDGE = re.compile(r"[,;:(\"“”]|\s[—–-]\s")


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
    if res.pattern_search("speaker_local_witness", stext[start : verb.start()]) is not None:
        return None  # (fix102) "Residents of X said ...", "A witness in X said ...": people of the event's own place
    return (start, verb.start()) if stext[start : verb.start()].strip() else None


def tail_speaker(stext: str, rel: int, res) -> tuple[int, int] | None:
    """A source set after the report by a comma (", a Jubaland military officer told reporters.", ", according to the
    Kisumu police commander."): from that comma to the end, when it holds a reporting verb and no further comma."""
    cut = stext.rfind(",")
    if cut <= rel:
        return None
    tail = stext[cut:]
    if (
        ";" in tail
        or len(tail.split()) > 14
        or (res.speech_re.search(tail) is None and res.pattern_search("speaker_according_tail", tail) is None)
    ):
        return None
    return cut, len(stext)


def _origin(stext: str, rel: int, res) -> tuple[int, int] | None:
    """The apposition that says where a person the sentence opens with comes from ("The dead man, a fish seller from
    Kisumu, was shot ..."), before the trigger."""
    m = res.pattern_search("speaker_origin_apposition", stext)
    return m.span("app") if m is not None and m.end() <= rel else None


def _after_auxiliaries(res) -> re.Pattern:
    """(fix107 as data) The first word after a run of wordlists.json `auxiliary_verbs` ("was", "had", "been")."""
    return res.built(
        ("speaker_places.after_auxiliaries",),
        lambda: re.compile(rf"(?:(?:{Rules.alternation(res.words['auxiliary_verbs'])})\s+)*(?P<w>[\w\-]+)", re.I),
    )


def _same_kind(last, ev, stext: str, rel: int, res) -> bool:
    """The event just reported is of the clause's sub-type, or the clause's trigger is a bare toll ("one of its
    servicemen was killed", after an exchange of fire) or a word of that event's sentence ("Youths of two clans fought
    ... in X", then "X police commander Y said the youths fought for hours", typed otherwise). "Russian shelling killed
    a woman, the X governor said" after a drone strike names an act of its own."""
    if last.sub_event_type == ev.sub_event_type:
        return True
    words = _after_auxiliaries(res).match(stext, rel)
    if words is None:
        return False
    word = words.group("w").lower()
    if word in res.lexicon_set("kill_words", "injury_words"):
        return True
    return word_rx(word).search(last.sentence or "") is not None


def speaker_only(art, u, ev, chosen: list, rel: int) -> bool:
    """Every mention of the places chosen for the clause lies in the speaker of its report (head or tail) or in the
    origin of the person it opens with. (fix102) Never for a clause the text marks as another event ("In a separate
    incident", "Separately", "another", "again": `lead_restate_another_event`), nor for one of a sub-type other than
    the event just reported (the speaker's place stays its place: "Separately, X police commander Y said jihadists
    abducted 12 women", after a killing at Z)."""
    res, last = art.res, art.latest()
    if not chosen or last is None or not _same_kind(last, ev, u.stext, rel, res):
        return False
    if res.pattern_search("lead_restate_another_event", u.stext) is not None:
        return False
    names = {p.name for p, _ in chosen}
    spans = [sp for sp in u.splaces if sp._.place[0].name in names]
    found = (_head_speaker(u.stext, rel, res), tail_speaker(u.stext, rel, res), _origin(u.stext, rel, res))
    regions = [r for r in found if r is not None]
    if not spans or not regions:
        return False
    return all(any(a <= sp.start_char - u.s0 and sp.end_char - u.s0 <= b for a, b in regions) for sp in spans)


def speech_dated_twin(art, u, ev, chosen: list, own_dates: list, rel: int):
    """(ev92) "X's defence ministry said on Wednesday that jets had struck a warehouse in Y": every day of the clause
    dates the report (it stands before the reporting verb the trigger depends on), so an event of the same sub-type
    told before at the same place, up to `speech_twin_window` day_lag days earlier, is the one reported again. None
    otherwise, and (fix102) never for a clause the text marks as another event ("attacked X again", "a new strike on
    X", "another strike", "in a separate attack": `lead_restate_another_event`)."""
    days = own_dates or u.day_dates
    if not days or ev.event_date is None:
        return None  # (perf28) tested before the searches below, which cannot change this answer
    end = speech_barrier(u.stext, rel, art.res)
    if end is not None and (m := art.res.pattern_search("speech_day_before_that", u.stext[end:])) is not None:
        end += m.end()  # "said on Wednesday that ...": the day of the statement
    if art.res.pattern_search("lead_restate_another_event", u.stext) is not None:
        return None
    lag = int(art.res.words["speech_twin_window"]["day_lag"])
    if end is None or any(d.start - u.s0 >= end for d in days):
        return None
    place = chosen[0][0] if chosen else ev.place
    for e in reversed(art.events):
        if (
            e.sub_event_type == ev.sub_event_type
            and e.event_date is not None
            and 0 <= (ev.event_date - e.event_date).days <= lag
            and place is not None
            and e.place is not None
            and (e.place.name, e.place.country) == (place.name, place.country)
        ):
            return e
    return None
