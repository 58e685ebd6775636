"""`airflow dags test news_ingest <date>` through real Airflow (SQLite, project-style AIRFLOW_HOME)."""

import os
import subprocess
import sys
from pathlib import Path

import duckdb

from ..conftest import airflow_home

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_airflow_dags_test_publishes_the_lake(tmp_path, airflow_db):
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(airflow_home(airflow_db, tmp_path / "airflow")),  # migrated (conftest.airflow_db)
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "NEWSETL_LANDING_DIR": str(ROOT / "samples" / "landing"),
        "NEWSETL_LAKE_URI": str(tmp_path / "lake"),
    }
    run = subprocess.run(
        [str(BIN / "airflow"), "dags", "test", "news_ingest", "2026-11-20"],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    log = run.stdout + run.stderr
    assert run.returncode == 0, log[-5000:]
    assert "failed" not in [ln.split()[-1] for ln in log.splitlines() if "state=" in ln][-1:]
    lake = tmp_path / "lake"
    n = duckdb.sql(
        f"select count(*) from read_parquet('{lake}/articles/*/*.parquet', hive_partitioning=true) where ingest_date = '2026-11-20'"
    ).fetchall()[0][0]
    assert n > 20
    assert (lake / "_runs" / "ingest_date=2026-11-20").is_dir()
    assert "GX quality gate: passed" in log
