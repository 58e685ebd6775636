"""Background filters of event candidates: side remarks, running totals, "since ...", an earlier month or year,
aggregates and past events named by their year (`_background`), and the verb test they share (`is_verbal`)."""

from __future__ import annotations

import re
from datetime import date

from ...regex_guard import guarded
from ..dates import MONTHS
from ..text_cache import span_text
from .model import CROWD_EVENT_TYPES, PAST_YEAR_KINDS
from .text import AGGREGATE_RE, RUNNING_TOTAL, VERB_LIKE

SUBORDINATE_BEFORE = re.compile(
    r"(?:\bwho|\bwhich|\bthat|\bas\s+(?:they|it|he|she)|\bafter\s+(?:they|it)|\bbefore\s+(?:they|it))\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$",
    re.I,
)


BACKGROUND_SENT = guarded(
    re.compile(
        r"\b(?:since\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$)|\b(?:war|conflict|crisis|uprising|insurgency|revolution)\s+(?:first\s+)?(?:began|started|broke\s+out|erupted)\b",
        re.I,
    )
)


CAUSE_BEFORE = re.compile(r"\b(?:after|following|over)\s+(?:the|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}$", re.I)
BEGAN_AFTER = re.compile(r"\s+(?:first\s+)?(?:began|started|erupted|broke\s+out|were\s+sparked|was\s+sparked)\b", re.I)


MONTH_ONLY = re.compile(
    r"\b(?:in|since|during|until)\s+(?:early\s+|late\s+|mid-?)?(?P<mon>january|february|march|april|(?-i:May)|june|july|august|september|october|november|december)\b(?!\s+\d)",
    re.I,
)


def month_is_past(mon: str, ref: date) -> bool:
    m = MONTHS.get(mon.lower())
    return m is not None and m != ref.month


YEAR_ADJ_BEFORE = guarded(
    re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w\-]+\s+)?$", re.I)
)


def is_verbal(t) -> bool:
    """A trigger with a verb form ("struck", "shelling"), not a bare noun ("HIMARS", "artillery")."""
    return any(VERB_LIKE.search(w) for w in span_text(t).split())


def _state_since(stext: str, res) -> str:
    """The sentence with each "since X" that dates a state ("two youths missing since September", "held by M23 since
    early 2025", `state_since_patterns`) blanked: it says how long something has lasted, not that the event is old."""
    rx = res.patterns_re("state_since_patterns")
    if rx is None or "since" not in stext.lower():
        return stext
    # (ev95) a debt "owed since November" too; (fix104) but not beside a running total the sentence tells
    # (`running_perfect_patterns`: "have been on strike", "have staged 30 protests")
    debt = None if res.pattern_search("running_perfect_patterns", stext) else res.patterns_re("debt_since_patterns")
    out = stext
    for m in re.finditer(r"\bsince\s+(?:(?:early|late|mid)[-\s])?", stext, re.I):
        window = stext[max(0, m.start() - 60) : m.end()]
        if rx.search(window) or (debt is not None and debt.search(window)):
            end = re.match(r"(?:[\w\-’']+\s*){1,3}", stext[m.end() :])
            stop = m.end() + (end.end() if end else 0)
            out = out[: m.start()] + " " * (stop - m.start()) + out[stop:]
    return out


