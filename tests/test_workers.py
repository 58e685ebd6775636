"""`newsetl run --workers N`: shards in parallel processes publish the same tables as one in-process worker."""

import duckdb

from newsetl import sources
from newsetl.run import run_pipeline
from newsetl.schemas import TABLES

from .conftest import SAMPLES

DATE = "2026-11-20"


def _contents(lake, table: str) -> list[tuple]:
    return duckdb.sql(f"select * from read_parquet('{lake}/{table}/*/*.parquet') order by all").fetchall()


def test_two_workers_publish_the_same_tables_as_one(tmp_path, settings):
    one = run_pipeline(str(SAMPLES / DATE), str(tmp_path / "one"), DATE, "w1", settings, workers=1)
    two = run_pipeline(str(SAMPLES / DATE), str(tmp_path / "two"), DATE, "w2", settings, workers=2)
    assert one["shards"] == two["shards"] > 1  # the plan depends on the input only
    assert one["workers"] == 1 and two["workers"] == 2
    assert two["workers_used"] >= 1  # worker processes (not this one) ran the shards
    assert two["worker_peak_rss_mb"] and two["worker_peak_rss_mb"] < 1024
    for table in TABLES:
        rows = _contents(tmp_path / "one", table)
        assert rows, table
        assert rows == _contents(tmp_path / "two", table), table


def test_a_small_night_is_cut_into_min_shards_whatever_the_shard_size():
    files = [{"path": f"f{i}", "bytes": 100} for i in range(20)]
    plan = sources.plan_shards(files, 8_000_000, 64, min_shards=4)
    assert [p for s in plan for p in s] == [f"f{i}" for i in range(20)]  # order kept, nothing lost
    assert 4 <= len(plan) <= 5
    assert len(sources.plan_shards(files[:3], 8_000_000, 64, min_shards=8)) == 3  # at most one file per shard
    assert len(sources.plan_shards(files, 8_000_000, 64)) == 1  # min_shards=1: the old plan
