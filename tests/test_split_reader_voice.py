"""The learned reader-voice score (split/reader_voice.py) and its place in the closer's stack (split14). Every line
and dump here was written for these tests (fictional)."""

from __future__ import annotations

import json

import pytest

from newsetl.split import split_dump
from newsetl.split.closer import Closer
from newsetl.split.model import MODEL_PATH, load_model
from tests.test_split_closer import COMMENTS, dump

TEST_SETS = {
    "eval/split_heldout",
    "eval/split_heldout6",
    "eval/split_heldout12",
    "eval/split_heldout14",
    "eval/split_heldout15",
    "eval/split_heldout17",
    "eval/split_heldout18",
    "eval/split_heldout19",
    "eval/split_heldout20",
    "eval/split_heldout21",
    "eval/split_multi/test",
}  # heldout8, 9, 10, 11, 13, 16: dev since split15, split16, split17, split18, split20, split24; heldout12: blind


def test_reader_tokens_are_words_bigrams_and_voice_marks():
    from newsetl.split.reader_voice import reader_tokens

    toks = reader_tokens("I counted 14 boats?", ["p1", "q"])
    assert {"s:p1", "s:q", "u:i", "u:00", "u:?", "b:<s>_i", "b:counted_00", "b:?_</s>"} <= set(toks)
    assert toks == sorted(set(toks))


def test_fit_reader_is_deterministic_and_learns_which_words_mark_a_reader():
    from newsetl.split.reader_voice import ReaderVoice, fit_reader

    rows = [["u:i", "u:think"], ["u:i", "u:feel"], ["u:said", "u:ministry"], ["u:said", "u:police"]] * 3
    ys = [1, 1, 0, 0] * 3
    a, b = fit_reader(rows, ys), fit_reader(rows, ys)
    assert a == b
    rv = ReaderVoice(a)
    assert rv.score(["u:i"]) > 0 > rv.score(["u:said"])


def test_a_model_file_without_the_reader_score_loads_with_its_weight_zero():
    c = Closer.from_dict({"weights": {"w8": 0.5}, "bias": 0.1, "stack": [1.0, -2.0, 0.0, 0.3]})
    assert c is not None and c.reader is None and c.stack == (1.0, -2.0, 0.0, 0.0, 0.3)
    assert c.inputs(0.5, ["w8"], [], [], "A line.") == [0.5, 0.6, 0.0, 0.0]


def _reader_score(closer, line: str) -> float:
    """The packaged reader score of `line` as the closer's candidate on the flood page (its real voice features)."""
    from newsetl.split.closer import voice_features
    from newsetl.split.features import NEWS_VOICE, READER_VOICE, doc_features, load_cues
    from newsetl.split.reader_voice import reader_tokens
    from newsetl.split.text import to_lines

    cues = load_cues()
    lines = to_lines(dump(line, *COMMENTS))
    i = [ln.text for ln in lines].index(line)
    vf = voice_features(doc_features(lines, cues)[i], line, READER_VOICE, NEWS_VOICE, cues.closer)
    return closer.reader.score(reader_tokens(line, vf))


def test_the_packaged_closer_weighs_the_reader_score_fitted_on_no_test_set():
    closer = load_model().closer
    assert closer is not None and closer.reader is not None and len(closer.stack) == 5 and closer.stack[3] > 0
    assert _reader_score(closer, "Honestly, I doubt the council will ever fix those defences.") > 0
    assert _reader_score(closer, "The road is expected to reopen on Friday, the authority said.") < 0
    trained = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["closer"]["trained"]
    assert not TEST_SETS & set(trained["reader_sets"]) and not TEST_SETS & set(trained["sets"])


@pytest.mark.parametrize(
    "first",
    [
        "Every council in this county ends up blaming the weather sooner or later.",
        "Those poor families, losing everything twice in five years.",
    ],
)
def test_a_one_sentence_reader_remark_before_the_first_author_stays_a_comment(first):
    # main's closer (voice model over the candidate lines only) moved these into the body
    d = split_dump(dump(first, *COMMENTS))
    assert d.body[-1] != first
    assert [c.author for c in d.comments] == [None, "Harriet Lowe", "dunmore_76"]
    assert d.comments[0].paragraphs == [first]


@pytest.mark.parametrize(
    "closing",
    [
        "The road is expected to reopen on Friday, the authority said.",
        "Anyone with information is asked to call the police on 101.",
        "Schools in both towns will stay closed until Wednesday.",
    ],
)
def test_closing_news_lines_still_close_the_body(closing):
    d = split_dump(dump(closing, *COMMENTS))
    assert d.body[-1] == closing
    assert [c.author for c in d.comments] == ["Harriet Lowe", "dunmore_76"]
