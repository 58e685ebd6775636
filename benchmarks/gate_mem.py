"""Peak RSS of the gate process's forked children (finalize, one per table's validation) on a staged night
(prints figures; not a timed test).

`stage` runs discover and the shards of N generated documents (bench_pipeline's generator) into WORK/lakeN and
keeps the staging (nothing is finalized or published), so that the gate's steps can be measured again and again
on the same night without extracting it again. `measure` then does in a fresh process what the gate process of
`newsetl run` does (night/gate_process.py: imports, prepare the GX project, finalize in a forked child, validate
each table in a forked child) and prints each child's peak RSS, the process's own, the verdict and the counts.

    python benchmarks/gate_mem.py stage --docs 20000 [--work /tmp/newsetl-gate-mem] [--workers 2]
    python benchmarks/gate_mem.py measure --docs 20000 [--work ...] [--include PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATE = "2026-11-20"
RUN = "gate_mem"


def stage(work: Path, n: int, workers: int) -> dict:
    """The staged night of n generated dumps in work/lake{n} (reused when present)."""
    done = work / f"staged{n}.json"
    if done.exists():
        return json.loads(done.read_text())
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_pipeline import generate

    from newsetl.config import get_settings
    from newsetl.night.discover import discover
    from newsetl.night.parallel import run_shards

    corpus = work / f"in{n}"
    if not corpus.exists():
        generate(corpus, n)
    cache = os.environ.get("NEWSETL_CACHE_DIR", str(ROOT / "data" / "cache"))
    settings = get_settings(cache_dir=cache, spacy_model="blank")
    lake = str(work / f"lake{n}")
    found = discover(str(corpus), lake, DATE, RUN, settings, wait_seconds=0)
    t = time.perf_counter()
    counts = run_shards(found["shards"], found["staging"], lake, DATE, settings, workers)
    out = {"lake": lake, "staging": found["staging"], "shards": len(counts), "seconds": round(time.perf_counter() - t)}
    done.write_text(json.dumps(out))
    return out


def _hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(staged: dict, dump: str | None = None) -> dict:
    """In this fresh process, the gate process's steps on the staged night."""
    from newsetl import forked
    from newsetl.config import get_settings
    from newsetl.night import gate_process as gp
    from newsetl.schemas import TABLES

    gp._import_gate_modules()
    project = gp._prepare([staged["lake"], DATE, RUN])
    after_imports = _hwm_mb()
    settings = get_settings()
    t = time.perf_counter()
    fin = gp._finalize_isolated((staged["staging"], staged["lake"], DATE, settings), True)
    fin_s, fin_mb = time.perf_counter() - t, forked.LAST_PEAKS_MB[0]
    t = time.perf_counter()
    rep = gp._validate(staged["lake"], fin["final"], DATE, RUN, project)
    peaks = forked.LAST_PEAKS_MB
    if dump:  # the gate's whole verdict, to compare two checkouts' gates on the same night
        Path(dump).write_text(json.dumps({k: rep[k] for k in ("success", "tables", "failures", "warnings")}, indent=1))
    return {
        "rows": fin["rows"],
        "after_imports_mb": round(after_imports),
        "finalize_child_mb": fin_mb,
        "table_children_mb": dict(zip(TABLES, peaks, strict=False)),
        "gate_process_mb": round(_hwm_mb()),
        "finalize_s": round(fin_s, 1),
        "validate_s": round(time.perf_counter() - t, 1),
        "success": rep["success"],
        "failures": len(rep["failures"]),
        "warnings": [(w["table"], w["expectation"], w["column"], w["detail"]) for w in rep["warnings"]],
        "counts": {k: (v["rows"], v["evaluated"], v["failed"]) for k, v in rep["tables"].items()},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("stage", "measure", "child"))
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--work", default="/tmp/newsetl-gate-mem")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--include", default=str(ROOT / "include"), help="the checkout whose gate is measured")
    ap.add_argument("--dump", help="measure: write the gate's report (verdict, results, failures, warnings) here")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    if args.what == "stage":
        print(json.dumps(stage(work, args.docs, args.workers)))
    elif args.what == "child":
        print(json.dumps(measure(json.loads((work / f"staged{args.docs}.json").read_text()), args.dump)))
    else:
        from newsetl.night.gate_process import ALLOCATOR_ENV

        env = {**ALLOCATOR_ENV, **os.environ, "PYTHONPATH": args.include}
        cmd = [sys.executable, __file__, "child", "--docs", str(args.docs), "--work", str(work)]
        cmd += ["--dump", args.dump] if args.dump else []
        res = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        if res.returncode:
            sys.exit(res.stderr[-3000:])
        print(f"load average {os.getloadavg()[0]:.1f}")
        print(json.dumps(json.loads(res.stdout.strip().splitlines()[-1]), indent=1))


if __name__ == "__main__":
    main()
