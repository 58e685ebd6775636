"""finalize: night-wide deduplication and event cluster counts over the staged shards."""

from __future__ import annotations

import posixpath
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..config import Settings, get_settings
from ..lake import Lake
from ..schemas import TABLES
from .common import ALL_TABLES, log

MIN_BATCH_ROWS = 64
BATCH_BYTES = 1 << 20  # a staged part is rewritten about this many bytes at a time (its row groups are small)
ROW_GROUP_BYTES = 2 << 20  # published row groups: batches coalesced up to this many bytes of Arrow data


@dataclass
class _Kept:
    """Which staged article rows survive deduplication, and why the others do not. Per part file, as Arrow/numpy
    arrays (a few bytes per article, no Python object per row of the document tables)."""

    rows: dict[str, np.ndarray] = field(default_factory=dict)  # part file name -> row mask of the kept articles
    ids: dict[str, pa.Array] = field(default_factory=dict)  # part file name -> the article ids kept from it
    dup_of: dict[tuple[str, str | None], str] = field(default_factory=dict)  # (source_file, member) -> reason
    dup_dates: Counter = field(default_factory=Counter)  # published date the duplicate repeats, or "this night"

    def all_ids(self) -> pa.Array:
        return pa.concat_arrays(list(self.ids.values())) if self.ids else pa.array([], pa.string())


