"""(perf29) A very long "sentence" with no full stop (a flattened table, a " | "-joined menu, a live-blog ticker) is
read as pieces of at most `long_sentence_pieces` max_chars (events/units.py `long_pieces`): the work of extracting it
grows with its length, not with its square. No timed test: the characters the rule patterns scan are counted."""

from __future__ import annotations

import itertools

import pytest

import newsetl.extract.events.units as units_mod
from newsetl.extract.rules import Rules

from .extract_util import fields, run

FIELDS = (
    "Officials said",
    "Demonstrators rallied in {p}",
    "Gunmen raided a checkpoint near {p}",
    "Business",
    "Three injured when a grenade went off in {p}",
    "Culture",
    "Seven men were detained in {p}",
    "Letters",
)
TOWNS = ("Kano", "Mosul", "Peshawar", "Benghazi")
FILLER = " | ".join(["Business", "Culture", "Letters", "Travel", "Weather"])


def _limit(extractor) -> int:
    return extractor.res.words.get("long_sentence_pieces", {}).get("max_chars", 1000)


def _line(n_chars: int, sep: str = " | ") -> str:
    parts, size, towns = [], 0, itertools.cycle(TOWNS)
    for f in itertools.cycle(FIELDS):
        parts.append(f.format(p=next(towns)))
        size += len(parts[-1]) + len(sep)
        if size >= n_chars:
            return sep.join(parts)
    raise AssertionError


def _scanned(monkeypatch, extractor, text: str) -> int:
    """How many characters the rules' pattern lists scan while the extractor reads an article of one paragraph."""
    seen = [0]
    orig = Rules.pattern_search

    def counting(self, name, s, pos=0, endpos=None):
        seen[0] += (len(s) if endpos is None else endpos) - pos
        return orig(self, name, s, pos, endpos)

    monkeypatch.setattr(Rules, "pattern_search", counting)
    run(extractor, [text])
    monkeypatch.setattr(Rules, "pattern_search", orig)
    return seen[0]


@pytest.mark.parametrize("sep", [" | ", ", "])
def test_work_on_a_long_line_grows_linearly(monkeypatch, extractor, sep):
    small = _scanned(monkeypatch, extractor, _line(5000, sep))
    large = _scanned(monkeypatch, extractor, _line(10000, sep))
    assert large < 2.6 * small, (small, large)  # quadratic (main): 3.6x to 4x


def _unit_lengths(monkeypatch, extractor, text: str) -> list[int]:
    got = []
    orig = units_mod._unit

    def recording(art, c0, c1, *rest):
        got.append(c1 - c0)
        return orig(art, c0, c1, *rest)

    monkeypatch.setattr(units_mod, "_unit", recording)
    run(extractor, [text])
    return got


def test_a_long_line_is_read_in_bounded_pieces(monkeypatch, extractor):
    limit = _limit(extractor)
    lengths = _unit_lengths(monkeypatch, extractor, _line(8000))
    assert len(lengths) >= 8 and max(lengths) <= limit, lengths


def test_far_apart_fields_of_a_ticker_each_report_their_event(extractor):
    ticker = " | ".join(
        ["Gunmen killed four farmers in Kano on Tuesday"] + [FILLER] * 40 + ["Police arrested six traders in Mosul"]
    )
    assert len(ticker) > 2000
    got = {r[0] for r in fields(extractor, ticker, keys=("sub_event_type",))}
    assert {"Attack", "Arrests"} <= got, got


# negative variants: a sentence up to max_chars is one unit, as before


def test_a_heading_line_under_the_limit_stays_one_unit(monkeypatch, extractor):
    line = "LIVE | Gunmen killed nine villagers in Kano on Monday | Updated 09:40 | Business | Culture"
    assert _unit_lengths(monkeypatch, extractor, line) == [len(line)]


def test_a_long_ordinary_sentence_under_the_limit_stays_one_unit(monkeypatch, extractor):
    sentence = (
        "Gunmen on motorcycles attacked a market in Kano on Tuesday, killing four traders and wounding "
        + ", ".join(f"{n} others who had come from the surrounding villages" for n in ("two", "three", "five") * 4)
        + ", officials said."
    )
    assert 600 < len(sentence) <= _limit(extractor)
    assert _unit_lengths(monkeypatch, extractor, sentence) == [len(sentence)]


# a long paragraph of short sentences: the last sentence end before each trigger is read backwards, not by listing
# every sentence end of the paragraph before it (filters.last_sentence_end)


def test_work_on_a_long_paragraph_grows_linearly(monkeypatch, extractor):
    import newsetl.extract.events.filters as filters_mod

    seen = [0]
    orig = filters_mod.SENTENCE_END

    class Counting:
        """SENTENCE_END with each match it lists counted."""

        def finditer(self, text, *args):
            for m in orig.finditer(text, *args):
                seen[0] += 1
                yield m

        def __getattr__(self, name):
            return getattr(orig, name)

    monkeypatch.setattr(filters_mod, "SENTENCE_END", Counting())
    run(extractor, [_line(6000, ". ")])
    assert seen[0] < 2000, seen[0]  # main: every sentence end of the paragraph before each trigger (17,821)


@pytest.mark.parametrize(
    "head",
    [
        "",
        "Officials said",
        "Police said. Two men",
        'He said: "We are safe." Then',
        "Markets rose!\u00a0\u00a0 Rain",
        "One.\n  Two",
        "a.   " + "b" * 3000,
        "x." + " " * 900,
        "y\n" + " " * 700 + "z",
        "End.'" + " " * 1200 + "\n more",
    ],
)
def test_last_sentence_end_is_the_last_match_of_the_forward_scan(head):
    from newsetl.extract.events.filters import SENTENCE_END, last_sentence_end

    ends = [m.end() for m in SENTENCE_END.finditer(head)]
    assert last_sentence_end(head) == (ends[-1] if ends else 0)
