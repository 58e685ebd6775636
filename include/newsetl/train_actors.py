"""`newsetl train actors`: fit the actor2 chooser (extract/events/actor2_model.py; issue 10, ev79).

For every event the rules assemble on the READ development sets (DEV_SETS without this session's CHECK sets, and never
the not-fitted sets), `actor2_model.candidates` lists the actors it may have as its target with features of the
sentence's structure. Only events aligned to a gold event (as `newsetl eval events` aligns: the strict match, else the
same sub-event type and an overlapping sentence) are rows; a candidate is right when it passes eval's actor2 test
(aliases resolved, the pair of a symmetric event). A linear score is fitted as a pairwise logistic regression (every
right candidate minus every wrong one of the same event, both signs; L2; `train_events._fit`); the rules' actor2 is
replaced by the best candidate when that beats it by a margin. C and the margin are chosen by leave-one-set-out over
the READ sets (the most right rows in all, ties: the larger margin). The file is written with `enabled` only when
`enable` is asked (the decision the measurement on the unseen sets makes) AND the leave-one-set-out gains with no set
losing more than one row. The candidate rows may be cached (`cache`, JSON) so a refit does not run the pipeline again;
the cache carries a hash of the extractor's code and data (`code_version`) and a stale one is refused.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

from . import train_events
from .train_events import DEV_SETS, _fit, pairwise

# measured, not fitted: the twenty-third session's CHECK sets (blind31 among them since refit30 moved it into DEV_SETS)
CHECK_SETS = ("events_blind27", "events_blind28", "events_blind29", "events_blind31")
READ_SETS = tuple(s for s in DEV_SETS if s not in CHECK_SETS)
C_GRID = (0.03, 0.1, 0.3, 1.0)
NEVER = 99.0
MARGINS = (0.0, 0.5, 1.0, 2.0, NEVER)
FITTED_KEYS = ("enabled", "margin", "C", "weights", "cv", "trained")  # what the command writes into the model file


def check_sets(sets) -> None:
    """Refuse any set outside DEV_SETS (`train_events.check_sets`) and this session's CHECK sets."""
    train_events.check_sets(sets)
    bad = [s for s in sets if s in CHECK_SETS]
    if bad:
        raise ValueError(f"the CHECK sets are measured, never fitted on: {bad}")


def actor2_ok(matcher, gev: dict, row: dict, name: str | None) -> bool:
    """Eval's actor2 test of `row` with `name` as its actor2 (`_EventScorer.actor_pairs`, as `check_arguments`)."""
    _, g2, _, p2 = matcher.actor_pairs(gev, row.get("actor1"), name)
    return g2 == p2


def code_version() -> str:
    """A hash of the extractor's code and data files (the model file without what this command writes into it): the
    candidate rows a cache holds are valid only for the version that made them."""
    from .extract.events.actor2_model import ACTOR2_FILE
    from .extract.rules import package_data_dir

    h = hashlib.sha256()
    pkg = Path(__file__).parent
    for f in sorted([*(pkg / "extract").rglob("*.py"), *package_data_dir().rglob("*")]):
        if not f.is_file() or "__pycache__" in f.parts:
            continue
        h.update(str(f.relative_to(pkg)).encode())
        if f.name == ACTOR2_FILE:
            model = json.loads(f.read_text(encoding="utf-8"))
            h.update(json.dumps({k: v for k, v in model.items() if k not in FITTED_KEYS}, sort_keys=True).encode())
        else:
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _rows(root: Path, cache: str | None, settings) -> dict[str, list]:
    """The candidate rows per READ set: from `cache` when it was made by this code and data version (a stale cache
    is refused), else collected (and written to `cache`)."""
    from .config import get_settings

    version = code_version()
    cached = Path(cache) if cache else None
    if cached is not None and cached.exists():
        got = json.loads(cached.read_text(encoding="utf-8"))
        if got.get("code_version") != version:
            raise ValueError(f"{cached} was made by another code/data version ({got.get('code_version')}): remove it")
        return {k: [tuple(it) for it in v] for k, v in got["rows"].items()}
    data = collect(root, READ_SETS, settings or get_settings())
    if cached is not None:
        cached.write_text(json.dumps({"code_version": version, "rows": data}), encoding="utf-8")
    return data


