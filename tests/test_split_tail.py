"""The tail margin (split16): where the decoder takes no comment zone, a page that ends in a run of one or more short
header + text blocks in the reader voice is measured again with the run's first line forced into the comment zone,
and that zone is taken above its own fitted margin. Every page here was written for these tests (fictional)."""

from __future__ import annotations

import copy
import json

from newsetl.split import Splitter, split_dump
from newsetl.split.features import MARK_ONLY, TAIL_MARKS, doc_features, load_cues
from newsetl.split.model import MODEL_PATH
from newsetl.split.text import to_lines
from newsetl.split.train import DEV_SETS, TAIL_SETS, TRAIN_SETS

BODY = [
    "The ferry between Harrowby and the island will run a reduced timetable from Monday while one of its two engines "
    "is repaired, the operator said.",
    "Only four crossings a day will run instead of nine, and the last boat back will leave the island at 4pm.",
    "Islanders who commute to the mainland for work have asked for an extra early sailing on weekdays.",
    "The operator said the repairs should take about three weeks.",
]
# two bare-name comments whose names hold function words: the decoder reads them like sub-headings
COMMENTS = [
    ("Moira from the Point", "I will believe it when I see it, honestly."),
    ("Old Ferryman", "Same every winter. They never learn."),
]


def _page(body: list[str], blocks: list[tuple[str, str]]) -> str:
    parts = ["Island Ferry Cuts Crossings While Engine Is Repaired", ""]
    for p in body:
        parts += [p, ""]
    for head, text in blocks:
        parts += [head, "", text, ""]
    return "\n".join(parts).rstrip("\n") + "\n"


def test_a_short_closing_section_of_two_named_comments_is_taken_by_the_tail_margin(tmp_path):
    text = _page(BODY, COMMENTS)
    d = split_dump(text)
    assert d.method == "boundary" and d.body == BODY
    assert [(c.author, c.paragraphs) for c in d.comments] == [(a, [t]) for a, t in COMMENTS]
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data.pop("tail_evidence")
    (tmp_path / "no_tail.json").write_text(json.dumps(data), encoding="utf-8")
    alone = Splitter(str(tmp_path / "no_tail.json"))(text)  # without it, the section stays in the body
    assert alone.method == "no_comments_evidence" and not alone.comments


def test_a_page_ending_in_a_short_unvoiced_section_keeps_no_comments():
    section = [("Timetable", "The first boat leaves Harrowby at 7.15am and the last leaves the island at 4pm.")]
    d = split_dump(_page(BODY, section))
    assert d.method == "no_comments_evidence" and not d.comments and len(d.body) == 6


def test_short_closing_runs_are_marks_for_the_margin_never_crf_features():
    lines = to_lines(_page(BODY, COMMENTS))
    feats = doc_features(lines)
    marked = [ln.text for ln, fs in zip(lines, feats) if set(TAIL_MARKS) & set(fs)]
    assert marked[0] == "Moira from the Point" and marked[-1] == COMMENTS[-1][1]
    assert all(not set(fs) & set(TAIL_MARKS) for fs in feats[: len(BODY) + 1])  # the article is no part of the run
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert not MARK_ONLY & set(data["state"])  # `newsetl train split` leaves them out of the CRF
    assert data["tail_evidence"] == list(TAIL_MARKS) and 0.0 <= data["threshold_tail"] < data["threshold_weak"]


def test_the_tail_margin_is_fitted_on_pages_the_crf_never_saw():
    assert not set(TAIL_SETS) & set(TRAIN_SETS)  # the CRF's own pages only out of fold (fit_tail)
    assert set(DEV_SETS) <= set(TAIL_SETS) and "eval/split_hard2/train" in TAIL_SETS
    assert {"eval/split_heldout10", "eval/split_heldout11"} <= set(TAIL_SETS)  # dev sets since split17 / split18
    assert not any(s.endswith(("heldout6", "heldout12", "/test")) or s == "eval/split_heldout" for s in TAIL_SETS)
    tail = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["trained"]["tail"]
    assert tail["rows"] > tail["with_comments"] >= 1 and tail["invented"] == 0


