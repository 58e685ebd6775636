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

Each applies only once the article has reported an event (a restatement or a counter-account needs something to
restate or counter; a plan drops alone)."""

from __future__ import annotations

from ..text_cache import span_text

CROWD = ("Protests", "Riots")


def planned(t, trig, u, rel: int, res) -> bool:
    """A protest or riot noun governed by a present planning verb in its clause: "plans a further rally", "has called a
    strike" (not "has announced the arrest of five men": the arrest is reported)."""
    if trig.event_type not in CROWD:
        return False
    return res.pattern_search("plan_object_before_patterns", u.stext[max(0, rel - 90) : rel]) is not None


def course_of_told(t, trig, u, rel: int, art) -> bool:
    """ "The protest ended peacefully on Wednesday": a definite event noun opening the sentence, whose verb tells its course, after the
    article has reported an event of the same kind; "The shelling came hours after <clause>": the noun restates the
    event told before (of any kind), and the clause after "after" tells its own event with its own place and type;
    "The killings sparked anger in X": a consequence of the event told before, not a new one."""
    res = art.res
    if res.pattern_search("course_subject_before_patterns", u.stext[max(0, rel - 60) : rel]) is None:
        return False
    end = rel + len(span_text(t))
    after = u.stext[end : end + 60]
    if (
        res.pattern_search("course_came_after_patterns", after) is not None
        or res.pattern_search("course_consequence_after_patterns", u.stext[end : end + 160]) is not None
    ):
        return bool(art.events)
    if not any(_same_kind(e, trig) for e in art.events) or res.pattern_search("course_after_patterns", after) is None:
        return False
    # "The attack took place near X": a place of its own places the event told before (merging's restatement)
    return not any(p.start_char > t.end_char for p in u.splaces)


def kin_claim(t, u, rel: int, art) -> bool:
    """ "his family says he had been beaten": a relative's present-tense account of what befell the victim told before."""
    if not art.events:
        return False
    return art.res.pattern_search("kin_claim_before_patterns", u.stext[max(0, rel - 140) : rel]) is not None


def _same_kind(e, trig) -> bool:
    return e.event_type == trig.event_type or (e.event_type in CROWD and trig.event_type in CROWD)


def running_since(t, u, rel: int, res) -> bool:
    """ "more than 200 air strikes have hit the X and Y areas since the coup of April 2023": a present perfect whose
    span runs "since" a past point, the trigger inside it and no day in the sentence: a running total, not one event."""
    if any(d.precision == 1 for d in u.day_dates):
        return False
    m = res.pattern_search("perfect_since_patterns", u.stext)
    return m is not None and rel < m.end() and rel >= _clause_start(u.stext, m.start())


def _clause_start(stext: str, pos: int) -> int:
    cut = max(stext.rfind(c, 0, pos) for c in (".", ";", ":"))
    return cut + 1


def told_elsewhere(t, trig, u, rel: int, art) -> str:
    """The name of the frame that drops the trigger ("" = none)."""
    if planned(t, trig, u, rel, art.res):
        return "planned"  # "The opposition plans another rally in X on Saturday": to come
    if course_of_told(t, trig, u, rel, art):
        return "course_of_told"  # "The protest ended peacefully on Wednesday": the protest told before
    if running_since(t, u, rel, art.res):
        return "running_since"  # "more than 200 air strikes have hit the area since the coup of April 2023"
    if kin_claim(t, u, rel, art):
        return "kin_claim"  # "his family says he had been beaten": a counter-account of the death told before
    return ""
