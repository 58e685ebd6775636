"""The cross-validation of `newsetl train events`: leave-one-set-out (`cv`), the selection of feature groups, C and
thresholds (`select`), and the selection run inside the cross-validation (`nested`, the decision's estimate).

Everything a fold needs is built once per run in a `Frame` (ev51): each set's candidates as one matrix over every
feature name (a configuration takes its columns from it instead of rebuilding matrices from the feature dicts per
fold), the strict matcher's compatibilities as arrays (the threshold search counts matches for every threshold at once),
and every logistic fit memoised by (training sets, feature columns, C): the nested CV's inner fold that holds out A then
B trains on the same sets with the same columns as the one that holds out B then A, and its outer fit is often the
outer selection's. The arrays and the order of every sum are those of the plain loops (`train_events._matrix`,
tests/event_f1.py `f1_at`), so the results are the same (tests/test_event_cv.py compares them on a small configuration).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .logistic import sigmoid_array
from .train_events import (
    C_GRID,
    CONFIGS,
    GROUPS,
    NEVER,
    PROPOSAL_THRESHOLDS,
    THRESHOLDS,
    SetData,
    _detect_kept,
    _feats,
    _fit,
    _matrix,
    held_out,
)


@dataclass
class _Match:
    """One set's strict-matcher compatibilities as arrays: the candidates of the gold events no other gold event of
    their document can match (concatenated, `flat`, each gold's from `starts`; such a gold is matched when any of its
    candidates is kept), and the documents where two gold events share a candidate (`shared`: their compat lists in
    set-wide candidate indices, matched by the greedy pass)."""

    proposed: np.ndarray
    flat: np.ndarray
    starts: np.ndarray
    shared: list
    n_gold: int


def _match(sd: SetData) -> _Match:
    flat: list[int] = []
    starts: list[int] = []
    shared: list = []
    k = n_gold = 0
    for (gevs, rows, _), compat in zip(sd.docs, sd.compat):
        n_gold += len(gevs)
        every = [pi for cands in compat for pi in cands]
        if len(every) != len(set(every)):  # (a candidate two gold events could match: the greedy order decides)
            shared.append([[k + pi for pi in cands] for cands in compat])
        else:
            for cands in compat:
                if cands:
                    starts.append(len(flat))
                    flat += [k + pi for pi in cands]
        k += len(rows)
    proposed = np.array(sd.proposed, dtype=bool) if sd.proposed else np.zeros(k, dtype=bool)
    return _Match(proposed, np.array(flat, dtype=int), np.array(starts, dtype=int), shared, n_gold)


def f1_of(tp: int, n_pred: int, n_gold: int) -> float:
    """Detection F1 from counts (as the plain loop, tests/event_f1.py `f1_at`, computes it)."""
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


class Frame:
    """The sets of one run, their labels, their candidates' matrices over every feature name and their matches, built
    once; fits memoised."""

    def __init__(self, sets: list[SetData], ys: list[np.ndarray]):
        self.sets, self.ys = sets, ys
        keys = [{k for f in _feats(sd) for k in f} for sd in sets]
        self.names = sorted(set().union(*keys))
        self.mats = [_matrix(_feats(sd), self.names) for sd in sets]  # (bias column last, as in every fit)
        self.present = [np.array([n in ks for n in self.names], dtype=bool) for ks in keys]
        self.matches = [_match(sd) for sd in sets]
        self._fits: dict = {}
        self._prefixes: dict = {}

    def columns(self, idx, groups) -> np.ndarray:
        """The feature columns of `groups` that occur in the sets `idx`, in name order."""
        if groups not in self._prefixes:
            prefixes = tuple(p for g in groups for p in GROUPS[g])
            self._prefixes[groups] = np.array([n.startswith(prefixes) for n in self.names], dtype=bool)
        there = np.logical_or.reduce([self.present[i] for i in idx])
        return np.flatnonzero(self._prefixes[groups] & there)

    def x(self, i: int, cols: np.ndarray) -> np.ndarray:
        """Set `i`'s candidates over `cols` and the bias (`train_events._matrix` with those names)."""
        return self.mats[i][:, [*cols, len(self.names)]]

    def fit(self, tr, cols: np.ndarray, c: float) -> np.ndarray:
        key = (tuple(tr), cols.tobytes(), c)
        if key not in self._fits:
            x = np.vstack([self.x(j, cols) for j in tr])
            self._fits[key] = _fit(x, np.concatenate([self.ys[j] for j in tr]), c)
        return self._fits[key]

    def counts(self, i: int, probs: np.ndarray, pairs: list) -> tuple[np.ndarray, np.ndarray]:
        """(matched, kept) candidates of set `i` for each (events' threshold, proposals' threshold) pair."""
        m = self.matches[i]
        t = np.array([p[0] for p in pairs], dtype=float)[:, None]
        tp_ = np.array([p[1] for p in pairs], dtype=float)[:, None]
        kept = probs[None, :] >= np.where(m.proposed[None, :], tp_, t)
        tp = np.zeros(len(pairs), dtype=int)
        if len(m.starts):
            tp += np.logical_or.reduceat(kept[:, m.flat], m.starts, axis=1).sum(axis=1)
        for compat in m.shared:
            tp += [len(_detect_kept(compat, row)) for row in kept]
        return tp, kept.sum(axis=1)

    def f1s(self, i: int, probs: np.ndarray, pairs: list) -> list[tuple[float, int, int, int]]:
        """(F1, tp, predicted, gold) of set `i` per pair (the plain loop: tests/event_f1.py `f1_at`)."""
        tp, n_pred = self.counts(i, probs, pairs)
        g = self.matches[i].n_gold
        return [(f1_of(int(a), int(b), g), int(a), int(b), g) for a, b in zip(tp, n_pred)]


