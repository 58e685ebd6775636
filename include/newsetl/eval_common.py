"""What the evaluations of the splitter (`eval_split.py`) and of the events (`eval_events.py`) share: text with its white
space folded, and precision / recall / F1 of counts."""

from __future__ import annotations

import re

WS = re.compile(r"\s+")


def fold(s: str | None) -> str:
    """`s` with every run of white space (no-break spaces too) one space, stripped; None is ""."""
    return WS.sub(" ", (s or "").replace("\u00a0", " ")).strip()


def prf(tp: int, n_pred: int, n_gold: int, tp_pred: int | None = None) -> dict:
    """Precision (of `tp_pred` when given: the predictions matched, where they differ from the gold matched), recall
    and F1, rounded, with the counts."""
    p = (tp if tp_pred is None else tp_pred) / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "predicted": n_pred,
        "gold": n_gold,
    }
