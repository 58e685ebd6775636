"""`newsetl train places`: a fitted ranker for the place of the rules' events (issue 10, ev17).

Inside the sentences the rules find, the place is the attribute that alone costs the second most strict matches
(`scripts/attribute_losses.py`: 12 + 11). For every event the rules assemble on the development sets (and the untouched
candidates of `eval/untouched_events/`), `extract/events/place_ranker.py` lists the places it may be located at with
their features. An event aligned to a gold event (its strict match, else an unmatched gold event of an overlapping
sentence with the same sub-event type and date) labels its candidates by the strict matcher's place test. A linear
score is fitted as a pairwise logistic regression (every right candidate minus every wrong one of the same event, both
signs; L2; `train_events._fit`, Newton's method); the rules' place is replaced by the best candidate when its score
beats the rules' by a margin. C and the margin are chosen by leave-one-set-out over the sets (a set and its untouched
version held out together), and the whole selection is repeated inside (nested) for the decision: enabled only when the
nested mean strict F1 gains `MIN_GAIN` and no held-out set loses more than one event. The blind sets are refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

from .train_event_types import _same_date, gold_per_row
from .train_events import DEV_SETS, _fit, check_sets, held_out, pairwise, untouched_files

C_GRID = (0.1, 0.3, 1.0)
# the feature sets compared: every feature, or none that says what the rules chose ("what a right place looks like",
# learnt from every labelled event, the rules' choice kept by the margin alone)
RULES_FEATS: tuple[str, ...] = ("src_rules", "inside_rules", "encloses_rules", "finer_than_rules", "coarser_than_rules")
RULES_FEATS += ("as_fine_as_rules", "rules_country", "rules_elsewhere", "rules_unit")
CONFIGS = {"all": (), "place_only": RULES_FEATS}
NEVER = 99.0
MARGINS = (0.0, 0.5, 1.0, 2.0, 3.0, NEVER)
MIN_GAIN = 0.01


@dataclass
class Item:
    """One candidate event: its row, its candidate places (empty: the rules' place stays) and its gold target."""

    row: dict
    cands: list = field(default_factory=list)
    target: dict | None = None
    labels: list[bool] = field(default_factory=list)


@dataclass
class PlaceSet:
    name: str
    group: str
    docs: list  # (gold events, [Item])


def with_place(row: dict, cand) -> dict:
    """The row at a candidate's place. An unlisted candidate the rules did not choose (a named one, or a mention the
    gazetteer lacks: the parent's point) is scored by its name only: its borrowed point would match wherever the parent
    does, whatever the name."""
    from .extract.events.places import unlisted
    from .extract.extractor import display_name

    place = cand.place
    by_name = cand.named or (unlisted(place) and not cand.feats.get("src_rules"))
    return {
        **row,
        "location": display_name(place.name),
        "latitude": None if by_name else place.lat,
        "longitude": None if by_name else place.lon,
        "geonameid": place.geonameid,
        "geo_precision": cand.precision,
    }


def _targets(matcher, gevs: list, rows: list) -> list[dict | None]:
    """Per row, the gold event it stands for: its strict match, else an unmatched gold event of an overlapping
    sentence with the same sub-event type and date (the place may differ: that is what is learnt)."""
    return gold_per_row(
        matcher, gevs, rows, lambda g, r: r["sub_event_type"] == g["sub_event_type"] and _same_date(g, r)
    )


def _label(matcher, gevs: list, items: list[Item]) -> None:
    for it, tgt in zip(items, _targets(matcher, gevs, [it.row for it in items])):
        it.target = tgt
        if tgt is not None:
            it.labels = [matcher.loc_match(tgt, with_place(it.row, c)) for c in it.cands]


def _docs(ex, golds: list[dict]):
    """(gold document, spaCy doc) for each gold document, through the extractor's pipeline."""
    docs = ((ex.make_doc(g["body"], date.fromisoformat(g["reference_date"])), g) for g in golds)
    for doc, g in ex.nlp.pipe(docs, as_tuples=True, batch_size=32):
        yield g, doc


def _rules_place(view, row: dict):
    """The place of an untouched row (rules of an older commit) as a Place: the sentence window's mention of it, else
    one made of the row's fields."""
    from .extract.events.place_ranker import place_key
    from .extract.gazetteer import Place, norm

    if not row.get("location"):
        return None
    for sp in view.art.places:
        p = sp._.place[0]
        if (row.get("geonameid") and p.geonameid == row["geonameid"]) or norm(p.name) == norm(row["location"]):
            return p, int(row.get("geo_precision") or p.precision)
    iso2 = view.art.gaz.iso3_to_iso2.get(row.get("iso3") or "", "")
    place = Place(
        row["location"],
        iso2,
        row.get("admin1"),
        row.get("latitude") or 0.0,
        row.get("longitude") or 0.0,
        0,
        row.get("geonameid"),
        "unknown",
        int(row.get("geo_precision") or 1),
    )
    assert place_key(place)
    return place, place.precision


def _items(view, cues, rows: list[dict], places: list) -> list[Item]:
    """The items of one document: `places` is the rules' (place, precision) of each row (None: no place)."""
    from .extract.events.place_ranker import candidates, listed_events

    evs = [
        SimpleNamespace(
            start_char=r["start_char"],
            end_char=r["end_char"],
            trigger=r["trigger"],
            sub_event_type=r["sub_event_type"],
            event_date=r["event_date"],
        )
        for r in rows
    ]
    skip = listed_events(evs)
    return [
        Item(r, [] if i in skip or rp is None else candidates(view, ev, cues, rp))
        for i, (r, ev, rp) in enumerate(zip(rows, evs, places))
    ]


def _untouched_rows(root: Path, name: str) -> dict[str, list[dict]]:
    return {d["id"]: d["rows"] for data in untouched_files(root) if data["set"] == name for d in data["docs"]}


def collect(root: Path, sets, settings) -> tuple[list[PlaceSet], Any, Any]:
    """The labelled items of every set (and of its untouched version), the strict matcher and the ranker's cues."""
    from .eval_events import _EventScorer
    from .extract.events.assemble import Article
    from .extract.events.place_ranker import RANKER_FILE, PlaceRanker, View
    from .extract.extractor import Extractor
    from .extract.rules import package_data_dir

    ex = Extractor(settings.spacy_model, settings.cache_dir)
    pipe = ex.nlp.get_pipe("newsetl_events")
    pipe.ensure()
    pipe.ranker = None  # the rules' places, whatever the packaged ranker says
    ranker = PlaceRanker.load(package_data_dir(), RANKER_FILE, training=True)
    assert ranker is not None
    matcher = _EventScorer(ex.res, ex.gaz)
    out = []
    for name in sets:
        golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted((root / "eval" / name).glob("*.json"))]
        untouched = _untouched_rows(root, name)
        docs, udocs = [], []
        for g, doc in _docs(ex, golds):
            for ev in g["events"]:
                ev["_place"] = matcher.gold_place(ev)
            art = Article(doc, doc._.reference_date, ex.res, ex.gaz, doc._.paragraph_starts)
            view = View(art)
            evs = doc._.events
            rows = ex.event_rows(g["id"], evs)
            places = [(e.place, e.place_precision) if e.place is not None else None for e in evs]
            docs.append((g["events"], _items(view, ranker.cues, rows, places)))
            if untouched:  # (every document of the set: one the untouched rules found nothing in still has gold)
                urows = untouched.get(g["id"], [])
                udocs.append((g["events"], _items(view, ranker.cues, urows, [_rules_place(view, r) for r in urows])))
        out.append(PlaceSet(name, name, docs))
        if udocs:
            out.append(PlaceSet(f"{name}@untouched", name, udocs))
    for ps in out:
        for gevs, items in ps.docs:
            _label(matcher, gevs, items)
    return out, matcher, ranker