def test_a_closing_run_in_another_language_counts_as_voiced():
    """The voice cues are English: a short closing block whose text is in another language (`nonlatin`, or six words
    and more without an English function word) counts as voiced for the one-or-two-block marks."""
    foreign = [
        ("Hana", "Очень трогательно. Спасибо всем организаторам и волонтёрам."),
        ("Tomás", "Que bonito, gracias."),
    ]
    lines = to_lines(_page(BODY, foreign))
    marked = [ln.text for ln, fs in zip(lines, doc_features(lines)) if set(TAIL_MARKS) & set(fs)]
    assert marked and marked[0] == "Hana"
    timetable = [("Timetable", "The first boat leaves Harrowby at 7.15am and the last leaves the island at 4pm.")]
    lines = to_lines(_page(BODY, timetable))
    assert not any(set(TAIL_MARKS) & set(fs) for fs in doc_features(lines))  # unvoiced English: no mark


def test_a_short_section_just_above_the_refitted_tail_margin_is_taken(tmp_path):
    """split18: with split_heldout10 and split_heldout11 among its fitting sets the tail margin is 0.075 (split16's
    0.5 left their one-or-two-comment sections in the body). This page's closing run scores between the two."""
    blocks = [
        ("Morag", "My mother is 84 and I drive her to the boat every Tuesday. What do we do now?"),
        ("Tam", "Same every winter, I am afraid."),
    ]
    text = _page(BODY, blocks)
    d, dec = Splitter().split_lines(to_lines(text))
    assert dec is not None and dec.tail is not None and 0.075 < dec.tail < 0.5
    assert d.method == "boundary" and d.body == BODY
    assert [(c.author, c.paragraphs) for c in d.comments] == [(a, [t]) for a, t in blocks]
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data["threshold_tail"] = 0.5  # split16's value: the section stays in the body
    (tmp_path / "old_tail.json").write_text(json.dumps(data), encoding="utf-8")
    old = Splitter(str(tmp_path / "old_tail.json"))(text)
    assert old.method == "no_comments_evidence" and not old.comments


def test_a_closing_run_of_three_blocks_voiced_by_its_foreign_ones_is_a_tail_mark_only():
    """split24: a run of three or more blocks counts its blocks in another language as voiced too (cues.json
    `closing_runs.foreign_long_runs`), but only as the tail margin's mark (`tail_short`), never the CRF's run."""
    blocks = [
        ("Inés", "Estuve allí con mi familia durante las fiestas del pueblo."),
        ("Joana", "Lugar lindo, voltaremos no próximo verão com certeza."),
        ("Hugh", "Crossed on the last boat in 2019. Rough, but worth it."),
    ]
    lines = to_lines(_page(BODY, blocks))
    cues = load_cues()
    assert cues.run_foreign_long
    feats = doc_features(lines, cues)
    marked = [ln.text for ln, fs in zip(lines, feats) if set(TAIL_MARKS) & set(fs)]
    assert marked and marked[0] == "Inés" and marked[-1] == blocks[-1][1]
    assert all(set(fs) & set(TAIL_MARKS) <= MARK_ONLY for fs in feats)  # no `tail_blocks` CRF feature
    off = copy.copy(cues)
    off.run_foreign_long = False  # as before split24: the run is not voiced, no mark
    assert not any(set(TAIL_MARKS) & set(fs) for fs in doc_features(lines, off))
    d, dec = Splitter().split_lines(lines)  # the decoder takes no zone; the tail margin takes the section
    assert dec is not None and dec.tail is not None and d.method == "boundary" and d.body == BODY
    assert [(c.author, c.paragraphs) for c in d.comments] == [(a, [t]) for a, t in blocks]
    sections = [("Timetable", "The first boat leaves at 7.15am."), ("Fares", "Adults pay £6 and children £3.")]
    lines = to_lines(_page(BODY, [*sections, ("Parking", "The quay car park is free after 6pm.")]))
    assert not any(set(TAIL_MARKS) & set(fs) for fs in doc_features(lines, cues))  # unvoiced English: no mark
