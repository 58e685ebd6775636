"""Leave-one-set-out table of the splitter's closer with and without the learned reader-voice score (split14).

Each seed-style training/dev set is held out in turn: the closer (voice model, reader score and stack) is fitted on the
others (`closer_fit.fit_closer_on` with the held-out set left out of the reader score's lines too) and measured on the
held-out set's candidate lines (the line before the first author that the decoder took as an anonymous comment): lines
moved to the right side (fixed) / wrong side (broken). The CRF is the packaged one. No test set is read.

    PYTHONPATH=include python scripts/split_reader_loso.py [ROOT]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsetl.split import closer_fit as CF
from newsetl.split import train as T
from newsetl.split.closer import Closer
from newsetl.split.features import load_cues
from newsetl.split.labelled import load_dir
from newsetl.split.model import MODEL_PATH, SplitModel

VARIANTS = {"main (evidence, voice)": (0, 1), "evidence, voice, reader": (0, 1, 3), "evidence, reader": (0, 3)}


def loso(rows: list[dict], lines: dict, columns: tuple[int, ...]) -> dict[str, tuple[int, int]]:
    CF.STACK_COLUMNS = columns
    out = {}
    for held in CF.READER_SETS:
        pool = [r for r in rows if r["set"] != held and r["set"] in CF.CLOSER_SETS]
        c = Closer.from_dict(CF.fit_closer_on(pool, lines, frozenset({held})))
        assert c is not None
        fixed = broken = 0
        for r in rows:
            if r["set"] == held and r["evidence"] is not None:
                to_body = c.comment_logodds(CF.row_inputs(c, r)) <= 0
                fixed += to_body and not r["comment"]
                broken += to_body and r["comment"]
        out[held] = (fixed, broken)
    return out


def main(root: Path) -> None:
    cues = load_cues()
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data.pop("closer", None)
    model = SplitModel(data)
    rows = [r for s in CF.READER_SETS for d in load_dir(root / s) for r in T._doc_rows(model, cues, s, d)]
    lines = T._reader_lines(cues, root)
    saved = CF.STACK_COLUMNS
    print("| held-out set | " + " | ".join(VARIANTS) + " |")
    results = {name: loso(rows, lines, cols) for name, cols in VARIANTS.items()}
    CF.STACK_COLUMNS = saved
    for s in CF.READER_SETS:
        print(f"| {s} | " + " | ".join("{} / {}".format(*results[n][s]) for n in VARIANTS) + " |")
    tot = {n: (sum(f for f, _ in r.values()), sum(b for _, b in r.values())) for n, r in results.items()}
    print("| total fixed / broken (net) | " + " | ".join(f"{f} / {b} ({f - b:+d})" for f, b in tot.values()) + " |")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
