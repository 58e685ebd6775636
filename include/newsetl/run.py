"""The pipeline for one logical date, as functions the Airflow DAG and the CLI both drive:

  discover -> plan shards -> process_shard (x N) -> finalize (dedupe, cluster) -> validate (GX) -> publish -> summary

Each step takes and returns small JSON-able dicts (paths and counts), so they can travel through XCom. The steps
live in `newsetl.night` (one module per step); this module re-exports them and runs a whole night in-process.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections import Counter
from datetime import datetime

from .config import Settings, get_settings
from .lake import Lake
from .night import fork_pool
from .night.common import ALL_TABLES, log
from .night.discover import (
    MissingNightError,
    NoLogicalDateError,
    claim,
    discover,
    last_missing_record,
    local_input_missing,
    night_input,
    record_missing,
    recover,
    resolve_input,
    take_date_lease,
)
from .night.finalize import finalize
from .night.gate_process import GateProcess, GateUnavailable
from .night.parallel import available_cores, run_shards
from .night.publish import publish, validate
from .night.shard import canonical_hash, process_shard
from .night.summary import format_summary, import_summary_modules, summarize

__all__ = [
    "ALL_TABLES",
    "available_cores",
    "run_shards",
    "MissingNightError",
    "NoLogicalDateError",
    "canonical_hash",
    "claim",
    "discover",
    "finalize",
    "format_summary",
    "last_missing_record",
    "log",
    "new_run_id",
    "night_input",
    "process_shard",
    "publish",
    "record_missing",
    "recover",
    "resolve_input",
    "run_pipeline",
    "summarize",
    "take_date_lease",
    "validate",
]


def new_run_id() -> str:
    """Unique even for two runs started in the same second on one host."""
    return f"cli__{datetime.now().strftime('%Y%m%dT%H%M%S')}_{os.getpid()}_{uuid.uuid4().hex[:6]}"


def _shard_stages(counts: list[dict]) -> dict[str, float]:
    """Seconds per stage summed over the shards (worker time: with N workers, up to N x the wall time)."""
    total: Counter = Counter()
    for c in counts:
        total.update(c.get("stages", {}))
    return {k: round(v, 2) for k, v in total.items()}


def _finalize(gate: GateProcess | None, staging: str, lake_uri: str, ingest_date: str, settings: Settings) -> dict:
    """finalize in the gate process when there is one (the night-wide state - article ids, cluster counts, the
    batches rewritten - then never lives in this process), else here; a gate process that died is replaced by
    finalizing here (and validating here: see publish.validate)."""
    if gate is not None:
        try:
            return gate.finalize(staging, lake_uri, ingest_date, settings)
        except GateUnavailable as e:
            gate.unavailable(e, "finalizing")
    return finalize(staging, lake_uri, ingest_date, settings)


def _import_beside_gate(gate: GateProcess | None) -> None:
    """The summary's and report's imports (~0.5 s CPU: DuckDB, pandas, altair) in a thread of this process while the
    gate process finalizes and validates: this process only waits on the gate's pipe meanwhile, so the imports no
    longer hold back the gate's validation after finalize (they did when run between the two requests). None without
    a gate process (finalize and the gate then run here)."""
    if gate is None:
        return
    thread = threading.Thread(target=import_summary_modules, name="summary-imports", daemon=True)
    thread.start()
    gate.beside.append(thread)  # joined before a step falls back to this process, and at `_close`


def _close(gate: GateProcess | None) -> None:
    """The gate process closed and the threads started beside it joined (on a failure too: none outlives its run)."""
    if gate is not None:
        gate.close()
        for thread in gate.beside:
            thread.join()


def _pool_start(counts: list[dict], workers: int | None, pool: object, spawned_because: str | None) -> str | None:
    """How the pool processes started: 'fork', 'spawn: <reason>', None without pool processes."""
    if min(workers or available_cores(), len(counts)) <= 1:
        return None
    return "fork" if pool is not None else f"spawn: {spawned_because or 'unknown'}"


def _extra(counts: list[dict], val: dict, timings: dict, pool_start: str | None, workers: int | None) -> dict:
    """What the summary adds about the run itself: words, workers, timings, stages, peak RSS."""
    words = sum(c.get("body_words", 0) for c in counts)
    secs = timings["process_shard"]  # wall time of the shards, whatever the number of workers
    return {
        "validation": val,
        "body_words": words,
        "words_per_second": round(words / secs) if secs else None,
        "workers": min(workers or available_cores(), len(counts)) if counts else 1,
        "workers_used": len({c["worker"] for c in counts if "worker" in c}),
        "pool_start": pool_start,
        "shards": len(counts),
        "timings": timings,
        "stages": _shard_stages(counts),
        "worker_peak_rss_mb": max((c.get("worker_peak_rss_mb", 0) for c in counts), default=0) or None,
        "gate_peak_rss_mb": (val.get("gate_process") or {}).get("peak_rss_mb"),
        "gate_process": val.get("gate_process"),  # seconds importing, waiting for the night, validating
    }


def run_pipeline(
    input_path: str,
    lake_uri: str,
    ingest_date: str,
    run_id: str | None = None,
    settings: Settings | None = None,
    workers: int | None = 1,
) -> dict:
    """The whole nightly job (the CLI and tests use this; the DAG runs the same steps as tasks).

    `workers` processes run the shards (None: the available cores; 1: in this process); the published tables
    are the same for any number. Holds the date's lease for the whole run (renewed in the background), so a
    second run of the same lake and date waits `lock_wait_seconds` and then fails with LakeBusy. The summary
    gets `timings` (wall seconds per step) and `stages` (worker seconds per shard stage)."""
    settings = settings or get_settings()
    run_id = run_id or new_run_id()
    lake = Lake(lake_uri)
    gate: GateProcess | None = None
    pool = None
    lease = take_date_lease(lake, ingest_date, run_id, "process", settings)
    step, timings, t = "start_workers", {}, time.perf_counter()

    def done(next_step: str) -> None:
        nonlocal step, t
        now = time.perf_counter()
        timings[step] = round(now - t, 2)
        step, t = next_step, now

    try:  # (from right after the lease: a SIGTERM while the gate process starts still releases it)
        # the GX gate in its own process, started (importing GX) while the shards run: see night/gate_process.py
        night = (lake_uri, ingest_date, run_id)
        gate = GateProcess(night) if GateProcess.suits(lake_uri, settings.gate_process) else None
        # with N workers: the gate process started, the extractor loaded and N-1 pool processes forked before the run's
        # first thread (night/fork_pool.py); not for an input that is not there (discover fails or records it at once)
        n = 1 if local_input_missing(input_path) else workers or available_cores()
        pool = fork_pool.start(n, settings, gate.start_early if gate else None)
        spawned_because = fork_pool.refusal(n) if pool is None else None
        done("discover")
        with lease.keepalive():
            found = discover(input_path, lake_uri, ingest_date, run_id, settings, wait_seconds=0)
            if not found["shards"]:  # nothing to ingest and policy 'warn': the record is the summary
                return Lake(lake_uri).read_json(found["record"])
            done("process_shard")
            idle = gate.start if gate is not None else None
            counts = run_shards(found["shards"], found["staging"], lake_uri, ingest_date, settings, workers, idle, pool)
            _import_beside_gate(gate)
            done("finalize")
            fin = _finalize(gate, found["staging"], lake_uri, ingest_date, settings)
            done("validate")
            val = validate(fin["final"], lake_uri, ingest_date, run_id, settings.fail_on_warning, gate)
            done("publish")
            publish(fin["final"], lake_uri, ingest_date, run_id, settings)
            done("summary")
            extra = _extra(counts, val, timings, _pool_start(counts, workers, pool, spawned_because), workers)
    except Exception as e:
        e.add_note(f"step {step} of ingest_date={ingest_date}, run {run_id}")
        raise
    finally:
        if pool is not None:  # run_shards shut it down, unless it was not reached
            pool.shutdown(wait=False, cancel_futures=True)
        _close(gate)
        lease.release()
    out = summarize(lake_uri, ingest_date, run_id, extra)
    timings["summary"] = round(time.perf_counter() - t, 2)
    return out
