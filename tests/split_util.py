"""A toy splitter model for the tail-forcing tests, its weights written here: `T` title, `B` body, `N` a name line a
little more body than author, `X` a text line a little more body than comment text, `A` an author, `C` comment text."""

from __future__ import annotations

from newsetl.split.labelled import LABELS
from newsetl.split.model import SplitModel


def toy_tail_model(threshold_tail: float = 0.0, tail_taken_gap: float = -1.5) -> SplitModel:
    state = {
        "T": {"title": 5.0},
        "B": {"body": 5.0},
        "N": {"body": 1.5, "author": 1.0},
        "X": {"body": 1.5, "ctext": 1.0},
        "A": {"author": 5.0},
        "C": {"ctext": 5.0},
    }
    data = {"labels": LABELS, "threshold": 1.0, "transitions": {}, "state": state}
    return SplitModel(
        {**data, "tail_evidence": ["tail_blocks"], "threshold_tail": threshold_tail, "tail_taken_gap": tail_taken_gap}
    )
