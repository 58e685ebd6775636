"""Evaluation of splitting against labelled sets (`newsetl eval split GOLD`); events: see eval_events.py.

Split (eval/split/*.gold.json + the raw .txt beside each):
  boundary exact   documents whose predicted body paragraphs equal the gold body exactly
  body P/R/F1      over body paragraphs (multiset match of whitespace-normalised text)
  comment P/R/F1   over comment paragraphs
  author accuracy  gold comments whose predicted comment (same first paragraph) has the same author
"""
from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

from .sources import decode
from .split import split_dump

WS = re.compile(r"\s+")


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
    files = sorted(Path(gold_dir).glob("*.gold.json"))
    if not files:
        raise FileNotFoundError(f"no *.gold.json files in {gold_dir}")
    exact = docs = 0
    tp_b = np_b = ng_b = tp_c = np_c = ng_c = 0
    auth_ok = auth_n = 0
    errors = []
    confs = []
    t0 = time.perf_counter()
    for gf in files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        raw = gf.with_name(gf.name.replace(".gold.json", ".txt")).read_bytes()
        text, _ = decode(raw)
        pred = split_dump(text)
        confs.append(pred.confidence)
        docs += 1
        pb = [_n(p) for p in pred.body]
        gb = [_n(p) for p in gold["body"]]
        pc = [_n(p) for c in pred.comments for p in c.paragraphs]
        gc = [_n(p) for c in gold["comments"] for p in c["text"]]
        ok = pb == gb
        exact += ok
        tp_b += _multiset_tp(pb, gb); np_b += len(pb); ng_b += len(gb)
        tp_c += _multiset_tp(pc, gc); np_c += len(pc); ng_c += len(gc)
        by_first = {}
        for c in pred.comments:
            by_first.setdefault(_n(c.paragraphs[0]), c)
        for c in gold["comments"]:
            auth_n += 1
            p = by_first.get(_n(c["text"][0]))
            if p is not None and (p.author or None) == (c["author"] or None):
                auth_ok += 1
            else:
                errors.append({"doc": gold["id"], "kind": "author", "gold": c["author"], "pred": p.author if p else "(comment not found)",
                               "comment": _n(c["text"][0])[:60]})
        if not ok:
            errors.append({"doc": gold["id"], "kind": "boundary", "gold_body_paragraphs": len(gb), "pred_body_paragraphs": len(pb),
                           "confidence": pred.confidence})
    secs = time.perf_counter() - t0
    return {"set": str(gold_dir), "documents": docs,
            "boundary_exact": round(exact / docs, 4),
            "body_paragraphs": _prf(tp_b, np_b, ng_b), "comment_paragraphs": _prf(tp_c, np_c, ng_c),
            "author_accuracy": round(auth_ok / auth_n, 4) if auth_n else 1.0, "authors": auth_n,
            "mean_confidence": round(sum(confs) / len(confs), 4), "docs_per_second": round(docs / secs, 1),
            "errors": errors}


def format_report(rep: dict, show_errors: bool = False) -> str:
    if "boundary_exact" not in rep:  # events and re3d reports
        from .eval_events import format_events_report

        return format_events_report(rep, show_errors)
    lines = [f"evaluation of {rep['set']} ({rep['documents']} documents)"]
    lines.append(f"  boundary exact (document level): {rep['boundary_exact']:.3f}")
    for k in ("body_paragraphs", "comment_paragraphs"):
        m = rep[k]
        lines.append(f"  {k:<19} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}  (tp={m['tp']} pred={m['predicted']} gold={m['gold']})")
    lines.append(f"  author attribution accuracy: {rep['author_accuracy']:.3f} over {rep['authors']} gold comments")
    lines.append(f"  mean confidence {rep['mean_confidence']:.3f}; {rep['docs_per_second']} docs/s")
    if show_errors:
        lines.append("  errors:")
        for e in rep["errors"]:
            lines.append("    " + json.dumps(e, ensure_ascii=False, default=str))
    return "\n".join(lines)


def __getattr__(name: str):
    # event evaluation moved to newsetl.eval_events; old imports keep working
    if name in ("eval_events", "eval_re3d"):
        from . import eval_events as _ev

        return getattr(_ev, name)
    raise AttributeError(name)
