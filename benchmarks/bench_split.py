"""Splitting throughput on one core (`make bench-split`): documents/s and lines/s of `split_dump` over the
project's labelled sets, and over ../shared/realdata/dragnet-train when present (real pages, longer).
Wall-clock and CPU time (`time.process_time`) are both printed: on a shared machine the CPU-time figure is the
one to compare. Nothing is cached across documents (a line's features are memoised within its document only)."""

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
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(reps):
            for t in texts:
                split_dump(t)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        n = len(texts) * reps
        print(
            f"split {name}: {n} documents in {secs:.2f}s = {n / secs:.0f} docs/s wall, {n / cpu:.0f} docs/s CPU time, "
            f"{lines * reps / cpu:.0f} lines/s CPU time"
        )


if __name__ == "__main__":
    main()
