"""The seed-style dump layout shared by the builders of eval/split_dev, eval/split_dev2 and eval/split 062-070.

Layout as eval/split: title, blank, optional caption + blank, body paragraphs separated by one blank line, then
comments: author line + one blank line + paragraphs; a non-first anonymous comment after two blank lines.
A doc is (slug, title, caption, body, comments); a comment is (author_line or None, [paragraphs]).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from split_convention import apply as convention  # chrome/meta lines inside the body (see split_convention.py)


def norm(text: str) -> str:
    """A paragraph as gold stores it: hard line breaks and runs of spaces collapsed to one space."""
    return " ".join(text.split())


def raw_text(title, caption, body, comments) -> str:
    parts = [title, ""]
    if caption:
        parts += [caption, ""]
    for p in body:
        parts += [p, ""]
    first = True
    for author, paras in comments:
        if author is None and not first:
            parts.append("")  # two blank lines before a non-first anonymous comment
        if author is not None:
            parts += [author, ""]
        for p in paras:
            parts += [p, ""]
        first = False
    return "\n".join(parts).rstrip("\n") + "\n"


def write_doc(here: Path, ident: str, raw: str, gold: dict) -> None:
    """NNN_slug.txt and NNN_slug.gold.json in `here`."""
    (here / f"{ident}.txt").write_text(raw, encoding="utf-8")
    (here / f"{ident}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_set(here: Path, docs: list, start: int = 0, cases: Callable[[list], list[str]] = lambda _c: []) -> None:
    """Every doc as a dump + gold (paragraphs normalised), numbered from `start`; `cases` labels a doc's comments."""
    for i, (slug, title, caption, body, comments) in enumerate(docs, start):
        ident = f"{i:03d}_{slug}"
        gold = {
            "id": ident,
            "encoding": "utf-8",
            "title": title,
            "caption": caption,
            "body": [norm(p) for p in body],
            "comments": [{"author": a, "text": [norm(p) for p in ps]} for a, ps in comments],
            "cases": cases(comments),
        }
        write_doc(here, ident, raw_text(title, caption, body, comments), convention(gold))
    print(f"wrote {len(docs)} documents to {here}")
