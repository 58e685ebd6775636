"""(fix114) Review mends of perf29: a long PROSE sentence is not cut between an event's trigger and its arguments, toll
or a second trigger. A sentence over `long_sentence_pieces` max_chars is cut only at field separators (" | ", " • ");
prose without them stays one unit up to hard_cap; past the cap each piece's unit reads context on both sides and each
trigger belongs to one piece (events/long_pieces.py)."""

from __future__ import annotations

from datetime import date

import pytest

from .extract_util import fields, run
from .test_perf29 import _line, _scanned, _unit_lengths

REF = date(2026, 3, 5)
KEYS = ("event_date", "sub_event_type", "actor1", "actor2", "location", "fatalities")

# a long preamble of report prose without an event (the kind of sentence a UN or NGO report opens with)
PREAMBLE = (
    "The review concluded that, notwithstanding the repeated appeals by the Special Envoy, by the treaty committee, by "
    "several donor governments and by regional bodies, in keeping with resolutions 1612 (2005), 1882 (2009) and 2225 "
    "(2015), and consistent with the advice of the independent panel of experts, the task force on monitoring, the "
    "country team, the shelter cluster, the nutrition cluster, the water and sanitation cluster and the many partners "
    "consulted over the reporting cycle, among them civil society groups, women's associations, student unions, "
    "faith leaders and elders from every district, the parties continued to ignore their duties under international "
    "law and the laws of war, and that"
)
CORES = (
    "an air strike by the Syrian army, which residents said hit a market, killed nine civilians, including three "
    "children, in Idlib on 2 March 2026.",
    "Boko Haram fighters attacked Gwoza on Monday, killing 12 villagers, burning 30 houses, and abducting four women.",
    "a roadside bomb, planted by al-Shabaab, hit a military convoy near Mogadishu on Sunday, killing 5 soldiers.",
    "a drone strike by the Syrian army, which witnesses said struck a bakery, killed six civilians, among them two "
    "women, in Aleppo on 1 March 2026.",
    "police arrested 15 protesters, including two journalists, in Harare on Friday.",
)


def _rows(extractor, text: str) -> list:
    return sorted(fields(extractor, text, keys=KEYS, ref=REF))