def collect(root: Path, sets, settings) -> dict[str, list]:
    """Per set, its aligned events as (candidate names, candidate features, labels)."""
    from .eval_events import _EventScorer
    from .extract.events.actor2_model import ACTOR2_FILE, Actor2Model
    from .extract.extractor import ArticleText, Extractor
    from .extract.rules import package_data_dir

    ex = Extractor(settings.spacy_model, settings.cache_dir)
    pipe = ex.nlp.get_pipe("newsetl_events")
    pipe.ensure()
    pipe.actor2 = Actor2Model.load(package_data_dir(), ACTOR2_FILE, training=True, actors=ex.res.actors)
    matcher = _EventScorer(ex.res, ex.gaz)
    out: dict[str, list] = {}
    for name in sets:
        golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted((root / "eval" / name).glob("*.json"))]
        arts = [ArticleText(g["id"], g["body"], date.fromisoformat(g["reference_date"])) for g in golds]
        got = {a.article_id: (ex.event_rows(a.article_id, evs), evs) for a, evs, _ in ex.run(arts)}
        items = []
        for g in golds:
            gevs = g["events"]
            for ev in gevs:
                ev["_place"] = matcher.gold_place(ev)
            rows, evs = got.get(g["id"], ([], []))
            matched, _ = matcher.detect(gevs, rows)
            for gi, pi in matcher.align(gevs, rows, matched).items():
                cands = evs[pi].extras["actor2_candidates"]
                labels = [actor2_ok(matcher, gevs[gi], rows[pi], n) for n, _ in cands]
                items.append(([n for n, _ in cands], [f for _, f in cands], labels))
        out[name] = items
    return out


def fit_weights(items: list, c: float) -> dict[str, float]:
    names = sorted({k for _, feats, _ in items for f in feats for k in f})
    x, y = pairwise(((feats, labels) for _, feats, labels in items), names)
    if not len(y):
        return {}
    w = _fit(x, y, c)
    return {n: float(v) for n, v in zip(names, w[:-1])}


def choose(w: dict, feats: list[dict], margin: float) -> int | None:
    """The index of the candidate replacing the rules' (`Actor2Model.choose`), None: the rules' stays."""
    from .extract.events.actor2_model import Actor2Model, Candidate, Cues

    if margin >= NEVER:
        return None
    cands = [Candidate(None, f) for f in feats]
    got = Actor2Model(Cues({}, {}), w).choose(cands, margin)
    return None if got is None else next(i for i, c in enumerate(cands) if c is got)


def accuracy(items: list, w: dict, margin: float) -> dict:
    """Right actor2 rows of the rules and of the model (and rows changed) over a set's aligned events."""
    rules = model = changed = 0
    for _, feats, labels in items:
        own = next(i for i, f in enumerate(feats) if f.get("src_rules"))
        got = choose(w, feats, margin)
        rules += labels[own]
        model += labels[own if got is None else got]
        changed += got is not None
    return {"rows": len(items), "rules": rules, "model": model, "changed": changed}


def loso(data: dict[str, list], c: float) -> dict[str, dict]:
    """Per held-out set, its figures at every margin with the model fitted on the other sets."""
    out = {}
    for name in data:
        w = fit_weights([it for n, items in data.items() if n != name for it in items], c)
        out[name] = {m: accuracy(data[name], w, m) for m in MARGINS}
    return out


def select(data: dict[str, list]) -> tuple[float, float, dict]:
    runs = {c: loso(data, c) for c in C_GRID}
    total = {(c, m): sum(v[m]["model"] for v in runs[c].values()) for c in C_GRID for m in MARGINS}
    c, m = max(total, key=lambda k: (total[k], k[1], -k[0]))
    return c, m, runs[c]


def train_actors(
    root: str | Path = ".", out: str | Path | None = None, settings=None, cache: str | None = None, enable=False
) -> dict:
    """Fit and select the actor2 chooser on the READ sets and write it (default: the package's `actor2_model.json`,
    its cue patterns kept)."""
    from .extract.events.actor2_model import ACTOR2_FILE
    from .extract.rules import package_data_dir

    check_sets(READ_SETS)
    data = _rows(Path(root), cache, settings)
    c, m, per = select(data)
    rules = sum(v[m]["rules"] for v in per.values())
    model_ok = sum(v[m]["model"] for v in per.values())
    worst = min(v[m]["model"] - v[m]["rules"] for v in per.values())
    src = json.loads((package_data_dir() / ACTOR2_FILE).read_text(encoding="utf-8"))
    w = fit_weights([it for items in data.values() for it in items], c)
    model = {
        "_doc": src["_doc"],
        "enabled": bool(enable and m < NEVER and model_ok > rules and worst >= -1),
        "margin": m if m < NEVER else None,
        "C": c,
        **{k: v for k, v in src.items() if k not in FITTED_KEYS and k != "_doc"},
        "weights": {k: round(v, 4) for k, v in sorted(w.items()) if abs(v) >= 1e-4},
        "cv": {
            "loso_rules_right": rules,
            "loso_model_right": model_ok,
            "loso_worst_set_change": worst,
            "per_set": {n: v[m] for n, v in per.items()},
        },
        "trained": {
            "sets": list(READ_SETS),
            "rows": sum(len(v) for v in data.values()),
            "C_grid": list(C_GRID),
            "margins": [x if x < NEVER else None for x in MARGINS],
        },
    }
    path = Path(out) if out else package_data_dir() / ACTOR2_FILE
    path.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return model


__all__ = [
    "CHECK_SETS",
    "READ_SETS",
    "accuracy",
    "actor2_ok",
    "check_sets",
    "choose",
    "code_version",
    "collect",
    "fit_weights",
    "train_actors",
]
