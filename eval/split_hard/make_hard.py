"""Build eval/split_hard/{train,dev,test} from the hand-written sources in eval/split_hard/src/*.lab.

Every document in a source file starts with `=== <kind>`; every line after it is `<code>|<text>` (the text
keeps its indentation) or blank (blank lines are kept: they are part of the layout). Codes: T title,
M meta (byline, dateline, date), B body, C chrome, A comment author/header line, S first line of a comment
without a header, X comment text, Q comment metadata (dates, Reply, counters). An author line or a comment's
first line or a signature line (Q after the text) may end with `||Name` to give the commenter's name (a header holding more than the name, or a
signature after the text). Writes `<nn>_<kind>.txt` and `<nn>_<kind>.gold.json` (line labels, body
paragraphs, comments with authors) for each document.

    python eval/split_hard/make_hard.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES = {
    "T": "title",
    "M": "meta",
    "B": "body",
    "C": "chrome",
    "A": "author",
    "S": "cstart",
    "X": "ctext",
    "Q": "cmeta",
}
KIND = re.compile(r"^=== (\S+)\s*$")


def parse(path: Path) -> list[tuple[str, list[tuple[str, str, str | None] | None]]]:
    """Documents of one source file: (kind, rows); a row is (label, text, author override) or None (blank)."""
    docs: list[tuple[str, list]] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        m = KIND.match(raw)
        if m:
            docs.append((m.group(1), []))
            continue
        if not docs:
            continue
        if not raw.strip():
            docs[-1][1].append(None)
            continue
        code, sep, text = raw.partition("|")
        if not sep or code not in CODES:
            raise ValueError(f"{path}:{n}: expected <code>|<text>, got {raw!r}")
        text, _, who = text.partition("||")
        docs[-1][1].append((CODES[code], text.rstrip(), who.strip() or None))
    return docs


def gold(kind: str, rows: list) -> tuple[str, dict]:
    """The dump text and the gold record of one document."""
    while rows and rows[-1] is None:
        rows.pop()
    text = "\n".join("" if r is None else r[1] for r in rows) + "\n"
    labels, body, comments = [], [], []
    para, last_body_para, cur, last_c_para = 0, None, None, None
    pending = None
    for r in rows:
        if r is None:
            para += 1
            continue
        lab, line, who = r
        labels.append(lab)
        t = line.strip()
        if lab == "body":
            if last_body_para == para and body:
                body[-1] += " " + t
            else:
                body.append(t)
            last_body_para = para
            continue
        last_body_para = None
        if lab == "author":
            pending = {"author": who or t, "text": []}
            cur = None
        elif lab in ("cstart", "ctext"):
            if pending is not None or cur is None or lab == "cstart":
                cur = pending or {"author": who, "text": []}
                pending = None
                comments.append(cur)
                cur["text"].append(t)
            elif last_c_para == para:
                cur["text"][-1] += "\n" + t
            else:
                cur["text"].append(t)
            if who:
                cur["author"] = who
            last_c_para = para
        elif lab == "cmeta" and who and cur is not None:  # a signature after the comment's text
            cur["author"] = who
    if labels[0] != "title":
        raise ValueError(f"{kind}: the first line must be the title")
    title = next(r[1].strip() for r in rows if r is not None)
    rec = {"format": kind, "title": title, "body": body, "comments": comments, "labels": labels}
    rec["has_comments"] = bool(comments)
    return text, rec


def build(here: Path, prefix: str, splits: tuple[str, ...]) -> int:
    """Write `<split>/NNN_<kind>.txt` and `.gold.json` under `here` from `here/src/<split>.lab`."""
    for split in splits:
        src = here / "src" / f"{split}.lab"
        if not src.exists():
            continue
        out = here / split
        out.mkdir(exist_ok=True)
        for old in out.glob("*"):
            old.unlink()
        for k, (kind, rows) in enumerate(parse(src)):
            text, rec = gold(kind, rows)
            stem = f"{k:03d}_{kind}"
            rec["id"] = f"{prefix}_{split}_{stem}"
            (out / f"{stem}.txt").write_text(text, encoding="utf-8")
            (out / f"{stem}.gold.json").write_text(
                json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        print(split, len(list(out.glob("*.gold.json"))), "documents")
    return 0


def main() -> int:
    return build(HERE, "hard", ("train", "dev", "test"))


if __name__ == "__main__":
    sys.exit(main())
