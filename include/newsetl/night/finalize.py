"""finalize: night-wide deduplication and event cluster counts over the staged shards."""

from __future__ import annotations

import posixpath
from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from ..config import Settings, get_settings
from ..lake import Lake
from ..schemas import TABLES
from .common import ALL_TABLES, log


@dataclass
class _Kept:
    """Which staged article rows survive deduplication, and why the others do not."""

    rows: dict[str, set[int]] = field(default_factory=dict)  # part file name -> row numbers kept
    dup_of: dict[tuple[str, str | None], str] = field(default_factory=dict)  # (source_file, member) -> reason
    dup_dates: Counter = field(default_factory=Counter)  # published date the duplicate repeats, or "this night"
    ids: set[str] = field(default_factory=set)


def _choose_articles(lake: Lake, shard_dir: str, ingest_date: str) -> _Kept:
    """Articles already published on another date, or repeated inside the night, are duplicates."""
    seen: dict[str, str] = {}
    for other in lake.published_dates("articles"):
        if other == ingest_date:
            continue
        for _, t in lake.read_parts(
            lake.partition("articles", other), "articles", columns=["article_id", "content_sha256"]
        ):
            for aid in t.column("article_id").to_pylist():
                seen.setdefault(aid, f"published on {other}")
    kept = _Kept()
    for path, t in lake.read_parts(
        posixpath.join(shard_dir, "articles"), "articles", columns=["article_id", "source_file", "member"]
    ):
        rows = set()
        for i, (aid, src, mem) in enumerate(
            zip(t.column("article_id").to_pylist(), t.column("source_file").to_pylist(), t.column("member").to_pylist())
        ):
            if aid in seen:
                kept.dup_of[(src, mem)] = f"duplicate_of: {aid} ({seen[aid]})"
                origin = seen[aid]
                kept.dup_dates[
                    origin[len("published on ") :] if origin.startswith("published on ") else "this night"
                ] += 1
            else:
                seen[aid] = f"{src}{'!' + mem if mem else ''}"
                rows.add(i)
                kept.ids.add(aid)
        kept.rows[posixpath.basename(path)] = rows
    return kept


def _clusters(lake: Lake, shard_dir: str, kept_ids: set[str]) -> dict[str, set[str]]:
    """Event cluster id -> the kept articles that report it (event clusters across articles of the night)."""
    cluster_articles: dict[str, set[str]] = {}
    for _, t in lake.read_parts(
        posixpath.join(shard_dir, "events"), "events", columns=["event_cluster_id", "article_id"]
    ):
        for cid, aid in zip(t.column("event_cluster_id").to_pylist(), t.column("article_id").to_pylist()):
            if aid in kept_ids:
                cluster_articles.setdefault(cid, set()).add(aid)
    return cluster_articles


def _rewrite_part(
    name: str, base: str, t: pa.Table, kept: _Kept, clusters: dict[str, set[str]], seen_keys: set, status_n: Counter
) -> pa.Table:
    """One staged part of table `name` as it is published: duplicates dropped (documents) or marked (ledger)."""
    if name == "articles":
        keep = kept.rows.get(base, set())
        return t.filter(pa.array([i in keep for i in range(t.num_rows)], type=pa.bool_()))
    if name in ("comments", "events", "mentions"):
        t = t.filter(pc.is_in(t.column("article_id"), value_set=pa.array(sorted(kept.ids), type=pa.string())))
        # an article duplicated inside the night keeps only its first copy's rows
        key = TABLES[name].key
        assert key is not None  # these tables have one
        t = _drop_repeated(t, key, seen_keys)
        if name == "events":
            n = [len(clusters.get(c, ())) or 1 for c in t.column("event_cluster_id").to_pylist()]
            t = t.set_column(t.schema.get_field_index("num_articles"), "num_articles", pa.array(n, type=pa.int32()))
        return t
    status = t.column("status").to_pylist()  # the ledger
    reason = t.column("reason").to_pylist()
    for i, (src, mem) in enumerate(zip(t.column("source_file").to_pylist(), t.column("member").to_pylist())):
        if (src, mem) in kept.dup_of and status[i] == "loaded":
            status[i], reason[i] = "duplicate", kept.dup_of[(src, mem)]
    t = t.set_column(t.schema.get_field_index("status"), "status", pa.array(status, type=pa.string()))
    t = t.set_column(t.schema.get_field_index("reason"), "reason", pa.array(reason, type=pa.string()))
    status_n.update(f"{k}:{s}" for k, s in zip(t.column("kind").to_pylist(), status))
    return t


class _PartWriter:
    """Published parts of one table: the staged shards' rows, coalesced into parts of about `part_bytes`, so a
    night of many small shards is a few files per table (each validated and read once) while memory stays bounded
    by the part size, whatever the night's size."""

    def __init__(self, lake: Lake, out_dir: str, name: str, part_bytes: int):
        self.lake, self.out_dir, self.name, self.part_bytes = lake, out_dir, name, part_bytes
        if lake.fs.exists(out_dir):  # finalize again (publish after another date): no part of the first pass stays
            lake.fs.rm(out_dir, recursive=True)
        self.pending: list[pa.Table] = []
        self.bytes = self.n = 0

    def add(self, t: pa.Table) -> None:
        self.pending.append(t)
        self.bytes += t.nbytes
        if self.bytes >= self.part_bytes:
            self._write()

    def _write(self) -> None:
        t = pa.concat_tables(self.pending) if self.pending else TABLES[self.name].schema.empty_table()
        self.lake.write_table(posixpath.join(self.out_dir, f"part-{self.n:05d}.parquet"), t)
        self.n += 1
        self.pending, self.bytes = [], 0

    def close(self) -> None:
        if self.pending or not self.n:  # a table without rows still gets one (empty) part
            self._write()


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
    clusters = _clusters(lake, shard_dir, kept.ids)
    counts: Counter = Counter()
    ledger_status: Counter = Counter()
    for name in ALL_TABLES:  # rewrite every table part by part
        out = _PartWriter(lake, posixpath.join(final, name, f"ingest_date={ingest_date}"), name, part_bytes)
        seen_keys: set = set()
        for path, t in lake.read_parts(posixpath.join(shard_dir, name), name):
            t = _rewrite_part(name, posixpath.basename(path), t, kept, clusters, seen_keys, ledger_status)
            counts[name] += t.num_rows
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
        "clusters_multi_article": sum(1 for v in clusters.values() if len(v) > 1),
    }


def _drop_repeated(t: pa.Table, key: str, seen: set) -> pa.Table:
    mask = []
    for k in t.column(key).to_pylist():
        mask.append(k not in seen)
        seen.add(k)
    return t.filter(pa.array(mask, type=pa.bool_())) if not all(mask) else t
