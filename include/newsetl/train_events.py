"""`newsetl train events`: fit the event scorer (extract/events/scoring.py) from the development sets of the extractor.

Every event the rules assemble is a candidate; its label is whether it matches a gold event under the strict matcher of
`newsetl eval events` (same sub-event type, place and date, one-to-one). A logistic regression (L2, bias unpenalised,
fitted by Newton's method) gives each candidate a probability; events under a threshold are dropped. The feature groups,
the regularisation and the threshold are chosen by leave-one-set-out cross-validation across the development sets
(mean over the held-out sets of their detection F1 after dropping), and the CV F1 with and without the scorer is the
estimate of what the scorer does on a set it has not seen. The blind sets (`BLIND_SETS`), the development sets no model
was fitted on (`NOT_FITTED`) and any set whose name says it is held out are refused (`check_sets`). The scorer is enabled only when its nested CV F1
beats the rules alone by `MIN_GAIN`. The cross-validation itself is in `train_events_cv` (matrices, matches and fits
built once per run and shared by every fold and configuration).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

from .logistic import sigmoid_array

DEV_SETS = (
    "events",
    "events_dev",
    "events_dev2",
    "events_dev3",
    "events_dev4",
    "events_blind2",
    "events_blind3",
    "events_blind4",
    "events_blind5",
    "events_blind6",
    "events_blind7",
    "events_blind8",
    "events_blind9",
    "events_blind10",  # a development set since round 17 (ev17); the stored event scorer was fitted before it
    "events_blind13",  # a development set since round 19 (ev19); the stored scorer and type model were fitted before it
    "events_blind11",  # development sets since round 20 (ev20): their errors read
    "events_blind12",
    # development sets whose errors were read before any model was fitted on them (blind14 in ev23, blind15 in ev26,
    # blind18 in ev28/ev29, blind19 in ev30/ev31, blind20 to blind22 after their untouched measurements in the twelfth
    # to fourteenth sessions): every packaged model (scorer, type model, place ranker) refitted with them in ev45, so
    # their figures since are in-sample for the models, not transfer figures
    "events_blind14",
    "events_blind15",
    "events_blind18",
    "events_blind19",
    "events_blind20",
    "events_blind21",
    "events_blind22",
    # read after their untouched measurements (fifteenth to twenty-first sessions: blind23 to blind29); every packaged
    # model (scorer, type model, place ranker) refitted with them and their untouched candidates in refit22
    "events_blind23",
    "events_blind24",
    "events_blind25",
    "events_blind26",
    "events_blind27",
    "events_blind28",
    "events_blind29",
    # read after their untouched measurements (twenty-first to twenty-seventh sessions: blind30 to blind38); every
    # packaged model (scorer, type model, place ranker, actor2 chooser) refitted with them and their untouched
    # candidates in refit30 (twenty-eighth session)
    "events_blind30",
    "events_blind31",
    "events_blind32",
    "events_blind33",
    "events_blind34",
    "events_blind35",
    "events_blind36",
    "events_blind37",
    "events_blind38",
)
# blind sets: never read, run nor fitted on
BLIND_SETS = (
    "events_heldout",
    "events_blind16",
    "events_blind17",
)
# development sets whose errors were read but that no packaged model was fitted on (they stay out of fitting and
# selection until a round refits every model with them and says so); ev45 moved blind14, 15 and 18-22 into DEV_SETS,
# the twenty-second session (refit22) blind23-29, the twenty-eighth (refit30) blind30-38
NOT_FITTED: tuple[str, ...] = (
    "events_blind39",  # written blind (writer39), measured untouched and read in the twenty-eighth session
    "events_blind40",  # written blind (writer40), measured untouched and read in the twenty-eighth session
    "events_blind41",  # written blind (writer41), measured untouched and read in the twenty-ninth session
    "events_blind42",  # written blind (writer42), measured untouched and read in the twenty-ninth session
)


def check_sets(sets) -> None:
    """Refuse any set outside DEV_SETS, so every blind set, not-fitted development set and held-out set (none of them is
    in DEV_SETS: tests/test_event_scorer.py)."""
    bad = [s for s in sets if s not in DEV_SETS]
    if bad:
        raise ValueError(
            "only development sets (DEV_SETS); blind sets and the not-fitted development sets (NOT_FITTED) are never "
            f"used for fitting or selection: {bad}"
        )


GROUPS = {  # feature groups the selection may leave out, by name prefix
    "type": ("type=",),
    "sub": ("sub=",),
    "cues": ("cue_",),
    "date": ("no_date", "date_"),
    "place": ("no_place", "place_"),
    "actors": ("no_actor", "actor", "agent_"),
    "position": ("para_", "events_in_", "triggers_in_", "sentence_long"),
    "report": ("fatalities", "hedged", "source", "trigger_verbal", "merged", "restated"),
    "drop": ("proposal", "drop="),  # a proposal: the hand-written filter that dropped it
    "words": ("w=",),  # the hashed words of the sentence
    "style": ("style_",),  # the document's style, alone and crossed with the trigger's class and hedging (ev45)
}
# the feature sets the selection compares (a backward elimination of groups inside the nested cross-validation cost
# an hour): the rules' own description of an event, then with the names of the filters that dropped the proposals,
# the sentence's hashed words, both. Never the date group: 858 of the 866 gold events of the first sets are dated to
# the day, so its weights learn the sets' convention, not what an event is, and drop the seed dumps' real undated
# events (with it, 6 of their 17: the Hajin ground fighting, the al-Tanf base and drones, ...; ev15)
_BASE = ("type", "sub", "cues", "place", "actors", "position", "report")
CONFIGS = {
    "event": _BASE,
    "event+filters": (*_BASE, "drop"),
    "event+words": (*_BASE, "words"),
    "event+filters+words": (*_BASE, "drop", "words"),
    # (ev45: the document's style alone and crossed with the trigger class and hedging; not with the words, whose
    # configurations cost the most in the nested selection)
    "event+style": (*_BASE, "style"),
}
C_GRID = (0.1, 0.3, 1.0)
# the scorer drops events only when the nested CV (selection inside it) gains at least this much mean F1: about one
# event per set; less is within what one event more or less on a set moves
MIN_GAIN = 0.01
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 15))  # 0 = keep all
# proposals (what a hand-written filter dropped) are kept at or above one of these; NEVER = the rules alone decide
NEVER = 2.0
PROPOSAL_THRESHOLDS = (*(round(0.05 * i, 2) for i in range(6, 20)), NEVER)


@dataclass
class SetData:
    name: str
    docs: list  # (gold events, predicted rows, feature dicts)
    compat: list = field(default_factory=list)  # per document, per gold event: the candidates it matches
    proposed: list = field(default_factory=list)  # per candidate: a proposal (not an event the rules keep)
    base: str = ""  # the labelled set the candidates are of: its versions are held out together ("" = the name)

    @property
    def group(self) -> str:
        return self.base or self.name


def held_out(sets: list) -> Iterator[tuple[str, list[int], list[int]]]:
    """Leave-one-set-out with the versions of a set held out together: per group of `sets` (objects with a `group`,
    groups in sorted order), (the group, the indices of the other sets, the indices of the group's sets)."""
    for grp in sorted({s.group for s in sets}):
        yield grp, [i for i, s in enumerate(sets) if s.group != grp], [i for i, s in enumerate(sets) if s.group == grp]


def _collect(root: Path, sets, settings) -> tuple[list[SetData], object]:
    from .eval_events import _EventScorer
    from .extract.events.scoring import EventScorer
    from .extract.extractor import ArticleText, Extractor
    from .extract.rules import package_data_dir

    ex = Extractor(settings.spacy_model, settings.cache_dir)
    ex.nlp.get_pipe("newsetl_events").scorer = EventScorer.features_only(package_data_dir())  # keep all, features
    matcher = _EventScorer(ex.res, ex.gaz)
    out = []
    for name in sets:
        files = sorted((root / "eval" / name).glob("*.json"))
        golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
        arts = [ArticleText(g["id"], g["body"], date.fromisoformat(g["reference_date"])) for g in golds]
        got = {
            a.article_id: (ex.event_rows(a.article_id, evs), [e.extras["features"] for e in evs])
            for a, evs, _ in ex.run(arts)
        }
        docs = []
        for g in golds:
            for ev in g["events"]:
                ev["_place"] = matcher.gold_place(ev)
            rows, feats = got.get(g["id"], ([], []))  # (the proposals after the events: these win the greedy match)
            docs.append((g["events"], rows, feats))
        out.append(SetData(name, docs))
    return out, matcher


def untouched_files(root: Path) -> Iterator[dict]:
    """Each file of `eval/untouched_events/` (the candidates the rules made of a set before it was read,
    scripts/untouched_candidates.py): {"set": name, "docs": [{"id", "rows", "feats"}]}, row dates parsed."""
    for path in sorted((root / "eval" / "untouched_events").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for d in data["docs"]:
            for r in d["rows"]:
                r["event_date"] = date.fromisoformat(r["event_date"]) if r.get("event_date") else None
        yield data


def _untouched(root: Path, sets, matcher) -> list[SetData]:
    """The candidates of development sets as the rules made them before the set was read (`eval/untouched_events/`,
    scripts/untouched_candidates.py), named `<set>@untouched`, labelled by the set's gold."""
    out = []
    for data in untouched_files(root):
        if data["set"] not in sets:
            continue
        files = (root / "eval" / data["set"]).glob("*.json")
        golds = {g["id"]: g for g in (json.loads(f.read_text(encoding="utf-8")) for f in files)}
        for g in golds.values():
            for ev in g["events"]:
                ev["_place"] = matcher.gold_place(ev)
        docs = [(golds[d["id"]]["events"], d["rows"], d["feats"]) for d in data["docs"]]
        out.append(SetData(f"{data['set']}@untouched", docs, base=data["set"]))
    return out


def _fit(x: np.ndarray, y: np.ndarray, c: float, iters: int = 25) -> np.ndarray:
    """L2-regularised logistic regression (last column = bias, unpenalised) by Newton's method."""
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], 1.0 / c)
    reg[-1] = 0.0
    for _ in range(iters):
        p = sigmoid_array(x @ w)
        g = x.T @ (p - y) + reg * w
        h = (x.T * (p * (1 - p))) @ x + np.diag(reg + 1e-6)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def _matrix(feats: list[dict], names: list[str]) -> np.ndarray:
    idx = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(feats), len(names) + 1))
    x[:, -1] = 1.0
    for r, f in enumerate(feats):
        for k, v in f.items():
            if k in idx:
                x[r, idx[k]] = v
    return x