def _background(t, trig, u, rel: int, before: str, c0: int, c1: int, ref: date, res) -> str:
    """Background and aggregates: running totals, "since ...", an earlier month or year, "repeatedly", side remarks."""
    stext, day_dates, sdates = _state_since(u.stext, res), u.day_dates, u.sdates
    if stext is not u.stext:
        sdates = [d for d in sdates if stext[d.start - u.s0 : d.start - u.s0 + 1] not in (" ", "")]
    if (
        (trig.priority <= 4 or trig.event_type == "Strategic developments")
        and SUBORDINATE_BEFORE.search(before)
        and not res.pattern_search("passive_agent_relative_before", before)
    ):  # (ev71) but "was stopped by armed men near X, who took the staff's phones": the agent's own act
        return "subordinate"  # "the militia, who withdrew towards Bani Walid", "as they retreated": a side remark
    if (not day_dates or re.search(r"\b(?:have|has)\s+since\b", stext, re.I)) and RUNNING_TOTAL.search(stext):
        return "running_total"  # "Ten people have been killed in Israel.": a running total without a date
    if (
        trig.event_type in CROWD_EVENT_TYPES
        and not any(d.precision == 1 for d in day_dates)
        and BEGAN_AFTER.match(stext, t.end_char - u.s0)
    ):
        return (
            "began_after"  # "The protests began last month after the arrest of ...": how the unrest started, background
        )
    if not is_verbal(t) and not any(d.precision == 1 for d in day_dates) and CAUSE_BEFORE.search(before):
        return "cause"  # "began last month after the arrest of an opposition leader": the earlier cause, named
    if not day_dates and res.pattern_search("displacement_cause_before", before):
        return "cause"  # (ev87) "households displaced by cattle raids in X": the cause of a state of people, no event
        # (fix98: any current date, "this week" too, makes it the event's)
    if not is_verbal(t) and not any(d.precision == 1 for d in day_dates) and _wave(t, u, before, res):
        return "wave"  # (ev65) "spared the kidnappings that have hit neighbouring Katsina": a wave named, no event
    if re.search(r"\bsince\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", before, re.I) or BACKGROUND_SENT.search(stext[:rel]):
        return "since"  # "since the protests began on October 1", "The war began on October 7, when...": background
    if not day_dates and any(month_is_past(m.group("mon"), ref) for m in MONTH_ONLY.finditer(stext)):
        return "past_month"  # "resigned in May after his supporters attacked...": an earlier month, background
    if AGGREGATE_RE.search(stext[c0:c1]) or AGGREGATE_RE.search(stext[rel : rel + 80]):
        return "aggregate"
    more = res.patterns_re(
        "aggregate_patterns"
    )  # "between 2021 and 2023", "Between 13 and 19 August", "across the country"
    if more is not None and more.search(stext):
        return "aggregate_pattern"
    frames = res.patterns_re("aggregate_frames")  # "Since the beginning of 2024, the monitor has documented 187 ..."
    if (frames is not None and frames.search(stext)) or _clause_aggregate(stext, u, rel, c0, c1, res):
        return "aggregate_frame"  # (fix53) "N drones in the past week" only in the trigger's own clause
    year_re = res.vague_time_res.get("year")
    if not day_dates and year_re is not None and year_re.search(stext[:rel]):
        return "vague_year"  # "Earlier this year, they repelled two attacks": no date finer than a year, background
    if any(
        d.kind in PAST_YEAR_KINDS
        and d.value is not None
        and d.value.year < ref.year
        and c0 <= d.start - u.s0 <= c1 + 10
        and not any(t.start_char < dd.start < d.start for dd in day_dates)
        and not (day_dates and res.pattern_search("past_year_modifier_before", stext[: d.start - u.s0]))
        and _of_month_reaches(d, t, u, rel, res)
        and not _relative_clause_year(d, t, u, res)
        for d in sdates
    ):  # (ev58) but "A landmine left over from the fighting of 2016 killed a shepherd ... on Tuesday": a modifier's year
        return "past_year_clause"  # (but "arrested three men on Thursday for looting arms last year": the day is the event's)
    if (not day_dates or _fronted_past_year(u, rel, sdates, day_dates, ref, res)) and any(
        d.kind in PAST_YEAR_KINDS
        and d.value is not None
        and d.value.year < ref.year
        and _of_month_reaches(d, t, u, rel, res)
        for d in sdates
    ):
        return "past_year_sentence"  # "In August 2013, hundreds were killed in a sarin attack": the whole sentence is background
    yr = YEAR_ADJ_BEFORE.search(before)
    if yr and int(yr.group("y")) < ref.year:
        return "year_named"  # "a 2014 peace deal", "the 2017 offensive": a past event named by its year
    # (ev58) "The 2015 Tikapur violence, in which eight people ... were killed, remains ...": a relative clause of it
    named = None if day_dates else res.pattern_search("year_named_relative_before", stext[:rel])
    return "year_named" if named and int(re.findall(r"(?:19|20)\d\d", named.group(0))[0]) < ref.year else ""


