#!/usr/bin/env python
"""Crash-hunt for the extractor: N generated conflict-report documents (tests/extract_fuzz.py), each run alone;
prints documents, events, seconds and every distinct failure (exception, file:line) with a count and one example.

    .venv/bin/python benchmarks/fuzz_extract.py [N=5000] [SEED=11]
Exit status 1 when any document crashed."""

from __future__ import annotations

import sys
import time
import traceback
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.extract_fuzz import documents  # noqa: E402


def main() -> int:
    from newsetl.config import get_settings
    from newsetl.extract.extractor import ArticleText, get_extractor

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    s = get_settings()
    ex = get_extractor(s.spacy_model, s.cache_dir)
    kinds: Counter[str] = Counter()
    example: dict[str, str] = {}
    events, t0 = 0, time.perf_counter()
    for i, body in enumerate(documents(n, seed)):
        try:
            events += len(next(ex.run([ArticleText(f"a_{i}", body, date(2026, 5, 1))]))[1])
        except Exception as e:
            where = traceback.extract_tb(e.__traceback__)[-1]
            key = f"{type(e).__name__} at {Path(where.filename).name}:{where.lineno}"
            kinds[key] += 1
            example.setdefault(key, f"{str(e)[:100]} <- {body[0][:200]}")
    print(f"{n} documents (seed {seed}), {events} events, {time.perf_counter() - t0:.1f} s")
    for key, count in kinds.most_common():
        print(f"  {count:5d}  {key}: {example[key]}")
    print(f"{sum(kinds.values())} documents crashed the extractor")
    return 1 if kinds else 0


if __name__ == "__main__":
    sys.exit(main())
