"""The labelling convention for lines inside a seed-style article that are neither body nor comments.

Decided in the `split9` round (issue 7) so that the seed-style gold agrees with the multi-format sets
(`eval/split_multi`, `eval/split_hard`), which label such lines `chrome` / `meta`:

* chrome (navigation, not the article's text): a line opening with `Read more:`, `Related:`, `Watch:`,
  `See also:`, `Listen:`, `Also read:`, `More on this story:`;
* meta (who made the article, not what it says): a byline (`By Name[, role]`), a photo credit
  (`Photograph(s) by ...`, `(Photo: ...)`), a credit line (`Additional reporting by ...`, `Editing by ...`,
  `Reporting by ...`) and the author's sign-off as the body's last line (`Name, City` / `Name`: at most six
  words, each capitalised, no sentence punctuation).

Everything else between the caption and the comments stays body: editor's notes, corrections, update lines,
questions to readers, sub-headings, verse, lists. The five seed dumps contain no such line (their only credit
line is the caption), so the convention changes nothing there. In gold files the lines go to `not_body`
(`[{"text", "label"}]`); `gold["body"]` keeps only body paragraphs. `newsetl.split.labelled.derive_labels` labels
them chrome/meta; the body-paragraph score does not count them either way.

Run `python eval/split_convention.py DIR...` to apply it to existing gold files (idempotent).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CHROME = re.compile(r"^(read more|related|watch|see also|listen|also read|more on this story)\s*:", re.I)
BYLINE = re.compile(r"^By [A-Z][^.!?]{1,80}$")
CREDIT = re.compile(
    r"^\(?(photo(graph)?s?( by|:)|pictures? by|(additional reporting|reporting|editing|writing) by)", re.I
)
SIGN_OFF = re.compile(r"^[A-Z][\w'’.\-]*(?:,? [A-Z][\w'’.\-]*){0,5}$")
MAX_WORDS = 16


def label_of(text: str, last: bool) -> str | None:
    """'chrome', 'meta' or None (body) for one body paragraph; `last`: the body's last paragraph."""
    t = " ".join(text.split())
    if len(t.split()) > MAX_WORDS:
        return None
    if CHROME.match(t):
        return "chrome"
    if BYLINE.match(t) or CREDIT.match(t):
        return "meta"
    if last and len(t.split()) <= 6 and SIGN_OFF.match(t) and not re.search(r"[.!?:;]$", t):
        return "meta"
    return None


def apply(gold: dict) -> dict:
    """The gold with convention lines moved from `body` to `not_body` (idempotent)."""
    body = gold["body"]
    keep, out = [], list(gold.get("not_body", []))
    for k, p in enumerate(body):
        lab = label_of(p, k == len(body) - 1)
        if lab:
            out.append({"text": p, "label": lab})
        else:
            keep.append(p)
    gold = dict(gold)
    gold["body"] = keep
    if out:
        gold["not_body"] = out
    return gold


def main(dirs: list[str]) -> None:
    for d in dirs:
        for f in sorted(Path(d).glob("*.gold.json")):
            gold = json.loads(f.read_text(encoding="utf-8"))
            if "body" not in gold:
                continue
            new = apply(gold)
            if new != gold:
                moved = [x for x in new["not_body"] if x not in gold.get("not_body", [])]
                for x in moved:
                    print(f"{f.name}: {x['label']}: {x['text'][:90]}")
                f.write_text(json.dumps(new, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
