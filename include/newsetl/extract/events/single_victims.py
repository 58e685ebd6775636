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


def _article_res(res: Rules) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(fix81) The article patterns of `article_items` with the coordinators of `article_victim_coordinators`
    ("and", "together with") and the finite verbs of `article_new_clause_verbs` (a new clause's subject)."""

    def build():
        co = _alternation(res.words["article_victim_coordinators"])
        verb = _alternation(res.words["article_new_clause_verbs"])
        before = re.compile(
            rf"(?<!\bof\s)\b(?P<art>a|an|one)\s+(?P<np>(?:{_WORD}\s+)?{_WORD})\s+(?:{co})\s+(?:(?:his|her|their)\s+)?$",
            re.I,
        )
        after = re.compile(rf"\s+(?:{co})\s+(?P<art>a|an|one)\s+(?P<np>(?:{_WORD}\s+)?{_WORD})", re.I)
        after_one = re.compile(rf"\s+(?:{co})\s+(?P<art>a|an|one)\s+(?P<np>{_WORD})", re.I)
        return before, after, after_one, re.compile(rf"\s+(?:{verb})\b", re.I), re.compile(rf"\s+(?:{co})\s+", re.I)

    return res.built("single_victims.article_res", build)


def _no_victim(np: str, single_not: frozenset, not_heads: frozenset) -> bool:
    words = [w.strip("'’").lower() for w in np.split()]
    return words[-1] in not_heads or any(w in single_not for w in words)


def _victim_end(seg: str, m: re.Match, res: Rules, new_clause: re.Pattern, last: bool) -> int | None:
    """(fix81) Where the article's phrase `m` names a victim ends, or None: the victim-quantity pattern
    (`Rules.victim_patterns`) matches "a <noun>" within it, or a word of it has the ending of a person noun
    (`article_person_noun_patterns`: "a pharmacist", "a tribesman at a checkpoint"; only its `last` word before a
    coordinator); no finite verb of a new clause (`article_new_clause_verbs`) follows the noun ("and a woman was
    abducted", "and a source said"). "and a cow", "and a third" name no victim."""
    q = res.victim_patterns[1].match(seg, m.start("art"))
    if q is not None and q.end() <= m.end("np"):
        end: int | None = q.end()
    else:
        words = list(re.finditer(r"\S+", seg[: m.end("np")][m.start("np") :]))
        person = [
            w for w in (words[-1:] if last else words) if res.pattern_search("article_person_noun_patterns", w.group(0))
        ]
        end = m.start("np") + person[-1].end() if person else None
    return None if end is None or new_clause.match(seg, end) is not None else end


def _new_subjects(seg: str, qs: list[tuple[int, int, int]], co: re.Pattern, new_clause: re.Pattern) -> list:
    """(fix81) The quantities without a victim by article that opens a new clause after a coordinator ("killed two
    farmers and a woman was abducted": "a woman" is the subject of "was abducted", no member of the list)."""
    return [
        (st, en, val)
        for k, (st, en, val) in enumerate(qs)
        if not (
            k
            and re.match(r"(?:a|an|one)\s", seg[st:en], re.I)
            and co.fullmatch(seg, qs[k - 1][1], st)
            and new_clause.match(seg, en)
        )
    ]


def article_items(seg: str, qs: list[tuple[int, int, int]], res: Rules) -> list[tuple[int, int, int]]:
    """(ev75) One victim by article coordinated with a counted quantity ("killed a catechist and two worshippers",
    "shot dead a pharmacist and his two sons", "two soldiers and a tribesman were killed") joins that quantity: its span
    widened over the article's noun phrase, its value one more; a phrase with a word of `single_victim_not` ("and a
    group") or a head of `article_victim_not_heads` ("and a day later") is no victim, and a state word of that list
    after the noun ("and a tribesman dead") is left out of the phrase; a quantity already next to another is left
    alone; (fix81) only a phrase that names a victim (`_victim_end`), its span ending at the victim's noun joins."""
    single_not, not_heads = res.wordset("single_victim_not"), res.wordset("article_victim_not_heads")
    before_rx, after_rx, after_one_rx, new_clause, co = _article_res(res)
    qs = _new_subjects(seg, qs, co, new_clause)
    out = []
    for k, (st, en, val) in enumerate(qs):
        lo = qs[k - 1][1] if k else 0
        hi = qs[k + 1][0] if k + 1 < len(qs) else len(seg)
        b = before_rx.search(seg, lo, st)
        if (
            b is not None
            and b.end() == st
            and not _no_victim(b.group("np"), single_not, not_heads)
            and _victim_end(seg, b, res, new_clause, True) is not None
        ):
            st, val = b.start(), val + 1
        a = after_rx.match(seg, en, hi)
        if a is not None and " " in a.group("np") and a.group("np").split()[-1].lower() in not_heads:
            a = after_one_rx.match(seg, en, hi)  # "and a tribesman dead": the noun before the state word
        end = _victim_end(seg, a, res, new_clause, False) if a is not None else None
        if a is not None and end is not None and not _no_victim(a.group("np"), single_not, not_heads):
            en, val = end, val + 1
        out.append((st, en, val))
    return out
