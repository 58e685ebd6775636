"""news_analytics: derived tables for analysts, rebuilt whenever news_ingest publishes a night.

plan (which ingest dates) -> build (DuckDB, mapped per date) -> validate (GX) -> publish (atomic swap)

**Data-aware.** Scheduled on the Assets news_ingest's `publish` task updates (`newsetl.articles`, `.comments`,
`.events`, `.mentions`): a run starts once all four were updated, and the dates to build come from the asset
events' `extra` (`ingest_date`, `lake`), so a re-ingested date is rebuilt and several nights published before
this DAG ran are each built. A manual run builds the `date` param, else its logical date
(`airflow dags test news_analytics 2026-11-20`).

**Tables** (docs/tables.md): `events_daily` (event date x country x event type), `actor_dyads` (actor pairs per
ISO week), `article_stats` (one row per article), hive-partitioned by the ingest_date they were built from.
A rebuild of a date replaces exactly that date's partition (the lake's atomic swap, as news_ingest publishes).
`publish` updates one Asset per derived table (`newsetl://lake/<table>`) for consumers further down.

Thin driver of `newsetl.analytics` (include/); the same steps run with `newsetl analytics --date D`.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow.sdk import Asset, Param, dag, task

# news_ingest's outlets (same name and uri = the same Assets; this file must not import newsetl or news_ingest)
SOURCES = ("articles", "comments", "events", "mentions")
INGEST_ASSETS = [Asset(name=f"newsetl.{t}", uri=f"newsetl://lake/{t}", group="newsetl") for t in SOURCES]
DERIVED = ("events_daily", "actor_dyads", "article_stats")  # tests check this equals newsetl.schemas.DERIVED_TABLES
ANALYTICS_ASSETS = {
    t: Asset(name=f"newsetl.{t}", uri=f"newsetl://lake/{t}", group="newsetl_analytics") for t in DERIVED
}

DEFAULT_ARGS = {
    "owner": "newsetl",
    "retries": 2,
    "retry_delay": timedelta(seconds=int(os.environ.get("NEWSETL_RETRY_DELAY_SECONDS", "120") or 120)),
    "retry_exponential_backoff": True,
    "execution_timeout": timedelta(hours=1),
}


@dag(
    dag_id="news_analytics",
    description="Derived tables (events_daily, actor_dyads, article_stats) from each night news_ingest publishes",
    schedule=INGEST_ASSETS,
    start_date=datetime(2015, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["newsetl", "analytics"],
    params={
        "lake": Param(
            os.environ.get("NEWSETL_LAKE_URI", "data/lake"),
            type="string",
            description="Lake root, when the asset events do not name one.",
        ),
        "date": Param(
            "",
            type="string",
            description="Ingest date to (re)build on a manual run (default: the asset events' dates, else the logical date).",
        ),
    },
    doc_md=__doc__,
)
def news_analytics():
    @task
    def plan(params=None, ds=None, triggering_asset_events=None) -> list[dict]:
        from airflow.sdk.exceptions import AirflowSkipException

        from newsetl.analytics import dates_from_asset_events

        pairs = [(params["date"], None)] if params["date"] else dates_from_asset_events(triggering_asset_events, ds)
        if not pairs:
            raise AirflowSkipException("no ingest date: neither asset events, a date param nor a logical date")
        return [{"ingest_date": d, "lake": lake or params["lake"]} for d, lake in pairs]

    @task(map_index_template="{{ job_label }}")
    def build(job: dict, run_id=None) -> dict:
        from airflow.sdk import get_current_context

        from newsetl.analytics import stage

        # map_index_template reads extra context keys; the SDK's Context TypedDict does not declare them
        get_current_context()["job_label"] = job["ingest_date"]  # type: ignore[typeddict-unknown-key]
        return stage(job["lake"], job["ingest_date"], f"analytics__{run_id}")

    @task(retries=0)  # a failed quality gate is a verdict, not a transient error
    def validate(staged: dict) -> dict:
        from newsetl.analytics import validate as _validate
        from newsetl.config import get_settings

        return {
            **staged,
            "validation": _validate(
                staged["lake"], staged["ingest_date"], staged["run_id"], get_settings().fail_on_warning
            ),
        }

    @task(outlets=list(ANALYTICS_ASSETS.values()))
    def publish(checked: dict, outlet_events=None) -> dict:
        from newsetl.analytics import publish as _publish

        out = _publish(checked["lake"], checked["ingest_date"], checked["run_id"])
        for t, asset in ANALYTICS_ASSETS.items():
            outlet_events[asset].extra = {
                "ingest_date": checked["ingest_date"],
                "lake": checked["lake"],
                "partition": out["published"].get(t),
                "rows": checked["rows"].get(t, 0),
            }
        print(f"news_analytics {checked['ingest_date']}: published {checked['rows']}", flush=True)
        return out

    publish.expand(checked=validate.expand(staged=build.expand(job=plan())))


news_analytics()
