"""What the splitter's and the events' evaluations share (eval_common.py): folded white space and P/R/F1 of counts."""

from __future__ import annotations

from newsetl.eval_common import fold, prf


def test_fold_makes_every_run_of_white_space_one_space():
    assert fold("  two\u00a0 words\n\tand\r\nmore ") == "two words and more"
    assert fold(None) == ""


def test_prf_of_counts_and_of_matched_predictions():
    assert prf(3, 4, 6) == {"precision": 0.75, "recall": 0.5, "f1": 0.6, "tp": 3, "predicted": 4, "gold": 6}
    assert prf(0, 0, 0)["f1"] == 1.0 and prf(0, 2, 3)["f1"] == 0.0
    assert prf(2, 4, 4, tp_pred=3)["precision"] == 0.75  # several predictions may match one gold mention
