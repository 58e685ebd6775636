"""Build eval/split_hard2/{train,dev} from the hand-written sources in eval/split_hard2/src/*.lab.

The source format and the gold format are those of eval/split_hard (see its make_hard.py docstring): this
script reuses make_hard's parser and gold builder unchanged, so both sets share one format.

    python eval/split_hard2/make_hard2.py
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_hard", HERE.parent / "split_hard" / "make_hard.py")
assert _spec is not None and _spec.loader is not None
make_hard = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_hard)


def main() -> int:
    for split in ("train", "dev"):
        src = HERE / "src" / f"{split}.lab"
        if not src.exists():
            continue
        out = HERE / split
        out.mkdir(exist_ok=True)
        for old in out.glob("*"):
            old.unlink()
        for k, (kind, rows) in enumerate(make_hard.parse(src)):
            text, rec = make_hard.gold(kind, rows)
            stem = f"{k:03d}_{kind}"
            rec["id"] = f"hard2_{split}_{stem}"
            (out / f"{stem}.txt").write_text(text, encoding="utf-8")
            (out / f"{stem}.gold.json").write_text(
                json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        print(split, len(list(out.glob("*.gold.json"))), "documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
