"""A learned "reader voice" score for one line: does it read like a reader's comment or like the article's body?

The closer's voice model (`closer.py`) is fitted on one row per page (the line right before the first comment
author, ~150 rows), over the CRF's hand-named voice marks only. This score is fitted on every body line and every
comment text line of the team's labelled training and development sets (`READER_LINE_SETS` in `train.py`,
thousands of lines), over the line's lower-cased word unigrams and bigrams (digits folded to 0) and the same
generic style marks (the closer's voice features: person, questions, exclamations, hedges, numbers,
attribution, quoting the article, sentences). No word list is written here: which words mark a reader is learned.

Fitted by `newsetl train split` (`fit_reader`, L2 logistic regression by full-batch Adam steps from zero:
deterministic), stored in the model file under `closer.reader` as {token: weight} pruned to the tokens seen in at
least `MIN_COUNT` training lines; the pipeline only sums weights (pure Python). Positive = reader voice.
"""

from __future__ import annotations

import re
from typing import Any

from ..logistic import sigmoid_array

TOKEN = re.compile(r"\w+|[?!…\"“”'‘’:;()@]", re.UNICODE)
DIGIT = re.compile(r"\d")
MIN_COUNT, L2, STEPS, RATE, MAX_WORDS = 3, 1.0, 300, 0.05, 60


def reader_tokens(text: str, voice: list[str]) -> list[str]:
    """The tokens the score reads: the line's voice features (`s:`), and its first `MAX_WORDS` words as
    unigrams (`u:`) and bigrams with sentence-edge marks (`b:`), lower-cased with digits folded."""
    words = [DIGIT.sub("0", w.lower()) for w in TOKEN.findall(text)[:MAX_WORDS]]
    out = {"s:" + f for f in voice}
    out.update("u:" + w for w in words)
    out.update(f"b:{a}_{b}" for a, b in zip(["<s>", *words], [*words, "</s>"]))
    return sorted(out)


class ReaderVoice:
    """The fitted score: bias + sum of the weights of the line's tokens (log-odds of reader voice)."""

    def __init__(self, data: dict) -> None:
        self.weights: dict[str, float] = dict(data["weights"])
        self.bias = float(data["bias"])

    def score(self, tokens: list[str]) -> float:
        w = self.weights
        return self.bias + sum(w.get(t, 0.0) for t in tokens)


def fit_reader(rows: list[list[str]], ys: list[int], weights: list[float] | None = None) -> dict[str, Any]:
    """L2 logistic regression over token rows (1 = reader/comment line), sparse, by gradient descent from zero."""
    import numpy as np

    counts: dict[str, int] = {}
    for r in rows:
        for t in r:
            counts[t] = counts.get(t, 0) + 1
    names = sorted(t for t, c in counts.items() if c >= MIN_COUNT)
    col = {t: i for i, t in enumerate(names)}
    ri, ci = [], []
    for i, r in enumerate(rows):
        for t in r:
            j = col.get(t)
            if j is not None:
                ri.append(i)
                ci.append(j)
    rix, cix = np.array(ri, dtype=np.int64), np.array(ci, dtype=np.int64)
    y = np.array(ys, dtype=np.float64)
    sw = np.ones(len(y)) if weights is None else np.array(weights, dtype=np.float64)
    sw = sw / sw.sum()
    w, b = np.zeros(len(names)), 0.0
    m, v = np.zeros(len(names) + 1), np.zeros(len(names) + 1)
    for step in range(1, STEPS + 1):  # Adam on the weighted mean log-loss + L2 (deterministic: zero start)
        z = np.bincount(rix, weights=w[cix], minlength=len(y)) + b
        g = sw * (sigmoid_array(z) - y)
        grad = np.append(np.bincount(cix, weights=g[rix], minlength=len(names)) + L2 * w / len(y), g.sum())
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        upd = RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        w -= upd[:-1]
        b -= float(upd[-1])
    kept = {t: round(float(v), 3) for t, v in zip(names, w) if abs(v) >= 5e-3}
    return {"weights": kept, "bias": round(b, 3)}


# lines next to the body/comments boundary (the body's last two lines, the first comment's lines) count this many
# times: those are the lines the closer asks about, and a closing news line reads unlike a mid-article one
# (split14: leave-one-set-out AUC on the closer's rows 0.963 at 1x, 0.971 at 5x and 20x)
NEAR_WEIGHT = 5.0


def line_rows(docs, cues) -> list[tuple[list[str], int, float]]:
    """(tokens, 1 if a comment text line, weight) for every body and comment text line of labelled documents."""
    from .closer import voice_features
    from .features import NEWS_VOICE, READER_VOICE, doc_features
    from .labelled import COMMENT_ZONE

    out = []
    for d in docs:
        feats = doc_features(d.lines, cues)
        first = next((i for i, lab in enumerate(d.labels) if lab in COMMENT_ZONE), len(d.labels))
        last_body = max((i for i, lab in enumerate(d.labels[:first]) if lab == "body"), default=-1)
        second = next((i for i in range(first + 1, len(d.labels)) if d.labels[i] == "author"), len(d.labels))
        for i, lab in enumerate(d.labels):
            if lab not in ("body", "cstart", "ctext"):
                continue
            text = d.lines[i].text
            vf = voice_features(feats[i], text, READER_VOICE, NEWS_VOICE, cues.closer)
            near = i >= last_body - 1 if lab == "body" else i < second
            out.append((reader_tokens(text, vf), int(lab != "body"), NEAR_WEIGHT if near else 1.0))
    return out


def fit_on(rows_by_set: dict[str, list[tuple[list[str], int, float]]], leave_out: set[str]) -> ReaderVoice:
    """The reader score fitted on the line rows of every set but `leave_out`."""
    rows = [r for s, part in rows_by_set.items() if s not in leave_out for r in part]
    return ReaderVoice(fit_reader([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]))


__all__ = ["ReaderVoice", "reader_tokens", "fit_reader", "line_rows", "fit_on", "NEAR_WEIGHT"]
