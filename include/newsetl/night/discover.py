"""discover / plan: the landing contract, the date lease and recovery of dead runs' leftovers."""

from __future__ import annotations

import errno
import os
import posixpath
import time
from datetime import date, datetime

from .. import locks, sources
from ..config import Settings, get_settings
from ..lake import Lake
from .common import ALL_TABLES, log


# ---------------------------------------------------------------- discover / plan
# The landing contract (README "Landing contract"):
#   * a scheduled night reads `<landing>/<ds>/` and nothing else: `night_input()`;
#   * any other path (the whole landing root, a file, a glob) only when given explicitly: the DAG's `input`
#     param or `newsetl run --input`;
#   * a night without a logical date is refused (`NoLogicalDateError`);
#   * a missing or empty night is recorded under `_runs/` (a summary with status missing/empty) and then
#     fails (`MissingNightError`) or, with NEWSETL_MISSING_NIGHT=warn, only warns.
class NoLogicalDateError(ValueError):
    """The run has no logical date, so there is no night (ingest_date partition) to read or publish."""


class MissingNightError(FileNotFoundError):
    """Nothing to ingest for the night; the `_runs` record is at `record`."""

    def __init__(self, message: str, record: str | None = None):
        super().__init__(message)
        self.record = record


def _no_logical_date() -> NoLogicalDateError:
    return NoLogicalDateError(
        "this run has no logical date, so there is no night to ingest: news_ingest publishes one ingest_date "
        "partition per logical date. Trigger it with a date (UI: 'Trigger' with a logical date; CLI: "
        '`airflow dags trigger news_ingest --logical-date 2026-11-20T00:00:00+00:00`; REST: "logical_date": '
        '"2026-11-20T00:00:00Z"), or run `newsetl run --input ... --date ...` without Airflow.'
    )


def night_input(landing: str, ingest_date: str | None) -> str:
    """The only input a scheduled night reads: `<landing>/<ingest_date>/`."""
    if not ingest_date:
        raise _no_logical_date()
    date.fromisoformat(ingest_date)
    return landing.rstrip("/") + "/" + ingest_date


def resolve_input(landing: str, ingest_date: str | None) -> str:  # kept for callers of the old name
    return night_input(landing, ingest_date)


def local_input_missing(input_path: str) -> bool:
    """True when `input_path` is a local path (no glob) that does not exist: the run then fails (or records the
    missing night) before it loads or starts anything for its workers. A remote input is not checked here (its
    filesystem would start its async I/O thread before the pool is forked): discover checks it."""
    from fsspec.utils import get_protocol

    if get_protocol(input_path) not in ("file", "local") or any(ch in input_path for ch in "*?["):
        return False
    root = input_path.split("://", 1)[1] if "://" in input_path else input_path
    return not os.path.lexists(os.path.expanduser(root))


def _find_inputs(input_path: str) -> tuple[list[dict], str | None]:
    """(files, None) or ([], 'missing'|'empty')."""
    try:
        files = sources.discover(input_path)
    except FileNotFoundError:
        return [], "missing"
    return files, (None if files else "empty")


def record_missing(
    lake_uri: str, ingest_date: str, run_id: str, input_path: str, status: str, waited: float, settings: Settings
) -> str:
    """Write the `_runs` summary of a night that had nothing to ingest; returns its path."""
    lake = Lake(lake_uri)
    path = posixpath.join(lake.runs(ingest_date, run_id), "summary.json")
    lake.write_json(
        path,
        {
            "status": status,
            "ingest_date": ingest_date,
            "run_id": run_id,
            "lake": lake.root,
            "input": input_path,
            "files": 0,
            "checked_at": datetime.now().isoformat(timespec="seconds"),
            "waited_seconds": round(waited),
            "policy": settings.missing_night,
            "tables": {t: 0 for t in ALL_TABLES},
            "ledger": {},
            "quarantined": [],
            "reason": (
                f"input path {input_path} does not exist" if status == "missing" else f"no input files in {input_path}"
            ),
        },
    )
    return path


def last_missing_record(lake_uri: str, ingest_date: str) -> dict | None:
    """The latest missing/empty record of a date (what `newsetl summary` shows for a night never published)."""
    lake = Lake(lake_uri)
    recs = []
    for p in lake.fs.glob(posixpath.join(lake.path("_runs", f"ingest_date={ingest_date}"), "*", "summary.json")):
        r = lake.read_json(p)
        if r.get("status") in ("missing", "empty"):
            recs.append(r)
    return max(recs, key=lambda r: r.get("checked_at", "")) if recs else None


