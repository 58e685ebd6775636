"""Evaluation of event extraction (`newsetl eval events GOLD`) and of mentions and actor pairs on the re3d
documents (`newsetl eval re3d DIR`).

Events (eval/events*/*.json, written for the project):
  detection P/R/F1  a predicted event matches a gold one with the same sub_event_type, location
                    (same place, or within 25 km) and event_date (one-to-one, greedy)
  argument accuracy on aligned pairs (same sub_event_type and overlapping evidence sentence, or a
                    detection match): event_type, actor1, actor2 (aliases resolved through the actor
                    dictionary; a generic actor written with another name of the event's country, "Police
                    Forces of DR Congo", is that generic actor (ev23); for armed clashes and agreements the
                    unordered pair is compared),
                    location, date, fatalities

re3d (../shared/realdata/re3d-dev: documents.json / entities.json / relations.json, JSON lines, in one folder
or in sub-folders; texts and gold written by others, see eval_re3d):
  location   recall of gold *named* Location entities by PLACE mentions (character overlap), and precision of
             PLACE mentions (overlapping any gold Location)
  organisation  the same for gold named Organisation entities and ACTOR mentions
  FightingAgainst  recall of the gold FightingAgainst relations between two named organisations as the unordered
             (actor1, actor2) pair of some event of the document
"""

from __future__ import annotations

import json
import math
import re
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .eval_actor_names import ActorNames
from .eval_common import fold, prf

if TYPE_CHECKING:  # (the extractor's modules load lazily: the evaluation commands import this module)
    from .extract.gazetteer import Gazetteer
    from .extract.rules import Rules

SYMMETRIC = {"Armed clash", "Agreement"}  # ACLED codes both sides; their order carries no meaning


def _haversine(a, b) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _unmatched(doc_id: str, kind: str, side: str, ev: dict, sentence: str) -> dict:
    """The error entry of an event without a counterpart ("missed" gold, "spurious" prediction): its type, place and
    date under `side` ("gold" or "pred") and the first 100 characters of its sentence."""
    where = f"{ev['sub_event_type']} @ {ev.get('location')} {ev.get('event_date')}"
    return {"doc": doc_id, "kind": kind, side: where, "sentence": sentence[:100]}


