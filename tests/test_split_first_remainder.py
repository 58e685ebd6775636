"""The closer's `first_remainder` (split28 K6b, on since fix43; `closer_page.first_remainder` in cues.json): when the
closer's `first` rule takes the opening paragraph of an anonymous first comment the decoder made back to the body, and
exactly one paragraph is left between it and the first comment author, that paragraph goes to the body as well (the
article's closing lines, not a stray one-paragraph comment). With two or more paragraphs left, or when the closer
moves a one-line candidate, nothing more moves. Every page here was written for these tests (fictional)."""

from __future__ import annotations

from newsetl.split import Splitter
from newsetl.split.closer import moved_end, paragraph_end
from newsetl.split.cues import cues_variant

TITLE = "Library in Marrowby to Open on Sundays From April"
BODY = [
    "The public library in Marrowby will open on Sunday afternoons from April, the town council said on Monday, "
    "after a petition signed by more than eight hundred residents.",
    "The library has been closed on Sundays since 2019, when its opening hours were cut to save money.",
    "Two extra staff will be hired for the new hours, the council said.",
]
CLOSING = [
    "Update from the council: the Sunday hours will run from one until five.",
    "Volunteers can sign up at the front desk.",
]
NAMED = [
    ("Petra Holloway", ["Finally. My kids will be thrilled."]),
    ("bookworm77", ["Shame it took a petition to get here."]),
]


def _page(before: list[str], named=NAMED) -> str:
    parts = [TITLE, ""]
    for p in [*BODY, *before]:
        parts += [p, ""]
    for name, texts in named:
        parts += [name, ""]
        for t in texts:
            parts += [t, ""]
    return "\n".join(parts).rstrip("\n") + "\n"


def _off(tmp_path) -> Splitter:
    return Splitter(cues_path=cues_variant(tmp_path / "cues_off.json", "closer_page", first_remainder=False))


def test_the_one_paragraph_left_above_the_first_author_follows_the_moved_opening_to_the_body(tmp_path):
    text = _page(CLOSING)
    on = Splitter()(text)
    assert on.body == [*BODY, *CLOSING]
    assert [(c.author, c.paragraphs) for c in on.comments] == NAMED
    off = _off(tmp_path)(text)  # without it the opening moves alone and its remainder is left an anonymous comment
    assert off.body == [*BODY, CLOSING[0]]
    assert (off.comments[0].author, off.comments[0].paragraphs) == (None, [CLOSING[1]])


def test_two_paragraphs_left_above_the_first_author_stay_a_comment(tmp_path):
    rest = [CLOSING[1], "Well done to everyone who signed."]
    text = _page([CLOSING[0], *rest])
    on = Splitter()(text)
    assert on.body == [*BODY, CLOSING[0]]
    assert (on.comments[0].author, on.comments[0].paragraphs) == (None, rest)
    assert on.comments[1:] == _off(tmp_path)(text).comments[1:]


def test_a_page_without_comments_keeps_its_closing_lines_in_the_body():
    d = Splitter()(_page(CLOSING, named=[]))
    assert d.body == [*BODY, *CLOSING] and not d.comments


def test_moved_end_takes_one_whole_paragraph_only_when_the_author_line_is_right_under_it():
    labels = ["body", "cstart", "ctext", "ctext", "author", "ctext"]
    feats: list[list[str]] = [[], [], [], ["gap0"], [], []]  # line 3 continues line 2's paragraph (hard-wrapped)
    assert paragraph_end(labels, feats, 1) == 2
    assert moved_end(labels, feats, 1, False) == 2
    assert moved_end(labels, feats, 1, True) == 4  # the remainder, both its lines
    two = ["body", "cstart", "ctext", "ctext", "author", "ctext"]
    assert moved_end(two, [[], [], [], [], [], []], 1, True) == 2  # two paragraphs left: the opening only
    meta = ["body", "cstart", "ctext", "cmeta", "author", "ctext"]
    assert moved_end(meta, [[], [], [], [], [], []], 1, True) == 2  # no author line right under the remainder
