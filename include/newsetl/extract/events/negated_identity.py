"""(fix128; issue 10) A negation that only says who the actors are ("persons who had not been identified took",
"those who did not flee were killed", wordlists.json `negated_identity_before`) does not negate the act; but a second
negation after the relative clause's own ("soldiers who were not at the scene denied attacking", "protesters who were
not arrested didn't clash") negates the main verb, so the act stays negated."""

from __future__ import annotations

import re

NEG_WORD_RE = re.compile(
    r"\b(?:did\s+not|not|no|never|denied|deny|denies|without|neither|nor|refused|refuses)\b|\b[a-z]+n['’]t\b", re.I
)


def negation_in_identity_clause(before: str, res) -> bool:
    """The text before the trigger ends with a relative clause negated once (`negated_identity_before`) and holds no
    other negation word after the clause's own."""
    m = res.pattern_search("negated_identity_before", before)
    if m is None:
        return False
    first = NEG_WORD_RE.search(m.group(0))
    return first is not None and NEG_WORD_RE.search(m.group(0), first.end()) is None
