"""The frames the quality gate hands to GX: per table and night, slices of at most `gate_slice_rows` rows
read part by part, holding only what the table's expectations read; and the night-wide key frame.

A column whose *values* an expectation reads (ids and their regexes, allowed values, ranges, distribution
warnings) is kept as it is, Arrow-backed (`pd.ArrowDtype`: no Python object per value). A column that
expectations read only for nulls (not-null checks, non-null proportions) or only by name (the ordered column
list) is reduced to an int8 marker that is null exactly where the value is null: the free text (bodies, titles,
comment texts, evidence sentences) never reaches GX. Parts are read one at a time, and a reduced column that the
Parquet statistics show null-free is not read at all.

Keys are checked night-wide on the key columns only (`KeyScan`): uniqueness through a 64-bit hash per value (the
values behind a repeated hash are read back and compared exactly), references as the article ids a table names
that no article of the night has (`orphans`). GX then checks the repeated values for uniqueness and the orphans
against the empty set, so its results count the same offending rows as over the whole column, and the stored
results and Data Docs hold the offending ids, never the night's full id list.
"""

from __future__ import annotations

import os
import posixpath
import tempfile
from collections.abc import Iterator
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


def _reduced_batches(fh: Any, table: Table, keep: set[str], batch_rows: int) -> Iterator[pa.Table]:
    """One part file, `batch_rows` rows at a time: the kept columns as they are, the others as null markers; a
    column the statistics show null-free is not even read (bodies and other free text are usually never
    decompressed). Reading in batches bounds the memory by the batch, not by the part file."""
    pf = pq.ParquetFile(fh)
    meta = pf.metadata
    names = pf.schema_arrow.names
    read = [c for c in table.names if c in keep or not _null_free(meta, names.index(c))]
    for batch in pf.iter_batches(batch_size=batch_rows, columns=read):
        got, n, cols = pa.Table.from_batches([batch]), batch.num_rows, []
        for c in table.names:
            if c in keep:
                cols.append(got.column(c).cast(table.schema.field(c).type))
            elif c in read:
                cols.append(null_marker(got.column(c)))
            else:
                cols.append(pa.chunked_array([pa.array(np.ones(n, dtype=np.int8))], pa.int8()))
        yield pa.Table.from_arrays(cols, names=table.names)


def part_paths(lake: Any, folder: str) -> list[str]:
    return sorted(lake.fs.glob(posixpath.join(folder, "*.parquet"))) if lake.fs.exists(folder) else []


def article_ids(lake: Any, paths: list[str]) -> pa.Array:
    """The article ids of the night's articles parts (the key column only)."""
    cols = []
    for path in paths:
        with _open(lake, path) as fh:
            cols.extend(pq.read_table(fh, columns=["article_id"]).column("article_id").chunks)
    return pa.chunked_array(cols, pa.string()).combine_chunks()


def kept_columns(table: Table, expectations: list[Any]) -> set[str]:
    return value_columns(expectations) | {c.name for c in table.columns if c.references or c.unique}  # + keys


# values read from a part file at a time (rows x the table's columns): Arrow's buffers for a batch of 12k rows of
# the events (33 columns) held ~6 MB while the big part files of a big night were read (~63k rows in 10 row groups
# at 100k documents), so the gate's children peaked higher than a 2k night's; a slice is then made of more chunks
READ_CELLS = 196_608


def release_freed() -> None:
    """Hand the heap's free pages back to the system (glibc's `malloc_trim`; elsewhere nothing): between the slices
    of a table, what GX and pandas freed is scattered between live blocks, and a child validating a big table's
    dozens of slices otherwise crept up by ~0.5 MB a slice."""
    global _TRIM
    if _TRIM is None:
        try:
            import ctypes

            _TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _TRIM = False
    if _TRIM:
        _TRIM(0)


_TRIM: Any = None


