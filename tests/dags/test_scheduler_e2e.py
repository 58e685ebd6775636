"""news_ingest under a REAL scheduler (api-server + scheduler + dag-processor, LocalExecutor on SQLite), not
`airflow dags test`, driven the way an operator would:

1. unpause with no landing folder for today and a full one for yesterday: today's scheduled run is
   recorded as a missing night and fails once, with the reason in the discover log;
2. yesterday, triggered with its logical date, publishes every article of its folder (same count as an
   in-process run of the same folder);
3. a trigger without a logical date fails once (no retry) with a clear message;
4. clearing yesterday's run re-runs it and replaces the date (a file removed from the folder before the clear
   is gone from the lake afterwards).
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from ..conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
DAG = "news_ingest"


def articles(lake: Path, date: str) -> int:
    return duckdb.sql(f"select count(*) from read_parquet('{lake}/articles/ingest_date={date}/*.parquet')").fetchall()[
        0
    ][0]


def test_nights_under_a_real_scheduler(tmp_path, settings):
    from airflow_services import AirflowServices

    from newsetl.run import run_pipeline

    now = datetime.now(UTC)
    if now.hour == 23 and now.minute >= 55:  # "today" must not change while the test runs
        time.sleep((60 - now.minute) * 60 - now.second + 30)
    today = datetime.now(UTC).date()
    yday = (today - timedelta(days=1)).isoformat()
    today = today.isoformat()
    landing, lake = tmp_path / "landing", tmp_path / "lake"
    shutil.copytree(SAMPLES / "2026-11-20", landing / yday)
    # what the nights should publish, from in-process runs of the same folders
    expected_full = run_pipeline(str(landing / yday), str(tmp_path / "ref1"), yday, "ref", settings)["tables"][
        "articles"
    ]
    reduced = tmp_path / "reduced"
    shutil.copytree(landing / yday, reduced)
    (reduced / "feed.jsonl").unlink()
    expected_reduced = run_pipeline(str(reduced), str(tmp_path / "ref2"), yday, "ref", settings)["tables"]["articles"]
    assert 0 < expected_reduced < expected_full

    af = AirflowServices(
        tmp_path / "airflow",
        env={
            "NEWSETL_LANDING_DIR": str(landing),
            "NEWSETL_LAKE_URI": str(lake),
            "NEWSETL_CACHE_DIR": settings.cache_dir,
            "AIRFLOW__CORE__PARALLELISM": "4",
        },
    )
    t0 = time.monotonic()
    af.migrate()
    try:
        af.start_core()
        af.wait_dag_parsed(DAG)
        af.cli("dags", "unpause", DAG)

        # 1. today's scheduled run: missing night, recorded, failed once with the reason
        sched = af.wait_for(lambda: [r for r in af.runs(DAG) if r["run_type"] == "scheduled"], 90, "the scheduled run")[
            0
        ]
        assert str(sched["logical_date"]).startswith(today), sched
        assert af.wait_run_done(DAG, sched["run_id"], 180) == "failed"
        ti = {t["task_id"]: t for t in af.task_instances(DAG, sched["run_id"])}
        assert ti["discover"]["state"] == "failed" and ti["discover"]["try_number"] == 1
        log = af.task_log(DAG, sched["run_id"], "discover")
        assert f"night {today} is MISSING: input path does not exist: {landing}/{today}" in log, log[-3000:]
        assert "NEWSETL ALERT" in log  # the failure callback ran
        rec = json.loads(next((lake / "_runs" / f"ingest_date={today}").glob("*/summary.json")).read_text())
        assert rec["status"] == "missing" and rec["run_id"] == sched["run_id"]

        # 2. yesterday, triggered with its logical date: every article published
        af.cli("dags", "trigger", DAG, "--logical-date", f"{yday}T00:00:00+00:00", "--run-id", f"manual__{yday}")
        # 3. a trigger without a logical date: refused once, with the reason, no retry
        af.cli("dags", "trigger", DAG, "--run-id", "manual__no_date")
        assert af.wait_run_done(DAG, f"manual__{yday}", 300) == "success", af.task_instances(DAG, f"manual__{yday}")
        assert articles(lake, yday) == expected_full
        summary_log = af.task_log(DAG, f"manual__{yday}", "summary")
        assert (
            f"newsetl run manual__{yday} for ingest_date={yday}" in summary_log
            and "GX quality gate: passed" in summary_log
        )
        assert af.wait_run_done(DAG, "manual__no_date", 120) == "failed"
        ti = {t["task_id"]: t for t in af.task_instances(DAG, "manual__no_date")}
        assert ti["discover"]["state"] == "failed" and ti["discover"]["try_number"] == 1, ti
        assert "this run has no logical date" in af.task_log(DAG, "manual__no_date", "discover")
        assert not af.task_log(DAG, "manual__no_date", "discover", attempt=2)

        # 4. rerun through Airflow: clear the run; the date is replaced, not appended to
        (landing / yday / "feed.jsonl").unlink()
        af.cli("tasks", "clear", DAG, "-s", yday, "-e", yday, "--yes")
        af.wait_for(lambda: af.run_state(DAG, f"manual__{yday}") != "success", 30, "the cleared run to restart")
        assert af.wait_run_done(DAG, f"manual__{yday}", 300) == "success"
        assert articles(lake, yday) == expected_reduced
        assert [p.name for p in (lake / "articles").iterdir()] == [f"ingest_date={yday}"]
        print(f"scheduler e2e: {time.monotonic() - t0:.0f} s")
    finally:
        af.stop()
