"""news_ingest: the nightly newsetl job.

discover -> plan shards -> process shard (dynamically mapped) -> finalize -> validate (GX) -> publish -> summary

The DAG is a thin driver of `newsetl.run`; all logic lives in the `newsetl` package (include/) and runs the
same way from the `newsetl run` CLI. XCom carries only paths and counts. Top-level code imports nothing
heavy and touches no files: newsetl is imported inside the tasks.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow.sdk import Param, dag, task

DEFAULT_ARGS = {
    "owner": "newsetl",
    "retries": 2,
    "retry_delay": timedelta(minutes=2),
    "retry_exponential_backoff": True,
    "execution_timeout": timedelta(hours=2),
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
        "landing": Param(os.environ.get("NEWSETL_LANDING_DIR", "data/landing"), type="string",
                         description="Landing root (local path or fsspec URI); <landing>/<ds>/ is used when it exists."),
        "input": Param("", type="string", description="Explicit input path/glob; overrides landing when set."),
        "lake": Param(os.environ.get("NEWSETL_LAKE_URI", "data/lake"), type="string",
                      description="Lake root: local path or fsspec URI (s3://bucket/lake)."),
    },
    doc_md=__doc__,
)
def news_ingest():
    @task
    def discover(params=None, ds=None, run_id=None) -> dict:
        from newsetl.run import discover as _discover, resolve_input

        path = params["input"] or resolve_input(params["landing"], ds)
        return _discover(path, params["lake"], ds, run_id)

    @task
    def plan_shards(found: dict) -> list[dict]:
        return [{"shard": s["shard"], "paths": s["paths"], "staging": found["staging"], "lake": found["lake"],
                 "ingest_date": found["ingest_date"]} for s in found["shards"]]

    @task(map_index_template="{{ shard_label }}")
    def process_shard(shard: dict) -> dict:
        from airflow.sdk import get_current_context

        from newsetl.run import process_shard as _process

        get_current_context()["shard_label"] = f"shard {shard['shard']} ({len(shard['paths'])} files)"
        return _process(shard, shard["staging"], shard["lake"], shard["ingest_date"])

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

    @task
    def publish(found: dict, fin: dict, validation: dict) -> dict:
        from newsetl.run import publish as _publish

        return _publish(fin["final"], found["lake"], found["ingest_date"], found["run_id"])

    @task
    def summary(found: dict, fin: dict, validation: dict, published: dict) -> dict:
        from newsetl.run import format_summary, summarize

        s = summarize(found["lake"], found["ingest_date"], found["run_id"],
                      {"validation": validation, "body_words": fin.get("body_words"), "words_per_second": fin.get("words_per_second"),
                       "input": found["input"], "files": found["files"]})
        print(format_summary(s))
        return {"tables": s["tables"], "ledger": s["ledger"], "quarantined": len(s["quarantined"])}

    found = discover()
    counts = process_shard.expand(shard=plan_shards(found))
    fin = finalize(found, counts)
    validation = validate(found, fin)
    published = publish(found, fin, validation)
    summary(found, fin, validation, published)


news_ingest()