def pairwise(groups, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The rows of a pairwise logistic regression (the place ranker's and the actor2 chooser's fits): for each group
    (its candidates' feature dicts, their labels) with right and wrong candidates, every right candidate minus every
    wrong one, both signs (labels 1 and 0), bias column last."""
    diffs = []
    for feats, labels in groups:
        if all(labels) or not any(labels):
            continue
        vecs = _matrix(feats, names)[:, :-1]
        pos = [v for v, ok in zip(vecs, labels) if ok]
        neg = [v for v, ok in zip(vecs, labels) if not ok]
        diffs += [p - n for p in pos for n in neg]
    if not diffs:
        return np.zeros((0, len(names) + 1)), np.zeros(0)
    d = np.array(diffs)
    x = np.hstack([np.vstack([d, -d]), np.ones((2 * len(d), 1))])
    return x, np.concatenate([np.ones(len(d)), np.zeros(len(d))])


def _compat(sd: SetData, matcher) -> None:
    """For each document, the candidates each gold event could match (computed once: the strict matcher's place test is
    the slow part), so the detection of any subset of candidates is a cheap greedy pass (`_detect_kept`)."""
    sd.proposed = [bool(f.get("proposal")) for f in _feats(sd)]
    sd.compat = [
        [
            [pi for pi, r in enumerate(rows) if matcher.detect([g], [r])[0]]  # (one gold, one candidate: a match?)
            for g in gevs
        ]
        for gevs, rows, _ in sd.docs
    ]


def _detect_kept(compat: list, kept: list[bool]) -> set[int]:
    """The candidates matched by the greedy one-to-one pass of the strict matcher, over the kept candidates only."""
    used: set[int] = set()
    for cands in compat:
        for pi in cands:
            if kept[pi] and pi not in used:
                used.add(pi)
                break
    return used


def _labels(sd: SetData) -> list[int]:
    ys = []
    for (_, rows, _), compat in zip(sd.docs, sd.compat):
        used = _detect_kept(compat, [True] * len(rows))
        ys += [int(i in used) for i in range(len(rows))]
    return ys


def _feats(sd: SetData) -> list[dict]:
    return [f for _, _, fs in sd.docs for f in fs]


def train_events(
    root: str | Path = ".", out: str | Path | None = None, sets=DEV_SETS, settings=None, nested: bool = True
) -> dict:
    """Fit the event scorer from `sets` (development sets only) and write it (default: the package's file)."""
    from .config import get_settings
    from .extract.events.scoring import SCORER_FILE
    from .extract.rules import package_data_dir
    from .train_events_cv import Frame, select
    from .train_events_cv import nested as nested_cv

    check_sets(sets)
    root = Path(root)
    data, matcher = _collect(root, sets, settings or get_settings())
    data += _untouched(root, sets, matcher)
    for sd in data:
        _compat(sd, matcher)
    ys = [np.array(_labels(sd), dtype=float) for sd in data]
    frame = Frame(data, ys)  # (matrices, matches and fits shared by every fold and configuration: train_events_cv)
    every = list(range(len(data)))
    groups, (cv_f1, t, rows, c) = select(frame, every)
    baseline = float(np.mean([r[1] for r in rows]))
    cols = frame.columns(every, groups)
    names, w = [frame.names[j] for j in cols], frame.fit(every, cols, c)
    nested_rows = nested_cv(frame) if nested else []
    nested_f1 = float(np.mean([r["f1_scorer"] for r in nested_rows])) if nested_rows else None
    gain = nested_f1 is not None and nested_f1 >= baseline + MIN_GAIN
    model = {
        "_doc": "Fitted by `newsetl train events` (newsetl/train_events.py) from the development sets named below; "
        "features computed by extract/events/scoring.py with the cues of event_cues.json. Events whose probability is "
        "under `threshold` are dropped when `enabled`; when `proposals_enabled`, the events a hand-written filter drops "
        "are proposed and kept at or above `proposal_threshold` (both chosen by leave-one-set-out CV: `cv`).",
        "enabled": bool(gain and t[0] > 0),
        "threshold": t[0],
        "proposals_enabled": bool(gain and t[1] < NEVER),
        "proposal_threshold": t[1] if t[1] < NEVER else None,
        "bias": round(float(w[-1]), 4),
        "weights": {n: round(float(v), 4) for n, v in zip(names, w[:-1]) if abs(v) >= 1e-4},
        "cv": {
            "mean_f1_rules": round(baseline, 4),
            "mean_f1_scorer": round(cv_f1, 4),
            "mean_f1_scorer_nested": round(nested_f1, 4) if nested_f1 is not None else None,
            "min_gain": MIN_GAIN,
            "C": c,
            "groups": list(groups),
            "per_set": [
                {
                    "held_out": r[0],
                    "f1_rules": r[1],
                    "f1_scorer": r[2],
                    "rules_tp_pred_gold": r[3],
                    "scorer_tp_pred_gold": r[4],
                }
                for r in rows
            ],
            "nested": nested_rows,
        },
        "trained": {
            "sets": list(sets),
            "candidates": int(sum(len(y) for y in ys)),
            "positives": int(sum(y.sum() for y in ys)),
        },  # (no date nor duration: a refit on the same data writes the same bytes)
    }
    path = Path(out) if out else package_data_dir() / SCORER_FILE
    path.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return model
