"""(ev114) Text that reports no new event, by the frame of its sentence: a past decade or a time someone remembers
(`remembered_time_patterns`: "X was the scene of heavy fighting in the 1990s", "the town still remembers May 2011,
when ..."), and a continuing state counted in days (`continuing_state_after` / `continuing_state_before`: "The hunger
strike entered its twelfth day", "Day 9 of the sit-in"); a trigger word inside a wire's upper-case slug ("KE-KISUMU-RALLY-PREVIEW"); a ban of gatherings (`measure_object_after`: "banned all public gatherings for ten days", a
measure, not a banned group). Corrections, summary lines, plans and period aggregates are
data of the filters that already exist (`summary_label_patterns`, `prospective_after_patterns`, `aggregate_frames`)."""

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
    "throughout the 2000s") or opened by one ("During the 1970s, militias fought ..."), or which a remembering frame opens before the trigger ("still remembers June 2009, when
    ...", "recall the riots of the 1980s, when ..."): background. A day in the sentence ("fled when gunmen attacked X
    on Monday, as in the 1990s") makes the act the day's."""
    if any(d.precision == 1 for d in u.day_dates):
        return False
    rx = res.patterns_re("remembered_time_patterns")
    if rx is None:
        return False
    c0, c1 = clause_bounds(u.stext, rel)
    for m in rx.finditer(u.stext):
        if m.group(0).lower().lstrip().startswith(("remember", "recall")):
            if m.start() < rel:
                return True
        elif c0 <= m.start() <= c1 or c0 <= m.end() <= c1 or not u.stext[: m.start()].strip(" \t\"'“‘("):
            return True  # the trigger's clause, or a fronted decade ("In the 1980s, ...") of the whole sentence
    return False


def _continuing_state(t, u, rel: int, res) -> bool:
    """A trigger noun whose state goes on ("The sit-in outside X is now in its third week", "The strike in X has now
    lasted six weeks", "Day 12 of the hunger strike"): an action begun before, no new event (its day says when the
    count was made, not when anything happened). Of a crowd's action only: a battle that goes on for a third day is
    that day's battle."""
    if is_verbal(t) and not span_text(t).lower().endswith("ing"):
        return False
    after = res.patterns_re("continuing_state_after")
    if after is not None and after.match(u.stext, rel + len(span_text(t))):
        return True
    return res.pattern_search("continuing_state_before", u.stext[max(0, rel - 60) : rel]) is not None


def _in_slug(stext: str, a: int, b: int) -> bool:
    """The trigger is a part of an upper-case slug of three or more hyphenated parts ("KE-KISUMU-RALLY-PREVIEW")."""
    return any(m.start() <= a and b <= m.end() for m in SLUG.finditer(stext, max(0, a - 60), b + 60))
