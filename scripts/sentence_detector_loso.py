"""Measurement (issue 10, ev15; prints figures, changes nothing): would a learned sentence-level event detector find what
the rules miss? A logistic regression on the hashed words and word pairs of each sentence, labelled by the gold events'
`sentence` fields of the development sets, held out one set at a time (leave-one-set-out). On the untouched candidates of
blind8 and blind9 (`eval/untouched_events/`) it says how many gold events the rules did not match lie in sentences it
flags, and how many of the rules' spurious events do.

    PYTHONPATH=include python scripts/sentence_detector_loso.py
"""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
BUCKETS = 1 << 14
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“'(])")
TOKEN = re.compile(r"[a-z0-9]+")


def _norm(s: str) -> str:
    return " ".join(s.split())


def _matrix(sentences: list[str]) -> sparse.csr_matrix:
    ind: list[int] = []
    ptr = [0]
    for s in sentences:
        t = TOKEN.findall(s.lower())
        ind += sorted({zlib.crc32(g.encode()) % BUCKETS for g in t + [a + "_" + b for a, b in zip(t, t[1:])]})
        ptr.append(len(ind))
    return sparse.csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(sentences), BUCKETS))


def _sentences(name: str) -> tuple[list[str], np.ndarray]:
    """Every sentence of a set's articles, 1 when a gold event's sentence contains it or is contained in it."""
    out, ys = [], []
    for f in sorted((ROOT / "eval" / name).glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        gold = [_norm(e["sentence"]) for e in g["events"] if e.get("sentence")]
        body = g["body"] if isinstance(g["body"], list) else g["body"].split("\n\n")
        for s in (_norm(x) for para in body for x in SPLIT.split(para)):
            if len(s) >= 20:
                out.append(s)
                ys.append(float(any(s in x or x in s for x in gold)))
    return out, np.array(ys)


def _fit(x, y, c: float = 1.0) -> np.ndarray:
    def loss(w):
        p = 1 / (1 + np.exp(-np.clip(x @ w[:-1] + w[-1], -30, 30)))
        value = -np.sum(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)) + 0.5 / c * w[:-1] @ w[:-1]
        return value, np.append(x.T @ (p - y) + w[:-1] / c, np.sum(p - y))

    return minimize(loss, np.zeros(BUCKETS + 1), jac=True, method="L-BFGS-B", options={"maxiter": 300}).x


def _prob(w: np.ndarray, sentences: list[str]) -> np.ndarray:
    return 1 / (1 + np.exp(-(_matrix(sentences) @ w[:-1] + w[-1])))


def _untouched(weights: dict, matcher) -> None:
    from newsetl.train_events import DEV_SETS, _compat, _untouched

    for sd in _untouched(ROOT, DEV_SETS, matcher):
        _compat(sd, matcher)
        w = weights[sd.group]
        missed, right, spurious = [], [], []
        for (gevs, rows, _), compat in zip(sd.docs, sd.compat):
            used: set[int] = set()
            for gi, cands in enumerate(compat):
                hit = next((c for c in cands if c not in used), None)
                if hit is None:
                    missed.append(gevs[gi]["sentence"])
                else:
                    used.add(hit)
            right += [r["sentence"] for i, r in enumerate(rows) if i in used]
            spurious += [r["sentence"] for i, r in enumerate(rows) if i not in used]
        flagged = {
            k: int((_prob(w, v) >= 0.5).sum()) if v else 0 for k, v in (("m", missed), ("r", right), ("s", spurious))
        }
        print(
            f"{sd.name}: in flagged sentences: gold events not matched {flagged['m']}/{len(missed)}, "
            f"right candidates {flagged['r']}/{len(right)}, spurious candidates {flagged['s']}/{len(spurious)}"
        )


def main() -> None:
    from newsetl.config import get_settings
    from newsetl.eval_events import _EventScorer
    from newsetl.extract.extractor import Extractor
    from newsetl.train_events import DEV_SETS

    data = {name: _sentences(name) for name in DEV_SETS}
    weights = {}
    for name, (sents, y) in data.items():
        others = [k for k in data if k != name]
        weights[name] = _fit(
            sparse.vstack([_matrix(data[k][0]) for k in others]), np.concatenate([data[k][1] for k in others])
        )
        p = _prob(weights[name], sents)
        pos = p >= 0.5
        order = np.argsort(p)
        ranks = np.empty(len(p))
        ranks[order] = np.arange(1, len(p) + 1)
        n1, n0 = y.sum(), len(y) - y.sum()
        auc = (ranks[y == 1].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)
        print(
            f"{name}: {len(y)} sentences, {int(n1)} with a gold event; held out: AUC {auc:.3f}, "
            f"at 0.5 P {y[pos].mean():.2f} R {pos[y == 1].mean():.2f}"
        )
    settings = get_settings()
    ex = Extractor(settings.spacy_model, settings.cache_dir)
    _untouched(weights, _EventScorer(ex.res, ex.gaz))


if __name__ == "__main__":
    main()