class _EventScorer(ActorNames):
    """Matching of predicted to gold events and the argument checks (see the module docstring)."""

    def __init__(self, res: Rules, gaz: Gazetteer) -> None:
        from .extract.gazetteer import norm

        self.res, self.gaz, self.norm = res, gaz, norm
        self.tp = self.n_pred = self.n_gold = self.arg_n = 0
        self.arg_ok: Counter = Counter()
        self.errors: list[dict] = []
        self.by_type: dict[str, Counter] = {}

    def gold_place(self, ev):
        iso2 = self.gaz.iso3_to_iso2.get(ev.get("country") or "")
        return self.gaz.resolve(ev["location"], {iso2: 1.0} if iso2 else {}) if ev.get("location") else None

    def loc_match(self, gev, pev) -> bool:
        if not gev.get("location") or not pev.get("location"):
            return not gev.get("location") and not pev.get("location")
        if self.norm(gev["location"]) == self.norm(pev["location"]):
            return True
        gp = gev["_place"]
        if gp is None:
            return False
        if gp.geonameid and gp.geonameid == pev.get("geonameid"):
            return True
        return (
            pev.get("latitude") is not None and _haversine((gp.lat, gp.lon), (pev["latitude"], pev["longitude"])) <= 25
        )

    def detect(self, gevs, pevs) -> tuple[dict, set]:
        """One-to-one greedy matches on sub-event type, date and place: (gold index -> predicted index, used)."""
        used: set[int] = set()
        matched: dict[int, int] = {}
        for gi, gev in enumerate(gevs):
            for pi, pev in enumerate(pevs):
                if pi in used or pev["sub_event_type"] != gev["sub_event_type"]:
                    continue
                pd_ = pev["event_date"].isoformat() if pev["event_date"] else None
                if pd_ == gev.get("event_date") and self.loc_match(gev, pev):
                    used.add(pi)
                    matched[gi] = pi
                    break
        return matched, used

    @staticmethod
    def align(gevs, pevs, matched: dict) -> dict:
        """Detection matches plus same type and overlapping evidence sentence."""
        aligned = dict(matched)
        used_a = set(matched.values())
        for gi, gev in enumerate(gevs):
            if gi in aligned:
                continue
            gs = fold(gev.get("sentence"))
            for pi, pev in enumerate(pevs):
                if pi in used_a or pev["sub_event_type"] != gev["sub_event_type"]:
                    continue
                ps = fold(pev["sentence"])
                if gs and (gs in ps or ps in gs):
                    aligned[gi] = pi
                    used_a.add(pi)
                    break
        return aligned

    def actor_pairs(self, gev, actor1: str | None, actor2: str | None) -> tuple:
        """The gold and predicted (actor1, actor2) names as eval compares them (aliases resolved; the predicted pair in
        the gold's order when a clash or agreement names the same two sides: the train actors command shares it)."""
        iso3 = gev.get("country")
        g1, g2 = self.actor_name(gev.get("actor1"), iso3), self.actor_name(gev.get("actor2"), iso3)
        p1, p2 = self.actor_name(actor1, iso3), self.actor_name(actor2, iso3)
        if gev["sub_event_type"] in SYMMETRIC and {g1, g2} == {p1, p2}:
            p1, p2 = g1, g2  # clashes and agreements have no initiator: the pair is what counts
        return g1, g2, p1, p2

    def check_arguments(self, doc_id: str, gev, pev) -> None:
        self.arg_n += 1
        g1, g2, p1, p2 = self.actor_pairs(gev, pev.get("actor1"), pev.get("actor2"))
        checks = {
            "event_type": gev["event_type"] == pev["event_type"],
            "actor1": g1 == p1,
            "actor2": g2 == p2,
            "location": self.loc_match(gev, pev),
            "date": (pev["event_date"].isoformat() if pev["event_date"] else None) == gev.get("event_date"),
            "fatalities": pev.get("fatalities") == gev.get("fatalities"),
        }
        for k, v in checks.items():
            self.arg_ok[k] += v
            if not v:
                self.errors.append(
                    {
                        "doc": doc_id,
                        "kind": k,
                        "gold": gev.get({"date": "event_date"}.get(k, k)),
                        "pred": pev.get({"date": "event_date"}.get(k, k)),
                        "sentence": pev["sentence"][:100],
                    }
                )

    def score(self, doc_id: str, gevs: list, pevs: list) -> None:
        for ev in gevs:
            ev["_place"] = self.gold_place(ev)
        self.n_pred += len(pevs)
        self.n_gold += len(gevs)
        matched, used = self.detect(gevs, pevs)
        self.tp += len(matched)
        for gev in gevs:
            self.by_type.setdefault(gev["sub_event_type"], Counter())["gold"] += 1
        for gi in matched:
            self.by_type[gevs[gi]["sub_event_type"]]["tp"] += 1
        for pev in pevs:
            self.by_type.setdefault(pev["sub_event_type"], Counter())["pred"] += 1
        for gi, pi in self.align(gevs, pevs, matched).items():
            self.check_arguments(doc_id, gevs[gi], pevs[pi])
        for gi, gev in enumerate(gevs):
            if gi not in matched:
                self.errors.append(_unmatched(doc_id, "missed", "gold", gev, fold(gev.get("sentence"))))
        for pi, pev in enumerate(pevs):
            if pi not in used:
                self.errors.append(_unmatched(doc_id, "spurious", "pred", pev, pev["sentence"]))


def eval_events(gold_dir: str, settings) -> dict:
    from .extract.extractor import ArticleText, get_extractor

    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no *.json files in {gold_dir}")
    ex = get_extractor(settings.spacy_model, settings.cache_dir)
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    arts = [ArticleText(g["id"], g["body"], date.fromisoformat(g["reference_date"])) for g in golds]
    t0 = time.perf_counter()
    preds = {a.article_id: ex.event_rows(a.article_id, evs) for a, evs, _ in ex.run(arts)}
    secs = time.perf_counter() - t0
    words = sum(len(" ".join(a.body).split()) for a in arts)
    sc = _EventScorer(ex.res, ex.gaz)
    for g in golds:
        sc.score(g["id"], g["events"], preds.get(g["id"], []))
    return _events_report(gold_dir, golds, preds, sc, ex, words, secs)


