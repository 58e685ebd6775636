"""The loose margin (split19): where a page has no closing run of header + text blocks, a run of one or two blocks
whose headers may also be loose name lines (a name-like line over a blank line and a line that is not name-like: a
one-letter or non-Latin name over a one-word comment) is measured with its first line forced into the comment zone
and taken above its own fitted margin. fix27: only where its text shows a comment (split/closing_runs.py; section,
Q/A and language headings, web addresses and lists of names are no comment run). Every page here was written for
these tests (fictional)."""

from __future__ import annotations

import json

from newsetl.split import Splitter, split_dump
from newsetl.split.features import LOOSE_MARKS, MARK_ONLY, TAIL_MARKS, doc_features
from newsetl.split.margin_fit import fit_one
from newsetl.split.model import MODEL_PATH
from newsetl.split.text import to_lines
from tests.test_split_tail import BODY, COMMENTS, _page

SHORT = [("J", "Well done to all of you."), ("P", "ok")]  # one-letter names over short comments: no strict header


def test_one_letter_names_over_short_comments_are_taken_by_the_loose_margin(tmp_path):
    text = _page(BODY, SHORT)
    d, dec = Splitter().split_lines(to_lines(text))
    assert dec is not None and dec.tail is None and dec.loose is not None and dec.loose < 0  # the CRF prefers body
    assert d.method == "boundary" and d.body == BODY
    assert [(c.author, c.paragraphs) for c in d.comments] == [(a, [t]) for a, t in SHORT]
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data.pop("loose_evidence")
    (tmp_path / "no_loose.json").write_text(json.dumps(data), encoding="utf-8")
    alone = Splitter(str(tmp_path / "no_loose.json"))(text)  # without it, the section stays in the body
    assert alone.method == "no_comments_evidence" and not alone.comments


def test_loose_marks_only_where_there_is_no_strict_run_and_never_crf_features():
    lines = to_lines(_page(BODY, SHORT))
    marked = [ln.text for ln, fs in zip(lines, doc_features(lines)) if set(LOOSE_MARKS) & set(fs)]
    assert marked[0] == "J" and marked[-1] == "ok"
    strict = doc_features(to_lines(_page(BODY, COMMENTS)))
    assert any(set(TAIL_MARKS) & set(fs) for fs in strict) and not any(set(LOOSE_MARKS) & set(fs) for fs in strict)
    assert set(LOOSE_MARKS) <= MARK_ONLY
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert not MARK_ONLY & set(data["state"])
    assert data["loose_evidence"] == list(LOOSE_MARKS) and data["threshold_loose"] < 0 < data["threshold_tail"]
    assert data["trained"]["loose"]["invented"] == 0


def test_a_page_ending_in_an_unvoiced_short_section_keeps_no_comments():
    d = split_dump(_page(BODY, [("Note", "The timetable was correct at 9am on Monday.")]))
    assert d.method == "no_comments_evidence" and not d.comments


def test_the_loose_margin_is_searched_below_zero():
    """A margin the decoder scores under the all-body labelling can still be fitted (positives at -2 and -1,
    a negative at -12: the middle of the cheapest interval)."""
    rows = [(-2.0, False, 0, 2, True), (-1.0, False, 0, 3, True), (-12.0, False, 9, 0, False)]
    assert fit_one(rows)[0] >= 0.0  # searched from 0 (the other margins): both positives lost
    t = fit_one(rows, low=-20.0)[0]
    assert -12.0 < t < -2.0


# fix27: the reviewer's comment-free page ends (rewritten here): none is a comment section
NOT_COMMENTS = {
    "reading list": [("Further reading", "https://www.harrowby-ferries.example/winter-timetable")],
    "bare address": [("Read more", "harrowby-news.example/ferry-engine-repairs")],
    "sources": [("Sources", "Harrowby Ferries; Island Council; Met Office.")],
    "sources, commas": [("Sources", "Harrowby Ferries, Island Council, Met Office")],
    "translation": [("中文", "渡轮将从周一起减少班次。")],
    "translation heading": [("中文翻译", "渡轮公司表示冬季班次将减少。")],
    "last exchange": [("Q", "Will you stay?"), ("A", "No.")],
    "spanish version": [("En español", "El ferry reducirá sus horarios desde el lunes.")],  # split18's tail run
    "unvoiced one-word lines": [("J", "ok"), ("P", "lol")],
}


def test_comment_free_page_ends_get_no_comments():
    for kind, blocks in NOT_COMMENTS.items():
        d, dec = Splitter().split_lines(to_lines(_page(BODY, blocks)))
        assert d.method == "no_comments_evidence" and not d.comments, kind
        assert dec is not None and dec.tail is None and dec.loose is None, kind  # no run measured at all
        assert d.body[: len(BODY)] == BODY, kind  # nothing lost (a "Read more" line is chrome, as before)


def test_short_comments_in_other_scripts_are_still_taken():
    for blocks in (
        [("Ирина", "Мой автобус сегодня не пришёл вообще.")],
        [("Kenji", "すごかった！"), ("Lucía_M", "Precioso, lo vimos desde el balcón.")],
    ):
        d = split_dump(_page(BODY, blocks))
        assert d.method == "boundary" and d.body == BODY
        assert [(c.author, c.paragraphs) for c in d.comments] == [(a, [t]) for a, t in blocks]


def test_closing_run_guards_are_data():
    raw = json.loads((MODEL_PATH.parent / "cues.json").read_text(encoding="utf-8"))["closing_runs"]
    assert raw["headings"] and raw["not_comments"] and raw["foreign_most_chars"] > 0
