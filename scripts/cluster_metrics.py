"""Where a DAG run's time goes on a cluster, from the metadata DB, and how much CPU each component used.

Used by scripts/celery_smoke.py: `timeline()` reads the task instances of one run (start/end relative to the
run's start) and `phases()` folds them into the steps of news_ingest; `cpu_seconds()` reads /proc for every
started component and its process tree (task processes included once they are reaped by their parent).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime

from airflow_services import AirflowServices, descendants

CLK = os.sysconf("SC_CLK_TCK")


def _utc(d: datetime) -> datetime:
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def run_wall(af: AirflowServices, run_id: str) -> float | None:
    """Seconds from the run's start to its end (dag_run.start_date -> end_date)."""
    rows = af.query("select start_date, end_date from dag_run where run_id = :r", r=run_id)
    if not rows or rows[0][0] is None or rows[0][1] is None:
        return None
    return (_utc(rows[0][1]) - _utc(rows[0][0])).total_seconds()


def timeline(af: AirflowServices, dag: str, run_id: str) -> list[dict]:
    """The run's task instances (last try): task, map_index, start and end in seconds after the run started."""
    run = af.query("select start_date from dag_run where dag_id = :d and run_id = :r", d=dag, r=run_id)
    t0 = _utc(run[0][0])
    rows = af.query(
        "select task_id, map_index, start_date, end_date from task_instance where dag_id = :d and run_id = :r "
        "and start_date is not null order by start_date",
        d=dag,
        r=run_id,
    )
    return [
        {
            "task": t,
            "map_index": m,
            "start": round((_utc(s) - t0).total_seconds(), 2),
            "end": round((_utc(e) - t0).total_seconds(), 2) if e else None,
        }
        for t, m, s, e in rows
    ]


def phases(tl: list[dict], wall: float | None) -> dict[str, float]:
    """Seconds per step of news_ingest (the shards: first start -> last end) and the gaps between steps."""
    out: dict[str, float] = {}
    prev_end = 0.0
    gaps = 0.0
    for name in ("discover", "plan_shards", "process_shard", "finalize", "validate", "publish", "summary"):
        tis = [t for t in tl if t["task"] == name and t["end"] is not None]
        if not tis:
            continue
        start, end = min(t["start"] for t in tis), max(t["end"] for t in tis)
        if name == "discover":
            out["run start -> discover"] = round(start, 2)
        else:
            gaps += max(0.0, start - prev_end)
        out[name] = round(end - start, 2)
        prev_end = end
    out["between steps"] = round(gaps, 2)
    if wall is not None:
        out["after summary"] = round(wall - prev_end, 2)
    return out


def _proc_cpu(pid: int) -> float:
    """utime + stime of a process and of its children it has reaped, in seconds."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(x) for x in fields[11:15]) / CLK  # utime stime cutime cstime


def cpu_seconds(af: AirflowServices, extra: dict[str, subprocess.Popen] | None = None) -> dict[str, float]:
    """CPU seconds used so far by each started component (and `extra` servers: PostgreSQL, Redis), live
    descendants included (a task process that ended is in its parent's reaped-children time)."""
    out = {}
    for name, p in {**af.procs, **(extra or {})}.items():
        if p.poll() is None:
            out[name] = _proc_cpu(p.pid) + sum(_proc_cpu(pid) for pid in descendants(p.pid))
    return out


def cpu_delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    return {k: round(after[k] - before.get(k, 0.0), 1) for k in after}


@contextlib.contextmanager
def frozen(procs: list[subprocess.Popen]) -> Iterator[None]:
    """SIGSTOP the process groups of an idle cluster while something else is timed (the in-process reference),
    so its idle loops take no CPU from it; SIGCONT after."""
    live = [p for p in procs if p.poll() is None]
    for p in live:
        os.killpg(p.pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for p in live:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGCONT)
