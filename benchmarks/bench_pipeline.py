"""Throughput and memory of the pipeline on generated data (prints figures; not a timed test).

Generates N synthetic dumps by recombining the project's labelled documents (eval/split) with fresh
numbers, places and comments shuffled, runs the in-process pipeline on them, and reports:
split docs/s, extraction words/s, end-to-end docs/s and the peak RSS (ru_maxrss) of this process.

    .venv/bin/python benchmarks/bench_pipeline.py [N_DOCS]   (default 2000)
"""

from __future__ import annotations

import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(out: Path, n: int, seed: int = 7) -> int:

    rnd = random.Random(seed)
    bases = []
    for g in sorted((ROOT / "eval" / "split").glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        bases.append(gold)
    total = 0
    for i in range(n):
        g = rnd.choice(bases)
        donor = rnd.choice(bases)
        body = list(g["body"])
        body[0] = body[0].replace(" ", " ", 1) + f" (report {i})"
        comments = g["comments"] + donor["comments"][: rnd.randint(0, 4)]
        parts = [g["title"] + f" #{i}", ""]
        if g["caption"]:
            parts += [g["caption"], ""]
        for p in body:
            parts += [p, ""]
        for j, c in enumerate(comments):
            if c["author"] and j > 0:
                parts += [c["author"], ""]
            elif j > 0:
                parts += [""]
            for p in c["text"]:
                parts += [p, ""]
        text = "\n".join(parts)
        sub = out / f"d{i // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    from newsetl.config import get_settings
    from newsetl.run import run_pipeline
    from newsetl.split import split_dump

    settings = get_settings(cache_dir=str(ROOT / "data" / "cache"), spacy_model="blank")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        nbytes = generate(tmp / "in", n)
        print(f"generated {n} dumps, {nbytes / 1e6:.1f} MB")
        texts = [p.read_text(encoding="utf-8") for p in sorted((tmp / "in").rglob("*.txt"))[:1000]]
        t = time.perf_counter()
        for tx in texts:
            split_dump(tx)
        print(f"split: {len(texts) / (time.perf_counter() - t):.0f} docs/s")
        t = time.perf_counter()
        s = run_pipeline(str(tmp / "in"), str(tmp / "lake"), "2026-11-20", "bench", settings)
        secs = time.perf_counter() - t
        print(f"pipeline: {n} docs in {secs:.1f}s = {n / secs:.1f} docs/s; extraction {s['words_per_second']} words/s")
        print(f"tables: {s['tables']}")
        print(f"peak RSS: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
