"""Where the time of `newsetl run --workers N` goes (prints figures; not a timed test): the bench's generated night
run once in this process with every shard's start, end and CPU seconds recorded by the worker that ran it (the run
process is one of the N workers; the others are the pool's spawned processes), then, per worker: when it began its
first shard (a pool process first imports and loads the extractor), its busy and CPU seconds, when it ended its last
shard; and after the shards the serial tail (finalize, GX gate, publish, summary) from the run's own timings.

    .venv/bin/python benchmarks/worker_timeline.py [--docs 2000] [--corpus DIR] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsetl.night import parallel  # noqa: E402

ORIGINAL = parallel._run_one  # in a pool process (this module imported again): the unpatched one


def timed(shard: dict, *args):
    """`_run_one` with the shard's wall start / end and this process's CPU seconds spent on it."""
    t0, c0 = time.time(), _cpu()
    counts = ORIGINAL(shard, *args)
    counts["timeline"] = {"pid": os.getpid(), "start": t0, "end": time.time(), "cpu": _cpu() - c0}
    return counts


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--corpus", help="an already generated corpus (default: generate --docs into a temp dir)")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    from bench_pipeline import CACHE, generate

    from newsetl.config import get_settings
    from newsetl.run import run_pipeline

    captured: list[dict] = []
    original_stages = sys.modules["newsetl.run"]._shard_stages

    def stages(counts: list[dict]) -> dict:
        captured.extend(counts)
        return original_stages(counts)

    sys.modules["newsetl.run"]._shard_stages = stages
    parallel._run_one = timed
    settings = get_settings(cache_dir=CACHE, spacy_model="blank")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.corpus) if args.corpus else Path(tmp) / "in"
        if not args.corpus:
            generate(corpus, args.docs)
        load0, t0, c0 = os.getloadavg()[0], time.time(), _cpu()
        s = run_pipeline(str(corpus), str(Path(tmp) / "lake"), "2026-11-20", "timeline", settings, workers=args.workers)
        wall = time.time() - t0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"load average {load0:.1f} -> {os.getloadavg()[0]:.1f}; wall {wall:.1f} s; CPU this process {_cpu() - c0:.1f} s,"
    )
    print(f"  children (pool workers, gate process and its children) {kids.ru_utime + kids.ru_stime:.1f} s")
    lines = [c["timeline"] for c in captured if "timeline" in c]
    shards_end = max(t["end"] for t in lines)
    for pid in dict.fromkeys(t["pid"] for t in sorted(lines, key=lambda t: t["start"])):
        mine = [t for t in lines if t["pid"] == pid]
        first, last = min(t["start"] for t in mine), max(t["end"] for t in mine)
        busy, cpu = sum(t["end"] - t["start"] for t in mine), sum(t["cpu"] for t in mine)
        who = "run process" if pid == os.getpid() else "pool process"
        print(
            f"  {who} {pid}: {len(mine)} shards, first began at {first - t0:.1f} s, last ended at {last - t0:.1f} s "
            f"(idle {shards_end - last:.1f} s before the last shard's end); busy {busy:.1f} s, CPU {cpu:.1f} s"
        )
    tm = s["timings"]
    print(f"  shards done at {shards_end - t0:.1f} s; steps (wall s): {json.dumps(tm)}")
    print(f"  gate process: {json.dumps(s.get('gate_process'))}")


if __name__ == "__main__":
    main()
