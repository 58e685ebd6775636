"""(ev58) The triggers of an arrest's cause clause, and (ev62) those of a relative or modifier clause, left out when
the clause's event is chosen."""

from __future__ import annotations

import re

from ..rules import Rules
from .text import VERB_LIKE


def arrest_before_its_cause(stext: str, s0: int, cands: list, res: Rules) -> list:
    """(ev58) "Police ... arrested 23 young men overnight after a protest by artisanal miners turned violent": the
    triggers of a cause clause (`arrest_cause_clause_before`) after an arrest name why it was made, not the event."""
    first = next((c for c in cands if c[3].sub_event_type == "Arrests"), None)
    if first is None:
        return cands
    a = first[2].end_char - s0
    kept = [
        c
        for c in cands
        if c[2].start_char - s0 < a
        or not res.pattern_search("arrest_cause_clause_before", stext[a : c[2].start_char - s0])
    ]
    return kept if kept else cands


def head_of_clause(stext: str, s0: int, cands: list, res: Rules) -> list:
    """(ev62) A trigger inside a relative or reduced relative clause (`modifier_clause_before`: "a taxi driver they said
    had been detained", "a conflict that had been settled by a peace pact", "relatives detained during house searches")
    qualifies a noun: the head event of the sentence wins when it has a trigger of its own."""
    kept = [
        c
        for c in cands
        if not res.pattern_search(
            "modifier_clause_before", stext[max(0, c[2].start_char - s0 - 90) : c[2].start_char - s0]
        )
    ]
    return kept if kept else cands


def main_before_after_clause(stext: str, s0: int, cands: list, res: Rules) -> list:
    """(ev62) "Riders blocked the highway with burning tyres on Wednesday after one of their colleagues was killed the
    previous night": the triggers of an "after" clause (`after_clause_before`, no "," "." ";" between) tell its cause;
    the main clause's act before it is the sentence's event. Not after "broke out" / "erupted": "The fighting broke out
    after men detained a commander" restates the fighting and tells the detention. Only a finite verb trigger makes
    the clause ("after a short firefight" names an event of the sentence), or a definite noun that refers to an event
    told before ("to demand armed escorts after the ambush": `after_reference_before`)."""
    starts = sorted(c[2].start_char for c in cands)
    kept = []
    for c in cands:
        c0 = c[2].start_char
        before = [x for x in cands if x[2].end_char <= c0]
        if before:
            a = max(x[2].end_char for x in before) - s0
            gap = stext[a : c0 - s0]
            m = res.pattern_search("after_clause_before", gap)
            if m and not re.search(r"[,.;]", gap[m.start() :]) and starts[0] < c0:
                if _finite(c[2].text) or res.pattern_search("after_reference_before", gap):
                    continue  # not "after a short firefight" (this event's); "after the ambush" is told elsewhere
        kept.append(c)
    return kept if kept else cands


def _finite(text: str) -> bool:
    return any(VERB_LIKE.search(w) and not w.lower().endswith("ing") for w in text.split())
