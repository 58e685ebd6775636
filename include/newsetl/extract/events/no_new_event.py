"""(ev114) Text that reports no new event, by the frame of its sentence: a past decade or a time someone remembers
(`remembered_time_patterns`: "X was the scene of heavy fighting in the 1990s", "the town still remembers May 2011,
when ..."), and a continuing state counted in days (`continuing_state_after` / `continuing_state_before`: "The hunger
strike entered its twelfth day", "Day 9 of the sit-in", with no toll or act after it); a trigger word inside a wire's upper-case slug ("KE-KISUMU-RALLY-PREVIEW"); a ban of gatherings (`measure_object_after`: "banned all public gatherings for ten days", a
measure, not a banned group). Plans and period aggregates are data of the filters that already exist
(`prospective_after_patterns`, `plan_patterns`, `aggregate_clause_frames`); (fix127) a correction or live-blog summary
line (`repeat_label_patterns`) loses its row after assembly only when the article tells its event elsewhere
(`repeated_label_rows`)."""

from __future__ import annotations

import re

from ..text_cache import span_text
from .background_filters import is_verbal
from .model import CROWD_EVENT_TYPES
from .text import clause_bounds

SLUG = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+){2,}")


def no_new_event(t, trig, u, rel: int, res) -> str:
    """The reason a trigger reports no new event by its sentence's frame, or ""."""
    if _in_slug(u.stext, rel, rel + len(span_text(t))):
        return "slug"  # a wire budget's slug ("KE-PORT-RALLY-PREVIEW — ..."): a label, the story's text tells the event
    if _remembered_time(t, u, rel, res):
        return "remembered_time"
    if trig.event_type in CROWD_EVENT_TYPES and _continuing_state(t, u, rel, res):
        return "continuing_state"
    after = u.stext[rel + len(span_text(t)) :]
    if trig.sub_event_type == "Other" and res.pattern_search("measure_object_after", after):
        return "measure"  # "banned all public gatherings in the county for ten days": a measure on gatherings, no event
    return ""


def _remembered_time(t, u, rel: int, res) -> bool:
    """A sentence with no day of its own whose trigger's clause is dated by a decade ("in the late 1990s",
    "throughout the 2000s") or opened by one ("During the 1970s, militias fought ..."), or which a remembering frame
    (`remembering_frame_patterns`) opens before the trigger ("still remembers June 2009, when ...", "recall the riots
    of the 1980s, when ..."): background. A day in the sentence ("fled when gunmen attacked X on Monday, as in the
    1990s") makes the act the day's. (fix127) A decade after the trigger past a noun's preposition or a charge
    (`remembered_time_refused_between`: "arrested a man suspected of killings in the 1990s") dates that noun, not the
    trigger; "of the 1990s war" and "since the 1990s" are no dating phrase (not in the list)."""
    if any(d.precision == 1 for d in u.day_dates):
        return False
    frame = res.patterns_re("remembering_frame_patterns")
    first = frame.search(u.stext) if frame is not None else None  # (perf31) matches come in order: the first one
    if first is not None and first.start() < rel:
        return True
    rx = res.patterns_re("remembered_time_patterns")
    if rx is None:
        return False
    c0, c1 = clause_bounds(u.stext, rel)
    end = rel + len(span_text(t))
    for m in rx.finditer(u.stext):
        if not u.stext[: m.start()].strip(" \t\"'“‘("):
            return True  # a fronted decade ("In the 1980s, ...") of the whole sentence
        if not (c0 <= m.start() <= c1 or c0 <= m.end() <= c1):
            continue
        if m.start() >= end and res.pattern_search("remembered_time_refused_between", u.stext, end, m.start()):
            continue  # "suspected of killings in the 1990s": the decade of a noun after the trigger
        return True
    return False


