"""validate (the GX gate) and publish (the atomic switch into the lake)."""

from __future__ import annotations

import posixpath
import time
from datetime import datetime

from .. import locks
from ..config import Settings, get_settings
from ..lake import Lake
from .common import ALL_TABLES, log
from .finalize import finalize
from .gate_process import GateProcess, GateUnavailable


# ---------------------------------------------------------------- validate / publish / summary
def validate(
    final: str,
    lake_uri: str,
    ingest_date: str,
    run_id: str,
    fail_on_warning: bool = False,
    gate: GateProcess | None = None,
) -> dict:
    """The GX gate over the finalized night (in `gate`'s process when given), its report written next to the run;
    raises QualityGateError (and frees the date) when a critical expectation failed."""
    from ..quality import gate_verdict

    lake = Lake(lake_uri)
    t0, c0 = time.perf_counter(), time.process_time()
    report = None
    if gate is not None:
        try:
            report = gate.validate(lake_uri, final, ingest_date, run_id)
        except GateUnavailable as e:
            gate.unavailable(e, "validating")
            gate = None
    if report is None:
        from ..quality import validate_staged

        report = validate_staged(lake, final, ingest_date, run_id)
    log.warning(
        "GX gate for %s: %d expectation results, %d failures, %d warnings in %.1f s (%.1f s CPU%s)",
        ingest_date,
        sum(len(t["results"]) for t in report["tables"].values()),
        len(report["failures"]),
        len(report["warnings"]),
        time.perf_counter() - t0,
        time.process_time() - c0,
        " here, the gate ran in its own process" if gate is not None else "",
    )
    gate_proc = report.pop("gate_process", None)
    path = posixpath.join(lake.runs(ingest_date, run_id), "validation.json")
    # a verdict frees the date again
    free = locks.Lease(lake, locks.date_lock(ingest_date), run_id).release
    return {
        **gate_verdict(lake, path, report, fail_on_warning, on_failure=free),
        "data_docs": report.get("data_docs"),
        **({"gate_process": gate_proc} if gate_proc else {}),
    }


def publish(final: str, lake_uri: str, ingest_date: str, run_id: str, settings: Settings | None = None) -> dict:
    """Switch the validated night into the lake for all tables at once (lake.py), under the lake's
    commit lease. If another date was published since `finalize` deduplicated against the lake, the
    night is deduplicated and validated again first, so concurrent dates never both keep an article."""
    settings = settings or get_settings()
    lake = Lake(lake_uri)
    staging = posixpath.dirname(final.rstrip("/"))
    basis_path = posixpath.join(final, "_basis.json")
    refinalized = False
    with locks.Lease(lake, locks.COMMIT, run_id, "process", settings.lock_stale_seconds).acquire(
        max(locks.COMMIT_WAIT_SECONDS, settings.lock_wait_seconds)
    ):
        basis = lake.read_json(basis_path) if lake.fs.exists(basis_path) else None
        if basis is not None and basis != lake.fingerprint(exclude=ingest_date):
            log.warning(
                "another date was published since this night was deduplicated: deduplicating and validating again"
            )
            finalize(staging, lake_uri, ingest_date, settings)
            validate(final, lake_uri, ingest_date, run_id, settings.fail_on_warning)
            refinalized = True
        done = lake.publish(
            final,
            ingest_date,
            run_id,
            ALL_TABLES,
            {"validation": posixpath.join(lake.runs(ingest_date, run_id), "validation.json")},
        )
    lake.cleanup_staging(ingest_date, run_id)
    lake.write_json(
        posixpath.join(lake.runs(ingest_date, run_id), "published.json"),
        {"run_id": run_id, "ingest_date": ingest_date, "published_at": datetime.now().isoformat(), "tables": done},
    )
    locks.Lease(lake, locks.date_lock(ingest_date), run_id).release()
    return {"published": done, "deduplicated_again": refinalized}
