"""Evaluation of splitting and event extraction against labelled sets (`newsetl eval split|events GOLD`).

Split (eval/split/*.gold.json + the raw .txt beside each):
  boundary exact   documents whose predicted body paragraphs equal the gold body exactly
  body P/R/F1      over body paragraphs (multiset match of whitespace-normalised text)
  comment P/R/F1   over comment paragraphs
  author accuracy  gold comments whose predicted comment (same first paragraph) has the same author

Events (eval/events/*.json):
  detection P/R/F1  a predicted event matches a gold one with the same sub_event_type, location
                    (same place, or within 25 km) and event_date (one-to-one, greedy)
  argument accuracy on aligned pairs (same sub_event_type and overlapping evidence sentence, or a
                    detection match): event_type, actor1, actor2 (aliases resolved through the actor
                    dictionary; for armed clashes and agreements the unordered pair is compared),
                    location, date, fatalities
"""
from __future__ import annotations

import json
import math
import re
import time
from collections import Counter
from datetime import date
from pathlib import Path


WS = re.compile(r"\s+")
SYMMETRIC = {"Armed clash", "Agreement"}  # ACLED codes both sides; their order carries no meaning


def _n(s: str | None) -> str:
    return WS.sub(" ", (s or "").replace("\u00a0", " ")).strip()


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "predicted": n_pred, "gold": n_gold}


def _multiset_tp(pred: list[str], gold: list[str]) -> int:
    return sum((Counter(pred) & Counter(gold)).values())


def eval_split(gold_dir: str) -> dict:
    """Split figures now live in `newsetl.eval_split` (line-level, real-data sets); kept for callers."""
    from .eval_split import eval_labelled

    return eval_labelled(gold_dir)


def _haversine(a, b) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, h)))


