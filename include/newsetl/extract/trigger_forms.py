"""Trigger phrases written as classes (issue 10, ev18): `trigger_classes.json` extends the explicit phrases of
`triggers.jsonl` by word classes instead of sentences. A class names an existing trigger, a group of verb lemmas (the
synonyms one ACLED sub-event type is reported with) and the inflections to write out (`base`, `s`, `past`,
`participle`, `ing`), with optional words before (an auxiliary, a subject noun) and after (a particle, an adverb, an
object); nouns (nominalisations, fixed phrases) are listed as they are and take the same words before and after. The phrase matcher has no lemmatiser (data/README.md,
"Matching conventions"), so every form is written out here, at load time: the data stays a few lines per class.

Regular English inflection (e-dropping, y -> ied, the doubled final consonant of a one-syllable verb); the irregular
verbs' past and participle (and an -ing form the rules would get wrong) come from the file's `irregular` table."""

from __future__ import annotations

import re

VOWELS = "aeiou"
FORMS = ("base", "s", "past", "participle", "ing")


def _syllables(w: str) -> int:
    return len(re.findall(r"[aeiouy]+", w.rstrip("e") or w))


def _doubles(w: str) -> bool:
    """A one-syllable verb ending consonant-vowel-consonant doubles it ("drag" -> "dragged", "stop" -> "stopping")."""
    return (
        len(w) >= 3 and _syllables(w) == 1 and w[-1] not in VOWELS + "wxy" and w[-2] in VOWELS and w[-3] not in VOWELS
    )


def inflect(lemma: str, form: str, irregular: dict[str, list[str]]) -> str:
    """One form of a verb lemma (the last word of a multi-word lemma is the verb's head only if it is the first word:
    "carry out" -> "carried out")."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    w = head.lower()
    if form == "base":
        return lemma
    if form == "s":
        if w.endswith(("s", "x", "z", "ch", "sh")):
            return f"{head}es{tail}"
        if w.endswith("y") and w[-2:-1] not in VOWELS:
            return f"{head[:-1]}ies{tail}"
        return f"{head}s{tail}"
    if form in ("past", "participle") and w in irregular:
        return irregular[w][0 if form == "past" else 1] + tail
    if form in ("past", "participle"):
        if w.endswith("e"):
            return f"{head}d{tail}"
        if w.endswith("y") and w[-2:-1] not in VOWELS:
            return f"{head[:-1]}ied{tail}"
        return f"{head}{head[-1]}ed{tail}" if _doubles(w) else f"{head}ed{tail}"
    if form == "ing":
        if w in irregular and len(irregular[w]) > 2:
            return irregular[w][2] + tail  # "begin" -> "beginning", "overrun" -> "overrunning" (stress, not syllables)
        if w.endswith("ie"):
            return f"{head[:-2]}ying{tail}"
        if w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
            return f"{head[:-1]}ing{tail}"
        return f"{head}{head[-1]}ing{tail}" if _doubles(w) else f"{head}ing{tail}"
    raise ValueError(f"unknown form {form!r} (one of {FORMS})")


def class_phrases(cls: dict, irregular: dict[str, list[str]]) -> list[str]:
    """The phrases one class stands for: (before) x verb forms x (after), and its nouns."""
    forms = cls.get("forms", ["past", "participle", "ing"])
    before = cls.get("before") or [""]
    after = cls.get("after") or [""]
    out: list[str] = []
    for lemma in cls.get("verbs", []):
        for form in forms:
            v = inflect(lemma, form, irregular)
            out += [" ".join(x for x in (b, v, a) if x) for b in before for a in after]
    out += [" ".join(x for x in (b, n, a) if x) for n in cls.get("nouns", []) for b in before for a in after]
    return list(dict.fromkeys(out))


def past_to_ing(word: str, irregular: dict[str, list[str]]) -> str | None:
    """The -ing form of a past tense ("blocked" -> "blocking", "stopped" -> "stopping", "fired" -> "firing": a regular
    past keeps the e-dropping and the doubled consonant of its -ing form), None for a word that is no past."""
    w = word.lower()
    for lemma, (past, *_rest) in irregular.items():
        if w == past and " " not in lemma:
            return inflect(lemma, "ing", irregular)
    if len(w) < 5 or not w.endswith("ed") or not w.isalpha():
        return None
    if w.endswith("eed"):
        return w[:-1] + "ing"
    if w.endswith("ied"):
        return w[:-3] + "ying"
    return w[:-2] + "ing"


def twin_phrases(cls: dict, phrases: dict[str, list[str]], irregular: dict[str, list[str]]) -> dict[str, list[str]]:
    """A class of kind `twins`: the -ing twin of every phrase of the listed triggers (["*"]: all) that begins with a
    past tense followed by one of `next_words` (a determiner, preposition or particle: a verb with its object, not an
    adjective: "attacked a checkpoint" -> "attacking a checkpoint", never "armed clashes")."""
    next_words = set(cls.get("next_words", []))
    ids = list(phrases) if cls.get("twins_of") == ["*"] else cls.get("twins_of", [])
    out: dict[str, list[str]] = {}
    for tid in ids:
        for p in phrases.get(tid, []):
            toks = p.split()
            if len(toks) < 2 or toks[1].lower() not in next_words:
                continue
            if (ing := past_to_ing(toks[0], irregular)) is not None:
                out.setdefault(tid, []).append(" ".join([ing, *toks[1:]]))
    return out


def expand(data: dict, phrases: dict[str, list[str]]) -> dict[str, list[str]]:
    """`phrases` (trigger id -> explicit phrases of triggers.jsonl) with every class of `data` added to its trigger
    (a class naming an unknown trigger is an error; a phrase already listed is not repeated)."""
    if not data:
        return phrases
    irregular = {k: v for k, v in data.get("irregular", {}).items() if not k.startswith("_")}
    out = {k: list(v) for k, v in phrases.items()}
    for cls in data.get("classes", []):
        if not cls.get("enabled", True):
            continue  # a class measured and not kept stays in the file, off, with its figures
        if "twins_of" in cls:
            got = twin_phrases(cls, phrases, irregular)
        else:
            got = {cls["trigger"]: class_phrases(cls, irregular)}
        for tid, new in got.items():
            if tid not in out:
                raise ValueError(f"trigger_classes.json: class {cls.get('name')!r} names an unknown trigger {tid!r}")
            have = {p.lower() for p in out[tid]}
            for p in new:
                if p.lower() not in have:
                    have.add(p.lower())
                    out[tid].append(p)
    return out
