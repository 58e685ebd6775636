"""(ev75) People harmed whom the actor dictionary names as no party: "a drone struck a fishing boat, killing three crew
members", "a landmine ... killed its rider", "A woman and her two daughters were killed when Houthi shells landed".
A counted or possessed victim noun (the victim-quantity pattern of `Rules.victim_patterns`, the one fatalities.py
counts with) that is the object of a kill or injury word (lexicon.json `kill_words` / `injury_words`) after the
trigger, or the subject of a passive one in the sentence, names people; an actor mention among them ("three soldiers",
"two militants") is that party instead, and a noun of an armed or security role (`armed_role_victim_nouns`: "killing
two guards", "a sergeant") names no civilians."""

from __future__ import annotations

import re

PASSIVE_BEFORE = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?$", re.I)
CLAUSE_START = re.compile(r"[,;:—]\s*|\b(?:and|but)\s+(?=[A-Z])")


def _free(q: re.Match, spans: list[tuple[int, int]], armed) -> bool:
    """The victims `q` hold no actor mention and no armed role noun."""
    return not any(s < q.end() and q.start() < e for s, e in spans) and not (
        armed is not None and armed.search(q.group(0))
    )


def people_harmed(res, u, rel: int) -> bool:
    """The sentence of `u` names people killed or wounded who are no actor (see the module docstring); `rel` is the
    trigger's start in the sentence."""
    stext = u.stext
    _, qty = res.victim_patterns
    spans = [(m.start_char - u.s0, m.end_char - u.s0) for m in u.actors]
    armed = res.words_re("armed_role_victim_nouns")
    for rx in res.kill_injury:
        for k in rx.finditer(stext):
            if k.start() >= rel:
                obj = re.match(r"\s+", stext[k.end() :])
                q = qty.match(stext, k.end() + obj.end()) if obj is not None else None
                if q is not None and _free(q, spans, armed):
                    return True  # "..., killing three crew members"
            if re.match(r"(?:was|were|ha[sd]|have)\b", k.group(0), re.I) or PASSIVE_BEFORE.search(stext, 0, k.start()):
                head = stext[: k.start()]
                cut = [m.end() for m in CLAUSE_START.finditer(head)]
                lo = cut[-1] if cut else 0
                q = qty.search(stext, lo, k.start())
                if q is not None and _free(q, spans, armed):
                    return True  # "A woman and her two daughters were killed when ..."
    return False
