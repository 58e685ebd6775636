"""Build eval/split_hard2/{train,dev} from the hand-written sources in eval/split_hard2/src/*.lab.

The source format and the gold format are those of eval/split_hard (see its make_hard.py docstring): this
script reuses make_hard's parser and gold builder unchanged, so both sets share one format.

    python eval/split_hard2/make_hard2.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_hard", HERE.parent / "split_hard" / "make_hard.py")
assert _spec is not None and _spec.loader is not None
make_hard = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_hard)


def main() -> int:
    return make_hard.build(HERE, "hard2", ("train", "dev"))


if __name__ == "__main__":
    sys.exit(main())
