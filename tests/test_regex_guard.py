"""regex_guard: a guarded pattern gives exactly the matches of the written one (the twin only skips texts that
cannot match), on ASCII and non-ASCII texts, with pos/endpos, named groups and upper-case literals."""

import random
import re

from newsetl.regex_guard import guarded

PATTERNS = [
    (r"\b(will|would|could|can't|plans?\s+to)(?:\s+\w+ly)?\s*$", None),
    (r"\b(?:(?P<n>a|one|two|\d)\s+days?\s+(?P<dir>earlier|later)|the\s+(?P<same>same|next)\s+day)\b", None),
    (r"\bsince\s+\d{1,2}\s+[A-Z][a-z]+|\b(?:claimed|claims)\s+(?:the|Monday's)\s+attack\b", None),
    (r"(?<![\w-])(?:killed|kill|dead)(?![\w-])", None),
    (
        r"(?:^\W*since\s+the\s+start\s+of\b)|(?:\b(?:has|have)\s+killed\s+[\d,]+\b)",
        ["^\\W*since\\s+the\\s+start\\s+of\\b", "\\b(?:has|have)\\s+killed\\s+[\\d,]+\\b"],
    ),
]
WORDS = [
    "will",
    "Would",
    "CAN'T",
    "plans to",
    "two days earlier",
    "The next day",
    "since 3 May",
    "since 12 MARCH",
    "claimed Monday's attack",
    "claims the attack",
    "killed",
    "Kill",
    "dead-end",
    "has killed 1,200",
    "Since the start of",
    "ſince",
    "İstanbul",
    "Kelvin K",
    "mainly",
    "é",
    "—",
    "-",
    " ",
    ".",
    "\n",
]


def test_guarded_same_matches():
    rnd = random.Random(3)
    for pattern, branches in PATTERNS:
        rx = re.compile(pattern, re.I)
        g = guarded(rx, branches)
        assert g.twins is not None
        for _ in range(3000):
            text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 8)))
            pos, endpos = rnd.randint(0, 5), rnd.choice([len(text), max(0, len(text) - 3), 10**9])
            want = [(m.span(), m.groupdict()) for m in rx.finditer(text, pos, endpos)]
            assert [(m.span(), m.groupdict()) for m in g.finditer(text, pos, endpos)] == want
            assert g.findall(text, pos, endpos) == rx.findall(text, pos, endpos)
            m1, m2 = g.search(text, pos, endpos), rx.search(text, pos, endpos)
            assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups()))


def test_unguarded_when_not_lower_case_equivalent():
    assert guarded(re.compile(r"\u00C9cole", re.I)).twins is None  # a cased letter given by its code
    assert guarded(re.compile(r"(?P<a>x)(?P=a)", re.I)).twins is None
    assert guarded(re.compile(r"Attack")).twins is None  # case-sensitive: used as written
    g = guarded(re.compile(r"\battack", re.I))
    assert g.pattern == r"\battack" and g.flags & re.I and g.match("Attack") is not None


def test_windows_of_remembered_texts():
    """The lowered forms of the last texts are kept (a sentence, then its clauses, then the sentence again) and a
    window is searched through `endpos` on the whole text's form: the same matches as the written pattern, for
    windows of a text that is not `lower_exact` as a whole too, and past the point where the memory is emptied."""
    from newsetl import regex_guard

    rnd = random.Random(8)
    texts = [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 10))) for _ in range(regex_guard._LOWS_MAX + 60)]
    guards = [(re.compile(p, re.I), guarded(re.compile(p, re.I), b)) for p, b in PATTERNS]
    for round_ in range(2):  # the second round finds the first round's texts forgotten or remembered
        for text in texts:
            for _ in range(4):
                pos = rnd.randint(0, len(text))
                endpos = rnd.choice([rnd.randint(pos, len(text)), len(text), 10**9])
                for rx, g in guards:
                    m1, m2 = g.search(text, pos, endpos), rx.search(text, pos, endpos)
                    assert (m1 and m1.span()) == (m2 and m2.span()), (round_, text, pos, endpos)
                    assert g.findall(text, pos, endpos) == rx.findall(text, pos, endpos)
    assert 0 < len(regex_guard._LOWS) <= regex_guard._LOWS_MAX


def test_a_document_searched_window_by_window_is_lowered_once(monkeypatch):
    """(issue 11) A document's text searched clause by clause (`pos`/`endpos`) while the rules test many short texts
    in between is lowered once, not again at each window (that was quadratic in the document's length); the
    matches stay the written pattern's."""
    from newsetl import regex_guard

    rnd = random.Random(11)
    doc = " ".join(rnd.choice(WORDS) + "." for _ in range(2000))
    shorts = [f"{rnd.choice(WORDS)} {i}" for i in range(regex_guard._LOWS_MAX * 3)]
    lowered: list[int] = []
    real = regex_guard.lower_exact
    monkeypatch.setattr(regex_guard, "lower_exact", lambda t: lowered.append(len(t)) or real(t))
    rx = re.compile(PATTERNS[3][0], re.I)
    g = guarded(rx)
    for k, short in enumerate(shorts):
        g.search(short)
        pos = k * 20 % len(doc)
        m1, m2 = g.search(doc, pos, pos + 40), rx.search(doc, pos, pos + 40)
        assert (m1 and m1.span()) == (m2 and m2.span())
    assert sum(n == len(doc) for n in lowered) == 1
    assert len(lowered) == len(shorts) + 1
