"""The per-document time limit (isolation.deadline) on a loaded host in miniature, and its cost per document
(prints figures; not a timed test).

1. Cost: `deadline(60)` entered and left with nothing inside, best of 5 x 20,000 (what every document pays).
2. Load: a document needing 0.3 CPU seconds under a 0.5 s limit while another thread of the process competes
   for the GIL, 3 times: a wall-time limit cuts it off, a CPU-time limit keeps it.

    PYTHONPATH=<worktree>/include .venv/bin/python benchmarks/bench_deadline.py
"""

from __future__ import annotations

import threading
import time

from newsetl.isolation import TooSlow, deadline


def cost() -> float:
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(20000):
            with deadline(60):
                pass
        best = min(best, (time.perf_counter() - t) / 20000)
    return best


def one_document(cpu_seconds: float, limit: float) -> str:
    c0, w0 = time.thread_time(), time.monotonic()
    try:
        with deadline(limit):
            while time.thread_time() - c0 < cpu_seconds:
                pass
        verdict = "kept"
    except TooSlow as e:
        verdict = type(e).__name__
    return f"{verdict} (CPU {time.thread_time() - c0:.2f} s, wall {time.monotonic() - w0:.2f} s)"


def under_load(rounds: int = 3) -> list[str]:
    stop = threading.Event()

    def hog() -> None:
        while not stop.is_set():
            sum(range(2000))

    th = threading.Thread(target=hog, daemon=True)
    th.start()
    try:
        return [one_document(0.3, 0.5) for _ in range(rounds)]
    finally:
        stop.set()
        th.join()


if __name__ == "__main__":
    print(f"deadline() enter+exit: {cost() * 1e6:.2f} us per document")
    print("0.3 CPU-s document, 0.5 s limit, GIL shared with a busy thread:", "; ".join(under_load()))
