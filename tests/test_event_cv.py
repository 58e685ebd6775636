"""The cross-validation of `newsetl train events` over a `Frame` (train_events_cv: matrices, matches and fits built
once per run) gives what the plain loops give: the same leave-one-set-out F1, thresholds and per-set rows, the same
selection and the same nested rows, on small synthetic sets with proposals, a feature only one set has and documents
where two gold events could match one candidate."""

from __future__ import annotations

import numpy as np

from newsetl.logistic import sigmoid_array
from newsetl.train_events import (
    C_GRID,
    CONFIGS,
    GROUPS,
    NEVER,
    PROPOSAL_THRESHOLDS,
    THRESHOLDS,
    SetData,
    _compat,
    _feats,
    _fit,
    _labels,
    _matrix,
    held_out,
)
from newsetl.train_events_cv import Frame, cv, nested, select

from .event_f1 import f1_at


class Matcher:  # a candidate matches a gold event of its type
    @staticmethod
    def detect(gevs, rows):
        return ({0: 0} if rows[0]["t"] == gevs[0]["t"] else {}), set()


def _sets() -> tuple[list[SetData], list[np.ndarray]]:
    rng = np.random.default_rng(7)
    sets = []
    for s, name in enumerate(("a", "b", "c", "d", "a@untouched")):
        docs = []
        for _ in range(6):
            gevs = [{"t": str(t)} for t in rng.integers(0, 3, 2)]  # (two golds of one type share their candidates)
            rows, feats = [], []
            for _ in range(int(rng.integers(2, 6))):
                t = str(int(rng.integers(0, 4)))
                rows.append({"t": t})
                f = {f"type={t}": 1.0, f"cue_{int(rng.integers(0, 3))}": 1.0, "para_rel": float(rng.random())}
                f.update({f"w={int(b)}": 1.0 for b in rng.integers(0, 6, 2)})
                f["style_events_doc"] = float(rng.random())
                if rng.random() < 0.25:
                    f.update({"proposal": 1.0, f"drop=f{int(rng.integers(0, 2))}": 1.0})
                if s == 2:
                    f["sub=only_in_c"] = 1.0  # (a feature one set alone has)
                feats.append(f)
            docs.append((gevs, rows, feats))
        sets.append(SetData(name, docs, base=name.split("@")[0] if "@" in name else ""))
    for sd in sets:
        _compat(sd, Matcher())
    return sets, [np.array(_labels(sd), dtype=float) for sd in sets]


def _names(sets, groups):
    prefixes = tuple(p for g in groups for p in GROUPS[g])
    return sorted({k for sd in sets for f in _feats(sd) for k in f if k.startswith(prefixes)})


def _plain_cv(sets, ys, groups, c):
    """The loops the frame replaces (train_events before ev51)."""
    names = _names(sets, groups)
    probs: list = [None] * len(sets)
    for _, tr, held in held_out(sets):
        w = _fit(np.vstack([_matrix(_feats(sets[j]), names) for j in tr]), np.concatenate([ys[j] for j in tr]), c)
        for i in held:
            probs[i] = sigmoid_array(_matrix(_feats(sets[i]), names) @ w)
    best = (-1.0, (0.0, NEVER))
    for pair in [(t, NEVER) for t in THRESHOLDS] + [(None, tp_) for tp_ in PROPOSAL_THRESHOLDS]:
        pair = (best[1][0] if pair[0] is None else pair[0], pair[1])
        mean = float(np.mean([f1_at(sd, p, *pair)[0] for sd, p in zip(sets, probs)]))
        if mean > best[0] + 1e-9:
            best = (mean, pair)
    rows = []
    for sd, p in zip(sets, probs):
        f0, f1 = f1_at(sd, p, 0.0), f1_at(sd, p, *best[1])
        rows.append((sd.name, round(f0[0], 4), round(f1[0], 4), f0[1:], f1[1:]))
    return best[0], best[1], rows


def _plain_select(sets, ys):
    best = None
    for groups in CONFIGS.values():
        got = max(((*_plain_cv(sets, ys, groups, c), c) for c in C_GRID), key=lambda r: r[0])
        if best is None or got[0] > best[1][0] + 1e-4:
            best = (groups, got)
    return best


def test_the_frame_reproduces_the_plain_leave_one_set_out():
    sets, ys = _sets()
    assert any(len(set(sum(cm, []))) < len(sum(cm, [])) for sd in sets for cm in sd.compat)  # shared candidates
    assert any(sd.proposed[i] for sd in sets for i in range(len(sd.proposed)))
    frame = Frame(sets, ys)
    every = list(range(len(sets)))
    for groups in (("type", "cues"), ("type", "sub", "cues", "position", "drop", "words", "style")):
        for c in (0.1, 1.0):
            assert cv(frame, every, groups, c) == _plain_cv(sets, ys, groups, c)
    # the frame's columns over a subset of the sets are the names those sets have (the one-set feature only with c)
    cols = frame.columns([0, 1], ("sub",))
    assert [frame.names[j] for j in cols] == [] and [frame.names[j] for j in frame.columns([2], ("sub",))] == [
        "sub=only_in_c"
    ]


def test_the_nested_selection_is_the_plain_one_run_inside_each_fold():
    sets, ys = _sets()
    frame = Frame(sets, ys)
    got = nested(frame, log=lambda *_: None)
    assert [r["held_out"] for r in got] == [sd.name for sd in sets]
    for _, tr, held in held_out(sets):
        inner, inner_y = [sets[j] for j in tr], [ys[j] for j in tr]
        groups, (_, t, _, c) = _plain_select(inner, inner_y)
        assert select(frame, tr, log=lambda *_: None) == (groups, (*_plain_cv(inner, inner_y, groups, c), c))
        names = _names(inner, groups)
        w = _fit(np.vstack([_matrix(_feats(s), names) for s in inner]), np.concatenate([ys[j] for j in tr]), c)
        for i in held:
            probs = sigmoid_array(_matrix(_feats(sets[i]), names) @ w)
            assert got[i]["f1_rules"] == round(f1_at(sets[i], probs, 0.0)[0], 4)
            assert got[i]["f1_scorer"] == round(f1_at(sets[i], probs, *t)[0], 4) and got[i]["threshold"] == t
