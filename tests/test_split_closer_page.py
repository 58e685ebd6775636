"""The closer's page-relative voice (split23): a first-person body (a column, a letter) marked on the candidate line,
the closer cues for practical notices and reader asides, and the reader score read relative to the page's own
body. Every line here was written for these tests (fictional)."""

from __future__ import annotations

from newsetl.split.closer import Closer, page_voice, voice_features
from newsetl.split.features import NEWS_VOICE, READER_VOICE, load_cues
from newsetl.split.reader_voice import ReaderVoice, reader_tokens

LABELS = ["title", "body", "body", "body", "cstart", "author", "ctext"]


def test_a_first_person_body_is_marked_on_the_line_before_the_first_author():
    column = [[], ["p1", "w15"], ["p1:3", "w30"], ["w8"], ["p1", "w8"], [], []]
    assert page_voice(column, LABELS, 4) == ["pg:p1_body", "pg:p1_both"]
    no_first = [*column[:4], ["w8"], [], []]
    assert page_voice(no_first, LABELS, 4) == ["pg:p1_body"]
    # one quoted first-person line in a news body is no first-person body
    news = [[], ["p1", "w15"], ["w30"], ["w8"], ["p1", "w8"], [], []]
    assert page_voice(news, LABELS, 4) == []


def _cues(text: str) -> set[str]:
    vf = voice_features(["w15"], text, READER_VOICE, NEWS_VOICE, load_cues().closer)
    return {f[2:] for f in vf if f.startswith("v:")}


def test_closer_cues_mark_practical_notices_and_reader_asides():
    assert "schedule" in _cues("The ferry runs on the second Sunday of each month from ten until four.")
    assert "schedule" in _cues("The exhibition is open for six weeks.")
    assert "schedule" in _cues("Doors open at 7.30pm in the church hall.")
    assert "schedule" not in _cues("Police said on Sunday that two men had been arrested.")
    assert "bare_past_start" in _cues("Cycled it twice last week, the gravel is already loose.")
    assert "bare_past_start" not in _cues("Founded in 1921, the club has never left the valley.")
    assert "complaint" in _cues("Nice view, but there isn't a single bench on the whole path.")
    assert "complaint" not in _cues("The path is two miles long and has three benches.")


def test_the_reader_score_relative_to_the_body_is_the_line_s_score_minus_the_body_mean():
    reader = ReaderVoice({"weights": {"u:i": 2.0, "u:said": -1.0}, "bias": 0.0})
    c = Closer({}, 0.0, (0.0, 0.0, 0.0, 1.0, 1.0, 0.0), reader)
    body_texts = ["I said no.", "They said yes."]
    x = c.inputs(0.4, [], [[], []], [], "I did.", body_texts)
    line = reader.score(reader_tokens("I did.", []))
    assert x[3] == line == 2.0
    assert x[4] == line - (1.0 + -1.0) / 2
    assert c.inputs(0.4, [], [], [], "I did.")[4] == 0.0  # no body lines: no relative reading


def test_a_model_file_from_before_the_relative_reader_score_loads_with_its_weight_zero():
    c = Closer.from_dict({"weights": {}, "bias": 0.0, "stack": [1.0, -2.0, 0.0, 0.5, 0.3]})
    assert c is not None and c.stack == (1.0, -2.0, 0.0, 0.5, 0.0, 0.3)