def _confident(golds: list, preds: dict, ex) -> dict | None:
    """Detection over the rows whose `event_confidence` reaches the fitted scorer's threshold (what an analyst filtering
    on the column gets; the pipeline keeps every row unless the `scorer_filters` setting is on); None without one."""
    scorer = ex.nlp.get_pipe("newsetl_events").scorer  # (the pipeline's own scorer, not a second read of the file)
    thr = scorer.fitted_threshold if scorer is not None and scorer.weights else None
    if not thr:
        return None
    sc = _EventScorer(ex.res, ex.gaz)
    for g in golds:
        rows = [r for r in preds.get(g["id"], []) if (r.get("event_confidence") or 0.0) >= thr]
        sc.score(g["id"], [dict(e) for e in g["events"]], rows)
    return {"threshold": thr, **prf(sc.tp, sc.n_pred, sc.n_gold)}


def _events_report(gold_dir, golds, preds, sc, ex, words, secs) -> dict:
    return {
        "set": str(gold_dir),
        "documents": len(golds),
        "detection": prf(sc.tp, sc.n_pred, sc.n_gold),
        "argument_accuracy": {
            k: round(sc.arg_ok[k] / sc.arg_n, 4) if sc.arg_n else None
            for k in ("event_type", "actor1", "actor2", "location", "date", "fatalities")
        },
        "aligned_pairs": sc.arg_n,
        "by_sub_event_type": {k: prf(v["tp"], v["pred"], v["gold"]) for k, v in sorted(sc.by_type.items())},
        "words": words,
        "seconds": round(secs, 2),
        "words_per_second": round(words / secs) if secs else None,
        "model": ex.model_name,
        "errors": sc.errors,
        "detection_confident": _confident(golds, preds, ex),
    }


# ---------------------------------------------------------------- re3d

PRONOUNS = {
    "we",
    "us",
    "our",
    "ours",
    "they",
    "them",
    "their",
    "theirs",
    "it",
    "its",
    "you",
    "your",
    "he",
    "him",
    "his",
    "she",
    "her",
    "i",
    "me",
    "my",
}
LEADING = re.compile(r"^(?:the|a|an|this|that|these|those|our|their|its|his|her|all|of|on)\s+", re.I)
PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
RE3D_DEFAULT_DATE = date(2017, 1, 1)


def named(value: str, kind: str) -> bool:
    """A gold entity that names something (what a gazetteer or an actor dictionary can know), not a common noun or a
    pronoun: a Location whose last word is capitalised ("Mosul", "the Syrian town of Dabiq", "Diyala Province", not
    "the city", "ISIL-held buildings"); an Organisation with a capitalised word after any determiner ("ISIL tactical
    units", "the SDF", not "we", "the enemy")."""
    v = fold(value)
    if not v or v.lower() in PRONOUNS:
        return False
    words = re.findall(r"[A-Za-z][\w’'.\-]*", v)
    if not words:
        return False
    if kind == "Location":
        return words[-1][0].isupper()
    rest = LEADING.sub("", v)
    return any(w[0].isupper() for w in re.findall(r"[A-Za-z][\w’'.\-]*", rest))


