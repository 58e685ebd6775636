"""Memory and time of the GX quality gate on a big night (prints figures; not a timed test).

1. Runs the pipeline once on N generated dumps (benchmarks/bench_pipeline.py's generator), kept in WORK.
2. Builds a staged night of COPIES x that night: every copy is one part file per table, with its ids
   re-derived (ids, article_id references, cluster ids and content hashes stay consistent and unique), so
   the gate sees a valid night of N x COPIES articles split over COPIES parts.
3. Runs `quality.validate_staged` on it in a fresh process and prints its wall time, the peak RSS
   (VmHWM) and the RSS before the gate (after imports), and the GX validation runs per table.

    python benchmarks/bench_gate.py [--docs 2000] [--copies 50] [--work /tmp/newsetl-gate-bench]
        [--include PATH]   measure the gate of another checkout (e.g. ../main/include) on the same night
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATE = "2026-11-20"
ID_COLUMNS = {
    "articles": ["article_id"],
    "comments": ["comment_id", "article_id", "parent_comment_id"],
    "events": ["event_id", "article_id", "event_cluster_id"],
    "mentions": ["mention_id", "article_id"],
    "ingest_ledger": ["article_id"],
}


def prepare(work: Path, n_docs: int) -> Path:
    """The published night of n_docs generated dumps (reused when present)."""
    lake = work / f"lake{n_docs}"
    if (lake / "articles" / f"ingest_date={DATE}").exists():
        return lake
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_pipeline import generate

    from newsetl.config import get_settings
    from newsetl.run import run_pipeline

    generate(work / f"in{n_docs}", n_docs)
    settings = get_settings(
        cache_dir=os.environ.get("NEWSETL_CACHE_DIR", str(ROOT / "data" / "cache")), spacy_model="blank"
    )
    s = run_pipeline(str(work / f"in{n_docs}"), str(lake), DATE, "bench_gate", settings)
    print(f"base night: {s['tables']}", flush=True)
    return lake


def _remap(values: list, k: int, sha: bool = False) -> list:
    if k == 0:
        return values
    out = []
    for v in values:
        if v is None:
            out.append(None)
        elif sha:
            out.append(hashlib.sha256(f"{k}:{v}".encode()).hexdigest())
        else:
            out.append(v[:2] + hashlib.sha1(f"{k}:{v}".encode()).hexdigest()[:20])
    return out


def replicate(lake: Path, work: Path, copies: int) -> Path:
    """A staged `final` folder with `copies` parts per table (reused when present)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    final = work / f"final_{lake.name}_x{copies}"
    if (final / ".done").exists():
        return final
    for table, cols in ID_COLUMNS.items():
        base = pq.read_table(sorted((lake / table / f"ingest_date={DATE}").glob("*.parquet")))
        out = final / table / f"ingest_date={DATE}"
        out.mkdir(parents=True, exist_ok=True)
        for k in range(copies):
            t = base
            for c in cols:
                t = t.set_column(
                    t.schema.get_field_index(c), c, pa.array(_remap(t.column(c).to_pylist(), k), pa.string())
                )
            if table == "articles":
                sha = _remap(t.column("content_sha256").to_pylist(), k, sha=True)
                t = t.set_column(
                    t.schema.get_field_index("content_sha256"), "content_sha256", pa.array(sha, pa.string())
                )
            pq.write_table(t, out / f"part-{k:05d}.parquet", compression="zstd")
    (final / ".done").write_text("ok")
    return final


def hwm_mb() -> float:
    """Peak RSS of this process image (VmHWM: unlike ru_maxrss, not inherited from the parent across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(final: Path) -> dict:
    """In this (fresh) process: the gate on `final`, with RSS and time."""
    import great_expectations  # noqa: F401  (imports are not the gate's memory)

    from newsetl import quality
    from newsetl.lake import Lake
    from newsetl.schemas import TABLES

    runs: dict[str, int] = {}
    import great_expectations.core.validation_definition as vdm

    orig = vdm.ValidationDefinition.run

    def counting(self, *a, **k):
        runs[self.name] = runs.get(self.name, 0) + 1
        return orig(self, *a, **k)

    vdm.ValidationDefinition.run = counting
    before = hwm_mb()
    t = time.perf_counter()
    rep = quality.validate_staged(Lake(str(final.parent / "lake_for_gate")), str(final), DATE)
    secs = time.perf_counter() - t
    return {
        "gate_seconds": round(secs, 1),
        "rss_before_mb": round(before),
        "peak_rss_mb": round(hwm_mb()),
        "success": rep["success"],
        "failures": rep["failures"][:3],
        "rows": {t: rep["tables"][t]["rows"] for t in TABLES},
        "gx_validation_runs": runs,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--copies", type=int, default=50)
    ap.add_argument("--work", default="/tmp/newsetl-gate-bench")
    ap.add_argument("--include", default=str(ROOT / "include"), help="the checkout whose gate is measured")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return
    sys.path.insert(0, str(ROOT / "include"))
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    final = replicate(prepare(work, args.docs), work, args.copies)
    env = {**os.environ, "PYTHONPATH": args.include, "GX_ANALYTICS_ENABLED": "false"}
    res = subprocess.run(
        [sys.executable, __file__, "--measure", str(final)], env=env, capture_output=True, text=True, check=False
    )
    if res.returncode:
        sys.exit(res.stderr[-3000:])
    out = json.loads(res.stdout.strip().splitlines()[-1])
    print(f"gate of {args.include} on {args.docs} x {args.copies} articles in {args.copies} parts per table:")
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
