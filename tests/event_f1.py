"""The plain-loop detection F1 of a set at thresholds (was `train_events._f1_at`): the reference the tests compare
`train_events_cv.Frame`'s vectorised counts with, and the scorer tests' check of what dropping an event costs."""

from __future__ import annotations

import numpy as np

from newsetl.train_events import NEVER, SetData, _detect_kept


def f1_at(sd: SetData, probs: np.ndarray, t: float, tp_: float = NEVER) -> tuple[float, int, int, int]:
    """Detection F1 of a set when its events under `t` and its proposals under `tp_` are dropped: (F1, tp, predicted,
    gold)."""
    tp = n_pred = n_gold = 0
    k = 0
    for (gevs, rows, _), compat in zip(sd.docs, sd.compat):
        kept = [bool(probs[k + i] >= (tp_ if sd.proposed[k + i] else t)) for i in range(len(rows))]
        k += len(rows)
        tp, n_pred, n_gold = tp + len(_detect_kept(compat, kept)), n_pred + sum(kept), n_gold + len(gevs)
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), tp, n_pred, n_gold
