"""(ev103) Three non-event frames that recur in every development set since blind30, read from the sentence's structure
around a trigger noun or clause:

- a plan: a present or present-perfect verb of planning governs the trigger noun ("The opposition plans another
  rally in X on Saturday", "The union has called a general strike for July 15", "is organising a vigil"): the event is
  to come (`plan_object_before_patterns`), whatever date follows;
- the course of an event already told: a definite event noun as the subject of a verb that tells how it went or ended
  ("The protest ended peacefully on Wednesday", "The sit-in took place without incident", "The blockade was lifted on
  Thursday"), or what it caused ("The killings sparked anger in X": `course_consequence_after_patterns`), or "X came
  after <clause>" (`course_came_after_patterns`): the event the article reported before, not a new one
  (`course_after_patterns`, with `course_subject_before_patterns` for the determiner);
- a relative's counter-account: a victim's family, relative or lawyer says in the present tense what happened to
  "him" ("his family says he had been beaten", "Relatives allege that he was tortured"): a claim about the event the
  article reported, not an event of its own (`kin_claim_before_patterns`).

Each applies only once the article has reported an event of the trigger's kind, with no place or day of its own
(fix112: a restatement or a counter-account needs something to restate or counter; a plan drops alone). Windows are
`trigger_windows` of wordlists.json."""

from __future__ import annotations

from datetime import timedelta

from ..text_cache import span_text
from .own_clause import clause_start


def planned(t, trig, u, rel: int, res) -> bool:
    """A protest or riot noun governed by a present planning verb in its clause: "plans a further rally", "has called a
    strike" (not "has announced the arrest of five men": the arrest is reported; not "has announced a curfew after
    riots": a preposition between; not "calls the rally ... a success": a verdict)."""
    if trig.event_type not in res.wordset("protest_context_event_types"):
        return False
    m = res.pattern_search("plan_object_before_patterns", u.stext[max(0, rel - res.window("plan_before")) : rel])
    if m is None:
        return False
    end = rel + len(span_text(t))
    verdict = res.pattern_search("plan_call_verdict_after_patterns", u.stext[end:])
    return not (m.group(0).lower().startswith("call") and verdict is not None)


def _told(t, trig, art) -> list:
    """The events told before of the trigger's kind: its type, or any type its noun can name (`day_gap_noun_types`:
    "The attack" after a killing); protests and riots count as one kind."""
    crowd = art.res.wordset("protest_context_event_types")
    kinds = {trig.event_type, *art.res.words["day_gap_noun_types"].get(span_text(t).lower(), ())}
    if kinds & crowd:
        kinds |= crowd
    return [e for e in art.events if e.event_type in kinds]


def _new_place(u, told, after: int = -1, res=None) -> bool:
    """A place of the sentence (after `after`) that no event told before of the kind has; with `res`, not where people
    fled to (`flight_destination_before_patterns`: "forced villagers to flee towards X", "displaced families to camps
    near X")."""
    names = {e.place.name for e in told if e.place is not None}
    return any(
        p.start_char > after
        and p._.place
        and p._.place[0].name not in names
        and (
            res is None
            or res.pattern_search("flight_destination_before_patterns", u.stext[: p.start_char - u.s0]) is None
        )
        for p in u.splaces
    )


def _new_day(u, told, before: int | None = None) -> bool:
    """A day of the sentence (before `before`) more than a day away from every event told before of the kind."""
    days = [e.event_date for e in told if e.event_date is not None]
    return any(
        d.precision == 1
        and d.value is not None
        and (before is None or d.start < before)
        and all(abs(d.value - x) > timedelta(days=1) for x in days)
        for d in u.day_dates
    )


def _course_frame(t, trig, u, rel: int, art) -> str:
    """Which frame of an event told before a definite noun opening its sentence is in: "came_after" ("The shelling came
    hours after <clause>"), "consequence" ("The killings sparked anger in X"), "course" ("The protest ended peacefully
    on Wednesday"), else ""."""
    res = art.res
    subject = res.pattern_search(
        "course_subject_before_patterns", u.stext[max(0, rel - res.window("course_subject_before")) : rel]
    )
    if subject is None:
        return ""
    end = rel + len(span_text(t))
    after = u.stext[end : end + res.window("course_after")]
    if res.pattern_search("course_came_after_patterns", after) is not None:
        return "came_after"
    if res.pattern_search(
        "course_consequence_after_patterns", u.stext[end : end + res.window("course_consequence_after")]
    ):
        return "consequence"
    return "course" if res.pattern_search("course_after_patterns", after) is not None else ""