def _embedded(core: str, n_chars: int) -> str:
    """`core` after as much of the preamble (repeated) as brings the sentence to about n_chars."""
    body = PREAMBLE.split("concluded that", 1)[1] * (n_chars // len(PREAMBLE) + 2)
    lead = body[: max(0, n_chars - len(core) - 30)]
    return "The review concluded that" + lead[: lead.rfind(" ")] + ", " + core


@pytest.mark.parametrize("core", CORES)
@pytest.mark.parametrize("n_chars", [1010, 1046, 1082, 1130, 1250, 3900, 4700, 6100])
def test_a_core_embedded_in_long_prose_gives_the_rows_of_its_short_form(extractor, core, n_chars):
    short = _rows(extractor, "The review said " + core)
    assert short and all(r[1] for r in short), short
    text = _embedded(core, n_chars)
    assert abs(len(text) - n_chars) < 120
    assert _rows(extractor, text) == short


def test_long_prose_under_the_cap_is_one_unit(monkeypatch, extractor):
    text = _embedded(CORES[1], 2500)
    assert _unit_lengths(monkeypatch, extractor, text) == [len(text)]


def _prose_line(n_chars: int) -> str:
    """A ", "-joined prose sentence of about n_chars: the cores (their full stops dropped) between stretches of the
    preamble."""
    parts, i = [], 0
    while sum(len(p) + 2 for p in parts) < n_chars:
        parts.append(PREAMBLE[60 + 37 * (i % 5) : 460 + 37 * (i % 5)].strip(" ,"))
        parts.append(CORES[i % len(CORES)].rstrip("."))
        i += 1
    return "The review concluded that " + ", ".join(parts) + "."


@pytest.mark.parametrize("n_chars", [1500, 3500])
def test_comma_prose_under_the_cap_gives_the_rows_of_the_whole_sentence(monkeypatch, extractor, n_chars):
    conf = extractor.res.words["long_sentence_pieces"]
    line = _prose_line(n_chars)
    cut = _rows(extractor, line)
    monkeypatch.setitem(extractor.res.words, "long_sentence_pieces", {**conf, "max_chars": 10**6})
    assert len(cut) >= 2 and cut == _rows(extractor, line)


@pytest.mark.parametrize("n_chars", [5200, 9000])
def test_comma_prose_past_the_cap_gives_the_rows_of_its_cores(extractor, n_chars):
    """Past the cap, pieces cut in wide gaps between triggers: the rows its cores give told alone."""
    line = _prose_line(n_chars)
    told = [c for c in CORES if c.rstrip(".") in line]
    short = {r for c in told for r in _rows(extractor, "The review said " + c)}
    assert len(told) >= 2 and set(_rows(extractor, line)) == short


def test_comma_prose_past_the_cap_is_cut(monkeypatch, extractor):
    line = _prose_line(9000)
    lengths = _unit_lengths(monkeypatch, extractor, line)
    assert len(lengths) >= 5 and max(lengths) <= extractor.res.words["long_sentence_pieces"]["hard_cap"], lengths


def test_past_the_cap_a_unit_reads_context_around_its_piece(monkeypatch, extractor):
    text = _embedded(CORES[2], 9000)
    lengths = _unit_lengths(monkeypatch, extractor, text)
    conf = extractor.res.words["long_sentence_pieces"]
    assert len(lengths) >= 6 and max(lengths) <= conf["max_chars"] + 2 * conf["context_chars"], lengths
    assert sum(lengths) > len(text)  # the pieces' contexts overlap


def test_bullet_ticker_gives_its_per_field_events(extractor):
    filler = " \u2022 ".join(["Markets", "Weather", "Letters", "Travel"])
    ticker = " \u2022 ".join(
        ["Gunmen killed three herders in Kano on Tuesday"] + [filler] * 60 + ["Police detained nine traders in Mosul"]
    )
    assert len(ticker) > 2000
    got = {r[1] for r in _rows(extractor, ticker)}
    assert {"Attack", "Arrests"} <= got, got


def test_bullet_ticker_work_grows_linearly(monkeypatch, extractor):
    small = _scanned(monkeypatch, extractor, _line(5000, " \u2022 "))
    large = _scanned(monkeypatch, extractor, _line(10000, " \u2022 "))
    assert large < 2.6 * small, (small, large)


def test_a_cut_never_falls_inside_an_outer_trigger_of_a_nested_one():
    from newsetl.extract.events.long_pieces import inside_trigger

    spans = [(100, 140), (104, 112)]
    assert inside_trigger(spans, 120)  # inside the outer one, after the nested shorter one ends
    assert inside_trigger(spans, 108)
    assert not inside_trigger(spans, 100) and not inside_trigger(spans, 140) and not inside_trigger(spans, 150)


# negative variants: short sentences and a " | " line read as before


def test_a_short_sentence_is_unchanged(extractor):
    assert [r[1] for r in _rows(extractor, "The review said " + CORES[0])] == ["Air/drone strike"]


def test_a_pipe_line_is_still_cut_in_bounded_pieces(monkeypatch, extractor):
    lengths = _unit_lengths(monkeypatch, extractor, _line(8000))
    assert len(lengths) >= 8 and max(lengths) <= extractor.res.words["long_sentence_pieces"]["max_chars"]


def test_rows_of_a_comma_ticker_line_stay_as_read_whole(monkeypatch, extractor):
    conf = extractor.res.words["long_sentence_pieces"]
    cut = run(extractor, [_line(6000, ", ")], ref=REF)
    monkeypatch.setitem(extractor.res.words, "long_sentence_pieces", {**conf, "max_chars": 10**6})
    assert [r["sub_event_type"] for r in cut] == [
        r["sub_event_type"] for r in run(extractor, [_line(6000, ", ")], ref=REF)
    ]
