"""The frames the quality gate hands to GX: one per table and night, over all its part files, holding
only what the table's expectations read.

A column whose *values* an expectation reads (ids and their regexes, allowed values, ranges, uniqueness,
distribution warnings) is kept as it is, Arrow-backed (`pd.ArrowDtype`: no Python object per value). A
column that expectations read only for nulls (not-null checks, non-null proportions) or only by name (the
ordered column list) is reduced to an int8 marker that is null exactly where the value is null: the free
text (bodies, titles, comment texts, evidence sentences) never reaches GX. Parts are read one at a time,
and a reduced column that the Parquet statistics show null-free is not read at all.

Referential integrity is computed on the key column only: the article ids a table names that no article
of the night has (`orphans`), which GX then checks against the empty set (so the stored results and Data
Docs hold the offending ids, never the night's full id list).
"""

from __future__ import annotations

import posixpath
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .schemas import Table

# expectations that read a column only for its nulls
NULLNESS_ONLY = {
    "expect_column_values_to_not_be_null",
    "expect_column_values_to_be_null",
    "expect_column_proportion_of_non_null_values_to_be_between",
}
NAMES_ONLY = {"expect_table_columns_to_match_ordered_list", "expect_table_columns_to_match_set"}


def value_columns(expectations: list[Any]) -> set[str]:
    """Columns whose values some expectation reads (the others are reduced to null markers)."""
    out: set[str] = set()
    for e in expectations:
        kind = e.expectation_type
        if kind in NAMES_ONLY:
            continue
        cols = [getattr(e, a, None) for a in ("column", "column_A", "column_B")]
        cols += list(getattr(e, "column_list", None) or [])
        if kind in NULLNESS_ONLY:
            continue
        out.update(c for c in cols if isinstance(c, str))
    return out


def null_marker(col: pa.ChunkedArray) -> pa.ChunkedArray:
    """int8: 1 where the value is present, null where it is null."""
    return pc.if_else(pc.is_valid(col), pa.scalar(1, pa.int8()), pa.scalar(None, pa.int8()))


def _null_free(meta: pq.FileMetaData, index: int) -> bool:
    """True when the Parquet statistics of every row group say the column has no null."""
    for rg in range(meta.num_row_groups):
        st = meta.row_group(rg).column(index).statistics
        if st is None or not st.has_null_count or st.null_count:
            return False
    return True


def _reduced_part(fh: Any, table: Table, keep: set[str]) -> pa.Table:
    """One part file: the kept columns as they are, the others as null markers; a column the statistics
    show null-free is not even read (bodies and other free text are usually never decompressed)."""
    pf = pq.ParquetFile(fh)
    meta, n = pf.metadata, pf.metadata.num_rows
    names = pf.schema_arrow.names
    read = [c for c in table.names if c in keep or not _null_free(meta, names.index(c))]
    got = pf.read(columns=read)
    cols = []
    for c in table.names:
        if c in keep:
            cols.append(got.column(c).cast(table.schema.field(c).type))
        elif c in read:
            cols.append(null_marker(got.column(c)))
        else:
            cols.append(pa.chunked_array([pa.array(np.ones(n, dtype=np.int8))], pa.int8()))
    return pa.Table.from_arrays(cols, names=table.names)


def night_frame(lake: Any, folder: str, table: Table, expectations: list[Any]) -> tuple[pa.Table, int]:
    """(reduced Arrow table of the night, number of part files), reading parts one by one."""
    keep = value_columns(expectations) | {c.name for c in table.columns if c.references}  # + key columns
    chunks: dict[str, list[pa.Array]] = {c: [] for c in table.names}
    paths = sorted(lake.fs.glob(posixpath.join(folder, "*.parquet"))) if lake.fs.exists(folder) else []
    for path in paths:
        with lake.fs.open(path, "rb") as fh:
            part = _reduced_part(fh, table, keep)
        for c in table.names:
            chunks[c].extend(part.column(c).chunks)
    arrays = [
        pa.chunked_array(chunks[c], type=table.schema.field(c).type if c in keep else pa.int8()) for c in table.names
    ]
    return pa.Table.from_arrays(arrays, names=table.names), len(paths)


def to_frame(t: pa.Table) -> pd.DataFrame:
    """Arrow-backed pandas (no copy into Python objects)."""
    return t.to_pandas(types_mapper=pd.ArrowDtype)


def orphans(t: pa.Table, column: str, article_ids: pa.Array) -> pd.DataFrame:
    """The non-null values of `column` that are not among the night's article ids."""
    col = t.column(column)
    mask = pc.and_(pc.is_valid(col), pc.invert(pc.is_in(col, value_set=article_ids)))
    return to_frame(pa.table({column: pc.filter(col, mask)}))


def folder(final_dir: str, name: str, date: str) -> str:
    return posixpath.join(final_dir, name, f"ingest_date={date}")
