"""Labelled documents for fitting and evaluating the splitter.

Two gold formats are read:
* seed-style sets (eval/split, eval/split_dev, eval/split_heldout): `title`, `caption`, `body`, `comments`;
  line labels are derived by walking the raw dump against the gold; lines inside the article that are chrome
  or meta by the convention of `eval/split_convention.py` (`Read more:`, bylines, credits, sign-offs) are listed
  in `not_body` (`[{"text", "label"}]`) and labelled so wherever they occur between the caption and the comments;
* multi-format sets (eval/split_multi/*): a `labels` list with one label per non-blank line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .text import ZW_RE, Line, to_lines

LABELS = ["title", "meta", "body", "chrome", "author", "cstart", "ctext", "cmeta"]
COMMENT_ZONE = {"author", "cstart", "ctext", "cmeta"}
_WS = re.compile(r"\s+")


@dataclass
class Labelled:
    id: str
    lines: list[Line]
    labels: list[str]
    gold: dict


def _n(s: str) -> str:
    """Gold text normalised as `to_lines` normalises the dump (zero-width characters dropped, spaces collapsed)."""
    return _WS.sub(" ", ZW_RE.sub("", s).replace("\u00a0", " ")).strip()


def _consume(lines: list[Line], i: int, para: str) -> int:
    """Index after the lines that make up `para` starting at line i (-1 when they do not)."""
    target, acc = _n(para), ""
    j = i
    while j < len(lines) and len(acc) < len(target):
        acc = _n(f"{acc} {lines[j].text}") if acc else lines[j].text
        j += 1
    return j if acc == target else -1


def derive_labels(lines: list[Line], gold: dict) -> list[str] | None:
    """Line labels for a seed-style gold document, or None when the gold cannot be aligned."""
    labels = ["title"]
    i = 1
    if gold.get("caption"):
        j = _consume(lines, i, gold["caption"])
        if j < 0:
            return None
        labels += ["meta"] * (j - i)
        i = j
    other = {_n(x["text"]): x["label"] for x in gold.get("not_body", [])}
    for p in [*gold["body"], None]:  # None: the chrome/meta lines after the last body paragraph
        while i < len(lines) and other and _n(lines[i].text) in other:
            labels.append(other[_n(lines[i].text)])
            i += 1
        if p is None:
            break
        j = _consume(lines, i, p)
        if j < 0:
            return None
        labels += ["body"] * (j - i)
        i = j
    for c in gold["comments"]:
        if c.get("author"):
            if i >= len(lines):
                return None
            labels.append("author")
            i += 1
        for k, p in enumerate(c["text"]):
            j = _consume(lines, i, p)
            if j < 0:
                return None
            first = "cstart" if (k == 0 and not c.get("author")) else "ctext"
            labels += [first] + ["ctext"] * (j - i - 1)
            i = j
    return labels if i == len(lines) else None


def _decode(raw: bytes, enc: str | None) -> str:
    for e in ([enc] if enc else []) + ["utf-8-sig", "cp1252", "latin-1"]:
        try:
            return raw.decode(e)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("utf-8", "replace")


def load_dir(path: str | Path) -> list[Labelled]:
    """All labelled documents of one folder (`*.gold.json` beside the raw `*.txt`)."""
    out: list[Labelled] = []
    files = sorted(Path(path).glob("*.gold.json"))
    if not files:
        raise FileNotFoundError(f"no *.gold.json files in {path}")
    for gf in files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        raw = gf.with_name(gf.name.replace(".gold.json", ".txt")).read_bytes()
        lines = to_lines(_decode(raw, gold.get("encoding")))
        labels = gold.get("labels") or derive_labels(lines, gold)
        if labels is None or len(labels) != len(lines):
            raise ValueError(f"{gf}: gold does not align with the dump's lines")
        out.append(Labelled(gold["id"], lines, labels, gold))
    return out
