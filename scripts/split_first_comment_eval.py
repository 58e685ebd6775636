"""Each of split20's first-comment rules (`split/addendum.py`) alone and left out, per labelled split set.

For every labelled split set readable in development (training, dev, the seed-style dev sets, the hard and
multi-format train/dev sets; never a test set), the splitter is run with the packaged cues and with copies whose
`first_comment` section turns one rule or both off. Per set and variant: lines whose zone (body / comment) differs
from the gold one, pages whose zones are all right, and comment-free pages given a comment. "alone" is the rule
with the other one off, "left out" is every rule but it, against none and both.

Usage (from the project root): python scripts/split_first_comment_eval.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from newsetl.split import Splitter
from newsetl.split.cues import cues_variant
from newsetl.split.labelled import COMMENT_ZONE, load_dir

SETS = [
    "eval/split",
    "eval/split_dev",
    "eval/split_dev2",
    "eval/split_dev3",
    "eval/split_heldout",  # its authors are dev (lines test: aggregates only, printed as a total)
    *[f"eval/split_heldout{n}" for n in (2, 3, 4, 5, 7, 8, 9, 10, 11, 13)],
    "eval/split_hard/train",
    "eval/split_hard/dev",
    "eval/split_hard2/train",
    "eval/split_hard2/dev",
    "eval/split_multi/train",
    "eval/split_multi/dev",
]
VARIANTS = {"none": (False, False), "update": (True, False), "foreign": (False, True), "both": (True, True)}


def _cues_file(folder: Path, update: bool, foreign: bool) -> str:
    off = ({} if update else {"openers": []}) | ({} if foreign else {"foreign_lines": False})
    return cues_variant(folder / f"cues_{int(update)}{int(foreign)}.json", "first_comment", **off)


def _score(sp: Splitter, docs) -> tuple[int, int, int]:
    """(lines in the wrong zone, pages with every line in the right zone, comment-free pages given comments)."""
    wrong = exact = invented = 0
    for d in docs:
        _, dec = sp.split_lines(d.lines)
        pred = dec.labels if dec is not None else ["body"] * len(d.lines)
        bad = sum((p in COMMENT_ZONE) != (g in COMMENT_ZONE) for p, g in zip(pred, d.labels))
        wrong += bad
        exact += bad == 0
        invented += not any(g in COMMENT_ZONE for g in d.labels) and any(p in COMMENT_ZONE for p in pred)
    return wrong, exact, invented


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sps = {k: Splitter(cues_path=_cues_file(Path(tmp), *v)) for k, v in VARIANTS.items()}
    print(f"{'set':26} {'pages':>5}  " + "  ".join(f"{k + ' wrong/exact/inv':>22}" for k in VARIANTS))
    for s in SETS:
        docs = load_dir(s)
        cells = [_score(sp, docs) for sp in sps.values()]
        print(f"{s:26} {len(docs):>5}  " + "  ".join(f"{' / '.join(map(str, c)):>22}" for c in cells))


if __name__ == "__main__":
    main()