def load_re3d(root: str) -> list[dict]:
    """Documents of a re3d folder (or of its sub-folders), each with its gold entities and relations."""
    base = Path(root)
    folders = (
        [base]
        if (base / "documents.json").exists()
        else sorted(p for p in base.iterdir() if (p / "documents.json").exists())
    )
    if not folders:
        raise FileNotFoundError(f"no documents.json in {root} or its sub-folders")
    docs = []
    for folder in folders:

        def rows(name, folder=folder):
            path = folder / name
            return (
                [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
                if path.exists()
                else []
            )

        ents, rels = rows("entities.json"), rows("relations.json")
        for d in rows("documents.json"):
            docs.append(
                {
                    "id": d["_id"],
                    "part": folder.name,
                    "text": d["text"],
                    "entities": [e for e in ents if e["documentId"] == d["_id"]],
                    "relations": [r for r in rels if r["documentId"] == d["_id"]],
                }
            )
    return docs


def _paragraphs(text: str) -> tuple[list[str], list[int]]:
    """Paragraphs (split at blank lines) and their start offsets in `text`."""
    paras, starts, pos = [], [], 0
    for m in list(PARA_BREAK.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            paras.append(chunk.strip())
            starts.append(pos + lead)
        if m:
            pos = m.end()
    return paras, starts


def _reference_date(text: str) -> date:
    """The latest full date the document states (press releases date their strikes), else a fixed day in 2017."""
    from .extract.dates import find_dates

    full = [d.value for d in find_dates(text, date(2030, 1, 1)) if d.kind in ("mdy", "dmy", "iso") and d.value]
    return max(full) if full else RE3D_DEFAULT_DATE


def _to_original(start: int, end: int, paras: list[str], starts: list[int]) -> tuple[int, int]:
    pos = 0
    for p, s0 in zip(paras, starts):
        if start < pos + len(p) + 2:
            return s0 + start - pos, s0 + end - pos
        pos += len(p) + 2
    return start, end


def _overlaps(a: tuple[int, int, *tuple[object, ...]], b: tuple[int, int, *tuple[object, ...]]) -> bool:
    """Whether two (start, end, ...) spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def annotated_extent(doc: dict) -> int:
    """Where the gold annotation of a document ends: the end of the sentence of its last entity. Some documents were
    annotated only in part (two CENTCOM strike reports stop before their closing list of coalition nations); mentions
    after that point are not scored."""
    last = max((e["end"] for e in doc["entities"]), default=0)
    m = re.compile(r"[.!?][”\"’']?(?:\s|$)|\n").search(doc["text"], last)
    return m.end() if m else len(doc["text"])


def _ctx(text: str, s: int, e: int) -> str:
    return fold(text[max(0, s - 50) : s] + "[" + text[s:e] + "]" + text[e : e + 30])


def _mention_scores(docs, mentions, label: str, kind: str) -> tuple[dict, list]:
    """Recall of named gold entities of `kind` and precision of mentions of `label` (any gold `kind` entity counts)."""
    tp_g = n_g = tp_p = n_p = 0
    errors = []
    for d in docs:
        gold = [(e["begin"], e["end"], e["value"]) for e in d["entities"] if e["type"] == kind]
        extent = annotated_extent(d)
        pred = [
            (m["start"], m["end"], m["text"]) for m in mentions[d["id"]] if m["label"] == label and m["start"] < extent
        ]
        for g in gold:
            if not named(g[2], kind):
                continue
            n_g += 1
            if any(_overlaps(g, p) for p in pred):
                tp_g += 1
            else:
                errors.append(
                    {"doc": d["id"][:8], "kind": f"missed {kind}", "gold": g[2], "context": _ctx(d["text"], g[0], g[1])}
                )
        for p in pred:
            n_p += 1
            if any(_overlaps(g, p) for g in gold):
                tp_p += 1
            else:
                errors.append(
                    {
                        "doc": d["id"][:8],
                        "kind": f"spurious {label}",
                        "pred": p[2],
                        "context": _ctx(d["text"], p[0], p[1]),
                    }
                )
    return prf(tp_g, n_p, n_g, tp_pred=tp_p), errors


def _side(doc, begin: int, end: int, value: str, mentions, res) -> str | None:
    """Canonical actor of one side of a gold relation: the ACTOR mention over its span, else the dictionary."""
    from .extract.gazetteer import norm

    for m in mentions:
        if m["label"] == "ACTOR" and _overlaps((begin, end), (m["start"], m["end"])):
            return norm(m["canonical"])
    a = res.resolve_actor(LEADING.sub("", fold(value)))
    return norm(a.name) if a else None


def _same_actor(gold: str | None, pred: str | None) -> bool:
    from .extract.gazetteer import norm

    if gold is None or pred is None:
        return False
    if "country" in gold.split():  # a generic gold side ("Military Forces of {country}"): any country fits
        pat = re.escape(gold).replace("country", r"[a-z ]+")
        return re.fullmatch(pat, pred) is not None
    return gold == norm(pred) or gold == pred


def _pair_recall(docs, mentions, events, res) -> tuple[dict, list]:
    from .extract.gazetteer import norm

    tp = n = 0
    errors = []
    for d in docs:
        ents = {(e["begin"], e["end"]): e for e in d["entities"]}
        pairs = set()
        for r in d["relations"]:
            if r["type"] != "FightingAgainst":
                continue
            src, tgt = ents.get((r["sourceBegin"], r["sourceEnd"])), ents.get((r["targetBegin"], r["targetEnd"]))
            if not src or not tgt or src["type"] != "Organisation" or tgt["type"] != "Organisation":
                continue
            if not named(src["value"], "Organisation") or not named(tgt["value"], "Organisation"):
                continue
            a = _side(d, src["begin"], src["end"], src["value"], mentions[d["id"]], res) or norm(src["value"])
            b = _side(d, tgt["begin"], tgt["end"], tgt["value"], mentions[d["id"]], res) or norm(tgt["value"])
            if a != b:
                pairs.add((frozenset((a, b)), f"{src['value']} / {tgt['value']}"))
        seen = set()
        for key, label in sorted(pairs, key=lambda x: x[1]):
            if key in seen:
                continue
            seen.add(key)
            n += 1
            a, b = (tuple(key) * 2)[:2]
            ok = any(
                (_same_actor(a, norm(e["actor1"] or "")) and _same_actor(b, norm(e["actor2"] or "")))
                or (_same_actor(b, norm(e["actor1"] or "")) and _same_actor(a, norm(e["actor2"] or "")))
                for e in events[d["id"]]
            )
            tp += ok
            if not ok:
                errors.append({"doc": d["id"][:8], "kind": "missed FightingAgainst", "gold": label})
    return {"recall": round(tp / n, 4) if n else 1.0, "tp": tp, "gold": n}, errors


def eval_re3d(root: str, settings) -> dict:
    """Mentions and actor pairs of the extractor on the re3d documents (see the module docstring)."""
    from .extract.extractor import ArticleText, get_extractor

    docs = load_re3d(root)
    ex = get_extractor(settings.spacy_model, settings.cache_dir)
    arts, layout = [], {}
    for d in docs:
        paras, starts = _paragraphs(d["text"])
        layout[d["id"]] = (paras, starts)
        arts.append(ArticleText(d["id"], paras, _reference_date(d["text"])))
    t0 = time.perf_counter()
    mentions, events = {}, {}
    for art, evs, ments in ex.run(arts):
        paras, starts = layout[art.article_id]
        for m in ments:
            m["start"], m["end"] = _to_original(m["start_char"], m["end_char"], paras, starts)
        mentions[art.article_id] = ments
        events[art.article_id] = ex.event_rows(art.article_id, evs)
    secs = time.perf_counter() - t0
    loc, loc_err = _mention_scores(docs, mentions, "PLACE", "Location")
    org, org_err = _mention_scores(docs, mentions, "ACTOR", "Organisation")
    pairs, pair_err = _pair_recall(docs, mentions, events, ex.res)
    words = sum(len(d["text"].split()) for d in docs)
    return {
        "kind": "re3d",
        "set": str(root),
        "documents": len(docs),
        "location": loc,
        "organisation": org,
        "fighting_against": pairs,
        "events": sum(len(v) for v in events.values()),
        "words": words,
        "seconds": round(secs, 2),
        "words_per_second": round(words / secs) if secs else None,
        "model": ex.model_name,
        "errors": loc_err + org_err + pair_err,
    }


def format_events_report(rep: dict, show_errors: bool = False) -> str:
    lines = [f"evaluation of {rep['set']} ({rep['documents']} documents)"]
    if rep.get("kind") == "re3d":
        for k, label in (("location", "Location (named) / PLACE"), ("organisation", "Organisation (named) / ACTOR")):
            m = rep[k]
            lines.append(
                f"  {label:<30} R={m['recall']:.3f} P={m['precision']:.3f}  (gold {m['gold']}, found {m['tp']}; {m['predicted']} mentions)"
            )
        fa = rep["fighting_against"]
        lines.append(
            f"  FightingAgainst as event actor pairs  R={fa['recall']:.3f}  ({fa['tp']} of {fa['gold']}; {rep['events']} events)"
        )
        lines.append(
            f"  speed: {rep['words']} words in {rep['seconds']}s = {rep['words_per_second']} words/s ({rep['model']})"
        )
    else:
        m = rep["detection"]
        lines.append(
            f"  event detection P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}  (tp={m['tp']} pred={m['predicted']} gold={m['gold']})"
        )
        lines.append(
            f"  argument accuracy over {rep['aligned_pairs']} aligned events: "
            + ", ".join(f"{k}={v:.3f}" for k, v in rep["argument_accuracy"].items() if v is not None)
        )
        lines.append(
            f"  speed: {rep['words']} words in {rep['seconds']}s = {rep['words_per_second']} words/s ({rep['model']})"
        )
        c = rep.get("detection_confident")
        if c:
            lines.append(
                f"  rows with event_confidence >= {c['threshold']}: P={c['precision']:.3f} R={c['recall']:.3f} "
                f"F1={c['f1']:.3f}  (tp={c['tp']} pred={c['predicted']} gold={c['gold']})"
            )
        for k, v in rep["by_sub_event_type"].items():
            lines.append(f"    {k:<38} P={v['precision']:.2f} R={v['recall']:.2f} F1={v['f1']:.2f} (gold {v['gold']})")
    if show_errors:
        lines.append("  errors:")
        for e in rep["errors"]:
            lines.append("    " + json.dumps(e, ensure_ascii=False, default=str))
    return "\n".join(lines)
