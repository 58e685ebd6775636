"""`newsetl train event-types`: a sub-event type model for the events the rules assemble (issue 10, ev16).

Inside the sentences the rules find, the sub-event type is the attribute that alone costs the most strict matches
(`scripts/attribute_losses.py`). Each candidate event of the development sets (the rules' events, and the untouched
candidates of `eval/untouched_events/`) whose sentence overlaps a gold event at the same place and date is labelled
with that gold event's sub-event type. A multinomial logistic regression (L2) over hashed features (the rules' type, the
trigger, the words around the trigger, the sentence's words and word pairs) gives each type a probability; the rules'
type is replaced when another type's probability exceeds it by at least a margin. The C and the margin are chosen by
leave-one-set-out cross-validation (the versions of a set held out together); the model is enabled only when the
LOSO mean strict F1 gains at least `MIN_GAIN` and no held-out set loses more than one event. The blind sets are refused.
"""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

from .train_events import DEV_SETS, SetData, check_sets, held_out

TYPES_FILE = "event_type_model.json"
BUCKETS = 1 << 12
TOKEN = re.compile(r"[a-z0-9]+")
WINDOW = 6
C_GRID = (0.3, 1.0, 3.0)
NEVER = 2.0
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, NEVER)
MIN_GAIN = 0.005


def _n(s: str | None) -> str:
    return " ".join((s or "").split())


def features(row: dict) -> list[str]:
    """The named features of one event row (hashed by `buckets`)."""
    sent = _n(row.get("sentence")).lower()
    trig = (row.get("trigger") or "").lower()
    toks = TOKEN.findall(sent)
    out = [f"rt={row.get('sub_event_type')}", f"tr={trig}"]
    out += [f"tw={t}" for t in TOKEN.findall(trig)]
    at = sent.find(trig) if trig else -1
    if at >= 0:
        before = TOKEN.findall(sent[:at])[-WINDOW:]
        after = TOKEN.findall(sent[at + len(trig) :])[:WINDOW]
        out += [f"wb={t}" for t in before] + [f"wa={t}" for t in after]
    out += [f"s={t}" for t in toks] + [f"s={a}_{b}" for a, b in zip(toks, toks[1:])]
    return out


def buckets(row: dict) -> list[int]:
    return sorted({zlib.crc32(f.encode()) % BUCKETS for f in features(row)})


def _matrix(rows: list[dict]) -> sparse.csr_matrix:
    ind: list[int] = []
    ptr = [0]
    for r in rows:
        ind += buckets(r)
        ptr.append(len(ind))
    return sparse.csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(rows), BUCKETS))


