"""Fixes of round fix35 (review12b of round ev31): an article's opening dateline in capitals stays its place when the
article also holds speaker labels ("Q:", "A:", "THE MINISTER:"); a speaker word counts only as a label's whole or head,
not inside a headline; a dateline with a news agency's credit in brackets ("RENK (AFP):") is no speaker label and the
agency no place (`news_agency_names`, wordlists.json); the two communities of `named_communities_pair` are no
`not_names` word and sit near the trigger; a gate process that died has the summary's import thread joined before its
step runs here. Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from tests.extract_util import run

REF = date(2025, 8, 8)  # a Friday


def _places(extractor, paras) -> list:
    return [r["location"] for r in run(extractor, paras, ref=REF)]


def test_the_opening_dateline_stays_a_place_beside_question_and_answer_labels(extractor):
    paras = [
        "KISMAYO: Armed men shot dead four fishermen at the harbour on Sunday, officials said.",
        "Q: Has any group said it did it?",
        "A: Not so far.",
    ]
    assert _places(extractor, paras) == ["Kismayo"]


def test_the_opening_dateline_stays_a_place_beside_a_ministers_label(extractor):
    paras = [
        "KISMAYO: Armed men shot dead four fishermen at the harbour on Sunday, officials said.",
        "THE MINISTER FOR FISHERIES: Those men will be caught.",
    ]
    assert _places(extractor, paras) == ["Kismayo"]


def test_a_one_letter_word_inside_a_headline_makes_no_speaker_label(extractor):
    paras = [
        "ATTACK AT A HARBOUR: the attack is the third this year.",
        "KISMAYO: Armed men shot dead four fishermen at the harbour on Sunday, officials said.",
    ]
    assert "Kismayo" in _places(extractor, paras)  # (the headline itself is an event too)


def test_a_news_agency_in_a_labels_brackets_is_no_place(extractor):
    paras = [
        "Q: Where did it happen?",
        "RENK (AFP): Armed men burned down the cattle market on Monday, witnesses said.",
    ]
    places = _places(extractor, paras)
    assert places and "AFP" not in places and places[0].lower() == "renk", places


def test_a_callers_place_in_brackets_is_still_the_turns_place(extractor):
    paras = [
        "PRESENTER: You are listening to the morning line on radio in South Sudan.",
        "CALLER (RENK): Armed men burned down the cattle market on Monday.",
    ]
    assert [p.lower() for p in _places(extractor, paras)] == ["renk"]


def _sides(extractor, paras) -> set:
    return {s for r in run(extractor, paras, ref=REF) for s in (r["actor1"], r["actor2"]) if s}


def test_two_communities_named_only_in_a_background_clause_are_no_sides(extractor):
    paras = [
        "Armed men clashed with herders near Rumbek on Monday, in an area marked by decades of tribal fighting "
        "between the Agar and the Gok."
    ]
    assert not {"Agar communal militia", "Gok communal militia"} & _sides(extractor, paras)


def test_the_government_and_the_opposition_are_no_communities(extractor):
    paras = [
        "Clan fighters battled in Galkayo on Monday, the worst clan fighting between the Government and the "
        "Opposition in years."
    ]
    sides = _sides(extractor, paras)
    assert not {s for s in sides if s.endswith("communal militia")}, sides


def test_a_dead_gate_process_has_the_import_thread_joined_before_finalizing_here(monkeypatch):
    from newsetl import run as runmod
    from newsetl.night.gate_process import GateProcess, GateUnavailable

    order: list[str] = []

    class Thread:
        def __init__(self, target, name, daemon):
            pass

        def start(self):
            order.append("start imports")

        def join(self):
            order.append("join imports")

    def dead(*args, **kwargs):
        raise GateUnavailable("the gate process exited")

    monkeypatch.setattr(runmod, "threading", SimpleNamespace(Thread=Thread))
    monkeypatch.setattr(runmod, "finalize", lambda *args: order.append("finalize here") or {"final": "x"})
    gate = GateProcess()
    monkeypatch.setattr(gate, "finalize", dead)
    runmod._import_beside_gate(gate)
    runmod._finalize(gate, "staging", "lake", "2025-08-08", None)
    assert order == ["start imports", "join imports", "finalize here"]


def test_a_dead_gate_process_has_the_import_thread_joined_before_validating_here(monkeypatch, tmp_path):
    import pytest

    from newsetl import quality
    from newsetl.night import publish
    from newsetl.night.gate_process import GateProcess, GateUnavailable

    order: list[str] = []

    class Stop(Exception):
        pass

    def here(*args):
        order.append("validate here")
        raise Stop

    def dead(*args, **kwargs):
        raise GateUnavailable("the gate process exited")

    gate = GateProcess()
    gate.beside.append(SimpleNamespace(join=lambda: order.append("join imports")))
    monkeypatch.setattr(gate, "validate", dead)
    monkeypatch.setattr(quality, "validate_staged", here)
    with pytest.raises(Stop):
        publish.validate("final", str(tmp_path), "2025-08-08", "r1", False, gate)
    assert order == ["join imports", "validate here"]
