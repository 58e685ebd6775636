"""`make run`: one news_ingest night through Airflow with the mapped shards running in parallel.

`airflow dags test` alone runs every task one after another in its own process. With `--use-executor` it hands
the tasks to the configured executor instead: here the LocalExecutor with `parallelism` = the cores available,
so the mapped `process_shard` tasks run side by side, each in its own task process (one model load each). In
Airflow 3 executor tasks talk to the execution API, so this script starts an api-server on a free loopback port
for the length of the run (and stops it, with everything it started, at the end). No scheduler, no
dag-processor and no unpausing are needed (unpausing would also create today's scheduled run, a missing night).

    .venv/bin/python scripts/run_dag.py 2026-11-20      (AIRFLOW_HOME and NEWSETL_* from the Makefile)

Prints the task table (start, seconds) and the night's summary read back from the lake.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
DAG = "news_ingest"


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def main() -> int:
    from airflow_services import AirflowServices

    date = sys.argv[1] if len(sys.argv) > 1 else "2026-11-20"
    home = Path(os.environ.get("AIRFLOW_HOME") or ROOT / ".airflow")
    par = os.environ.get("AIRFLOW__CORE__PARALLELISM") or str(cores())
    af = AirflowServices(home, env={"AIRFLOW__CORE__PARALLELISM": par})
    t0 = time.monotonic()
    af.migrate()
    try:
        af.start("api-server", "api-server", "--port", str(af.api_port), "--host", "127.0.0.1", "--workers", "1")
        af.wait_http(f"http://127.0.0.1:{af.api_port}/api/v2/monitor/health", timeout=180)
        out = af.cli("dags", "test", DAG, date, "--use-executor", timeout=3600, check=False)
        (home / "dags-test.log").write_text(out.stdout + out.stderr)
        run = next((r for r in reversed(af.runs(DAG)) if str(r["logical_date"]).startswith(date)), None)
        tis = af.task_instances(DAG, run["run_id"]) if run else []
        rows = af.query(
            "select task_id, map_index, start_date, duration from task_instance where run_id = :r order by start_date",
            r=run["run_id"] if run else "",
        )
    finally:
        af.stop()
    print(f"news_ingest {date}: LocalExecutor, parallelism {par}, {time.monotonic() - t0:.0f} s in all")
    for task, idx, start, secs in rows:
        print(f"  {task + (f'[{idx}]' if idx >= 0 else ''):<18} started {str(start)[11:19]}  {secs or 0:6.1f} s")
    failed = [t for t in tis if t["state"] != "success"]
    if out.returncode != 0 or failed or not tis:
        print(f"DAG run FAILED (full log: {home / 'dags-test.log'}): {failed or out.stderr[-2000:]}")
        return 1
    from newsetl.config import get_settings
    from newsetl.run import format_summary, summarize

    print(format_summary(summarize(get_settings().lake_uri, date, None)))  # reads the lake, writes nothing
    return 0


if __name__ == "__main__":
    sys.exit(main())
