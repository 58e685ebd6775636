"""(ev58) The triggers of an arrest's cause clause, and (ev62) those of a relative or modifier clause, left out when
the clause's event is chosen."""

from __future__ import annotations

from ..rules import Rules


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