def _pairs(sets: list[PlaceSet], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Every right candidate minus every wrong one of the same labelled event, both signs (`train_events.pairwise`)."""
    groups = (([c.feats for c in it.cands], it.labels) for ps in sets for _, items in ps.docs for it in items)
    return pairwise(((f, labels) for f, labels in groups if labels), names)


def _names(sets: list[PlaceSet], drop: tuple = ()) -> list[str]:
    names = {k for ps in sets for _, items in ps.docs for it in items for c in it.cands for k in c.feats}
    return sorted(k for k in names if not any(k == d or k.endswith(f"&{d}") for d in drop))


def fit_weights(sets: list[PlaceSet], c: float, drop: tuple = ()) -> dict[str, float]:
    names = _names(sets, drop)
    x, y = _pairs(sets, names)
    if not len(y):
        return {}
    w = _fit(x, y, c)
    return {n: float(v) for n, v in zip(names, w[:-1])}


def _oracle(it: Item):
    """The ceiling: a right candidate whenever the rules' is wrong and one is right."""
    if not it.labels or any(ok and c.feats.get("src_rules") for c, ok in zip(it.cands, it.labels)):
        return None
    return next((c for c, ok in zip(it.cands, it.labels) if ok), None)


def score_set(matcher, ps: PlaceSet, ranker, margin: float) -> dict:
    """Strict detection (F1, tp, predicted, gold) and location accuracy on aligned events of a set whose rows take the
    ranker's place (margin NEVER: the rules' places; ranker None with a margin: the oracle)."""
    tp = n_pred = n_gold = n_al = loc_ok = changed = 0
    for gevs, items in ps.docs:
        rows = []
        for it in items:
            if ranker is None:
                got = _oracle(it) if margin < NEVER else None
            else:
                got = ranker.choose(it.cands, margin) if margin < NEVER and it.cands else None
            rows.append(it.row if got is None else with_place(it.row, got))
            changed += got is not None
        matched, _ = matcher.detect(gevs, rows)
        aligned = matcher.align(gevs, rows, matched)
        tp, n_pred, n_gold = tp + len(matched), n_pred + len(rows), n_gold + len(gevs)
        n_al += len(aligned)
        loc_ok += sum(matcher.loc_match(gevs[g], rows[p]) for g, p in aligned.items())
    f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 1.0
    return {
        "f1": round(f1, 4),
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
        "loc": round(loc_ok / max(n_al, 1), 4),
        "aligned": n_al,
        "changed": changed,
    }


def loso(sets: list[PlaceSet], matcher, cues, c: float, drop: tuple = ()) -> dict[str, dict]:
    """Per held-out set: its scores at every margin, the ranker fitted without its group."""
    from .extract.events.place_ranker import PlaceRanker

    out = {}
    for _, tr, held in held_out(sets):
        ranker = PlaceRanker(cues, fit_weights([sets[j] for j in tr], c, drop))
        out.update({sets[i].name: {m: score_set(matcher, sets[i], ranker, m) for m in MARGINS} for i in held})
    return out


def select(sets: list[PlaceSet], matcher, cues) -> tuple[str, float, float, dict, dict]:
    """(feature set, C, margin, that choice's LOSO table, mean F1 per (feature set, C, margin)): the best LOSO mean
    strict F1 (ties: the larger margin, i.e. fewer changes)."""
    runs = {(cf, c): loso(sets, matcher, cues, c, CONFIGS[cf]) for cf in CONFIGS for c in C_GRID}
    means = {
        (cf, c, m): float(np.mean([v[m]["f1"] for v in runs[(cf, c)].values()])) for cf, c in runs for m in MARGINS
    }
    cf, c, m = max(means, key=lambda k: (round(means[k], 6), k[2]))
    return cf, c, m, runs[(cf, c)], means


def nested(sets: list[PlaceSet], matcher, cues, log=print) -> dict[str, dict]:
    """The selection repeated without each held-out group: per held-out set, the rules' and the selected ranker's
    scores, the C and margin chosen inside."""
    from .extract.events.place_ranker import PlaceRanker

    out = {}
    for _, tr, held in held_out(sets):
        inner = [sets[j] for j in tr]
        cf, c, m, _, _ = select(inner, matcher, cues)
        ranker = PlaceRanker(cues, fit_weights(inner, c, CONFIGS[cf]))
        for ps in (sets[i] for i in held):
            rules, model = score_set(matcher, ps, ranker, NEVER), score_set(matcher, ps, ranker, m)
            out[ps.name] = {"rules": rules, "ranker": model, "features": cf, "C": c, "margin": m if m < NEVER else None}
            log(f"nested {ps.name}: rules {rules['f1']} ranker {model['f1']} ({cf}, C {c}, margin {m})")
    return out


def ceiling(sets: list[PlaceSet], matcher) -> dict:
    """What a perfect ranker over these candidates could do (the oracle), and why the rest is out of its reach: the
    labelled events whose rules' place is wrong, those with a right candidate, and of the others those whose gold place
    is written in the event's sentence (a mention the place components did not find) or not."""
    from .extract.gazetteer import norm

    wrong = reach = in_sentence = 0
    for ps in sets:
        for _, items in ps.docs:
            for it in items:
                if not it.labels or any(ok and c.feats.get("src_rules") for c, ok in zip(it.cands, it.labels)):
                    continue
                wrong += 1
                if any(it.labels):
                    reach += 1
                elif it.target is not None and norm(it.target.get("location") or "") in norm(it.row["sentence"]):
                    in_sentence += 1
    per = {ps.name: (score_set(matcher, ps, None, NEVER)["f1"], score_set(matcher, ps, None, 0.0)["f1"]) for ps in sets}
    return {
        "rules_place_wrong": wrong,
        "right_candidate": reach,
        "no_candidate_named_in_sentence": in_sentence,
        "no_candidate_elsewhere": wrong - reach - in_sentence,
        "mean_f1_rules": round(float(np.mean([v[0] for v in per.values()])), 4),
        "mean_f1_oracle": round(float(np.mean([v[1] for v in per.values()])), 4),
        "per_set": {n: {"rules": v[0], "oracle": v[1]} for n, v in per.items()},
    }


def _decide(nest: dict) -> tuple[float, float, int]:
    """(nested mean F1 of the rules, of the ranker, the worst change of true positives of a held-out set)."""
    base = float(np.mean([v["rules"]["f1"] for v in nest.values()]))
    model = float(np.mean([v["ranker"]["f1"] for v in nest.values()]))
    worst = min(v["ranker"]["tp"] - v["rules"]["tp"] for v in nest.values())
    return base, model, worst


def settings_used() -> dict:
    """What the selection compares, recorded in the model file (no date: a refit on the same data writes the same
    bytes)."""
    return {"C_grid": list(C_GRID), "configs": {k: list(v) for k, v in CONFIGS.items()}, "margins": list(MARGINS)}


def train_places(root: str | Path = ".", out: str | Path | None = None, sets=DEV_SETS, settings=None) -> dict:
    """Fit and select the place ranker on `sets` (development sets only) and write it (default: the package's
    `place_ranker.json`, its cue patterns kept)."""
    from .config import get_settings
    from .extract.events.place_ranker import RANKER_FILE
    from .extract.rules import package_data_dir

    check_sets(sets)
    data, matcher, ranker = collect(Path(root), sets, settings or get_settings())
    cf, c, m, per, means = select(data, matcher, ranker.cues)
    nest = nested(data, matcher, ranker.cues)
    base, model_f1, worst = _decide(nest)
    enabled = m < NEVER and model_f1 >= base + MIN_GAIN and worst >= -1  # NEVER selected: nothing to switch on
    path = Path(out) if out else package_data_dir() / RANKER_FILE
    src = json.loads((package_data_dir() / RANKER_FILE).read_text(encoding="utf-8"))
    n_events = sum(1 for ps in data for _, items in ps.docs for it in items if it.labels)
    model = {
        "_doc": src["_doc"],
        "enabled": bool(enabled),
        "features": cf,
        "C": c,
        "margin": m if m < NEVER else None,
        **{
            k: src[k]
            for k in ("feature_classes", "cues_before", "cues_after", "name_cue_before", "name_not_place")
            if k in src
        },
        "weights": {k: round(v, 4) for k, v in sorted(fit_weights(data, c, CONFIGS[cf]).items()) if abs(v) >= 1e-4},
        "ceiling": ceiling(data, matcher),
        "cv": {
            "min_gain": MIN_GAIN,
            "nested_mean_f1_rules": round(base, 4),
            "nested_mean_f1_ranker": round(model_f1, 4),
            "nested_worst_tp_change": worst,
            "means": {
                f"{k[0]} C={k[1]} margin={k[2] if k[2] < NEVER else 'never'}": round(v, 4) for k, v in means.items()
            },
            "per_set": {n: {"rules": v[NEVER], "ranker": v[m]} for n, v in per.items()},
            "nested": nest,
        },
        "trained": {"sets": list(sets), "settings": settings_used(), "labelled_events": n_events},
    }
    path.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return model
