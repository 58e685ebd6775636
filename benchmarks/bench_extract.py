"""Extraction speed alone (prints figures; not a timed test): the articles of every eval/events* set, run through
the extractor ROUNDS times after one warm-up, in one process, on one core. CPU time (time.process_time) is reported
next to wall time because the machine may be shared; compare two versions in the same conditions, interleaved.

    .venv/bin/python benchmarks/bench_extract.py [ROUNDS]   (default 5; NEWSETL_SPACY_MODEL picks the pipeline)
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(rounds: int) -> None:
    from newsetl.config import get_settings
    from newsetl.extract.extractor import ArticleText, get_extractor

    settings = get_settings()
    ex = get_extractor(settings.spacy_model, settings.cache_dir)
    arts = []
    for f in sorted(ROOT.glob("eval/events*/*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        arts.append(ArticleText(g["id"], g["body"], date.fromisoformat(g["reference_date"])))
    words = sum(len(" ".join(a.body).split()) for a in arts)
    list(ex.run(arts))  # warm-up: vocabularies, lazy patterns
    cpu, wall = [], []
    for _ in range(rounds):
        c0, w0 = time.process_time(), time.perf_counter()
        for _a, evs, _m in ex.run(arts):
            ex.event_rows("x", evs)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    best_cpu, best_wall = min(cpu), min(wall)
    print(
        f"extraction ({ex.model_name}): {len(arts)} articles, {words} words; best of {rounds}: "
        f"{words / best_cpu:,.0f} words/s CPU, {words / best_wall:,.0f} words/s wall"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
