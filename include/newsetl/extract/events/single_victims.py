"""(ev67, fix70) Single victims and the dead among people just named: a named victim, "two of whom died", a hedged
"he was killed", one victim by article or pronoun (split from `fatalities.py`)."""

from __future__ import annotations

import re

from ..rules import Rules

_alternation = Rules.alternation


def of_whom(res: Rules, seg: str) -> list[re.Match]:
    """(ev67) "fired on the intruders, two of whom died of their injuries" (`of_whom_died_patterns`, a `num` group):
    the dead among the people just named; (fix70) "were later killed" too, and "died" only of injuries, in hospital,
    at the scene or at the clause's end, not "three sons, two of whom died in the war years ago"."""
    return list(res.patterns_rx("of_whom_died_patterns").finditer(seg))


def named_victim(res: Rules) -> re.Pattern:
    """(ev67) One victim named by a capitalised name (`named_victim_patterns`, case-sensitive): the subject of a
    passive kill (`passive_single_kill_verbs`) that opens the clause, with an age or without ("Shopkeeper Lennox
    Brown, 44, was shot dead"), or the object of a kill verb (`single_kill_verbs`) ended like a single victim
    (`single_victim_end_words`: "gunmen shot dead driver Selorm Dzikunu near Kpeve"); (fix74) the one lower-case word
    before the object name is a title or role noun (`named_victim_title_nouns`, `{title}`), never any other word
    ("Dozens were killed around Christmas Day", "... last Christmas Eve")."""
    w = res.words

    def build() -> re.Pattern:
        alts = {
            "{passive}": _alternation(w["passive_single_kill_verbs"]),
            "{active}": _alternation(w["single_kill_verbs"]),
            "{end}": _alternation(w["single_victim_end_words"]),
            "{title}": _alternation(w["named_victim_title_nouns"]),
        }
        pats = []
        for p in w["named_victim_patterns"]:
            for key, alt in alts.items():
                p = p.replace(key, alt)
            pats.append(f"(?:{p})")
        return re.compile("|".join(pats) or "(?!)")

    return res.built("fatalities.named_victim", build)


def pronoun_hedge(res: Rules) -> re.Pattern:
    """(fix64) `pronoun_kill_hedges`: a fear, denial or doubt just before "he / she was killed" states no death; (fix67)
    the hedge verb directly before the pronoun, or with only "that / whether / if" between ("Relatives feared that he
    was killed"), not anywhere in the words before ("caught an alleged thief ... and he was killed")."""
    return res.built(
        "fatalities.pronoun_hedge",
        lambda: re.compile(
            rf"\b(?:{_alternation(res.words['pronoun_kill_hedges'])})\s+(?:(?:that|whether|if)\s+)?$", re.I
        ),
    )


def single_victim(m: re.Match, taken: list[tuple[int, int]], numbers: dict, single_not: frozenset) -> bool:
    """One victim by article or pronoun, not already counted and not a collective ("a family", "a number of")."""
    if any(st < m.end() and m.start() < en for st, en in taken):
        return False
    if m.group("pron") or m.group("pron2") or m.group("pron3"):
        return True
    mods, head = (m.group("mods"), m.group("head")) if m.group("head") else (m.group("pmods"), m.group("phead"))
    words = [w.lower() for w in (mods or "").split()] + [head.lower()]
    return not any(w in single_not or w in numbers or w[0].isdigit() and not w.endswith("-old") for w in words)
