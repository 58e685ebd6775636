"""The closer's page-relative voice (split23): a first-person body (a column, a letter) marked on the candidate line,
and the closer cues for practical notices and reader asides (fix33: the share of first-person body lines comes from
cues.json; the never-fitted relative reader input and the weightless `bare_past_start` cue are gone). Every line here
was written for these tests (fictional)."""

from __future__ import annotations

import pytest

from newsetl.split.closer import Closer, page_voice, voice_features
from newsetl.split.features import NEWS_VOICE, READER_VOICE, load_cues
from newsetl.split.reader_voice import ReaderVoice, reader_tokens

SHARE = load_cues().p1_body_share
LABELS = ["title", "body", "body", "body", "cstart", "author", "ctext"]


def test_a_first_person_body_is_marked_on_the_line_before_the_first_author():
    column = [[], ["p1", "w15"], ["p1:3", "w30"], ["w8"], ["p1", "w8"], [], []]
    assert SHARE is not None and 0.0 < SHARE <= 1.0
    assert page_voice(column, LABELS, 4, SHARE) == ["pg:p1_body", "pg:p1_both"]
    assert page_voice(column, LABELS, 4, None) == []  # no share configured: no page-relative mark
    no_first = [*column[:4], ["w8"], [], []]
    assert page_voice(no_first, LABELS, 4, SHARE) == ["pg:p1_body"]
    # one quoted first-person line in a news body is no first-person body
    news = [[], ["p1", "w15"], ["w30"], ["w8"], ["p1", "w8"], [], []]
    assert page_voice(news, LABELS, 4, SHARE) == []


def _cues(text: str) -> set[str]:
    vf = voice_features(["w15"], text, READER_VOICE, NEWS_VOICE, load_cues().closer)
    return {f[2:] for f in vf if f.startswith("v:")}


def test_closer_cues_mark_practical_notices_and_reader_asides():
    assert "schedule" in _cues("The ferry runs on the second Sunday of each month from ten until four.")
    assert "schedule" in _cues("The exhibition is open for six weeks.")
    assert "schedule" in _cues("Doors open at 7.30pm in the church hall.")
    assert "schedule" not in _cues("Police said on Sunday that two men had been arrested.")
    assert "complaint" in _cues("Nice view, but there isn't a single bench on the whole path.")
    assert "complaint" not in _cues("The path is two miles long and has three benches.")


def test_the_closer_reads_four_inputs_and_a_model_file_with_the_old_relative_reader_slot_loads_without_it():
    reader = ReaderVoice({"weights": {"u:i": 2.0, "u:said": -1.0}, "bias": 0.0})
    c = Closer({}, 0.0, (0.0, 0.0, 0.0, 1.0, 0.0), reader)
    x = c.inputs(0.4, [], [[], []], [], "I did.")
    assert x == [0.4, 0.0, 0.0, reader.score(reader_tokens("I did.", []))] and x[3] == 2.0
    old = Closer.from_dict({"weights": {}, "bias": 0.0, "stack": [1.0, -2.0, 0.0, 0.5, 0.0, 0.3]})
    assert old is not None and old.stack == (1.0, -2.0, 0.0, 0.5, 0.3)
    older = Closer.from_dict({"weights": {}, "bias": 0.0, "stack": [1.0, -2.0, 0.0, 0.3]})  # before the reader score
    assert older is not None and older.stack == (1.0, -2.0, 0.0, 0.0, 0.3)
    with pytest.raises(ValueError):  # a weighted relative reader input is not silently dropped
        Closer.from_dict({"weights": {}, "bias": 0.0, "stack": [1.0, -2.0, 0.0, 0.5, 0.7, 0.3]})


def test_the_one_letter_name_pattern_comes_from_the_cues_file():
    rx = load_cues().initial
    assert rx.match("T") and rx.match("J.") and rx.match("É")
    assert not rx.match("7") and not rx.match("Jo") and not rx.match("_")