def _clause_aggregate(stext: str, u, rel: int, c0: int, c1: int, res) -> bool:
    """A period total in the trigger's own clause (`aggregate_clause_frames`), unless the trigger is a dated part of it
    told after the total ("30 people have been killed since January, including four shot dead on Wednesday":
    `aggregate_part_between`; fix127)."""
    m = res.pattern_search("aggregate_clause_frames", stext, c0, c1)
    if m is None:
        return False
    if m.end() <= rel and any(d.precision == 1 for d in u.day_dates):
        return res.pattern_search("aggregate_part_between", stext, m.end(), rel) is None
    return True


def _fronted_past_year(u, rel: int, sdates: list, day_dates: list, ref: date, res) -> bool:
    """(ev87) A sentence that opens with a past year or a month of one ("In November 2017, militants killed more than
    300 worshippers during Friday prayers", "In 2019, ..."): a bare weekday later in its first clause is a day of that
    year, never one of the reference week. (fix98) The fronted date reaches only to the first ";" or ", and": "In
    2019, militants attacked Dablo; on Monday they attacked again" tells Monday's attack (`fronted_date_clause_end`)."""
    first = next((d for d in sdates if d.value is not None), None)
    if (
        first is None
        or first.kind not in PAST_YEAR_KINDS
        or first.value.year >= ref.year
        or u.stext[: max(0, first.start - u.s0)].strip(" \t\"'“‘(")
    ):
        return False
    cut = res.patterns_rx("fronted_date_clause_end").search(u.stext, max(0, first.end - u.s0))
    end = cut.start() if cut else len(u.stext)
    return rel < end and all(d.kind == "weekday" for d in day_dates if d.start - u.s0 < end)


def _relative_clause_year(d, t, u, res) -> bool:
    """(ev111) A year after a verb trigger with a relative clause opened between them (`past_year_relative_between`:
    "marched ... to demand the return of land they say was taken ... in 1997", "fields which the army seized in
    1999") dates the relative clause's verb, not the trigger."""
    start = d.start - u.s0
    if start < t.end_char - u.s0 or not is_verbal(t):
        return False
    return res.pattern_search("past_year_relative_between", u.stext, t.end_char - u.s0, start) is not None


def _of_month_reaches(d, t, u, rel: int, res) -> bool:
    """(fix98) "of <Month> <year>" (`monthyear_of`) dates the noun it modifies ("the killings of December 2025"), a
    trigger noun whose "after / during the ..." it closes (`of_month_noun_reach`: "deadly unrest after the disputed
    elections of December 2023") and a trigger after it ("..., when clashes ..."), never a verb before it ("protested
    ... against the results of the elections of December 2025")."""
    if d.kind != "monthyear_of" or d.start - u.s0 < rel:
        return True
    between = u.stext[t.end_char - u.s0 : d.start - u.s0]
    return not between.strip() or (not is_verbal(t) and res.pattern_search("of_month_noun_reach", between) is not None)


def _wave(t, u, before: str, res) -> bool:
    """(ev65) A trigger noun named as a wave that a place was spared or that has hit places (`wave_clause_after`: "the
    kidnappings that have hit neighbouring Katsina and Kano", "the protests that have shaken the island";
    `spared_before`: "had been spared the attacks"): the sentence compares, it reports no event. (fix68) Not when the
    wave goes on in the sentence (`wave_ongoing_after`: "The protests that have rocked X for a week continued with
    thousands marching ...") or a verb after it tells an act."""
    wave = res.patterns_re("wave_clause_after")
    if wave is not None and (m := wave.match(u.stext, t.end_char - u.s0)) is not None:
        if res.pattern_search("wave_ongoing_after", u.stext, m.end()) is not None:
            return False
        return not any(x.start_char >= u.s0 + m.end() and is_verbal(x) for x in u.triggers)
    return res.pattern_search("spared_before", before) is not None