def discover(
    input_path: str,
    lake_uri: str,
    ingest_date: str | None,
    run_id: str,
    settings: Settings | None = None,
    wait_seconds: float | None = None,
) -> dict:
    """Files of the night -> shards. `wait_seconds` (default: settings.landing_wait_seconds) polls a missing or
    empty input before it is recorded as such; then MissingNightError (policy 'fail') or a result with
    `status` 'missing'/'empty' and no shards (policy 'warn')."""
    settings = settings or get_settings()
    if not ingest_date:
        raise _no_logical_date()
    wait = settings.landing_wait_seconds if wait_seconds is None else wait_seconds
    t0 = time.monotonic()
    files, problem = _find_inputs(input_path)
    while problem and time.monotonic() - t0 < wait:
        log.warning(
            "night %s: %s is %s; waiting (%.0f of %d s)", ingest_date, input_path, problem, time.monotonic() - t0, wait
        )
        time.sleep(max(1.0, min(settings.landing_poll_seconds, wait - (time.monotonic() - t0))))
        files, problem = _find_inputs(input_path)
    out = {"input": input_path, "lake": lake_uri, "ingest_date": ingest_date, "run_id": run_id, "status": "found"}
    if problem:
        record = record_missing(lake_uri, ingest_date, run_id, input_path, problem, time.monotonic() - t0, settings)
        msg = (
            f"night {ingest_date} is {problem.upper()}: "
            + (
                f"input path does not exist: {input_path}"
                if problem == "missing"
                else f"no input files in {input_path}"
            )
            + (f" (waited {wait} s)" if wait else "")
            + f"; recorded in {record}. "
            "Deliver the dumps there and run the date again (Airflow: clear the run), "
            "or set NEWSETL_MISSING_NIGHT=warn to let empty nights pass."
        )
        if settings.missing_night == "fail":
            raise MissingNightError(msg, record)
        log.warning(msg)
        return {
            **out,
            "status": problem,
            "record": record,
            "message": msg,
            "staging": None,
            "files": 0,
            "bytes": 0,
            "shards": [],
        }
    shards = sources.plan_shards(files, settings.shard_bytes, settings.max_shards, settings.min_shards)
    size = {f["path"]: f["bytes"] for f in files}
    lake = Lake(lake_uri)
    staging = claim(lake, ingest_date, run_id, settings)
    lake.write_json(
        posixpath.join(staging, "input.json"), {"input": input_path, "root": sources.input_root(input_path)}
    )
    log.info(
        "discovered %d files (%d bytes) in %s -> %d shards",
        len(files),
        sum(f["bytes"] for f in files),
        input_path,
        len(shards),
    )
    return {
        **out,
        "staging": staging,
        "files": len(files),
        "bytes": sum(f["bytes"] for f in files),
        "shards": [{"shard": i, "paths": s, "bytes": sum(size[p] for p in s)} for i, s in enumerate(shards)],
    }


def claim(lake: Lake, ingest_date: str, run_id: str, settings: Settings) -> str:
    """Start of a run: take the date's lease (a live holder -> LakeBusy), heal what dead runs left in the
    lake, and start this run's staging afresh. Returns the staging folder."""
    take_date_lease(lake, ingest_date, run_id, "run", settings)
    healed = recover(lake, settings, run_id)  # this run's own earlier staging (a retry) goes too
    if any(healed.values()):
        log.warning("healed leftovers of earlier runs: %s", {k: v for k, v in healed.items() if v})
    return lake.staging(ingest_date, run_id)


def take_date_lease(lake: Lake, ingest_date: str, run_id: str, kind: str, settings: Settings) -> locks.Lease:
    """The date's lease (LakeBusy when a live run holds it). On a full disk, where not even the lease can be
    written, leftovers of dead runs are deleted first (they are often what filled it), then it is tried again."""
    lease = locks.Lease(lake, locks.date_lock(ingest_date), run_id, kind, settings.lock_stale_seconds)
    try:
        return lease.acquire(settings.lock_wait_seconds)
    except OSError as e:
        if e.errno != errno.ENOSPC:
            raise
        freed = lake.recover(_busy(lake, settings, run_id), ALL_TABLES, emergency=True)
        log.warning(
            "disk full: deleted leftovers of dead runs before taking the lease: %s",
            {k: v for k, v in freed.items() if v},
        )
        return lease.acquire(settings.lock_wait_seconds)


def _busy(lake: Lake, settings: Settings, run_id: str):
    def busy(d: str) -> bool:
        return not locks.is_free(lake, locks.date_lock(d), settings.lock_stale_seconds, run_id)

    return busy


def recover(lake: Lake, settings: Settings, run_id: str = "recover") -> dict:
    """Roll interrupted publishes forward and delete leftovers of dead runs (under the commit lease);
    dates held by another live run are left alone."""
    with locks.Lease(lake, locks.COMMIT, run_id, "process", settings.lock_stale_seconds).acquire(
        max(locks.COMMIT_WAIT_SECONDS, settings.lock_wait_seconds)
    ):
        return lake.recover(_busy(lake, settings, run_id), ALL_TABLES)


def _input_root(lake: Lake, staging: str) -> str | None:
    p = posixpath.join(staging, "input.json")
    return lake.read_json(p).get("root") if lake.fs.exists(p) else None
