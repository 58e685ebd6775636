"""The packaged splitter model (`split/data/split_model.json`) is what `newsetl train split` writes: weights, margins
and provenance (sets and settings, no date nor duration)."""

from __future__ import annotations


def test_packaged_model_is_what_the_training_command_fits(split_refit):
    from newsetl.split.train import settings_used

    # the packaged grid point only (conftest.split_refit): its weights, and its margins fitted on the dev sets plus
    # the out-of-fold hard documents, must be what the command writes
    packaged, fitted = split_refit
    margins = ("threshold_linked", "threshold_tail", "threshold_loose", "tail_taken_gap", "linked_taken_gap")
    for k in ("state", "transitions", "threshold", "threshold_weak", "c1", "c2", "linked_evidence", *margins):
        assert fitted[k] == packaged[k], k
    for k in ("weights", "bias", "stack", "reader", "first"):  # the closer is fitted by the same command
        assert fitted["closer"][k] == packaged["closer"][k], "closer." + k
    # its provenance is what the command records (the full grid for the packaged file), with no date nor duration
    for k in ("train_sets", "dev_sets", "train_docs", "dev_docs", "out_of_fold_docs", "cues"):
        assert fitted["trained"][k] == packaged["trained"][k], k
    assert fitted["trained"]["settings"] == settings_used(grid=[(packaged["c1"], packaged["c2"])])
    assert packaged["trained"]["settings"] == settings_used()
    assert fitted["closer"]["trained"]["sets"] == packaged["closer"]["trained"]["sets"]
    assert not {"fitted_at", "seconds"} & (packaged["trained"].keys() | fitted["trained"].keys())
