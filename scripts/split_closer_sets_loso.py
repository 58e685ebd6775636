"""Leave-one-set-out check of the closer refitted with more seed-style sets (split21): `train.CLOSER_SETS` plus the
sets given, and for each set the candidate lines (the decoder's one-line anonymous first comments) that a closer
fitted without that set moves to the body rightly (`fixed`: a closing body line) or wrongly (`broken`: a comment).
With `--lines`, the lines themselves. The packaged CRF and margins are used; nothing is written.

Usage (from the project root): python scripts/split_closer_sets_loso.py [--lines] [eval/split_heldout9 ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsetl.split import train as T
from newsetl.split.closer import Closer
from newsetl.split.closer_fit import fit_closer_on, row_inputs
from newsetl.split.features import load_cues
from newsetl.split.model import load_model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("extra", nargs="*", help="sets added to train.CLOSER_SETS")
    ap.add_argument("--lines", action="store_true", help="print the moved lines")
    args = ap.parse_args()
    T.CLOSER_SETS = [*T.CLOSER_SETS, *args.extra]  # read by _closer_rows at call time
    T.READER_SETS = list(dict.fromkeys([*T.READER_SETS, *args.extra]))
    model, cues, root = load_model(), load_cues(), Path(".")
    rows = T._closer_rows(model, cues, root)
    lines = T._reader_lines(cues, root)
    print(f"{'left out':28} {'fixed':>5} {'broken':>6}")
    for s in T.CLOSER_SETS:
        c = Closer.from_dict(fit_closer_on([r for r in rows if r["set"] != s], lines, frozenset({s})))
        assert c is not None
        moved = []
        for r in rows:
            if r["set"] == s and r["evidence"] is not None:
                lo = c.comment_logodds(row_inputs(c, r))
                if lo <= 0:  # the decoder took the line as a comment; this closer sends it back to the body
                    moved.append((not r["comment"], round(lo, 3), r["text"][:90]))
        print(f"{s:28} {sum(m[0] for m in moved):>5} {sum(not m[0] for m in moved):>6}")
        for ok, lo, text in moved if args.lines else []:
            print(f"    {'fixed ' if ok else 'BROKEN'} {lo:>7} {text}")


if __name__ == "__main__":
    main()
