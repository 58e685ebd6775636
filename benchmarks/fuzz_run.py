"""A fuzzed night end to end: random bytes, mutated dumps and JSON records, truncated and damaged archives
(tests/fuzz.py), through `newsetl run`; prints the exit code, whether the ledger reconciles, the reason
codes, time and peak memory.

    .venv/bin/python benchmarks/fuzz_run.py [N_DOCS]   (default 10000)
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.fuzz (newsetl itself: the editable install)
os.environ.setdefault("NEWSETL_CACHE_DIR", str(ROOT / "data" / "cache"))
os.environ.setdefault("NEWSETL_SPACY_MODEL", "blank")


def main() -> int:
    import duckdb

    from newsetl.cli import main as cli
    from tests.fuzz import generate, reconcile

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        made = generate(Path(tmp) / "in", n)
        files = len(list((Path(tmp) / "in").iterdir()))
        t0 = time.perf_counter()
        rc = cli(["run", "--input", f"{tmp}/in", "--lake", f"{tmp}/lake", "--date", "2026-11-20"])
        secs = time.perf_counter() - t0
        rows = duckdb.sql(
            f"select source_file, member, kind, status, reason, article_id from read_parquet('{tmp}/lake/ingest_ledger/*/*.parquet')"
        ).fetchall()
        rows = [dict(zip(["source_file", "member", "kind", "status", "reason", "article_id"], r)) for r in rows]
        codes = reconcile(rows)
        arts = duckdb.sql(f"select count(*) from read_parquet('{tmp}/lake/articles/*/*.parquet')").fetchall()[0][0]
        loaded = sum(1 for r in rows if r["status"] == "loaded" and r["kind"] in ("file", "record"))
    print(
        f"\nfuzz: {made} inputs in {files} files -> exit {rc}; {len(rows)} ledger rows, reconciled; "
        f"{arts} articles = {loaded} loaded rows; {secs:.0f} s ({made / secs:.0f} inputs/s); "
        f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    print("reason codes:", dict(codes.most_common()))
    bad = {k: v for k, v in codes.items() if k in ("internal_error", "split_error", "extract_error")}
    return 0 if rc == 0 and arts == loaded and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
