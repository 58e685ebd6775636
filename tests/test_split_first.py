"""The closer's second case (split17): the first line of an anonymous first comment of two or more lines, which the
decoder may have made of the body's closing line and the real anonymous comment under it. Every text here was written
for these tests (fictional)."""

from __future__ import annotations

import json

from newsetl.split.closer import Closer, first_of_many
from newsetl.split.model import MODEL_PATH

BARE = [["w"]] * 8  # line features without header, date or language marks


def test_first_of_many_is_the_first_line_of_a_multi_line_anonymous_comment():
    labels = ["title", "body", "body", "cstart", "ctext", "author", "ctext", "author"]
    assert first_of_many(labels, BARE) == 3
    assert first_of_many(["title", "body", "body", "body", "cstart", "author", "ctext", "author"], BARE) is None
    assert first_of_many(["title", "body", "body", "body", "body", "author", "ctext", "author"], BARE) is None
    # a comment zone before it, a dated author line, or a line in another language: left to the decoder
    assert first_of_many(["title", "body", "cstart", "cstart", "ctext", "author", "ctext", "author"], BARE) is None
    dated = [["w"]] * 5 + [["l:dated"]] + [["w"]] * 2
    assert first_of_many(["title", "body", "body", "cstart", "ctext", "author", "ctext", "author"], dated) is None
    foreign = [["w"]] * 3 + [["nonlatin"]] + [["w"]] * 4
    assert first_of_many(["title", "body", "body", "cstart", "ctext", "author", "ctext", "author"], foreign) is None


def _closer(first: float | None, logodds: float) -> Closer:
    c = Closer({}, 0.0, (1.0, 0.0, 0.0, 0.0, 0.0), None, first)
    c.logodds = lambda *a, **k: logodds  # type: ignore[method-assign]
    return c


def test_adjust_moves_the_first_line_under_the_fitted_logodds_and_opens_the_comment_with_the_next():
    labels = ["title", "body", "body", "cstart", "ctext", "author", "ctext"]
    texts = ["t"] * len(labels)
    moved = _closer(1.5, 1.0).adjust(None, BARE[:7], texts, labels, set(), set(), {})
    assert moved == ["title", "body", "body", "body", "cstart", "author", "ctext"]
    assert _closer(1.5, 2.0).adjust(None, BARE[:7], texts, labels, set(), set(), {}) == labels
    # a hard-wrapped first paragraph (its next line has no blank line before it) moves whole
    wrapped = [["w"], ["w"], ["w"], ["w"], ["gap0"], ["w"], ["w"], ["w"]]
    labels = ["title", "body", "body", "cstart", "ctext", "author", "ctext", "author"]
    moved = _closer(1.5, 1.0).adjust(None, wrapped, ["t"] * 8, labels, set(), set(), {})
    assert moved == ["title", "body", "body", "body", "body", "author", "ctext", "author"]
    # a model file without the fitted value (before split17): such comments stay as the decoder made them
    assert _closer(None, -9.0).adjust(None, BARE[:7], texts, labels, set(), set(), {}) == labels


def test_the_packaged_closer_has_an_out_of_fold_first_logodds():
    closer = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["closer"]
    assert isinstance(closer["first"], float | int)
    assert closer["trained"]["first"]["rows"] > 10