def _best(frame: Frame, idx: list[int], probs: dict, pairs: list, best: tuple) -> tuple:
    """The pair with the best mean F1 over the sets `idx` (the first of equals), starting from `best`."""
    per_set = [frame.f1s(i, probs[i], pairs) for i in idx]
    for k, pair in enumerate(pairs):
        mean = float(np.mean([f[k][0] for f in per_set]))
        if mean > best[0] + 1e-9:
            best = (mean, pair)
    return best


def cv(frame: Frame, idx: list[int], groups: tuple, c: float) -> tuple[float, tuple[float, float], list]:
    """Leave-one-set-out over the sets `idx` of the frame: (best mean F1, its thresholds (events, proposals), per set
    (name, F1 rules alone, F1 with the scorer, rules' (tp, pred, gold), scorer's (tp, pred, gold)))."""
    sub = [frame.sets[i] for i in idx]
    cols = frame.columns(idx, groups)
    probs: dict = {}
    for _, tr, held in held_out(sub):
        w = frame.fit([idx[j] for j in tr], cols, c)
        for h in held:
            probs[idx[h]] = sigmoid_array(frame.x(idx[h], cols) @ w)
    # the events' threshold with no proposals kept, then the proposals' threshold beside it (one pass each: a grid of
    # both pairs costs 15 times as much and the proposals of the sets hardly interact with their events)
    best = _best(frame, idx, probs, [(t, NEVER) for t in THRESHOLDS], (-1.0, (0.0, NEVER)))
    best = _best(frame, idx, probs, [(best[1][0], tp_) for tp_ in PROPOSAL_THRESHOLDS], best)
    rows = []
    for i in idx:
        f0, f1 = frame.f1s(i, probs[i], [(0.0, NEVER), best[1]])
        rows.append((frame.sets[i].name, round(f0[0], 4), round(f1[0], 4), f0[1:], f1[1:]))
    return best[0], best[1], rows


def select(frame: Frame, idx: list[int], log: Callable = print) -> tuple:
    """The feature set (one of CONFIGS) and C with the best leave-one-set-out mean F1 over the sets `idx` (thresholds
    chosen inside): (groups, (F1, thresholds, per-set rows, C))."""
    best: tuple | None = None
    for name, groups in CONFIGS.items():
        got = max(((*cv(frame, idx, groups, c), c) for c in C_GRID), key=lambda r: r[0])
        log(f"{name}: CV mean F1 {got[0]:.4f} at t={got[1]} C={got[3]}")
        if best is None or got[0] > best[1][0] + 1e-4:
            best = (groups, got)
    assert best is not None
    return best


def nested(frame: Frame, log: Callable = print) -> list:
    """The selection itself inside the cross-validation: for each held-out set, groups, C and threshold chosen by
    leave-one-set-out CV on the other sets only, then (name, F1 rules alone, F1 with that scorer) on the held-out set."""
    rows: list = [None] * len(frame.sets)
    for _, tr, held in held_out(frame.sets):
        groups, (_, t, _, c) = select(frame, tr, log=lambda *_: None)
        cols = frame.columns(tr, groups)
        w = frame.fit(tr, cols, c)
        for i in held:
            probs = sigmoid_array(frame.x(i, cols) @ w)
            f0, f1 = frame.f1s(i, probs, [(0.0, NEVER), t])
            name = frame.sets[i].name
            rows[i] = {"held_out": name, "f1_rules": round(f0[0], 4), "f1_scorer": round(f1[0], 4), "threshold": t}
            log(f"nested: {name} rules {f0[0]:.4f} scorer {f1[0]:.4f} (t={t}, C={c}, groups {','.join(groups)})")
    return rows