def course_of_told(t, trig, u, rel: int, art) -> bool:
    """ "The protest ended peacefully on Wednesday": a definite event noun opening the sentence, whose verb tells its
    course ("course_after_patterns"), what it caused ("The killings sparked anger in X") or what it came after ("The
    shelling came hours after <clause>", the clause keeping its own event), after the article has reported an event of
    the same kind, with no day of its own on the noun ("Wednesday's blast") and no place of its own after it (a
    reaction's place, "sparked anger in X", is the reaction's)."""
    return _restates(_course_frame(t, trig, u, rel, art), t, trig, u, rel, art)


def _restates(frame: str, t, trig, u, rel: int, art) -> bool:
    """`course_of_told` once the frame is known (`came_after_clause` has it already)."""
    told = _told(t, trig, art) if frame else []
    if not told or _new_day(u, told, before=t.start_char):
        return False
    if frame == "came_after":
        return True
    end = rel + len(span_text(t))
    if frame == "consequence" and art.res.pattern_search("course_reaction_after_patterns", u.stext[end:]):
        return True
    # "The attack took place near X": a place of its own places the event told before (merging's restatement)
    return not _new_place(u, told, after=t.end_char, res=art.res)


def came_after_clause(t, trig, u, art) -> bool:
    """ "The bombing came hours after the president visited X", the bombing told before: the clause after "after" gives
    a row only for an event trigger, not for a visit or a meeting (`came_after_non_event_subs`)."""
    if trig.sub_event_type not in art.res.wordset("came_after_non_event_subs"):
        return False
    for x in u.triggers:
        if x.end_char <= t.start_char:
            xt, rel = art.res.triggers[x.label_], x.start_char - u.s0
            frame = _course_frame(x, xt, u, rel, art)
            if frame == "came_after" and _restates(frame, x, xt, u, rel, art):
                return True
    return False


def kin_claim(t, trig, u, rel: int, art) -> bool:
    """ "his family says he had been beaten": a relative's present-tense account of what befell the victim told before
    (an event of the kind of one of the sentence's triggers, "he was beaten after his arrest" retelling a death in
    custody, or any event for a beating, `kin_claim_any_kind_subs`; no place of its own, no day more than a day away
    from it before an "after" phrase: "his brother says he was abducted by gunmen in X" is an abduction of its own)."""
    res = art.res
    b0 = max(0, rel - res.window("kin_claim_before"))
    m = res.pattern_search("kin_claim_before_patterns", u.stext[b0:rel])
    if m is None:
        return False
    told = [e for x in u.triggers for e in _told(x, res.triggers[x.label_], art)]
    if not told and any(
        res.triggers[x.label_].sub_event_type in res.wordset("kin_claim_any_kind_subs") for x in u.triggers
    ):
        told = art.events  # "his family says he had been beaten": how the victim told before (a death in custody) died
    # "he was beaten after his arrest on Saturday": the day of the arrest, not of the claim
    cut = res.pattern_search("claim_day_phrase_breaks", u.stext, b0 + m.start())
    return bool(told) and not _new_place(u, told) and not _new_day(u, told, before=u.s0 + cut.start() if cut else None)


def running_since(t, u, rel: int, res) -> bool:
    """ "more than 200 air strikes have hit the X and Y areas since the coup of April 2023": a present perfect whose
    span runs "since" a past point, the trigger inside it and no day in the sentence: a running total, not one event
    (not "..., the worst unrest since the 2024 protests": a superlative's or "first such" aside)."""
    if any(d.precision == 1 for d in u.day_dates):
        return False
    m = res.pattern_search("perfect_since_patterns", u.stext)
    if m is None or not (clause_start(u.stext, m.start(), res, "marks") <= rel < m.end()):  # its pattern holds "since"
        return False
    since = m.end() - len(m.group(0)) + m.group(0).lower().rindex("since")
    return res.pattern_search("since_superlative_before_patterns", u.stext[m.start() : since]) is None


def told_elsewhere(t, trig, u, rel: int, art) -> str:
    """The name of the frame that drops the trigger ("" = none)."""
    if planned(t, trig, u, rel, art.res):
        return "planned"  # "The opposition plans another rally in X on Saturday": to come
    if course_of_told(t, trig, u, rel, art):
        return "course_of_told"  # "The protest ended peacefully on Wednesday": the protest told before
    if came_after_clause(t, trig, u, art):
        return "came_after_clause"  # "The bombing came hours after the president visited X": no event in the clause
    if running_since(t, u, rel, art.res):
        return "running_since"  # "more than 200 air strikes have hit the area since the coup of April 2023"
    if kin_claim(t, trig, u, rel, art):
        return "kin_claim"  # "his family says he had been beaten": a counter-account of the death told before
    return ""
