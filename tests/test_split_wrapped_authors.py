"""split30: a short line of a hand-wrapped comment, with no blank line above or below it, is comment text, not an
author, where every other author line of the page is set off by a blank line (`split/wrapped_authors.py`). Text
written for these tests (fictional)."""

from __future__ import annotations

from newsetl.split.text import to_lines
from newsetl.split.wrapped_authors import wrapped_authors

PAGE = """Ferry Timetable Cut for the Winter

The ferry to Holm Island will run twice a day from November, the operator said.

marsh_harrier

grew up on the island
moved away in 2019
my father still there

Ina Flett

The morning boat is the one that matters.

Rob Sinclair

Same here, the evening boat is no use to anyone.
"""


def _labels() -> list[str]:
    return ["title", "body", "author", "ctext", "author", "ctext", "author", "ctext", "author", "ctext"]


def test_a_wrapped_comment_line_decoded_as_an_author_is_comment_text():
    lines = to_lines(PAGE)
    assert [ln.text for ln in lines][4] == "moved away in 2019"
    out = wrapped_authors(lines, _labels())
    assert out == ["title", "body", "author", "ctext", "ctext", "ctext", "author", "ctext", "author", "ctext"]


def test_an_author_set_off_by_blank_lines_stays_an_author():
    lines = to_lines(PAGE)
    labels = _labels()
    labels[4] = "ctext"
    assert wrapped_authors(lines, labels) is labels  # nothing to change


def test_a_layout_whose_authors_need_no_blank_line_is_left_alone():
    text = "Notes\n\nThe hall reopens on Monday.\n\nAnn\nGood news.\nBob\nAbout time.\nCal\nAt last.\n"
    lines = to_lines(text)
    labels = ["title", "body", "author", "ctext", "author", "ctext", "author", "ctext"]
    assert wrapped_authors(lines, labels) is labels  # `Bob` sits right under text, as `Cal` does: the layout's own


def test_two_compact_authors_are_both_kept():
    """fix48: the first author's blank line above is the body's; a page with one later author shows no layout."""
    text = "Hall Reopens\n\nThe hall reopens on Monday after the roof repairs.\n\nAnn Oddie\nGood news.\nBob Pike\nAt last.\n"
    lines = to_lines(text)
    labels = ["title", "body", "author", "ctext", "author", "ctext"]
    assert wrapped_authors(lines, labels) is labels


def test_a_wrapped_line_needs_two_later_authors_set_off_by_blank_lines():
    lines = to_lines(PAGE.split("\nRob Sinclair")[0])
    labels = _labels()[:8]
    assert [ln.text for ln in lines][4] == "moved away in 2019" and len(lines) == 8
    assert wrapped_authors(lines, labels) is labels  # only one later author besides it: too few to tell