def _continuing_state(t, u, rel: int, res) -> bool:
    """A trigger noun whose state goes on ("The sit-in outside X is now in its third week", "The strike in X has now
    lasted six weeks", "Day 12 of the hunger strike"): an action begun before, no new event (its day says when the
    count was made, not when anything happened). Of a crowd's action only: a battle that goes on for a third day is
    that day's battle."""
    if is_verbal(t) and not span_text(t).lower().endswith("ing"):
        return False
    after = res.patterns_re("continuing_state_after")
    m = after.match(u.stext, rel + len(span_text(t))) if after is not None else None
    if m is None and res.pattern_search("continuing_state_before", u.stext[max(0, rel - 60) : rel]) is None:
        return False
    # (fix127) a toll or an act of the day after the count ("entered their third day, leaving four people dead",
    # "... its fifteenth day, and guards beat three strikers", "as hundreds more joined") keeps the row
    rest = u.stext[m.end() if m is not None else rel + len(span_text(t)) :]
    return res.pattern_search("continuing_state_sequel_after", rest) is None


def _in_slug(stext: str, a: int, b: int) -> bool:
    """The trigger is a part of an upper-case slug of three or more hyphenated parts ("KE-KISUMU-RALLY-PREVIEW")."""
    if "-" not in stext:
        return False  # (perf31) a slug has hyphens: most sentences are not scanned
    return any(m.start() <= a and b <= m.end() for m in SLUG.finditer(stext, max(0, a - 60), b + 60))


def repeated_label_rows(events: list, text: str, res) -> list:
    """(fix127) The events without those of a correction or live-blog summary line (`repeat_label_patterns`:
    "CORRECTION: ... an earlier version said ...", "What we know so far: ...", "Key highlights: ...") whose event the
    article reports elsewhere (`_same_event`), or that has no day at all (a live blog's opening highlights, before any
    dated entry: the entries tell the events). A dated labelled line that is the article's only report of its event
    keeps its row."""
    label = res.patterns_re("repeat_label_patterns", 0)
    if label is None or not events:
        return events
    marks = [_labelled(ev, text, label) for ev in events]
    if not any(marks):
        return events
    plain = [ev for ev, m in zip(events, marks) if not m]
    return [
        ev
        for ev, m in zip(events, marks)
        if not (m and (ev.event_date is None or any(_same_event(ev, o) for o in plain)))
    ]


def _labelled(ev, text: str, label) -> bool:
    """The event's sentence is the first of a line opened by a label (a later clause of that sentence too)."""
    ls = text.rfind("\n", 0, ev.start_char) + 1
    if SENTENCE_END.search(text, ls, ev.start_char):
        return False
    return label.match(text[ls : ls + 400]) is not None  # ("^" of the patterns: the line's start)


SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z0-9\"“‘(])")
WORD = re.compile(r"[a-z][a-z\-]{3,}")


def _same_event(ev, other) -> bool:
    """The same event told twice: the same sub-event type at the same place or with the labelled line's trigger word in
    the other's sentence ("anti-racism rally outside the town hall" / "gathered outside X town hall for a rally against
    racism", the line's row placed elsewhere); the same place with that word ("riot police clash with traders in X" /
    "Riot police clashed with traders in X on Tuesday and detained dozens", a row typed by its sentence's other act);
    or the same trigger in a sentence of the same words."""
    same_place = ev.place is not None and other.place is not None and ev.place.name == other.place.name
    stems = _stems(ev.trigger)
    told = bool(stems) and stems <= _stems(other.sentence)
    if (same_place or told) and (ev.sub_event_type == other.sub_event_type or (same_place and told)):
        return True
    words = set(WORD.findall(ev.sentence.lower()))
    return (
        ev.sub_event_type == other.sub_event_type
        and ev.trigger.lower() == other.trigger.lower()
        and bool(words)
        and len(words & set(WORD.findall(other.sentence.lower()))) >= 0.6 * len(words)
    )


def _stems(text: str) -> set:
    return {STEM_END.sub("", w) for w in WORD.findall(text.lower())}


STEM_END = re.compile(r"(?:ing|ed|es|e|s)$")
