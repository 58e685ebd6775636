"""The packaged splitter model (`split/data/split_model.json`) is what `newsetl train split` writes: weights, margins
and provenance (sets and settings, no date nor duration), and its closer (split/closer.py) is what refitting the closer
gives. Both tests read the one refit of `conftest.split_refit`; they share this module so that pytest-xdist's
`--dist loadfile` (`make test`) runs them in one worker process, which fits once."""

from __future__ import annotations

import json
from pathlib import Path

from newsetl.split.features import load_cues
from newsetl.split.model import MODEL_PATH

ROOT = Path(__file__).resolve().parents[1]


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


def test_refitting_the_closer_gives_the_packaged_one(split_refit):
    from newsetl.split.model import SplitModel
    from newsetl.split.train import fit_closer

    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    shipped = data.pop("closer")
    packaged, fitted = split_refit
    assert packaged == {**data, "closer": shipped}
    model_of = {k: v for k, v in fitted.items() if k != "closer"}  # what the command fitted its closer on
    if without_trained(model_of) == without_trained(data):  # the packaged model (`trained` is provenance only)
        refit = fitted["closer"]
    else:  # the command's model moved (test_split_model_fit fails): fit the closer on the packaged model itself
        refit = fit_closer(SplitModel(data), load_cues(), ROOT)
    assert refit["weights"] == shipped["weights"] and refit["stack"] == shipped["stack"]
    assert refit["reader"] == shipped["reader"]


def without_trained(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "trained"}
