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


_WORD = r"[\w’'\-]+"
ARTICLE_BEFORE = re.compile(
    rf"(?<!\bof\s)\b(?:a|an|one)\s+(?P<np>(?:{_WORD}\s+)?{_WORD})\s+(?:and|together\s+with|along\s+with)\s+"
    r"(?:(?:his|her|their)\s+)?$",
    re.I,
)
ARTICLE_AFTER = re.compile(
    rf"\s+(?:and|together\s+with|along\s+with)\s+(?:a|an|one)\s+(?P<np>(?:{_WORD}\s+)?{_WORD})", re.I
)


ARTICLE_AFTER_ONE = re.compile(rf"\s+(?:and|together\s+with|along\s+with)\s+(?:a|an|one)\s+(?P<np>{_WORD})", re.I)


def _no_victim(np: str, single_not: frozenset, not_heads: frozenset) -> bool:
    words = [w.strip("'’").lower() for w in np.split()]
    return words[-1] in not_heads or any(w in single_not for w in words)


def article_items(seg: str, qs: list[tuple[int, int, int]], res: Rules) -> list[tuple[int, int, int]]:
    """(ev75) One victim by article coordinated with a counted quantity ("killed a catechist and two worshippers",
    "shot dead a pharmacist and his two sons", "two soldiers and a tribesman were killed") joins that quantity: its span
    widened over the article's noun phrase, its value one more; a phrase with a word of `single_victim_not` ("and a
    group") or a head of `article_victim_not_heads` ("and a day later") is no victim, and a state word of that list
    after the noun ("and a tribesman dead") is left out of the phrase; a quantity already next to another is left
    alone."""
    single_not, not_heads = res.wordset("single_victim_not"), res.wordset("article_victim_not_heads")
    out = []
    for k, (st, en, val) in enumerate(qs):
        lo = qs[k - 1][1] if k else 0
        hi = qs[k + 1][0] if k + 1 < len(qs) else len(seg)
        b = ARTICLE_BEFORE.search(seg, lo, st)
        if b is not None and b.end() == st and not _no_victim(b.group("np"), single_not, not_heads):
            st, val = b.start(), val + 1
        a = ARTICLE_AFTER.match(seg, en, hi)
        if a is not None and " " in a.group("np") and a.group("np").split()[-1].lower() in not_heads:
            a = ARTICLE_AFTER_ONE.match(seg, en, hi)  # "and a tribesman dead": the noun before the state word
        if a is not None and not _no_victim(a.group("np"), single_not, not_heads):
            en, val = a.end(), val + 1
        out.append((st, en, val))
    return out