def fit(x: sparse.csr_matrix, y: np.ndarray, k: int, c: float) -> np.ndarray:
    """Multinomial logistic regression, L2 on the weights (not the biases): (BUCKETS + 1) x k."""
    d = x.shape[1]
    onehot = np.zeros((x.shape[0], k))
    onehot[np.arange(len(y)), y] = 1.0

    def loss(wf):
        w = wf.reshape(d + 1, k)
        z = x @ w[:-1] + w[-1]
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        val = -np.sum(onehot * np.log(p + 1e-12)) + 0.5 / c * np.sum(w[:-1] ** 2)
        g = np.vstack([x.T @ (p - onehot) + w[:-1] / c, (p - onehot).sum(axis=0)])
        return val, g.ravel()

    res = minimize(loss, np.zeros((d + 1) * k), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return res.x.reshape(d + 1, k)


def probs(w: np.ndarray, x: sparse.csr_matrix) -> np.ndarray:
    z = x @ w[:-1] + w[-1]
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def relabel(rows: list[dict], p: np.ndarray, types: list[str], margin: float) -> list[str]:
    """The sub-event type of each row after the model: another type when it beats the rules' type by `margin`."""
    out = []
    for r, pr in zip(rows, p):
        best = int(pr.argmax())
        cur = types.index(r["sub_event_type"]) if r["sub_event_type"] in types else None
        own = pr[cur] if cur is not None else 0.0
        out.append(
            types[best]
            if margin < NEVER and pr[best] - own >= margin and types[best] != r["sub_event_type"]
            else r["sub_event_type"]
        )
    return out


def _same_date(g: dict, r: dict) -> bool:
    return (r["event_date"].isoformat() if r["event_date"] else None) == g.get("event_date")


def gold_per_row(matcher, gevs: list, rows: list, agrees) -> list[dict | None]:
    """Per candidate row: the gold event it stands for (its strict match, else an unmatched gold event of an
    overlapping sentence for which `agrees(gold, row)` holds: the attributes that are not being learnt), None when it
    stands for none. Shared by the type model and the place ranker (`train_places`)."""
    matched, _ = matcher.detect(gevs, rows)
    out: list[dict | None] = [None] * len(rows)
    for gi, pi in matched.items():
        out[pi] = gevs[gi]
    for gi, g in enumerate(gevs):
        if gi in matched:
            continue
        gs = _n(g.get("sentence"))
        for pi, r in enumerate(rows):
            rs = _n(r["sentence"])
            if out[pi] is None and gs and (gs in rs or rs in gs) and agrees(g, r):
                out[pi] = g
                break
    return out


def label_doc(matcher, gevs: list, rows: list) -> list[str | None]:
    """Per candidate: the gold sub-event type it stands for (its strict match, else an unmatched gold event of an
    overlapping sentence at the same place and date), None when it stands for none."""
    golds = gold_per_row(matcher, gevs, rows, lambda g, r: _same_date(g, r) and matcher.loc_match(g, r))
    return [g["sub_event_type"] if g is not None else None for g in golds]


def _rules_rows(sd: SetData) -> list[list[dict]]:
    return [[r for r, f in zip(rows, feats) if not f.get("proposal")] for _, rows, feats in sd.docs]


def _f1(matcher, sd: SetData, docs_rows: list[list[dict]]) -> tuple[float, int, int, int]:
    tp = n_pred = n_gold = 0
    for (gevs, _, _), rows in zip(sd.docs, docs_rows):
        tp += len(matcher.detect(gevs, rows)[0])
        n_pred += len(rows)
        n_gold += len(gevs)
    f = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 1.0
    return round(f, 4), tp, n_pred, n_gold


class _Data:
    """The candidates of every set, their labels and feature matrix."""

    def __init__(self, sets: list[SetData], matcher) -> None:
        self.sets, self.matcher = sets, matcher
        self.rows = [_rules_rows(sd) for sd in sets]
        self.labels = [
            [label_doc(matcher, sd.docs[i][0], rs) for i, rs in enumerate(docs)] for sd, docs in zip(sets, self.rows)
        ]
        self.types = sorted({t for ls in self.labels for doc in ls for t in doc if t})
        self.parent = {}
        for sd in sets:
            for gevs, _, _ in sd.docs:
                for g in gevs:
                    self.parent[g["sub_event_type"]] = g["event_type"]
        self.x = [_matrix([r for doc in docs for r in doc]) for docs in self.rows]

    def train_xy(self, idx: list[int]) -> tuple[sparse.csr_matrix, np.ndarray]:
        xs, ys = [], []
        for i in idx:
            flat = [t for doc in self.labels[i] for t in doc]
            keep = [(j, t) for j, t in enumerate(flat) if t]
            xs.append(self.x[i][[j for j, _ in keep]])
            ys += [self.types.index(t) for _, t in keep]
        return sparse.vstack(xs).tocsr(), np.array(ys)

    def apply(self, i: int, p: np.ndarray, margin: float) -> list[list[dict]]:
        flat = [r for doc in self.rows[i] for r in doc]
        new = relabel(flat, p, self.types, margin)
        out, k = [], 0
        for doc in self.rows[i]:
            cur = []
            for r in doc:
                t = new[k]
                k += 1
                cur.append(
                    r
                    if t == r["sub_event_type"]
                    else {**r, "sub_event_type": t, "event_type": self.parent.get(t, r["event_type"])}
                )
            out.append(cur)
        return out


def loso(data: _Data, c: float, log=print) -> dict:
    """Per held-out set and margin: (F1, tp, predicted, gold), models fitted without the set's group."""
    out: dict = {}
    for grp, tr, held in held_out(data.sets):
        x, y = data.train_xy(tr)
        w = fit(x, y, len(data.types), c)
        for i in held:
            p = probs(w, data.x[i])
            out[data.sets[i].name] = {m: _f1(data.matcher, data.sets[i], data.apply(i, p, m)) for m in MARGINS}
        log(
            f"  C {c} held out {grp}: "
            + ", ".join(
                f"{data.sets[i].name} {out[data.sets[i].name][NEVER][0]}->{max(v[0] for v in out[data.sets[i].name].values())}"
                for i in held
            )
        )
    return out


def _select(data: _Data, log=print) -> tuple[float, float, dict, dict]:
    """(C, margin, LOSO of that C, mean F1 per (C, margin)) with the best LOSO mean strict F1 (ties: the larger margin,
    i.e. fewer changes)."""
    runs = {c: loso(data, c, log) for c in C_GRID}
    means = {(c, m): float(np.mean([per[m][0] for per in runs[c].values()])) for c in C_GRID for m in MARGINS}
    c, m = max(means, key=lambda k: (round(means[k], 6), k[1]))
    return c, m, runs[c], means


def train_event_types(root: str | Path = ".", out: str | Path | None = None, sets=DEV_SETS, settings=None) -> dict:
    """Fit and select the sub-event type model on `sets` (development sets only) and write it (default: the package's
    `event_type_model.json`). Its weights are stored only when it is enabled."""
    from .config import get_settings
    from .extract.rules import package_data_dir
    from .train_events import _collect, _untouched

    check_sets(sets)
    root = Path(root)
    found, matcher = _collect(root, sets, settings or get_settings())
    data = _Data(found + _untouched(root, sets, matcher), matcher)
    c, m, per, means = _select(data)
    base = float(np.mean([v[NEVER][0] for v in per.values()]))
    worst = min(v[m][1] - v[NEVER][1] for v in per.values())
    enabled = m < NEVER and means[(c, m)] >= base + MIN_GAIN and worst >= -1
    model: dict = {
        "_doc": "Written by `newsetl train event-types` (newsetl/train_event_types.py): a sub-event type model for the "
        "rules' events, selected by leave-one-set-out over the development sets and the untouched candidates (`cv`). "
        "Weights are stored only when `enabled` (LOSO mean strict F1 gains `min_gain`, no held-out set loses more "
        "than one event).",
        "enabled": bool(enabled),
        "C": c,
        "margin": m if m < NEVER else None,
        "buckets": BUCKETS,
        "types": data.types,
        "cv": {
            "mean_f1_rules": round(base, 4),
            "mean_f1_model": round(means[(c, m)], 4),
            "min_gain": MIN_GAIN,
            "worst_tp_change": worst,
            "means": {f"C={k[0]} margin={k[1] if k[1] < NEVER else 'never'}": round(v, 4) for k, v in means.items()},
            "per_set": {n: {"rules": v[NEVER], "model": v[m]} for n, v in per.items()},
        },
        "trained": {"sets": list(sets)},  # (no date: a refit on the same data writes the same bytes)
    }
    if enabled:
        x, y = data.train_xy(list(range(len(data.sets))))
        w = fit(x, y, len(data.types), c)
        model["weights"] = [[round(float(v), 3) for v in row] for row in w]
    path = Path(out) if out else package_data_dir() / TYPES_FILE
    path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    return model
