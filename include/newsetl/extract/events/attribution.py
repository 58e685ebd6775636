"""Attribution and hedging: the source of a report, speakers who are no participants, hedged reports."""

from __future__ import annotations

import re

from ..rules import Rules

# hot patterns of this module's functions, compiled once (a module-level `re` call looks its cache up each time)
COMMA_SOURCE_BEFORE = re.compile(r"[,—]\s*(?:the\s+|a\s+|an\s+|two\s+|several\s+)?(?:[\w\-’']+\s+){0,4}$")
OWNER_AFTER = re.compile(r"[’']s\s+(?:[\w\-’']+\s+){1,3}")

ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+)?(?P<src>[^,.;“”\"()]{2,80})", re.I)


SAID_RE = re.compile(
    r"(?P<src>\b[A-Z][\w\-’']*(?:\s+(?:of|for|the|[A-Z][\w\-’']*))*)\s+(?:said|says|reported|told|claimed|announced|confirmed)\b"
)


REPORTED_BY_RE = re.compile(
    r"[”\"],?\s+(?:reported|said|told|according\s+to)\s+(?P<src>[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*)"
)


def source_in(text: str) -> str | None:
    m = ACCORDING_RE.search(text)
    if m:
        src = m.group("src").strip()
        return " ".join(src.split()[:8])
    m = REPORTED_BY_RE.search(text)
    if m:
        return m.group("src").strip()
    m = SAID_RE.search(text)
    if m and not m.group("src").lower().startswith(("the ", "it ", "he ", "she ", "they ")):
        src = m.group("src").strip()
        if len(src.split()) <= 8:
            return src
    return None


# "told UN investigators that RSF fighters ...": what follows "that" is the report, not its source
ATTRIB_BEFORE = re.compile(
    r"(?:\baccording\s+to|\bcited|\bquoted|\btold|\bsources?\s+(?:in|at|close\s+to|within))\s+(?:the\s+|a\s+|an\s+)?(?:(?!that\b)[\w\-’']+\s+){0,4}$",
    re.I,
)


ATTRIB_AFTER = re.compile(
    r"^(?:\s+(?:[\w\-’']+\s+){0,4}?)?\s*(?:said|says|told|reported|claimed|announced|confirmed|added|stated|alleged|wrote|tweeted)\b",
    re.I,
)


def is_attribution(stext: str, arel: int, aend: int, rel: int) -> bool:
    """A source quoted after the trigger ("..., the army said", "according to the AA") is not a participant."""
    if ATTRIB_BEFORE.search(stext[max(0, arel - 45) : arel]):
        return True
    lo = max(0, arel - 45)
    m = COMMA_SOURCE_BEFORE.search(stext[lo:arel])
    # the comma must close the event's clause ("..., the army said"), not open it ("On 14 May, clashes between ...")
    after = stext[aend : aend + 60]
    owner = OWNER_AFTER.match(after)  # "..., the military's media wing said"
    if owner is not None:
        after = after[owner.end() - 1 :]
    return bool(arel > rel and m and lo + m.start() > rel and ATTRIB_AFTER.match(after))


ATTRIB_TAIL = re.compile(
    r",\s*(?:[^,;]{0,70}?\s)?(?:said|says|reported|told\s+\w+|according\s+to\b[^,;]*)(?:[^,;]{0,40})?[.”\"]?\s*$|"
    r"^[^,;]{0,60}\b(?:said|say|says|reported|told\s+\w+)\s+(?:that\s+)?|^\W*according\s+to\b[^,;]{0,60},",
    re.I,
)


REPORT_BEFORE = re.compile(
    r"\b(?:said|says|announced|released|published|posted|reported|told\s+\w+|confirmed|claimed|denied|stated|added|"
    r"condemned|statement|video|report)(?:\s+(?:read|broadcast|aired|carried)\s+(?:on|by)(?:\s+[\w\-]+){1,3}?)?"
    r"\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.I,
)


REPORT_AFTER = re.compile(
    r"\s*(?:night\s+|morning\s+|evening\s+)?(?:said|says|condemned|announced|reported|confirmed|denied|accused|claimed|told|warned|called|urged|released|published|found)\b",
    re.I,
)


BARRIER_BETWEEN = re.compile(r";|(?<!\d):(?!\d)|\bwhich\b|\bwho\b")  # not the colon of a time ("22:15")
COMMA_OPEN = re.compile(r"\s*,")
SET_OFF_BEFORE = re.compile(r",\s*(?:[\w\-’']+\s+){0,4}$")
PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?(?:(?:one|two|three|some|several|many|all|most|both)\s+of\s+)?(?:it|its|they|their|he|his|she|her|we|our)\b",
    re.I,
)
PARTICIPLE_PREP = re.compile(r"\s*(?:by|in|as|with|to|for|from|at)\b", re.I)


def _object_determiner_re(res: Rules) -> re.Pattern:
    """`speech_object_determiners` as a pattern at the start of the text after a speech verb (compiled once per Rules)."""
    return res.built(
        "attribution.object_determiner",
        lambda: re.compile(rf"\s*(?:{Rules.alternation(res.words['speech_object_determiners'])})\s", re.I),
    )


def speech_barrier(stext: str, rel: int, res: Rules) -> int | None:
    """End of the last reporting verb before the trigger whose complement contains the trigger ("X said (that) Y struck"),
    or None. A pronoun subject after the verb ("SDF said it repelled") points back to the speaker: no barrier."""
    last = None
    for m in res.speech_re.finditer(stext, 0, rel):
        last = m
    if last is None:
        return None
    between = stext[last.end() : rel]
    if BARRIER_BETWEEN.search(between):
        return None
    if COMMA_OPEN.match(between) and SET_OFF_BEFORE.search(stext[max(0, last.start() - 40) : last.start()]):
        return None  # "X, witnesses said, executed ...": a source set off by commas inside the clause
    if PRONOUN_SUBJECT.match(between):
        return None
    if PARTICIPLE_PREP.match(between):
        return None  # "attacked by", "reported in": participles, not speech
    if last.group(0).lower() in res.wordset("speech_verbs_with_objects") and _object_determiner_re(res).match(between):
        return None  # (ev63) "Soldiers found the burned-out pickup ... and detained three men": an object, no report
    own = res.patterns_re("own_act_announce_patterns")
    if (
        own is not None
        and last.group(0).split()[-1].lower() in res.wordset("own_act_announce_verbs")
        and own.match(between)
    ):
        return None  # "the US Africa Command announced an air strike against ...": the announcer's own act
    return last.end()


def is_hedged(stext: str, res: Rules) -> bool:
    """Uncertainty markers of the lexicon ("reportedly", "allegedly", "could not be independently verified")."""
    return res.hedge_re is not None and res.hedge_re.search(stext.lower()) is not None
