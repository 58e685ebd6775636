"""split27: `split_heldout17`'s K6a (its README) on text written here, and the tail forcing over a taken zone held to
the tail margin.

A candidate first comment (the decoder's one-line anonymous comment before the first author) goes back to the body,
before the closer's stack is asked, when a later line quotes one of its sentences inside a quotation (a `> ` reply,
quotation marks; cues.json `closer_page.quotation`) or when it reports a view and closes on a question (cues.json
`closer_page.reported_close`). A bare repeat (a stock reply said again by another reader) does not move it.
"""

from __future__ import annotations

import math

from newsetl.split.closer import Closer, quoted_marked
from newsetl.split.features import load_cues
from newsetl.split.model import SplitModel
from tests.split_util import toy_tail_model

TEXTS = [
    "Ferry Timetable Cut for the Winter",
    "The island ferry will run twice a day from November, the operator said.",
    "Is it fair that an island of four hundred people gets two boats a day?",
    "Mary Quayle",
    "> is it fair that an island of four hundred people gets two boats a day",
    "No, and the morning boat leaves too early for the school.",
]
LABELS_IN = ["title", "body", "cstart", "author", "ctext", "ctext"]


def test_a_later_quotation_of_a_sentence_marks_the_candidate():
    cues = load_cues()
    assert cues.quotation is not None and cues.quote_words == 4
    assert quoted_marked(TEXTS, 2, 4, cues.quotation)
    curly = [*TEXTS[:4], "“Is it fair that an island of four hundred people gets two boats a day?” Yes."]
    assert quoted_marked(curly, 2, 4, cues.quotation)
    bare = [*TEXTS[:4], "Is it fair that an island of four hundred people gets two boats a day? Yes."]
    assert not quoted_marked(bare, 2, 4, cues.quotation)  # repeated without quotation marks: a stock repeat, maybe
    short = ["T", "B.", "Who pays? Nobody knows.", "Al", "> who pays", "Us."]
    assert not quoted_marked(short, 2, 4, cues.quotation)  # under four words
    assert not quoted_marked(TEXTS, 2, 4, None) and not quoted_marked(TEXTS, 2, None, cues.quotation)


def _closer() -> Closer:
    # a stack that always keeps the line as a comment (bias 50): only the rules can move it
    return Closer({}, 0.0, (0.0, 0.0, 0.0, 0.0, 50.0))


def test_a_quoted_candidate_goes_back_to_the_body_and_nothing_else_moves():
    cues = load_cues()
    feats: list[list[str]] = [[] for _ in TEXTS]
    args = (None, feats, TEXTS, LABELS_IN, set(), set(), {})

    def model_unused():  # the stack is not asked when a rule moves the line
        raise AssertionError

    c = _closer()
    c.logodds = lambda *a, **k: model_unused()  # type: ignore[method-assign]
    out = c.adjust(*args, None, cues.quote_words, cues.quotation)
    assert out == ["title", "body", "body", "author", "ctext", "ctext"]
    keep = _closer()
    keep.logodds = lambda *a, **k: 50.0  # type: ignore[method-assign]
    bare = [*TEXTS[:4], "Quite right.", TEXTS[5]]
    assert keep.adjust(None, feats, bare, LABELS_IN, set(), set(), {}, None, 4, cues.quotation) == LABELS_IN


def test_a_reported_view_closing_on_a_question_goes_back_to_the_body():
    rx = load_cues().reported
    assert rx is not None
    assert rx.search("But some islanders ask: who will carry the shopping up from the quay?")
    assert rx.search("Parents say the boat leaves too early. Will anyone at the operator listen?")
    assert not rx.search("Will anyone at the operator listen?")  # a question alone
    assert not rx.search("Parents say the boat leaves too early.")  # no question
    assert not rx.search("Parents say so? The operator disagrees.")  # the question does not close the line
    texts = [*TEXTS[:2], "Islanders ask: who will carry the shopping up from the quay?", "Mary Quayle", "No idea.", "x"]
    keep = _closer()
    keep.logodds = lambda *a, **k: 50.0  # type: ignore[method-assign]
    feats: list[list[str]] = [[] for _ in texts]
    out = keep.adjust(None, feats, texts, LABELS_IN, set(), set(), {}, None, 4, None, rx)
    assert out[2] == "body"
    assert keep.adjust(None, feats, texts, LABELS_IN, set(), set(), {}, None, 4, None, None) == LABELS_IN


def _toy(threshold_tail: float) -> SplitModel:
    return toy_tail_model(threshold_tail=threshold_tail)


def test_the_tail_forcing_over_a_taken_zone_must_beat_the_tail_margin_and_sets_the_confidence():
    feats = [["T"], ["B"], ["N", "tail_blocks"], ["X", "tail_blocks"], ["A", "tail_blocks"], ["C", "tail_blocks"]]
    taken = ["title", "body", "body", "body", "author", "ctext"]
    forced = ["title", "body", "author", "ctext", "author", "ctext"]
    # the forced zone's margin over the all-body labelling: (22 - 13) / sqrt(4) = 4.5
    low = _toy(0.0).decide(feats)
    assert low.labels == forced
    assert math.isclose(low.confidence, round(_toy(0.0)._confidence(4.5), 4))
    assert _toy(4.4).decide(feats).labels == forced
    high = _toy(4.6).decide(feats)
    assert high.labels == taken  # under the tail margin: the taken zone stays
    assert math.isclose(high.confidence, round(_toy(4.6)._confidence(high.margin - 1.0), 4), abs_tol=1e-3)
