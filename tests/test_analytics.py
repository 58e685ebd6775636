"""The derived tables (newsetl.analytics, the news_analytics DAG) on a lake built from the bundled samples:
their figures against the source tables, read back with DuckDB and Polars, the GX gate, and reruns that
replace exactly one date."""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from newsetl import analytics
from newsetl.quality import QualityGateError
from newsetl.run import run_pipeline
from newsetl.schemas import DERIVED_TABLES, TABLES

from .conftest import ROOT, SAMPLES, airflow_home

DATE, OTHER = "2026-11-20", "2026-11-21"


def copy_night(lake: Path, src: str, dst: str) -> None:
    """Publish a copy of one night's source partitions under another ingest date (a second night, cheaply)."""
    for t in TABLES:
        shutil.copytree(lake / t / f"ingest_date={src}", lake / t / f"ingest_date={dst}")


@pytest.fixture(scope="module")
def lake(tmp_path_factory, settings):
    lake = tmp_path_factory.mktemp("alake")
    run_pipeline(str(SAMPLES / DATE), str(lake), DATE, "ingest_1", settings)
    copy_night(lake, DATE, OTHER)
    for d in (DATE, OTHER):
        analytics.run_analytics(str(lake), d, f"an_{d}")
    return lake


def read(lake, table, date=None):
    where = f"where ingest_date = '{date}'" if date else ""
    return duckdb.sql(f"select * from read_parquet('{lake}/{table}/*/*.parquet', hive_partitioning=true) {where}").df()


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*.parquet")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


def test_derived_tables_read_back_with_duckdb_and_polars(lake):
    pl = pytest.importorskip("polars")
    for name, t in DERIVED_TABLES.items():
        df = read(lake, name)
        assert list(df.columns) == t.names + ["ingest_date"], name
        assert sorted(df["ingest_date"].astype(str).unique()) == [DATE, OTHER]
        assert len(df) > 0, name
        p = pl.scan_parquet(str(lake / name / "**" / "*.parquet"), hive_partitioning=True).collect()
        assert p.height == len(df) and p.columns == df.columns.tolist()
        assert pq.read_schema(next((lake / name / f"ingest_date={DATE}").glob("*.parquet"))).names == t.names


def test_events_daily_counts_each_event_once(lake):
    ev = read(lake, "events", DATE)
    daily = read(lake, "events_daily", DATE)
    assert daily["event_reports"].sum() == len(ev)
    keys = ["event_date", "iso3", "event_type"]
    g = ev.assign(fat=ev["fatalities"].fillna(0)).groupby(keys + ["event_cluster_id"], dropna=False)["fat"].max()
    expected = g.groupby(level=keys, dropna=False).agg(["size", "sum"]).reset_index()
    assert len(expected) == len(daily)
    for _, r in expected.iterrows():
        row = daily[
            (daily["event_type"] == r["event_type"])
            & (daily["event_date"].isna() if pd.isna(r["event_date"]) else daily["event_date"] == r["event_date"])
            & (daily["iso3"].isna() if pd.isna(r["iso3"]) else daily["iso3"] == r["iso3"])
        ]
        assert len(row) == 1
        assert row["events"].iloc[0] == r["size"] and row["fatalities"].iloc[0] == r["sum"]


def test_article_stats_and_dyads_match_the_source_tables(lake):
    arts, ev, com = read(lake, "articles", DATE), read(lake, "events", DATE), read(lake, "comments", DATE)
    stats = read(lake, "article_stats", DATE).set_index("article_id")
    assert sorted(stats.index) == sorted(arts["article_id"])
    assert stats["events"].sum() == len(ev)
    assert stats["comment_count"].sum() == len(com)
    per_article = ev.groupby("article_id").size()
    for aid, n in per_article.items():
        assert stats.loc[aid, "events"] == n
    words = com.groupby("article_id")["text"].apply(lambda s: sum(len(x.split()) for x in s))
    for aid, n in words.items():
        assert stats.loc[aid, "comment_words"] == n
    dy = read(lake, "actor_dyads", DATE)
    pairs = ev.dropna(subset=["actor1", "actor2"])
    assert (
        dy["events"].sum() == pairs.groupby(["event_cluster_id", "actor1", "actor2"]).ngroups
    )  # one week per cluster here
    assert set(zip(dy["actor1"], dy["actor2"])) == set(zip(pairs["actor1"], pairs["actor2"]))
    assert (pd.to_datetime(dy["week_start"]).dt.dayofweek == 0).all()  # Mondays


def test_rerun_replaces_exactly_that_date(lake):
    other_before = {n: digest(lake / n / f"ingest_date={OTHER}") for n in DERIVED_TABLES}
    # the date is re-ingested with fewer events: keep the first 10 event rows of DATE
    part = (
        lake / "events" / f"ingest_date={DATE}"
    ).resolve()  # the committed version's folder (the partition is a link)
    files = sorted(part.glob("*.parquet"))
    kept = pq.read_table(files[0], schema=TABLES["events"].schema).slice(0, 10)
    backup = lake.parent / "events_backup"
    shutil.copytree(part, backup)
    try:
        for f in files:
            f.unlink()
        pq.write_table(kept, part / "part-00000.parquet")
        out = analytics.run_analytics(str(lake), DATE, "an_rerun")
        daily = read(lake, "events_daily", DATE)
        assert daily["event_reports"].sum() == 10 and out["rows"]["events_daily"] == len(daily)
        assert read(lake, "article_stats", DATE)["events"].sum() == 10
        for n in DERIVED_TABLES:  # the other date is untouched, byte for byte
            assert digest(lake / n / f"ingest_date={OTHER}") == other_before[n], n
        assert not (lake / "_staging" / DATE / "an_rerun").exists()
    finally:
        shutil.rmtree(part)
        shutil.copytree(backup, part)
        shutil.rmtree(backup)
    analytics.run_analytics(str(lake), DATE, "an_restore")
    assert read(lake, "events_daily", DATE)["event_reports"].sum() == len(read(lake, "events", DATE))


