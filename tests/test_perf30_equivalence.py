"""perf30's guards give the answers of the patterns they stand in front of: the crowd-fight table's two-sided patterns
tested once per sentence through their alternation's lower-case twins (`crowd_retype._fight_sides`), and three
fatality patterns guarded (`fatalities._SEARCHED`). Sentences written for the tests, none copied from an evaluation
set; random word strings mix the patterns' words with capitals, curly quotes and characters lower-casing changes."""

from __future__ import annotations

import random
import re

from newsetl.extract.events import crowd_retype, fatalities
from newsetl.extract.events.filled import fill
from newsetl.extract.rules import load_rules
from newsetl.regex_guard import Guarded

WORDS = [
    "youths", "Youths", "villagers", "herders", "farmers", "and", "AND", "of", "from", "two", "rival", "groups",
    "fought", "FOUGHT", "clashed", "traded", "exchanged", "came", "to", "blows", "with", "each", "other", "between",
    "the", "a", "fight", "brawl", "clashes", "among", "the", "death", "toll", "rose", "to", "at", "stood", "12",
    "twelve", "no", "casualties", "nobody", "was", "killed", "killing", "17", ".", ",", ";", "’", "ſ", "\u212a",
    "İ", "Kano", "residents", "neighbouring", "communities", "clans", "fired", "at", "on", "one", "another",
]  # fmt: skip
SENTENCES = [
    "Youths from two neighbouring villages clashed with sticks on Sunday, leaving three injured.",
    "A brawl between local and visiting workers left one man dead.",
    "Herders and farmers fought near the river; police later arrived.",
    "The death toll from the attack rose to 14, officials said.",
    "Gunmen stormed the market, killing 17.",
    "No casualties were reported after the blast.",
    "Soldiers and rebels exchanged fire for hours.",
]


def _texts(n: int) -> list[str]:
    rnd = random.Random(30)
    out = list(SENTENCES)
    for _ in range(n):
        out.append(" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 18))))
    return out


def test_two_sided_guard_never_hides_a_match():
    res = load_rules()
    table = crowd_retype._fight_table(res)
    assert isinstance(table["two_sided_any"], Guarded) and table["two_sided_any"].twins is not None
    plain = [re.compile(p, re.I) for p in fill(res, res.words["crowd_fight_table"]["two_sided"])]
    hits = 0
    for text in _texts(6000):
        matched = any(rx.search(text) for rx in plain)
        hits += matched
        if matched:
            assert table["two_sided_any"].may(text), text
    assert hits > 50  # the random texts reach the patterns


def test_fight_sides_answers_as_before():
    res = load_rules()
    table = crowd_retype._fight_table(res)
    open_table = {**table, "two_sided_any": type("Always", (), {"may": staticmethod(lambda _t: True)})()}
    for text in _texts(3000):
        for rel in (0, len(text) // 2, len(text)):
            a = crowd_retype._fight_sides(text, rel, table)
            b = crowd_retype._fight_sides(text, rel, open_table)
            assert (a and (a.span(), a.re.pattern)) == (b and (b.span(), b.re.pattern)), text


def test_guarded_fatality_patterns_find_what_they_found():
    fp = fatalities.fatality_patterns(load_rules())
    for name in fatalities._SEARCHED:
        g = getattr(fp, name)
        assert isinstance(g, Guarded), name
        for text in _texts(2000):
            assert [m.span() + m.groups() for m in g.finditer(text)] == [
                m.span() + m.groups() for m in g.rx.finditer(text)
            ], (name, text)
            a, b = g.search(text, 3, 40), g.rx.search(text, 3, 40)
            assert (a and a.span()) == (b and b.span()), (name, text)
    assert fatalities.fatalities_in("Gunmen stormed the market, killing 17.", load_rules()) == 17
