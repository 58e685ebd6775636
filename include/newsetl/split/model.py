"""The fitted splitter model and its decoder: a linear-chain CRF's weights (fitted by `newsetl train split`,
stored in `data/split_model.json`) decoded with Viterbi under an explicit monotone structure.

Structure: labels belong to the body zone (title, meta, body, chrome) or to the comment zone (author,
cstart, ctext, cmeta); once a line is in the comment zone every later line is too. "No comments" is the
default: the best path with a comment zone must beat the best all-body path by the fitted margin
`threshold`, otherwise the whole document stays in the body.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..logistic import sigmoid
from .closer import Closer
from .cues import ZONE
from .doc_structure import NEVER
from .labelled import COMMENT_ZONE, LABELS

NEG = -1e9


def _forbid(rows: list[list[float]], feats: list[list[str]], marks: dict[str, int]) -> None:
    """Each row's emission of a label its line's features mark as never taken (`marks`: mark -> label index) set to
    NEG, in place."""
    for row, fs in zip(rows, feats):
        for f in marks.keys() & fs:
            row[marks[f]] = NEG


MODEL_PATH = Path(__file__).resolve().parent / "data" / "split_model.json"


@dataclass
class Decision:
    labels: list[str]
    margin: float  # best path with comments minus best all-body path (0 when the best path has none)
    comments: bool
    confidence: float
    method: str
    strong: bool = False  # the comment zone shows comment-section evidence beyond name lines
    linked: float | None = None  # margin of the zone that holds a name line a later `@name` reply addresses
    tail: float | None = None  # margin of the zone that holds a closing run of short voiced name + text blocks
    loose: float | None = None  # the same for a run whose headers may be loose name lines (features.LOOSE_MARKS)


class SplitModel:
    def __init__(self, data: dict) -> None:
        self.labels: list[str] = data["labels"]
        self.threshold: float = float(data["threshold"])  # margin needed with strong evidence
        self.threshold_weak: float = float(data.get("threshold_weak", data["threshold"]))  # with name lines only
        self.strong = set(data.get("strong_evidence", []))
        # a name line that a later line replies to by `@name` is a comment author: where the decoder did not take a
        # comment zone, the zone that holds that line gets its own fitted margin (split12; absent: never)
        self.linked_mark: str | None = data.get("linked_evidence")
        self.threshold_linked: float = float(data.get("threshold_linked", math.inf))
        # fix33: where the decoder already took a zone after that name line, the forced labelling must also score within
        # this fitted distance of the taken one (absent: never forced; a forced zone far below the taken one moved
        # article sections under short name sub-heads into the comments)
        self.linked_taken_gap: float = float(data.get("linked_taken_gap", math.inf))
        # a closing run of short header + text blocks in the reader voice (features.TAIL_MARKS): where the decoder took
        # no comment zone, the zone that starts at the run's first header gets its own fitted margin (split16; absent:
        # never)
        self.tail_marks: frozenset[str] = frozenset(data.get("tail_evidence", []))
        self.threshold_tail: float = float(data.get("threshold_tail", math.inf))
        # split25: where the decoder took a zone that starts after the run's first line, the labelling forced from that
        # line replaces it when it scores at most `tail_taken_gap` below the taken one (first short blocks under one- or
        # two-letter names left in the body above the zone; absent: never)
        self.tail_taken_gap: float = float(data.get("tail_taken_gap", math.inf))
        # split19: where there is no such run, a run of one or two blocks under loose name lines (features.LOOSE_MARKS)
        # gets its own fitted margin (absent: never)
        self.loose_marks: frozenset[str] = frozenset(data.get("loose_evidence", []))
        self.threshold_loose: float = float(data.get("threshold_loose", math.inf))
        self.scale: float = float(data.get("confidence_scale", 2.0))
        idx = self.label_index = {lab: i for i, lab in enumerate(self.labels)}
        self.never_index = {NEVER + lab: i for lab, i in idx.items()}  # `emissions`: the labels a line never takes
        # split32: the same inside a taken comment zone only (`_in_zone`; a rule's `zone`): never read by `emissions`
        self.zone_never = {NEVER + ZONE + lab: i for lab, i in idx.items()}
        L = len(self.labels)
        self.zone = [lab in COMMENT_ZONE for lab in self.labels]
        self.trans = [[0.0] * L for _ in range(L)]
        for key, w in data["transitions"].items():
            a, b = key.split("->")
            self.trans[idx[a]][idx[b]] = w
        for a in range(L):
            for b in range(L):
                if self.zone[a] and not self.zone[b]:
                    self.trans[a][b] = NEG  # monotone: the comment zone never returns to the body
        self.state = {f: [ws.get(lab, 0.0) for lab in self.labels] for f, ws in data["state"].items()}
        # the same weights as a matrix (row 0: zeros) and each feature's row, for `emissions`
        self.row_of = {f: i + 1 for i, f in enumerate(self.state)}
        self.weights = np.array([[0.0] * L, *self.state.values()], dtype=np.float64).reshape(-1, L)
        self.body_zone = [i for i, z in enumerate(self.zone) if not z]
        self.all_labels = list(range(L))
        self.closer = Closer.from_dict(data.get("closer"))  # second stage for the line before the first author
        self._last_em: tuple[list[list[str]], list[list[float]]] | None = None  # `emissions`' last (feats, rows)

    @classmethod
    def from_file(cls, path: str | Path) -> SplitModel:
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def emissions(self, feats: list[list[str]]) -> list[list[float]]:
        """Per line, the summed state weights of its features for every label (added in feature order: 0.0, then
        each weight in turn). `cumsum` adds row after row, so its last row is exactly that sequential sum. The last
        document's are kept: the closer asks again for the same `feats` (the same list object) right after `decide`."""
        last = self._last_em
        if last is not None and last[0] is feats:
            return last[1]
        get = self.row_of.get
        rows = []
        for fs in feats:
            rows.append([0])
            rows[-1] += [i for i in map(get, fs) if i is not None]
        width = max(map(len, rows), default=1)
        idx = np.zeros((len(rows), width), dtype=np.intp)  # padded with row 0 (zeros: adding 0.0 changes nothing)
        for r, ix in enumerate(rows):
            idx[r, : len(ix)] = ix
        em = self.weights[idx].cumsum(axis=1)[:, -1, :].tolist()
        _forbid(em, feats, self.never_index)  # split29: a label the line never takes (cues.json `label_constraints`)
        self._last_em = (feats, em)  # (callers never modify either: the closer and `_linked` copy the rows they change)
        return em

    def viterbi(
        self, em: list[list[float]], allowed: list[int], first: list[int] | None = None
    ) -> tuple[float, list[int]]:
        """Best label path (indices) over `allowed` labels; the first line is restricted to `first` when given."""
        trans = self.trans
        score = {k: em[0][k] for k in (first or allowed)}
        back: list[dict[int, int]] = []
        for row in em[1:]:
            nxt, bp = {}, {}
            for k in allowed:
                best_j, best = -1, -math.inf
                for j, s in score.items():
                    v = s + trans[j][k]
                    if v > best:
                        best_j, best = j, v
                nxt[k], bp[k] = best + row[k], best_j
            score = nxt
            back.append(bp)
        last = max(score, key=score.__getitem__)
        path = [last]
        for bp in reversed(back):
            path.append(bp[path[-1]])
        path.reverse()
        return score[last], path

    def decide(self, feats: list[list[str]]) -> Decision:
        """Labels for one document's lines, with the comments decision and its confidence."""
        if not feats:
            return Decision([], 0.0, False, 1.0, "no_comments_evidence")
        em = self.emissions(feats)
        # the first line belongs to the article (title or header), so a page is never all comments
        best_score, best_path = self.viterbi(em, self.all_labels, self.body_zone)
        has_c = any(self.zone[k] for k in best_path)
        # without a comment zone the best path is also the best all-body path
        body_score, body_path = self.viterbi(em, self.body_zone) if has_c else (best_score, best_path)
        n_c = sum(self.zone[k] for k in best_path)
        # evidence per comment-zone line (sqrt-normalised): a long zone of weak lines is no stronger than a short clear one
        margin = (best_score - body_score) / math.sqrt(n_c) if has_c else 0.0
        strong = has_c and any(f in self.strong for k, fs in zip(best_path, feats) if self.zone[k] for f in fs)
        need = self.threshold if strong else self.threshold_weak
        # a comment zone right after the title (no body line) must show comment-section evidence
        has_body = any(self.labels[k] == "body" for k in best_path if not self.zone[k])
        take = has_c and margin > need and (strong or has_body)
        conf = self._confidence(margin - need)
        path = best_path if take else body_path
        linked = self._linked(em, feats, body_score, (path, best_score) if take else None)
        if linked is not None:
            linked_margin, linked_path = linked
            if linked_margin > self.threshold_linked:
                conf = self._confidence(linked_margin - self.threshold_linked)
                take, path = True, linked_path
        if take:
            path, taken_tail = self._tail_taken(em, feats, body_score, path)
            if taken_tail is not None:  # split27: the forced zone's own margin sets the confidence, as for `tail`
                conf = self._confidence(taken_tail - self.threshold_tail)
        tail = None if take else self._tail(em, feats, body_score)
        if tail is not None and tail[0] > self.threshold_tail:
            take, path = True, tail[1]
            conf = self._confidence(tail[0] - self.threshold_tail)
        loose = None if take or tail is not None else self._forced(em, _marked(feats, self.loose_marks), body_score)
        if loose is not None and loose[0] > self.threshold_loose:
            take, path = True, loose[1]
            conf = self._confidence(loose[0] - self.threshold_loose)
        if take:
            path = self._in_zone(em, feats, path)
        return Decision(
            [self.labels[k] for k in path],
            round(margin, 3),
            take,
            round(conf, 4),
            "boundary" if take else "no_comments_evidence",
            strong,
            None if linked is None else round(linked[0], 3),
            None if tail is None else round(tail[0], 3),
            None if loose is None else round(loose[0], 3),
        )

    def _confidence(self, gap: float) -> float:
        """How sure the decision is, from the margin's distance to the threshold it had to beat: in [0.5, 1)."""
        return sigmoid(abs(gap) / self.scale)

    def _linked(
        self,
        em: list[list[float]],
        feats: list[list[str]],
        body_score: float,
        taken: tuple[list[int], float] | None = None,
    ) -> tuple[float, list[int]] | None:
        """The best labelling whose comment zone holds the first name line a later `@name` reply addresses, and its
        margin over the all-body labelling (sqrt-normalised as in `decide`); None when no line is so addressed.
        `taken`: the path and score of a comment zone the decoder already took; then only when that zone starts after
        the name line (split22: one or two first comments under unmarked short names left in the body before a later
        zone) and the forced labelling scores at most `linked_taken_gap` below the taken one (fix33)."""
        mark = self.linked_mark
        j = next((i for i, fs in enumerate(feats) if mark in fs), None) if mark else None
        if j is not None and taken is not None and self.zone[taken[0][j]]:
            return None
        forced = self._forced(em, j, body_score)
        if forced is not None and taken is not None and self.taken_gap(em, forced[1], taken[1]) < self.linked_taken_gap:
            return None
        return forced

    def taken_gap(self, em: list[list[float]], path: list[int], taken_score: float) -> float:
        """The score of labelling `path` (emissions and transitions) minus the taken zone's score."""
        score = sum(em[i][k] for i, k in enumerate(path))
        return score + sum(self.trans[a][b] for a, b in zip(path, path[1:])) - taken_score

    def _tail(self, em: list[list[float]], feats: list[list[str]], body_score: float) -> tuple[float, list[int]] | None:
        """The best labelling whose comment zone holds the first line of a closing run of short voiced header + text
        blocks, and its margin over the all-body labelling (as `_linked`); None when the page has no such run."""
        return self._forced(em, _marked(feats, self.tail_marks), body_score)

    def _tail_taken(
        self, em: list[list[float]], feats: list[list[str]], body_score: float, path: list[int]
    ) -> tuple[list[int], float | None]:
        """The taken `path`, or the labelling forced from the first line of a closing run of short header + text blocks
        that starts above the taken zone, when it scores at least `tail_taken_gap` against the taken one (split25) and
        its margin over the all-body labelling beats `threshold_tail` as an untaken page's forced zone must (split27);
        with the forced zone's margin (None: the taken path kept)."""
        j = _marked(feats, self.tail_marks)
        if j is None or self.zone[path[j]] or self.tail_taken_gap == math.inf:
            return path, None
        forced = self._forced(em, j, body_score)
        if forced is None or forced[0] <= self.threshold_tail:
            return path, None
        if self.taken_gap(em, forced[1], self.taken_gap(em, path, 0.0)) < self.tail_taken_gap:
            return path, None
        return forced[1], forced[0]

    def _in_zone(self, em: list[list[float]], feats: list[list[str]], path: list[int]) -> list[int]:
        """split32: the taken path with the zone-only label constraints applied: where a comment-zone line has a label
        it never takes there, the zone (its first line's label kept) is decoded again without that label; the body
        above it and whether the page has comments stay as decided."""
        marks, labels = self.zone_never, self.labels
        if not any(self.zone[k] and NEVER + ZONE + labels[k] in fs for k, fs in zip(path, feats)):
            return path
        z0 = next(r for r, k in enumerate(path) if self.zone[k])
        rows = [list(row) for row in em[z0:]]
        _forbid(rows, feats[z0:], marks)
        return path[:z0] + self.viterbi(rows, self.all_labels, [path[z0]])[1]

    def _forced(self, em: list[list[float]], j: int | None, body_score: float) -> tuple[float, list[int]] | None:
        """The best labelling with line j in the comment zone and a body line before it, and its sqrt-normalised
        margin over the all-body labelling; None when there is no such line or labelling."""
        if j is None or j == 0:
            return None
        forced = list(em)
        forced[j] = [NEG if not z else w for w, z in zip(em[j], self.zone)]
        score, path = self.viterbi(forced, self.all_labels, self.body_zone)
        n_c = sum(self.zone[k] for k in path)
        if not n_c or not any(self.labels[k] == "body" for k in path if not self.zone[k]):
            return None
        return (score - body_score) / math.sqrt(n_c), path


def _marked(feats: list[list[str]], marks: frozenset[str]) -> int | None:
    """The first line with one of `marks`, or None."""
    return next((i for i, fs in enumerate(feats) if not marks.isdisjoint(fs)), None) if marks else None


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> SplitModel:
    p = Path(path) if path else MODEL_PATH
    if not p.is_file():
        raise FileNotFoundError(f"splitter model {p} not found: fit it with `newsetl train split`")
    return SplitModel.from_file(p)


__all__ = ["Decision", "SplitModel", "load_model", "LABELS"]