def test_gate_blocks_bad_rows_and_keeps_the_published_partition(lake, monkeypatch):
    before = digest(lake / "events_daily" / f"ingest_date={DATE}")
    bad = analytics.EVENTS_DAILY_SQL.replace(
        "select event_date, iso3, min(country) as country, event_type,",
        "select event_date, iso3, min(country) as country, 'Bogus type' as event_type,",
    )
    assert bad != analytics.EVENTS_DAILY_SQL
    monkeypatch.setitem(
        analytics.QUERIES,
        "events_daily",
        bad.replace("group by event_date, iso3, event_type", "group by event_date, iso3"),
    )
    with pytest.raises(QualityGateError) as err:
        analytics.run_analytics(str(lake), DATE, "an_bad")
    assert "events_daily" in str(err.value) and "expect_column_values_to_be_in_set" in str(err.value)
    assert (lake / "_runs" / f"ingest_date={DATE}" / "an_bad" / "analytics_validation.json").exists()
    assert digest(lake / "events_daily" / f"ingest_date={DATE}") == before
    assert not (lake / "_staging" / DATE / "an_bad").exists()


def test_grain_is_checked(lake, monkeypatch):
    dup = analytics.ACTOR_DYADS_SQL.rstrip() + "\n"
    monkeypatch.setitem(analytics.QUERIES, "actor_dyads", f"select * from ({dup}) union all select * from ({dup})")
    with pytest.raises(QualityGateError, match="expect_compound_columns_to_be_unique"):
        analytics.run_analytics(str(lake), DATE, "an_dup")


def test_unpublished_date_is_a_clear_error(lake):
    with pytest.raises(analytics.NotPublishedError, match="ingest_date=2020-01-01.*run news_ingest"):
        analytics.run_analytics(str(lake), "2020-01-01", "an_missing")


def test_dates_from_asset_events():
    ev = lambda d, lake="/l": SimpleNamespace(extra={"ingest_date": d, "lake": lake})  # noqa: E731
    events = {
        "newsetl.articles": [ev("2026-11-21"), ev("2026-11-20")],
        "newsetl.events": [ev("2026-11-20"), SimpleNamespace(extra={})],
    }
    assert analytics.dates_from_asset_events(events, "1999-01-01") == [("2026-11-20", "/l"), ("2026-11-21", "/l")]
    assert analytics.dates_from_asset_events({}, "2026-11-20") == [("2026-11-20", None)]
    assert analytics.dates_from_asset_events(None, None) == []


def _load_dag(path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(path.stem + "_under_test", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dag_is_scheduled_on_the_ingest_assets():
    ingest, an = _load_dag(ROOT / "dags" / "news_ingest.py"), _load_dag(ROOT / "dags" / "news_analytics.py")
    assert tuple(an.DERIVED) == tuple(DERIVED_TABLES)
    published = {(a.name, a.uri) for a in ingest.NEWSETL_ASSETS.values()}
    assert {(a.name, a.uri) for a in an.INGEST_ASSETS} <= published
    dag = an.news_analytics()
    assert {t.task_id for t in dag.tasks} == {"plan", "build", "validate", "publish"}
    assert {a.uri for a in dag.get_task("publish").outlets} == {f"newsetl://lake/{t}" for t in DERIVED_TABLES}
    assert dag.get_task("validate").retries == 0


@pytest.mark.skipif(not (Path(sys.executable).parent / "airflow").exists(), reason="airflow CLI not installed")
def test_airflow_dags_test_builds_the_tables(lake, tmp_path, airflow_db):
    """`airflow dags test news_analytics D` after a night was published (here by the in-process pipeline)."""
    bin_ = Path(sys.executable).parent
    published = lake / "events_daily" / f"ingest_date={DATE}"
    published.unlink() if published.is_symlink() else shutil.rmtree(published)  # the DAG must build it again
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(airflow_home(airflow_db, tmp_path / "airflow")),  # migrated (conftest.airflow_db)
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "NEWSETL_LAKE_URI": str(lake),
    }
    run = subprocess.run(
        [str(bin_ / "airflow"), "dags", "test", "news_analytics", DATE],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    log = run.stdout + run.stderr
    assert run.returncode == 0, log[-5000:]
    assert f"news_analytics {DATE}: published" in log  # returncode 0 = the dag run succeeded
    assert read(lake, "events_daily", DATE)["event_reports"].sum() == len(read(lake, "events", DATE))


def test_dag_file_parses_without_importing_newsetl():
    code = (
        "import sys, runpy; runpy.run_path({!r}); "
        "print([m for m in ('newsetl', 'duckdb', 'great_expectations', 'pyarrow') if m in sys.modules])".format(
            str(ROOT / "dags" / "news_analytics.py")
        )
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "AIRFLOW__CORE__LOAD_EXAMPLES": "False"},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    heavy = out.stdout.strip().splitlines()[-1]
    assert "newsetl" not in heavy and "duckdb" not in heavy and "great_expectations" not in heavy, heavy
