"""SplitModel.emissions (numpy cumsum) equals adding each feature's weights in turn, float for float."""

from __future__ import annotations

import random

from newsetl.split.labelled import LABELS
from newsetl.split.model import SplitModel


def test_emissions_are_the_sequential_sums():
    rnd = random.Random(5)
    labels = list(LABELS)
    names = [f"f{i}" for i in range(40)]
    state = {f: {lab: rnd.uniform(-3, 3) for lab in labels if rnd.random() < 0.7} for f in names}
    model = SplitModel({"labels": labels, "threshold": 1.0, "transitions": {}, "state": state})
    feats = [[rnd.choice(names + ["unknown"]) for _ in range(rnd.randint(0, 60))] for _ in range(30)] + [[]]
    expected = []
    for fs in feats:
        row = [0.0] * len(labels)
        for f in fs:
            if f in state:
                row = [r + state[f].get(lab, 0.0) for r, lab in zip(row, labels, strict=True)]
        expected.append(row)
    assert model.emissions(feats) == expected
    assert model.emissions([]) == []