def eval_events(gold_dir: str, settings) -> dict:
    from .extract.extractor import ArticleText, get_extractor
    from .extract.gazetteer import norm

    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no *.json files in {gold_dir}")
    ex = get_extractor(settings.spacy_model, settings.cache_dir)
    res, gaz = ex.res, ex.gaz
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    arts = [ArticleText(g["id"], g["body"], date.fromisoformat(g["reference_date"])) for g in golds]
    t0 = time.perf_counter()
    preds = {a.article_id: ex.event_rows(a.article_id, evs) for a, evs, _ in ex.run(arts)}
    secs = time.perf_counter() - t0
    words = sum(len(" ".join(a.body).split()) for a in arts)

    def gold_place(ev):
        iso2 = gaz.iso3_to_iso2.get(ev.get("country") or "")
        p = gaz.resolve(ev["location"], {iso2: 1.0} if iso2 else {}) if ev.get("location") else None
        return p

    def loc_match(gev, pev) -> bool:
        if not gev.get("location") or not pev.get("location"):
            return not gev.get("location") and not pev.get("location")
        if norm(gev["location"]) == norm(pev["location"]):
            return True
        gp = gev["_place"]
        if gp is None:
            return False
        if gp.geonameid and gp.geonameid == pev.get("geonameid"):
            return True
        return pev.get("latitude") is not None and _haversine((gp.lat, gp.lon), (pev["latitude"], pev["longitude"])) <= 25

    def actor_name(name, iso3):
        if not name:
            return None
        a = res.resolve_actor(name)
        if a is None:
            return norm(name)
        if a.generic:
            cname = res.lexicon.get("country_names", {}).get(iso3 or "")
            return norm(a.name.replace("{country}", cname or ""))
        return norm(a.name)

    tp = n_pred = n_gold = 0
    arg_ok: Counter = Counter()
    arg_n = 0
    errors = []
    by_type: dict[str, Counter] = {}
    for g in golds:
        gevs = g["events"]
        for ev in gevs:
            ev["_place"] = gold_place(ev)
        pevs = preds.get(g["id"], [])
        n_pred += len(pevs)
        n_gold += len(gevs)
        used: set[int] = set()
        matched: dict[int, int] = {}
        for gi, gev in enumerate(gevs):
            for pi, pev in enumerate(pevs):
                if pi in used or pev["sub_event_type"] != gev["sub_event_type"]:
                    continue
                pd_ = pev["event_date"].isoformat() if pev["event_date"] else None
                if pd_ == gev.get("event_date") and loc_match(gev, pev):
                    used.add(pi)
                    matched[gi] = pi
                    break
        tp += len(matched)
        for gev in gevs:
            by_type.setdefault(gev["sub_event_type"], Counter())["gold"] += 1
        for gi in matched:
            by_type[gevs[gi]["sub_event_type"]]["tp"] += 1
        for pev in pevs:
            by_type.setdefault(pev["sub_event_type"], Counter())["pred"] += 1
        # argument alignment: detection matches plus same type + overlapping sentence
        aligned = dict(matched)
        used_a = set(matched.values())
        for gi, gev in enumerate(gevs):
            if gi in aligned:
                continue
            gs = _n(gev.get("sentence"))
            for pi, pev in enumerate(pevs):
                if pi in used_a or pev["sub_event_type"] != gev["sub_event_type"]:
                    continue
                ps = _n(pev["sentence"])
                if gs and (gs in ps or ps in gs):
                    aligned[gi] = pi
                    used_a.add(pi)
                    break
        for gi, pi in aligned.items():
            gev, pev = gevs[gi], pevs[pi]
            arg_n += 1
            iso3 = gev.get("country")
            g1, g2 = actor_name(gev.get("actor1"), iso3), actor_name(gev.get("actor2"), iso3)
            p1, p2 = actor_name(pev.get("actor1"), iso3), actor_name(pev.get("actor2"), iso3)
            if gev["sub_event_type"] in SYMMETRIC and {g1, g2} == {p1, p2}:
                p1, p2 = g1, g2  # clashes and agreements have no initiator: the pair is what counts
            checks = {
                "event_type": gev["event_type"] == pev["event_type"],
                "actor1": g1 == p1,
                "actor2": g2 == p2,
                "location": loc_match(gev, pev),
                "date": (pev["event_date"].isoformat() if pev["event_date"] else None) == gev.get("event_date"),
                "fatalities": pev.get("fatalities") == gev.get("fatalities"),
            }
            for k, v in checks.items():
                arg_ok[k] += v
                if not v:
                    errors.append({"doc": g["id"], "kind": k, "gold": gev.get({"date": "event_date"}.get(k, k)),
                                   "pred": pev.get({"date": "event_date"}.get(k, k)), "sentence": pev["sentence"][:100]})
        for gi, gev in enumerate(gevs):
            if gi not in matched:
                errors.append({"doc": g["id"], "kind": "missed", "gold": f"{gev['sub_event_type']} @ {gev.get('location')} {gev.get('event_date')}",
                               "sentence": _n(gev.get("sentence"))[:100]})
        for pi, pev in enumerate(pevs):
            if pi not in used:
                errors.append({"doc": g["id"], "kind": "spurious", "pred": f"{pev['sub_event_type']} @ {pev.get('location')} {pev.get('event_date')}",
                               "sentence": pev["sentence"][:100]})
    return {"set": str(gold_dir), "documents": len(golds), "detection": _prf(tp, n_pred, n_gold),
            "argument_accuracy": {k: round(arg_ok[k] / arg_n, 4) if arg_n else None for k in
                                  ("event_type", "actor1", "actor2", "location", "date", "fatalities")},
            "aligned_pairs": arg_n,
            "by_sub_event_type": {k: _prf(v["tp"], v["pred"], v["gold"]) for k, v in sorted(by_type.items())},
            "words": words, "seconds": round(secs, 2), "words_per_second": round(words / secs) if secs else None,
            "model": ex.model_name, "errors": errors}


def format_report(rep: dict, show_errors: bool = False) -> str:
    lines = [f"evaluation of {rep['set']} ({rep['documents']} documents)"]
    if "boundary_exact" in rep:
        lines.append(f"  boundary exact (document level): {rep['boundary_exact']:.3f}")
        for k in ("body_paragraphs", "comment_paragraphs"):
            m = rep[k]
            lines.append(f"  {k:<19} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}  (tp={m['tp']} pred={m['predicted']} gold={m['gold']})")
        lines.append(f"  author attribution accuracy: {rep['author_accuracy']:.3f} over {rep['authors']} gold comments")
        lines.append(f"  mean confidence {rep['mean_confidence']:.3f}; {rep['docs_per_second']} docs/s")
    else:
        m = rep["detection"]
        lines.append(f"  event detection P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}  (tp={m['tp']} pred={m['predicted']} gold={m['gold']})")
        lines.append(f"  argument accuracy over {rep['aligned_pairs']} aligned events: " +
                     ", ".join(f"{k}={v:.3f}" for k, v in rep["argument_accuracy"].items() if v is not None))
        lines.append(f"  speed: {rep['words']} words in {rep['seconds']}s = {rep['words_per_second']} words/s ({rep['model']})")
        for k, v in rep["by_sub_event_type"].items():
            lines.append(f"    {k:<38} P={v['precision']:.2f} R={v['recall']:.2f} F1={v['f1']:.2f} (gold {v['gold']})")
    if show_errors:
        lines.append("  errors:")
        for e in rep["errors"]:
            lines.append("    " + json.dumps(e, ensure_ascii=False, default=str))
    return "\n".join(lines)
