"""The fitted gaps of the forcings that may replace a comment zone the decoder already took (`newsetl train split`).

A forcing (model.SplitModel `_linked`: the first name line a later `@name` reply addresses, fix33; `_tail_taken`: the
first line of a closing run of short header + text blocks, split25) that starts above a taken zone replaces it only
when the forced labelling scores at most a fitted distance below the taken one (`SplitModel.taken_gap`). One row per
labelled page where forcing changes the labels: (gap, lines wrong if forced, lines wrong if kept). With no page where
forcing is wrong the gap is the tight end (the lowest gap a page needed); otherwise the middle of the cheapest interval.
"""

from __future__ import annotations

import math
from pathlib import Path

from .features import doc_features
from .labelled import COMMENT_ZONE, load_dir
from .model import SplitModel

STEP = 0.05  # gaps are tried every 0.05, from -60 to 0 (as the margins: margin_fit.MARGIN_STEP)


def _zone_wrong(gold: list[str], pred: list[str]) -> int:
    return sum((a in COMMENT_ZONE) != (b in COMMENT_ZONE) for a, b in zip(gold, pred))


def fit_taken_gap(model: SplitModel, cues, root: Path, sets: list[str], attr: str) -> tuple[float, dict]:
    """The fitted gap named `attr` (`linked_taken_gap` or `tail_taken_gap`; math.inf when no page has the kind) on the
    pages of `sets`, and its rows."""
    rows = []
    for s in sets:
        for d in load_dir(root / s):
            feats = doc_features(d.lines, cues)
            setattr(model, attr, math.inf)
            keep = model.decide(feats)
            setattr(model, attr, -math.inf)
            forced = model.decide(feats)
            if not keep.comments or forced.labels == keep.labels:
                continue
            em, idx = model.emissions(feats), {lab: i for i, lab in enumerate(model.labels)}
            taken = model.taken_gap(em, [idx[lab] for lab in keep.labels], 0.0)
            gap = model.taken_gap(em, [idx[lab] for lab in forced.labels], taken)
            rows.append((round(gap, 4), _zone_wrong(d.labels, forced.labels), _zone_wrong(d.labels, keep.labels)))
    setattr(model, attr, math.inf)
    if not rows:
        return math.inf, {"rows": 0}
    grid = [round(-60 + x * STEP, 4) for x in range(int(60 / STEP) + 1)]
    costs = [sum(wf if g >= t else wk for g, wf, wk in rows) for t in grid]
    run = [t for t, c in zip(grid, costs) if c == min(costs)]
    negatives = any(wf > wk for _, wf, wk in rows)
    t = (run[0] + run[-1]) / 2 if negatives else run[-1]
    return t, {"rows": len(rows), "gaps": sorted(r[0] for r in rows), "wrong_lines": min(costs)}
