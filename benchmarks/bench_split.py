"""Splitting throughput on one core (`make bench-split`): documents/s and lines/s of `split_dump` over the
project's labelled sets, and over ../shared/realdata/dragnet-train when present (real pages, longer)."""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    for name in ("eval/split_heldout", "eval/split_multi/test"):
        sets[name] = [p.read_bytes().decode("utf-8", "replace") for p in sorted((ROOT / name).glob("*.txt"))]
    real = ROOT.parent / "shared" / "realdata" / "dragnet-train"
    if real.is_dir():
        sets["realdata/dragnet-train"] = [
            p.read_bytes().decode("cp1252", "replace") for p in sorted(real.glob("*.txt"))
        ]
    return sets


def main() -> None:
    from newsetl.split import split_dump

    split_dump("warm up\n\nthe model and the cue patterns load once.")
    for name, texts in _texts().items():
        lines = sum(t.count("\n") + 1 for t in texts)
        reps = max(1, 2000 // len(texts))
        t0 = time.perf_counter()
        for _ in range(reps):
            for t in texts:
                split_dump(t)
        secs = time.perf_counter() - t0
        n = len(texts) * reps
        print(f"split {name}: {n} documents in {secs:.2f}s = {n / secs:.0f} docs/s, {lines * reps / secs:.0f} lines/s")


if __name__ == "__main__":
    main()
