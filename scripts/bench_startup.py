"""Per-task start-up of news_ingest tasks, each step timed in a FRESH Python process (as a mapped Airflow task
is): imports, the gazetteer index, the extractor (spaCy pipeline + rules), GX. Also the peak RSS of one shard
task over the sample night, which sizes NEWSETL_SHARD_MEMORY_MB. Prints a table (README "Task start-up").

    .venv/bin/python scripts/bench_startup.py [--pickle]   (make bench-startup)

--pickle also times the previous gazetteer format (the same index unpickled) for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = os.environ.get("NEWSETL_CACHE_DIR") or str(ROOT / "data" / "cache")

PROBE = r"""
import json, os, resource, sys, time
t0 = time.perf_counter()
out = {}
def mark(k, t):
    out[k] = round(time.perf_counter() - t, 3)
step = sys.argv[1]
cache = sys.argv[2]
if step == "shard":
    t = time.perf_counter(); import newsetl.run; mark("import newsetl.run", t)
    t = time.perf_counter(); from newsetl.extract import gazetteer; g = gazetteer.load(cache); mark("gazetteer index (mmap)", t)
    t = time.perf_counter(); from newsetl.extract.extractor import get_extractor; e = get_extractor("auto", cache); mark("extractor (spaCy + rules)", t)
    mark("shard task start-up (total)", t0)
    out["rss_mb_after_startup"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    if len(sys.argv) > 3:
        shard, staging, lake = json.loads(sys.argv[3]), sys.argv[4], sys.argv[5]
        t = time.perf_counter(); c = newsetl.run.process_shard(shard, staging, lake, "2026-11-20"); mark("sample shard processed", t)
        out["rss_mb_peak_shard"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
elif step == "validate":
    t = time.perf_counter(); import newsetl.run; mark("import newsetl.run", t)
    t = time.perf_counter(); from newsetl.quality import Validator; v = Validator(); mark("GX import + ephemeral context", t)
    mark("validate task start-up (total)", t0)
elif step == "pickle":
    import pickle
    t = time.perf_counter()
    with open(sys.argv[3], "rb") as fh:
        pickle.load(fh)
    mark("gazetteer index (old pickle)", t)
print(json.dumps(out))
"""


def probe(*args: str) -> dict:
    env = {**os.environ, "GX_ANALYTICS_ENABLED": "false", "NEWSETL_CACHE_DIR": CACHE}
    r = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=600)
    if r.returncode != 0:
        raise SystemExit(r.stderr[-3000:])
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pickle", action="store_true", help="also time the old pickled gazetteer format")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from newsetl.extract import gazetteer
    from newsetl.run import discover

    gazetteer.load(CACHE)  # build once if needed (not part of start-up)
    rows: dict[str, list[float]] = {}
    extra: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        found = discover(str(ROOT / "samples" / "landing" / "2026-11-20"), f"{tmp}/lake", "2026-11-20", "bench")
        shard = {"shard": 0, "paths": [p for s in found["shards"] for p in s["paths"]]}
        for i in range(args.repeat):
            res = probe("shard", CACHE, *([json.dumps(shard), found["staging"], f"{tmp}/lake"] if i == 0 else []))
            res.update(probe("validate", CACHE))
            for k, v in res.items():
                if k.startswith("rss") or k == "sample shard processed":
                    extra[k] = v
                else:
                    rows.setdefault(k, []).append(v)
        if args.pickle:
            import pickle

            g = gazetteer.load(CACHE)
            path = Path(tmp) / "gaz.pkl"
            with open(path, "wb") as fh:
                pickle.dump(
                    (list(g.places), {k: g.index[k] for k in g.index}, g.countries),
                    fh,
                    protocol=pickle.HIGHEST_PROTOCOL,
                )
            for _ in range(args.repeat):
                for k, v in probe("pickle", CACHE, str(path)).items():
                    rows.setdefault(k, []).append(v)
    print(f"per-task start-up in a fresh process (median of {args.repeat}; page cache warm)")
    for k, vs in rows.items():
        print(f"  {k:<34} {sorted(vs)[len(vs) // 2]:>7.3f} s")
    for k, v in extra.items():
        print(f"  {k:<34} {v:>7} {'MB' if k.startswith('rss') else 's'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
