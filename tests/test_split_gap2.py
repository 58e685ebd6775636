"""split32: inside a taken comment zone, a line with two or more blank lines above it never continues the comment
above (cues.json `label_constraints`, flag `gap2`, `zone`: never `ctext` there); it may still open a comment, name its
author or sit in the body, and the rule never decides whether a page has comments. Text written here (fictional)."""

from __future__ import annotations

from newsetl.split import split_dump
from newsetl.split.cues import ZONE
from newsetl.split.features import NEVER, doc_features, load_cues
from newsetl.split.labelled import LABELS
from newsetl.split.model import SplitModel
from newsetl.split.text import to_lines

MARK = NEVER + ZONE + "ctext"

MARKET = """Seafront Market Moves to the Old Pier Car Park

The Sunday seafront market in Polwenna will move to the car park by the old pier from next month.

Stallholders said the new site has more room for vans but less passing trade from the beach.

Jenna Hocking

The smoked mackerel stall is coming with us.

lin_tran

+1 for the mackerel


The promenade had more atmosphere though.

Jenna Hocking

Maybe, but it also had more wind.
"""


def _marked(text: str) -> list[str]:
    lines = to_lines(text)
    feats = doc_features(lines, load_cues())
    return [ln.text for ln, fs in zip(lines, feats) if MARK in fs]


def test_only_lines_after_two_blank_lines_are_marked():
    assert _marked(MARKET) == ["The promenade had more atmosphere though."]
    assert _marked(MARKET.replace("\n\n\nThe promenade", "\n\nThe promenade")) == []  # one blank line: no mark
    both = ["First paragraph.", "Second paragraph."]
    assert _marked("Title\n\n\n\nFirst paragraph.\n\n\nSecond paragraph.\n") == both


def test_the_mark_is_a_zone_mark_for_ctext_only():
    cues = load_cues()
    assert cues.never_labels("Any text at all.", {"gap2": True}, []) == [ZONE + "ctext"]
    assert cues.never_labels("Any text at all.", {}, []) == []
    assert NEVER + "ctext" not in doc_features(to_lines(MARKET), cues)[-3]  # not read by every decode


def _model() -> SplitModel:
    state = {"T": {"title": 5.0}, "B": {"body": 5.0}, "A": {"author": 5.0}, "C": {"ctext": 5.0, "cstart": 4.0}}
    trans = {"title->body": 1.0, "body->author": 1.0, "author->cstart": 2.0, "cstart->ctext": 2.0, "ctext->ctext": 2.0}
    return SplitModel({"labels": LABELS, "threshold": 0.0, "transitions": trans, "state": state})


def test_inside_a_taken_zone_the_marked_line_opens_a_new_comment():
    model = _model()
    assert model.decide([["T"], ["B"], ["A"], ["C"], ["C"]]).labels[-1] == "ctext"
    dec = model.decide([["T"], ["B"], ["A"], ["C"], ["C", MARK]])
    assert dec.comments and dec.labels[:4] == ["title", "body", "author", "cstart"]
    assert dec.labels[-1] not in ("ctext", "body")


def test_the_mark_never_decides_whether_a_page_has_comments():
    model = _model()
    plain, marked = model.decide([["T"], ["B"], ["B"], ["B"]]), model.decide([["T"], ["B"], ["B"], ["B", MARK]])
    assert not marked.comments and marked.labels == plain.labels == ["title", "body", "body", "body"]
    feats = [["T"], ["B"], ["A"], ["C"], ["C", MARK]]
    assert model.decide(feats).margin == model.decide([fs[:1] for fs in feats]).margin  # the margin ignores it


def test_a_later_anonymous_comment_after_two_blank_lines_stands_alone():
    split = split_dump(MARKET)
    assert [c.author for c in split.comments] == ["Jenna Hocking", "lin_tran", None, "Jenna Hocking"]
    assert split.comments[1].paragraphs == ["+1 for the mackerel"]
    assert split.comments[2].paragraphs == ["The promenade had more atmosphere though."]
    assert split.body[-1].startswith("Stallholders said")


def test_a_double_blank_line_in_the_body_keeps_the_article_whole():
    text = """Library Opening Hours to Change in March

The central library will open an hour later on weekdays from the first of March, the county council said.


Saturday opening will be extended until five in the afternoon to make up for the lost morning hours.


The council said the change would save about forty thousand pounds a year.
"""
    split = split_dump(text)
    assert split.comments == []
    assert len(split.body) == 3 and split.body[-1].startswith("The council said")
