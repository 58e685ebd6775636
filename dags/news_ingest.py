"""news_ingest: the nightly newsetl job.

discover -> plan shards -> process shard (dynamically mapped) -> finalize -> validate (GX) -> publish -> summary

The DAG is a thin driver of `newsetl.run`; all logic lives in the `newsetl` package (include/) and runs the
same way from the `newsetl run` CLI. XCom carries only paths and counts. Top-level code imports nothing
heavy and touches no files: newsetl is imported inside the tasks.

**Landing contract.** A run for logical date D reads `<landing>/D/` and nothing else. A missing or empty
folder is recorded (`<lake>/_runs/ingest_date=D/<run>/summary.json`, status missing/empty) and the run fails
(`NEWSETL_MISSING_NIGHT=fail`, default) or is skipped green (`warn`). The `input` param (a path, folder or
glob) replaces `<landing>/D/` for one manual run. Runs without a logical date are refused, not retried.

**Reruns.** Clear the run (UI: the run -> Clear -> "Clear existing tasks"; CLI:
`airflow tasks clear news_ingest -s D -e D --yes`): it runs again under the same run id and the publish step
replaces the date's partitions. A second trigger for the same logical date is refused by Airflow.

**Outlets.** `publish` updates one Asset per table (`newsetl://lake/<table>`), so downstream DAGs can
schedule on data: `schedule=[NEWSETL_ASSETS["events"]]` or `Asset.ref(name="newsetl.events")`.

**Alerts.** Every task has `on_failure_callback=notify_failure`: it logs one `NEWSETL ALERT` line (DAG, run,
task, logical date, error) and calls `NEWSETL_ON_FAILURE_CALLBACK` (`package.module:function`, given the
Airflow context) when set - e.g. a function that posts to chat or calls an Airflow notifier.

**Concurrency.** `process_shard` runs at most `NEWSETL_MAX_ACTIVE_SHARDS` shards at once over all workers
(default: 60% of this host's memory / `NEWSETL_SHARD_MEMORY_MB`), and in the pool `NEWSETL_SHARD_POOL`
when that is set (create it with `airflow pools set`).
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import Asset, Param, dag, task

# The published tables, in publish order (tests check this equals newsetl.run.ALL_TABLES; the DAG file
# must not import newsetl at parse time).
TABLES = ("articles", "comments", "events", "mentions", "ingest_ledger")
NEWSETL_ASSETS = {t: Asset(name=f"newsetl.{t}", uri=f"newsetl://lake/{t}", group="newsetl") for t in TABLES}


def _mem_total_mb() -> int:
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 4096


def max_active_shards() -> int:
    """Shard tasks allowed at once: NEWSETL_MAX_ACTIVE_SHARDS, else 60% of memory / NEWSETL_SHARD_MEMORY_MB."""
    explicit = int(os.environ.get("NEWSETL_MAX_ACTIVE_SHARDS", "0") or 0)
    if explicit > 0:
        return explicit
    per_shard = max(1, int(os.environ.get("NEWSETL_SHARD_MEMORY_MB", "900") or 900))
    return max(1, int(_mem_total_mb() * 0.6) // per_shard)


def notify_failure(context) -> None:
    """on_failure_callback of every task: one greppable alert line, then the user's hook if configured."""
    import importlib
    import logging

    log = logging.getLogger("newsetl.alerts")
    ti = context.get("ti") or context.get("task_instance")
    run = context.get("dag_run")
    exc = context.get("exception")
    log.error(
        "NEWSETL ALERT: dag=%s run=%s task=%s logical_date=%s try=%s error=%s",
        getattr(ti, "dag_id", "news_ingest"),
        getattr(run, "run_id", None),
        getattr(ti, "task_id", None),
        getattr(run, "logical_date", None),
        getattr(ti, "try_number", None),
        f"{type(exc).__name__}: {exc}" if exc else None,
    )
    hook = os.environ.get("NEWSETL_ON_FAILURE_CALLBACK", "").strip()
    if hook:
        mod, _, fn = hook.partition(":")
        try:
            getattr(importlib.import_module(mod), fn)(context)
        except Exception:  # an alert hook must never mask the task's own failure
            log.exception("NEWSETL_ON_FAILURE_CALLBACK %s failed", hook)


DEFAULT_ARGS = {
    "owner": "newsetl",
    "retries": 2,
    # NEWSETL_RETRY_DELAY_SECONDS: first retry delay (doubles after); tests and the Celery smoke shorten it
    "retry_delay": timedelta(seconds=int(os.environ.get("NEWSETL_RETRY_DELAY_SECONDS", "120") or 120)),
    "retry_exponential_backoff": True,
    "execution_timeout": timedelta(hours=2),
    "on_failure_callback": notify_failure,
}
SHARD_POOL = os.environ.get("NEWSETL_SHARD_POOL", "").strip() or None
SHARD_POOL_ARGS: dict[str, Any] = {"pool": SHARD_POOL} if SHARD_POOL else {}


