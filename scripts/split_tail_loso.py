"""Leave-one-set-out check of the splitter's tail margin (split18): the margin `newsetl train split` fits on TAIL_SETS
and the out-of-fold hard training pages (`train.fit_tail`), refitted with each set left out, and the lines that set's
own pages then get wrong (out of fold) beside the lines they get wrong at the fitted value and at split16's 0.5.
With `--kind loose`, the same for the loose margin (split19: runs under loose name lines, searched from
`train.LOOSE_LOW`; the last column is then the lines wrong with no loose margin, as before split19).

Usage (from the project root): python scripts/split_tail_loso.py [--model PATH] [--kind tail|loose]
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from newsetl.split import train as T
from newsetl.split.features import doc_features, load_cues
from newsetl.split.labelled import load_dir
from newsetl.split.margin_fit import fit_one, margin_cost
from newsetl.split.model import MODEL_PATH, SplitModel

OLD_VALUE = 0.5  # split16's tail margin


def _rows(data: dict, root: Path, kind: str = "tail") -> dict[str, list[tuple]]:
    """Per set, its pages' tail rows as `fit_tail` builds them (the hard training pages under `out_of_fold`)."""
    cues = load_cues()
    model = SplitModel(data)
    out: dict[str, list[tuple]] = {}
    for s in T.TAIL_SETS:
        rows = [T._tail_row(model, d, doc_features(d.lines, cues), kind) for d in load_dir(root / s)]
        out[s] = [r for r in rows if r is not None]
    oof = T.out_of_fold_tail_rows(data, model, T._Data(root, cues), 200, kind)
    out["out_of_fold"] = [r for r in oof if r is not None]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=str(MODEL_PATH))
    ap.add_argument("--root", default=".")
    ap.add_argument("--kind", choices=("tail", "loose"), default="tail")
    args = ap.parse_args()
    low, old = (T.LOOSE_LOW, math.inf) if args.kind == "loose" else (0.0, OLD_VALUE)
    rows = _rows(json.loads(Path(args.model).read_text(encoding="utf-8")), Path(args.root), args.kind)
    every = [r for rs in rows.values() for r in rs]
    full = fit_one(every, low=low)[0]
    print(f"fitted on every set: {full} ({len(every)} rows)")
    print(f"{'left out':28} {'rows':>4} {'value':>6} {'wrong (out of fold)':>20} {'at fitted':>9} {'at old':>6}")
    for s, rs in rows.items():
        if s == "out_of_fold" or not rs:
            continue
        t = fit_one([r for k, v in rows.items() if k != s for r in v], low=low)[0]
        wrong = [margin_cost(rs, x)[1]["wrong_lines"] for x in (t, full, old)]
        print(f"{s:28} {len(rs):>4} {t:>6} {wrong[0]:>20} {wrong[1]:>9} {wrong[2]:>6}")


if __name__ == "__main__":
    main()
