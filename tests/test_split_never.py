"""split29: labels a line never takes (cues.json `label_constraints`): an undated `Label: value` line in a list of
labels the page uses once each (split30's `distinct`) is no comment author; a closing `Contact:` / `Editor's note:`
line is the article's. Text written here (fictional)."""

from __future__ import annotations

import json
from pathlib import Path

from newsetl.split import split_dump
from newsetl.split.cues import DATA, Cues
from newsetl.split.features import NEVER, doc_features, load_cues
from newsetl.split.labelled import LABELS
from newsetl.split.line_features import line_flags
from newsetl.split.model import SplitModel
from newsetl.split.text import to_lines


def _never(text: str, cues: Cues | None = None, near: tuple[str, ...] = ()) -> list[str]:
    cues = cues or load_cues()
    return cues.never_labels(text, line_flags(cues, text), [line_flags(cues, t) for t in near])


def _all_on(tmp_path: Path) -> Cues:
    """The packaged cues with every label constraint applied (the label-list rule is written but off)."""
    raw = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    for rule in raw["label_constraints"]["rules"]:
        rule.pop("off", None)
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return Cues(path)


def test_a_contact_or_editors_note_line_takes_no_comment_label():
    assert set(_never("Contact: hallbookings@example.org or 01632 960000")) == {"author", "cstart", "ctext", "cmeta"}
    assert "cstart" in _never("Editor’s note: an earlier version of this story gave the wrong date.")
    assert _never("Update: the road reopened this morning.") == []  # updates can be comments: not listed
    assert _never("The road reopened this morning.") == []
    assert _never("Best marrow: Peter Quillfield", near=("Best leeks: Ann Oddie",)) == ["author"]  # a list (on)


def test_an_undated_label_line_in_a_list_is_no_author_when_the_rule_is_on(tmp_path):
    cues = _all_on(tmp_path)
    listed = ("Best leeks: Ann Oddie", "The judges thanked everyone.")
    assert _never("Best marrow: Peter Quillfield", cues, listed) == ["author"]
    assert _never("Best marrow: Peter Quillfield", cues, ("The judges thanked everyone.",)) == []  # alone
    posted = ("Posted: 11/03/2024 08:40 by Ann Oddie",)
    assert _never("Posted: 12/03/2024 09:15 by Peter Quillfield", cues, posted) == []  # dated: a comment header


def test_a_label_the_page_uses_again_is_a_header_and_may_be_an_author():
    cues = load_cues()
    assert _never("Name: Peter Quillfield", cues, ("Town: Ashby",)) == ["author"]  # alone on the page: a list
    assert cues.never_labels("Name: Peter Quillfield", line_flags(cues, "Name: Peter Quillfield"), [], True) == []
    page = "Show Results\n\nThe prizes went out on Saturday.\n\nName: Ann Oddie\nTown: Ashby\n\nGreat show.\n\n"
    page += "Name: Peter Quillfield\nTown: Lower Ashby\n\nLovely marrows this year.\n"
    feats = doc_features(to_lines(page), cues)
    names = [i for i, ln in enumerate(to_lines(page)) if ln.text.startswith(("Name:", "Town:"))]
    assert len(names) == 4 and not any(NEVER + "author" in feats[i] for i in names)  # each label twice: headers


def test_the_marks_reach_the_features_of_their_lines_only():
    cues = load_cues()
    lines = to_lines("Show Results\n\nThe prizes went out on Saturday.\n\nContact: show@example.org\n")
    feats = doc_features(lines, cues)
    marked = [sorted(f for f in fs if f.startswith(NEVER)) for fs in feats]
    assert marked[0] == [] and marked[1] == []
    assert NEVER + "cstart" in marked[2] and NEVER + "author" in marked[2]


def test_the_decoder_never_gives_a_line_a_label_it_is_marked_never_to_take():
    state = {"T": {"title": 5.0}, "B": {"body": 5.0}, "A": {"author": 5.0, "body": 1.0}, "C": {"ctext": 5.0}}
    model = SplitModel({"labels": LABELS, "threshold": 0.0, "transitions": {}, "state": state})
    feats = [["T"], ["B"], ["A"], ["C"]]
    assert [LABELS[k] for k in model.viterbi(model.emissions(feats), model.all_labels)[1]][2] == "author"
    marked = [["T"], ["B"], ["A", NEVER + "author"], ["C"]]
    labels = [LABELS[k] for k in model.viterbi(model.emissions(marked), model.all_labels)[1]]
    assert labels[2] != "author"


def test_a_closing_contact_line_is_no_comment_above_the_comments():
    text = """Orchard Lane Hall Gets a New Roof

The village hall on Orchard Lane will close for six weeks from Monday while the roof is replaced.

The hall committee raised most of the money with quiz nights and a sponsored walk last summer.

Contact: orchardhall@example.org or 01632 960111

Marion Telfer

Good news at last, the old roof leaked on every jumble sale I can remember.

Ted Ashdown

Will the Tuesday choir move to the church while the work goes on?
"""
    split = split_dump(text)
    assert [c.author for c in split.comments] == ["Marion Telfer", "Ted Ashdown"]
    assert not any("Contact:" in p for c in split.comments for p in c.paragraphs)
    assert split.body[-1].startswith("The hall committee")


def test_a_body_list_of_prize_winners_who_comment_below_stays_in_the_body():
    text = """Ashby Flower Show Draws a Record Crowd

More than nine hundred people came to the Ashby flower show on Saturday, the most since the show began in 1962.

The judges said the standard of the vegetables was the highest they could remember.

The main winners were:

Best marrow: Peter Quillfield

Longest runner bean: Ann Oddie

Junior prize: Katie Morrow, aged 8, for a potato shaped like a duck

Peter Quillfield

Thank you to the judges, and to my wife for the watering.

Ann Oddie

Well done Peter, see you at next year's show.
"""
    split = split_dump(text)
    assert [c.author for c in split.comments] == ["Peter Quillfield", "Ann Oddie"]
    assert not any(":" in p for c in split.comments for p in [c.author or "", *c.paragraphs])