def night_slices(
    lake: Any, paths: list[str], table: Table, keep: set[str], max_rows: int, keys: KeyScan
) -> Iterator[pa.Table]:
    """The reduced night in slices of at most `max_rows` rows (at least one row each), reading parts one by one;
    every part also goes through `keys` (the night-wide key checks). A slice is made of the batches' own chunks (no
    copy), and while it is validated this generator holds nothing else of it: a slice's values are in memory once."""
    pending: list[pa.Table] = []
    n = 0
    for path in paths:
        with _open(lake, path) as fh:
            for part in _reduced_batches(fh, table, keep, min(max_rows, max(1, READ_CELLS // len(table.names)))):
                keys.add(part)
                pending.append(part)
                n += part.num_rows
                del part
                while n >= max_rows:
                    night = pa.concat_tables(pending)
                    head, rest = night.slice(0, max_rows), night.slice(max_rows)
                    del night
                    pending, n = [rest], rest.num_rows
                    yield head
                    del head
    if n:
        yield pa.concat_tables(pending)


HASH_BITS = 4  # a unique column's hashes are spread over 2**HASH_BITS temporary files by their top bits
HASH_BUCKETS = 1 << HASH_BITS


class HashBuckets:
    """The 64-bit hashes of one unique column over the night, appended to HASH_BUCKETS temporary files by their
    top bits (equal hashes land in the same file): memory is one part's hashes while the night is scanned and one
    bucket's (1/HASH_BUCKETS of the night's) while repeats are looked for, not 8 bytes per row of the night."""

    def __init__(self) -> None:
        self.dir: tempfile.TemporaryDirectory | None = None
        self.files: list[Any] = []

    def add(self, hashes: np.ndarray) -> None:
        if not len(hashes):
            return
        if self.dir is None:
            self.dir = tempfile.TemporaryDirectory(prefix="newsetl-keys-")
            self.files = [open(os.path.join(self.dir.name, f"{i:02d}"), "wb") for i in range(HASH_BUCKETS)]  # noqa: SIM115
        bucket = hashes >> np.uint64(64 - HASH_BITS)
        for i, f in enumerate(self.files):
            hashes[bucket == i].tofile(f)

    def repeated(self) -> np.ndarray:
        """The hashes found more than once (sorted), one bucket at a time; the files are removed."""
        if self.dir is None:
            return np.zeros(0, np.uint64)
        out = []
        for f in self.files:
            f.close()
            h = np.fromfile(f.name, dtype=np.uint64)
            h.sort()
            out.append(np.unique(h[1:][h[1:] == h[:-1]]))
        self.dir.cleanup()
        self.dir, self.files = None, []
        return np.concatenate(out)


class IdLookup:
    """The night's article ids, to find the values of a referencing column that no article has. `pc.is_in` with the
    night's ids as its value set builds a hash table of them at every call (one per read batch: ~7 MB held for a
    moment at 100k articles, so the gate's children peaked higher as the night grew); this holds the ids' 64-bit
    hashes sorted (16 bytes per id, built once) and looks a batch's hashes up by bisection. A value whose hash is
    found is compared with that id exactly; one found with another value (a hash collision) is looked up in the
    ids themselves, so the values reported are exactly `is_in`'s."""

    def __init__(self, ids: pa.Array, build: bool = True):
        self.ids = ids.drop_null()
        self.hashes = np.zeros(0, np.uint64)
        self.order = np.zeros(0, np.int64)
        if build and len(self.ids):
            hashes = _hash64(self.ids)
            self.order = np.argsort(hashes, kind="stable")
            self.hashes = hashes[self.order]

    def missing(self, col: pa.ChunkedArray | pa.Array) -> pa.Array:
        """The non-null values of `col` (in order) that are no id."""
        vals = col.drop_null()
        if isinstance(vals, pa.ChunkedArray):
            vals = vals.combine_chunks()
        if not len(vals) or not len(self.hashes):
            return vals
        hashes = _hash64(vals)
        at = np.minimum(np.searchsorted(self.hashes, hashes), len(self.hashes) - 1)
        found = self.hashes[at] == hashes
        hit = np.flatnonzero(found)
        same = pc.equal(vals.take(hit).cast(pa.string()), self.ids.take(self.order[at[hit]]).cast(pa.string()))
        doubt = hit[~same.to_numpy(zero_copy_only=False)]
        if len(doubt):  # equal hashes, other value: exactly as is_in over the ids
            found[doubt] = pc.is_in(vals.take(doubt), value_set=self.ids).to_numpy(zero_copy_only=False)
        return vals.filter(pa.array(~found))


class KeyScan:
    """Night-wide key checks of one table, on its key columns only and in memory that hardly grows with the
    night: a 64-bit hash per value of each unique column, kept in temporary files (`HashBuckets`; the values
    behind a repeated hash are then read back and compared exactly), and, for each column that references
    articles, the values no article of the night has (`orphans`)."""

    def __init__(self, table: Table, article_ids: pa.Array | None):
        self.table = table
        self.unique = [c.name for c in table.columns if c.unique]
        self.refs = [c.name for c in table.columns if c.references == "articles.article_id"]
        self.articles = IdLookup(article_ids if article_ids is not None else pa.array([], pa.string()), bool(self.refs))
        self.hashes: dict[str, HashBuckets] = {c: HashBuckets() for c in self.unique}
        self.orphans: dict[str, list[pa.Array]] = {c: [] for c in self.refs}
        self.ids: list[pa.Array] = []  # articles: the night's article ids, for the other tables' references
        self.rows = 0

    def add(self, part: pa.Table) -> None:
        self.rows += part.num_rows
        if self.table.name == "articles":
            self.ids.extend(part.column("article_id").chunks)
        for c in self.unique:
            self.hashes[c].add(_hash64(part.column(c)))
        for c in self.refs:
            self.orphans[c].append(self.articles.missing(part.column(c)))

    def frame(self, lake: Any, paths: list[str]) -> pd.DataFrame:
        """One column per key column: the rows whose value repeats (uniqueness) or names no article of the night
        (references), nulls after them; GX checks them as it would the whole column (nulls are not checked)."""
        cols: dict[str, pa.Array] = {}
        for c in self.unique:
            cols[c] = self._repeated(lake, paths, c)
        for c in self.refs:
            cols[c] = pa.chunked_array(self.orphans[c], pa.string()).combine_chunks()
        n = max((len(v) for v in cols.values()), default=0)
        padded = {
            c: pa.concat_arrays([v.cast(pa.string()), pa.nulls(n - len(v), pa.string())]) for c, v in cols.items()
        }
        return to_frame(pa.table(padded))

    def _repeated(self, lake: Any, paths: list[str], column: str) -> pa.Array:
        twice = self.hashes[column].repeated()
        if not len(twice):
            return pa.array([], pa.string())
        candidates = []
        for path in paths:  # the values behind a repeated hash (few), read back and compared exactly
            with _open(lake, path) as fh:
                col = pq.read_table(fh, columns=[column]).column(column).drop_null().combine_chunks()
            candidates.append(col.filter(pa.array(np.isin(_hash64(col), twice))))
        values = pa.concat_arrays(candidates).cast(pa.string())
        counts = pc.value_counts(values)
        repeated = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
        return values.filter(pc.is_in(values, value_set=repeated))


def _open(lake: Any, path: str) -> Any:
    """A part file to read: Arrow's own file for a local lake (its buffers come from Arrow's memory pool and are
    reused; through a Python file object every column chunk is a Python bytes object, and the process keeps the
    memory), the filesystem's file otherwise."""
    return pa.OSFile(path, "rb") if lake.local else lake.fs.open(path, "rb")


def _hash64(col: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """A 64-bit hash of each non-null value (pandas' vectorised siphash)."""
    col = col.drop_null()
    if isinstance(col, pa.ChunkedArray):
        col = col.combine_chunks()
    if not len(col):
        return np.zeros(0, np.uint64)
    return pd.util.hash_array(col.cast(pa.string()).to_numpy(zero_copy_only=False), categorize=False)


def to_frame(t: pa.Table) -> pd.DataFrame:
    """Arrow-backed pandas (no copy into Python objects)."""
    return t.to_pandas(types_mapper=pd.ArrowDtype)


def folder(final_dir: str, name: str, date: str) -> str:
    return posixpath.join(final_dir, name, f"ingest_date={date}")