# ---------------------------------------------------------------- tasks (bodies call newsetl, imported inside)
@task
def discover(params=None, ds=None, run_id=None) -> dict:
    from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

    from newsetl.run import MissingNightError, NoLogicalDateError, night_input
    from newsetl.run import discover as _discover

    try:
        night = night_input(params["landing"], ds)  # refuses a run without a logical date
        path = params["input"] or night  # the landing root or another path only when given explicitly
        found = _discover(path, params["lake"], ds, run_id, wait_seconds=None if not params["input"] else 0)
    except (NoLogicalDateError, MissingNightError) as exc:
        # deterministic: retrying cannot help (clear the run once the dumps are there)
        raise AirflowFailException(str(exc)) from None
    if not found["shards"]:
        raise AirflowSkipException(found["message"])  # NEWSETL_MISSING_NIGHT=warn: recorded, run stays green
    return found


@task
def plan_shards(found: dict) -> list[dict]:
    return [
        {
            "shard": s["shard"],
            "paths": s["paths"],
            "staging": found["staging"],
            "lake": found["lake"],
            "ingest_date": found["ingest_date"],
        }
        for s in found["shards"]
    ]


@task(
    map_index_template="{{ shard_label }}",
    max_active_tis_per_dag=max_active_shards(),
    **SHARD_POOL_ARGS,
)
def process_shard(shard: dict) -> dict:
    from airflow.sdk import get_current_context

    from newsetl.run import process_shard as _process

    # map_index_template reads extra context keys; the SDK's Context TypedDict does not declare them
    get_current_context()["shard_label"] = f"shard {shard['shard']} ({len(shard['paths'])} files)"  # type: ignore[typeddict-unknown-key]
    return _process(
        shard, shard["staging"], shard["lake"], shard["ingest_date"], progress=lambda m: print(m, flush=True)
    )


@task
def finalize(found: dict, counts: list[dict]) -> dict:
    from newsetl.run import finalize as _finalize

    out = _finalize(found["staging"], found["lake"], found["ingest_date"])
    counts = list(counts)  # the mapped results are fetched lazily: read them once
    words = sum(c.get("body_words", 0) for c in counts)
    secs = sum(c.get("seconds", 0) for c in counts)
    out["body_words"], out["words_per_second"] = words, (round(words / secs) if secs else None)
    return out


@task(retries=0)  # a failed quality gate is a verdict, not a transient error
def validate(found: dict, fin: dict) -> dict:
    from newsetl.config import get_settings
    from newsetl.run import validate as _validate

    return _validate(fin["final"], found["lake"], found["ingest_date"], found["run_id"], get_settings().fail_on_warning)


@task(outlets=list(NEWSETL_ASSETS.values()))
def publish(found: dict, fin: dict, validation: dict, outlet_events=None) -> dict:
    from newsetl.run import publish as _publish

    out = _publish(fin["final"], found["lake"], found["ingest_date"], found["run_id"])
    for t, asset in NEWSETL_ASSETS.items():  # downstream DAGs see which partition changed
        outlet_events[asset].extra = {
            "ingest_date": found["ingest_date"],
            "lake": found["lake"],
            "partition": out["published"].get(t),
            "rows": fin["rows"].get(t, 0),
        }
    return out


@task
def summary(found: dict, fin: dict, validation: dict, published: dict) -> dict:
    from newsetl.run import format_summary, summarize

    s = summarize(
        found["lake"],
        found["ingest_date"],
        found["run_id"],
        {
            "validation": validation,
            "body_words": fin.get("body_words"),
            "words_per_second": fin.get("words_per_second"),
            "input": found["input"],
            "files": found["files"],
        },
    )
    print(format_summary(s), flush=True)  # the first lines of this task's log
    return {
        "status": s["status"],
        "tables": s["tables"],
        "ledger": s["ledger"],
        "quarantined": len(s["quarantined"]),
        "duplicates_by_date": s.get("duplicates_by_date", {}),
    }


@dag(
    dag_id="news_ingest",
    description="Nightly: news dumps -> split -> events -> GX gate -> hive-partitioned Parquet lake",
    schedule="@daily",
    start_date=datetime(2015, 1, 1),  # early, so backfills of old dumps (dags test/backfill for any date) create tasks
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["newsetl", "etl"],
    params={
        "landing": Param(
            os.environ.get("NEWSETL_LANDING_DIR", "data/landing"),
            type="string",
            description="Landing root (local path or fsspec URI); the run reads <landing>/<logical date>/ only.",
        ),
        "input": Param(
            "",
            type="string",
            description="Explicit input (path, folder or glob) that replaces <landing>/<date>/ for this run.",
        ),
        "lake": Param(
            os.environ.get("NEWSETL_LAKE_URI", "data/lake"),
            type="string",
            description="Lake root: local path or fsspec URI (s3://bucket/lake).",
        ),
    },
    doc_md=__doc__,
)
def news_ingest():
    found = discover()
    counts = process_shard.expand(shard=plan_shards(found))
    fin = finalize(found, counts)
    validation = validate(found, fin)
    published = publish(found, fin, validation)
    summary(found, fin, validation, published)


news_ingest()
