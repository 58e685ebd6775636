"""finalize rewrites each staged part a batch at a time (night/finalize.py): the published tables do not depend on
the batch size."""

import duckdb
import pyarrow.parquet as pq

from newsetl.night import finalize as fin
from newsetl.run import run_pipeline
from newsetl.schemas import TABLES

from .conftest import SAMPLES

DATE = "2026-11-20"


def _contents(lake, table: str) -> list[tuple]:
    return duckdb.sql(f"select * from read_parquet('{lake}/{table}/*/*.parquet') order by all").fetchall()


def _row_groups(lake, table: str) -> int:
    return sum(pq.ParquetFile(p).num_row_groups for p in sorted((lake / table).glob("*/*.parquet")))


def test_batches_of_a_few_rows_publish_the_same_tables(tmp_path, settings, monkeypatch, sample_night):
    whole_lake, _, whole = sample_night  # the same night finalized in whole batches
    monkeypatch.setattr(fin, "MIN_BATCH_ROWS", 1)
    monkeypatch.setattr(fin, "BATCH_BYTES", 1)  # one row per batch
    monkeypatch.setattr(fin, "ROW_GROUP_BYTES", 1)  # each batch its own row group
    rows = run_pipeline(str(SAMPLES / DATE), str(tmp_path / "rows"), DATE, "f2", settings, workers=1)
    assert whole["duplicates"] == rows["duplicates"] > 0  # the samples repeat a document: one copy dropped
    assert whole["ledger"] == rows["ledger"]
    for table in TABLES:
        assert _contents(whole_lake, table) == _contents(tmp_path / "rows", table), table
    # the small run really went a row at a time: one row group per published row
    assert (
        _row_groups(tmp_path / "rows", "mentions") == rows["tables"]["mentions"] > _row_groups(whole_lake, "mentions")
    )