def first_occurrences(values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Boolean mask: True at the first row of each distinct value (in row order)."""
    n = len(values)
    if n == 0:
        return np.zeros(0, dtype=bool)
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    groups = pc.index_in(values, value_set=pc.unique(values)).to_numpy(zero_copy_only=False)
    mask = np.zeros(n, dtype=bool)
    mask[np.unique(groups, return_index=True)[1]] = True
    return mask


def _published_before(lake: Lake, ingest_date: str, night_ids: pa.Array) -> dict[str, str]:
    """Article id -> the first other date that published it, for this night's ids only (each published part is
    read once, its ids looked up among the night's: memory follows the night, not the lake's history)."""
    found: dict[str, str] = {}
    if not len(night_ids):
        return found
    for other in lake.published_dates("articles"):
        if other == ingest_date:
            continue
        for _, t in lake.read_parts(lake.partition("articles", other), "articles", columns=["article_id"]):
            ids = t.column("article_id")
            for aid in ids.filter(pc.is_in(ids, value_set=night_ids)).to_pylist():
                found.setdefault(aid, other)
    return found


def _part_paths(lake: Lake, folder: str) -> list[str]:
    return sorted(lake.fs.glob(posixpath.join(folder, "*.parquet"))) if lake.fs.exists(folder) else []


def _open(lake: Lake, path: str) -> Any:
    """Arrow's own file on a local lake (its reads are not Python bytes objects), the filesystem's otherwise."""
    return pa.OSFile(path, "rb") if lake.local else lake.fs.open(path, "rb")


def _read_columns(lake: Lake, path: str, columns: list[str]) -> pa.Table:
    with _open(lake, path) as fh:
        return pq.read_table(fh, columns=columns)


def _choose_articles(lake: Lake, shard_dir: str, ingest_date: str) -> _Kept:
    """Articles already published on another date, or repeated inside the night, are duplicates (the first copy
    in part and row order is kept). Night-wide only the article ids are held; where each duplicate came from
    (source_file, member: for its ledger reason) is read from the parts that have duplicates."""
    parts = [
        (posixpath.basename(path), path, _read_columns(lake, path, ["article_id"]).column("article_id"))
        for path in _part_paths(lake, posixpath.join(shard_dir, "articles"))
    ]
    night = pa.chunked_array([c for _, _, c in parts], pa.string()).combine_chunks()
    published = _published_before(lake, ingest_date, pc.unique(night))
    keep = first_occurrences(night)
    if published:
        keep &= ~pc.is_in(night, value_set=pa.array(list(published), pa.string())).to_numpy(zero_copy_only=False)
    del night
    kept, at, repeated = _Kept(), 0, []
    for base, path, ids in parts:
        mask = keep[at : at + len(ids)]
        at += len(ids)
        kept.rows[base] = mask
        kept.ids[base] = ids.filter(pa.array(mask)).combine_chunks()
        if mask.all():
            continue
        t = _read_columns(lake, path, ["article_id", "source_file", "member"])
        for i in np.flatnonzero(~mask):  # the duplicates (few): their ledger reason
            aid, src, mem = (t.column(c)[int(i)].as_py() for c in ("article_id", "source_file", "member"))
            if aid in published:
                kept.dup_of[(src, mem)] = f"duplicate_of: {aid} (published on {published[aid]})"
                kept.dup_dates[published[aid]] += 1
            else:
                repeated.append((aid, src, mem))
    origin = _first_copies(lake, [(b, p) for b, p, _ in parts], kept, {aid for aid, _, _ in repeated})
    for aid, src, mem in repeated:
        kept.dup_of[(src, mem)] = f"duplicate_of: {aid} ({origin[aid]})"
        kept.dup_dates["this night"] += 1
    return kept


def _first_copies(lake: Lake, parts: list[tuple[str, str]], kept: _Kept, ids: set[str]) -> dict[str, str]:
    """Where the kept copy of each repeated article came from: 'source_file' or 'source_file!member'."""
    out: dict[str, str] = {}
    if not ids:
        return out
    wanted = pa.array(sorted(ids), pa.string())
    for base, path in parts:
        if not pc.any(pc.is_in(kept.ids[base], value_set=wanted)).as_py():
            continue
        t = _read_columns(lake, path, ["article_id", "source_file", "member"]).filter(pa.array(kept.rows[base]))
        for aid, src, mem in zip(
            *(
                t.column(c).filter(pc.is_in(t.column("article_id"), value_set=wanted)).to_pylist()
                for c in ("article_id", "source_file", "member")
            )
        ):
            out.setdefault(aid, f"{src}{'!' + mem if mem else ''}")
    return out


def _clusters(lake: Lake, shard_dir: str, kept: _Kept) -> pa.Table:
    """(event_cluster_id, n): the kept articles of the night that report each event cluster. An article is kept
    from one part only, so distinct articles per part add up across parts."""
    per_part = []
    for path, t in lake.read_parts(
        posixpath.join(shard_dir, "events"), "events", columns=["event_cluster_id", "article_id"]
    ):
        ids = kept.ids.get(posixpath.basename(path), pa.array([], pa.string()))
        t = t.filter(pc.is_in(t.column("article_id"), value_set=ids))
        per_part.append(t.group_by("event_cluster_id").aggregate([("article_id", "count_distinct")]))
    if not per_part:
        return pa.table({"event_cluster_id": pa.array([], pa.string()), "n": pa.array([], pa.int64())})
    total = pa.concat_tables(per_part).group_by("event_cluster_id").aggregate([("article_id_count_distinct", "sum")])
    return total.rename_columns(["event_cluster_id", "n"])


def _part_mask(lake: Lake, name: str, path: str, kept: _Kept) -> np.ndarray | None:
    """The rows of one staged part that are published (None: all, the ledger), from its key columns only: the
    articles kept from this part, and the other document tables' rows of those articles (an article twice in the
    part keeps its first copy's rows, by the table's key)."""
    base = posixpath.basename(path)
    if name == "articles":
        mask = kept.rows.get(base)
        return mask if mask is not None else np.zeros(0, dtype=bool)  # (no such part: nothing kept)
    if name not in ("comments", "events", "mentions"):
        return None
    key = TABLES[name].key
    assert key is not None  # these tables have one
    t = _read_columns(lake, path, ["article_id", key])
    ids = kept.ids.get(base, pa.array([], pa.string()))
    mask = pc.is_in(t.column("article_id"), value_set=ids).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(mask)
    first = first_occurrences(t.column(key).take(pa.array(rows)))
    mask[rows[~first]] = False
    return mask


def _rewrite_batch(name: str, t: pa.Table, mask: np.ndarray | None, kept: _Kept, clusters: pa.Table) -> pa.Table:
    """Rows of one batch of a staged part as they are published: duplicates dropped (documents) or marked (ledger),
    events with their cluster counts."""
    if mask is not None:
        t = t.filter(pa.array(mask))
    if name == "events":
        at = pc.index_in(t.column("event_cluster_id"), value_set=clusters.column("event_cluster_id"))
        n = pc.coalesce(pc.take(clusters.column("n"), at), 1).cast(pa.int32())
        t = t.set_column(t.schema.get_field_index("num_articles"), "num_articles", n)
    if name == "ingest_ledger" and kept.dup_of:
        status, reason = t.column("status").to_pylist(), t.column("reason").to_pylist()
        for i, (src, mem) in enumerate(zip(t.column("source_file").to_pylist(), t.column("member").to_pylist())):
            if (src, mem) in kept.dup_of and status[i] == "loaded":
                status[i], reason[i] = "duplicate", kept.dup_of[(src, mem)]
        t = t.set_column(t.schema.get_field_index("status"), "status", pa.array(status, type=pa.string()))
        t = t.set_column(t.schema.get_field_index("reason"), "reason", pa.array(reason, type=pa.string()))
    return t


def _batch_rows(meta: pq.FileMetaData) -> int:
    """Rows per batch for about BATCH_BYTES of (uncompressed) data: a few hundred articles, thousands of mentions."""
    size = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    return max(MIN_BATCH_ROWS, min(65_536, BATCH_BYTES * max(1, meta.num_rows) // max(1, size)))


def _rewrite_part(lake: Lake, name: str, path: str, kept: _Kept, clusters: pa.Table) -> Iterator[pa.Table]:
    """One staged part of table `name` as it is published, a batch of row groups at a time (memory: the part's
    key columns and one batch, whatever the shard's size)."""
    mask = _part_mask(lake, name, path, kept)
    if mask is not None and not mask.any():
        return
    at = 0
    with _open(lake, path) as fh:
        pf = pq.ParquetFile(fh)
        for batch in pf.iter_batches(batch_size=_batch_rows(pf.metadata)):
            n = batch.num_rows
            sub = None if mask is None else mask[at : at + n]
            at += n
            if sub is not None and not sub.any():
                continue
            yield _rewrite_batch(name, pa.Table.from_batches([batch]), sub, kept, clusters)


class _PartWriter:
    """Published parts of one table: the staged shards' rows, coalesced into parts of about `part_bytes`, so a
    night of many small shards is a few files per table (each validated and read once). Batches are written as they
    come, as row groups of about ROW_GROUP_BYTES, so memory is a row group, not a staged part's or a part file's
    worth, whatever the night's or the shard's size."""

    def __init__(self, lake: Lake, out_dir: str, name: str, part_bytes: int):
        self.lake, self.out_dir, self.name, self.part_bytes = lake, out_dir, name, part_bytes
        if lake.fs.exists(out_dir):  # finalize again (publish after another date): no part of the first pass stays
            lake.fs.rm(out_dir, recursive=True)
        self.writer: pq.ParquetWriter | None = None
        self.handle: Any = None
        self.path = ""
        self.bytes = self.n = 0
        self.pending: list[pa.Table] = []  # batches not yet written: a row group of about ROW_GROUP_BYTES
        self.pending_bytes = 0

    def add(self, t: pa.Table) -> None:
        if self.writer is None:
            self.path = posixpath.join(self.out_dir, f"part-{self.n:05d}.parquet")
            self.lake.fs.makedirs(self.out_dir, exist_ok=True)
            self.handle = self.lake.fs.open(self.path + ".inprogress", "wb")
            self.writer = pq.ParquetWriter(self.handle, TABLES[self.name].schema, compression="zstd")
        schema = TABLES[self.name].schema
        if not t.schema.equals(schema):  # rewritten columns (num_articles, status, ...) carry the schema's fields
            t = pa.Table.from_arrays(t.columns, schema=schema)
        self.pending.append(t)
        self.pending_bytes += t.nbytes
        self.bytes += t.nbytes
        if self.pending_bytes >= ROW_GROUP_BYTES or self.bytes >= self.part_bytes:
            self._flush()
        if self.bytes >= self.part_bytes:
            self._close_part()

    def _flush(self) -> None:
        if self.pending:
            assert self.writer is not None
            self.writer.write_table(pa.concat_tables(self.pending))
            self.pending, self.pending_bytes = [], 0

    def _close_part(self) -> None:
        assert self.writer is not None
        self._flush()
        self.writer.close()
        self.handle.close()
        self.lake.fs.mv(self.path + ".inprogress", self.path)
        self.writer, self.handle, self.bytes, self.n = None, None, 0, self.n + 1

    def close(self) -> None:
        if self.writer is not None:
            self._close_part()
        elif not self.n:  # a table without rows still gets one (empty) part
            self.lake.write_table(
                posixpath.join(self.out_dir, "part-00000.parquet"), TABLES[self.name].schema.empty_table()
            )


def finalize(staging: str, lake_uri: str, ingest_date: str, settings: Settings | None = None) -> dict:
    """Night-wide steps over the staged shards, with memory bounded by key columns:
    duplicates (same content twice in the night, or already published on another date) are dropped from
    the document tables and marked `duplicate` in the ledger; events get cross-article cluster counts."""
    part_bytes = (settings or get_settings()).final_part_bytes
    lake = Lake(lake_uri)
    shard_dir = posixpath.join(staging, "shards")
    final = posixpath.join(staging, "final")
    basis = lake.fingerprint(exclude=ingest_date)  # what the deduplication below depends on (checked at publish)
    kept = _choose_articles(lake, shard_dir, ingest_date)
    clusters = _clusters(lake, shard_dir, kept)
    counts: Counter = Counter()
    ledger_status: Counter = Counter()
    for name in ALL_TABLES:  # rewrite every table part by part
        out = _PartWriter(lake, posixpath.join(final, name, f"ingest_date={ingest_date}"), name, part_bytes)
        for path in _part_paths(lake, posixpath.join(shard_dir, name)):
            for t in _rewrite_part(lake, name, path, kept, clusters):
                counts[name] += t.num_rows
                if name == "ingest_ledger":
                    ledger_status.update(
                        f"{k}:{s}" for k, s in zip(t.column("kind").to_pylist(), t.column("status").to_pylist())
                    )
                out.add(t)
        out.close()
    if kept.dup_dates:
        log.warning(
            "night %s: %d input documents are duplicates (%s); %d articles remain",
            ingest_date,
            len(kept.dup_of),
            ", ".join(f"{k}: {v}" for k, v in sorted(kept.dup_dates.items())),
            counts["articles"],
        )
    lake.write_json(posixpath.join(final, "_basis.json"), basis)
    return {
        "final": final,
        "rows": dict(counts),
        "ledger": dict(ledger_status),
        "duplicates": len(kept.dup_of),
        "duplicates_by_date": dict(sorted(kept.dup_dates.items())),
        "clusters_multi_article": pc.sum(pc.greater(clusters.column("n"), 1)).as_py() or 0,
    }
