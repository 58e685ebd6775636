"""Evaluation of the splitter (`newsetl eval split ...`).

Labelled sets (a folder of `*.gold.json` + raw `*.txt`, either gold format of `split.labelled`):
  lines            line-level P/R/F1 of the body side and the comment side, and their macro F1
  paragraphs       body / comment paragraph P/R/F1 (multiset match of whitespace-normalised text)
  author accuracy  gold comments whose predicted comment (same first paragraph; duplicates paired in page order) has the same author
  invented         documents without comments that were given some; boundary exact: documents whose
                   comment zone starts at the gold line
Real data nobody here wrote (`../shared/realdata`, read-only, never copied into the project):
  dragnet          the Dragnet pages: the `!@#$%^&*() COMMENTS` line is removed and is the gold boundary;
                   line-level body/comment P/R/F1, macro F1, false-comment rate on pages without comments,
                   pages lost (no body)
  re3d             re3d documents fed as raw text: documents given comments they do not have
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

from .eval_common import fold, prf
from .split import Splitter, keep_prose
from .split.assemble import Comment
from .split.labelled import COMMENT_ZONE, load_dir
from .split.text import to_lines

# the gold split line `!@#$%^&*() COMMENTS`; 7 pages carry it mistyped (`!@ $%^&*()`, `!@#$%$%^&*()`, ...), and
# the README counts them among the 296 pages with comments
DRAGNET_MARK = re.compile(r"^\s*[!@#$%^&*() ]{4,}\s*COMMENTS\s*$")


class _Lines:
    """Line-level confusion of the body side against the comment side."""

    def __init__(self) -> None:
        self.c: Counter[tuple[bool, bool]] = Counter()

    def add(self, gold: list[bool], pred: list[bool]) -> None:
        for g, p in zip(gold, pred):
            self.c[(g, p)] += 1

    def report(self) -> dict:
        c = self.c
        body = prf(c[(False, False)], c[(False, False)] + c[(True, False)], c[(False, False)] + c[(False, True)])
        comm = prf(c[(True, True)], c[(True, True)] + c[(False, True)], c[(True, True)] + c[(True, False)])
        return {"body": body, "comment": comm, "macro_f1": round((body["f1"] + comm["f1"]) / 2, 4)}


def eval_labelled(gold_dir: str, sp: Splitter | None = None) -> dict:
    sp = sp or Splitter()
    docs = load_dir(gold_dir)
    lines_c, errors = _Lines(), []
    tp_b = np_b = ng_b = tp_c = np_c = ng_c = auth_ok = auth_n = invented = no_comment_docs = exact = 0
    t0 = time.perf_counter()
    for d in docs:
        pred, dec = sp.split_lines(d.lines)
        gz = [lab in COMMENT_ZONE for lab in d.labels]
        pz = [lab in COMMENT_ZONE for lab in (dec.labels if dec is not None else [])]  # None: no lines
        lines_c.add(gz, pz)
        exact += gz == pz
        if not any(gz):
            no_comment_docs += 1
            invented += any(pz)
        gold = d.gold
        if "body" in gold:
            pb, gb = [fold(p) for p in pred.body], [fold(p) for p in gold["body"]]
            pc = [fold(p) for c in pred.comments for p in c.paragraphs]
            gc = [fold(p) for c in gold["comments"] for p in c["text"]]
            tp_b += sum((Counter(pb) & Counter(gb)).values())
            np_b += len(pb)
            ng_b += len(gb)
            tp_c += sum((Counter(pc) & Counter(gc)).values())
            np_c += len(pc)
            ng_c += len(gc)
            # predicted comments by first paragraph, in page order: gold comments with the same first paragraph
            # (`+1`, a text posted twice) are paired with the predicted ones in the same order
            by_first: dict[str, list[Comment]] = {}
            for c in pred.comments:
                if c.paragraphs:
                    by_first.setdefault(fold(c.paragraphs[0]), []).append(c)
            for c in gold["comments"]:
                auth_n += 1
                same = by_first.get(fold(c["text"][0]))
                p = same.pop(0) if same else None
                if p is not None and fold(p.author) == fold(c["author"]):
                    auth_ok += 1
                else:
                    errors.append(
                        {
                            "doc": d.id,
                            "kind": "author",
                            "gold": c["author"],
                            "pred": p.author if p else "(comment not found)",
                        }
                    )
        if gz != pz:
            errors.append(
                {
                    "doc": d.id,
                    "kind": "boundary",
                    "gold_comment_lines": sum(gz),
                    "pred_comment_lines": sum(pz),
                    "confidence": pred.confidence,
                }
            )
    secs = time.perf_counter() - t0
    return {
        "set": str(gold_dir),
        "documents": len(docs),
        "lines": lines_c.report(),
        "boundary_exact": round(exact / len(docs), 4),
        "body_paragraphs": prf(tp_b, np_b, ng_b),
        "comment_paragraphs": prf(tp_c, np_c, ng_c),
        "author_accuracy": round(auth_ok / auth_n, 4) if auth_n else None,
        "authors": auth_n,
        "invented_comments": f"{invented}/{no_comment_docs}",
        "docs_per_second": round(len(docs) / secs, 1),
        "errors": errors,
    }


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def eval_dragnet(folder: str, sp: Splitter | None = None) -> dict:
    """Line-level scores on Dragnet pages (gold boundary: the COMMENTS marker line)."""
    sp = sp or Splitter()
    files = sorted(Path(folder).glob("*.corrected.txt"))
    if not files:
        raise FileNotFoundError(f"no *.corrected.txt pages in {folder}")
    allc, withc = _Lines(), _Lines()
    false_lines = no_c_lines = lost = invented = no_c_pages = 0
    worst = []
    t0 = time.perf_counter()
    for f in files:
        raw = _decode(f.read_bytes()).replace("\r\n", "\n").replace("\r", "\n").split("\n")
        mark = next((i for i, ln in enumerate(raw) if DRAGNET_MARK.match(ln)), None)
        text = "\n".join(raw if mark is None else raw[:mark] + raw[mark + 1 :])
        lines = to_lines(text)
        if not lines:
            continue
        n_above = len(to_lines("\n".join(raw[:mark]))) if mark is not None else len(lines)
        gold = [i >= n_above for i in range(len(lines))]
        split, dec = sp.split_lines(lines)
        pred = [lab in COMMENT_ZONE for lab in (dec.labels if dec is not None else [])]  # None: no lines
        allc.add(gold, pred)
        if mark is None:
            no_c_pages += 1
            no_c_lines += len(lines)
            false_lines += sum(pred)
            invented += any(pred)
        else:
            withc.add(gold, pred)
        if not keep_prose(split).body:  # what the pipeline loads (run.py applies the same rule)
            lost += 1
        wrong = sum(g != p for g, p in zip(gold, pred))
        if wrong:
            worst.append((wrong, f.name, "comments" if mark is not None else "none"))
    worst.sort(reverse=True)
    return {
        "set": str(folder),
        "pages": len(files),
        "pages_with_comments": len(files) - no_c_pages,
        "lines": allc.report(),
        "lines_on_pages_with_comments": withc.report(),
        "false_comment_rate": round(false_lines / no_c_lines, 4) if no_c_lines else 0.0,
        "pages_without_comments_given_comments": f"{invented}/{no_c_pages}",
        "pages_lost": lost,
        "pages_per_second": round(len(files) / (time.perf_counter() - t0), 1),
        "worst_pages": worst[:15],
    }


def eval_re3d(folder: str, sp: Splitter | None = None) -> dict:
    """re3d documents (no reader comments) fed as raw text: how many get comments, how many lose their body."""
    sp = sp or Splitter()
    docs = []
    for p in sorted(Path(folder).rglob("documents.json")):
        docs += [json.loads(ln) for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if not docs:
        raise FileNotFoundError(f"no documents.json under {folder}")
    given, lost, ids = 0, 0, []
    for d in docs:
        s = sp(f"{d.get('title') or ''}\n\n{d['text']}")
        if s.comments:
            given += 1
            ids.append(d["_id"])
        lost += not keep_prose(s).body
    return {
        "set": str(folder),
        "documents": len(docs),
        "documents_given_comments": given,
        "documents_lost": lost,
        "given_comments": ids[:20],
    }


def format_report(rep: dict, errors: bool = False) -> str:
    """Human-readable figures of any split evaluation."""
    out = [
        f"{rep['set']}: "
        + ", ".join(f"{k} {rep[k]}" for k in ("documents", "pages", "pages_with_comments") if k in rep)
    ]
    for key in ("lines", "lines_on_pages_with_comments"):
        if key in rep:
            r = rep[key]
            out.append(
                f"  {key}: body P/R/F1 {r['body']['precision']}/{r['body']['recall']}/{r['body']['f1']}  "
                f"comment P/R/F1 {r['comment']['precision']}/{r['comment']['recall']}/{r['comment']['f1']}  macro F1 {r['macro_f1']}"
            )
    for key in ("body_paragraphs", "comment_paragraphs"):
        if key in rep and rep[key]["gold"]:
            out.append(f"  {key}: P/R/F1 {rep[key]['precision']}/{rep[key]['recall']}/{rep[key]['f1']}")
    for key in (
        "author_accuracy",
        "boundary_exact",
        "invented_comments",
        "false_comment_rate",
        "pages_without_comments_given_comments",
        "pages_lost",
        "documents_given_comments",
        "documents_lost",
        "docs_per_second",
        "pages_per_second",
    ):
        if key in rep and rep[key] is not None:
            out.append(f"  {key}: {rep[key]}")
    if errors:
        for e in rep.get("errors", rep.get("worst_pages", rep.get("given_comments", []))):
            out.append(f"    {e}")
    return "\n".join(out)
