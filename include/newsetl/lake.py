"""The Parquet lake on any fsspec filesystem: staging areas, partition paths and the atomic publish.

Layout
  <lake>/<table>/ingest_date=YYYY-MM-DD/part-NNNNN.parquet      published tables (hive partitioning)
  <lake>/_staging/<date>/<run>/shards/<table>/part-NNNNN.parquet  written by shard tasks
  <lake>/_staging/<date>/<run>/final/<table>/ingest_date=<date>/  deduplicated, clustered, validated
  <lake>/_runs/ingest_date=<date>/<run>/                          validation results, summaries (kept)

Publishing a date swaps each table's partition directory: the old one is renamed aside, the staged one
renamed into place, then the old one deleted. On a local filesystem each rename is atomic, so readers
see either the old or the new partition, never half of one; a crash between tables leaves each table
readable, and re-running the date completes the swap (the operation is idempotent).
"""
from __future__ import annotations

import json
import posixpath
import re
from typing import Iterable

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from .schemas import TABLES


def protocol(fs: fsspec.AbstractFileSystem) -> str:
    """The filesystem's main protocol name ('file', 's3', 'memory'...)."""
    return fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]


def fs_and_root(uri: str) -> tuple[fsspec.AbstractFileSystem, str]:
    fs, root = fsspec.core.url_to_fs(uri)
    if protocol(fs) in ("file", "local"):
        import os

        root = os.path.abspath(root)
    return fs, root.rstrip("/")


def safe_run_id(run_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", run_id)[:120]


class Lake:
    def __init__(self, uri: str):
        self.uri = uri
        self.fs, self.root = fs_and_root(uri)

    def path(self, *parts: str) -> str:
        return posixpath.join(self.root, *parts)

    def partition(self, table: str, date: str) -> str:
        return self.path(table, f"ingest_date={date}")

    def staging(self, date: str, run_id: str) -> str:
        return self.path("_staging", date, safe_run_id(run_id))

    def runs(self, date: str, run_id: str) -> str:
        return self.path("_runs", f"ingest_date={date}", safe_run_id(run_id))

    # ------------------------------------------------------------ io
    def write_table(self, path: str, table: pa.Table) -> None:
        self.fs.makedirs(posixpath.dirname(path), exist_ok=True)
        tmp = path + ".inprogress"
        with self.fs.open(tmp, "wb") as fh:
            pq.write_table(table, fh, compression="zstd")
        self.fs.mv(tmp, path)

    def read_parts(self, folder: str, name: str, columns: list[str] | None = None) -> Iterable[tuple[str, pa.Table]]:
        if not self.fs.exists(folder):
            return
        for p in sorted(self.fs.glob(posixpath.join(folder, "*.parquet"))):
            with self.fs.open(p, "rb") as fh:
                yield p, pq.read_table(fh, columns=columns, schema=TABLES[name].schema if columns is None else None)

    def write_json(self, path: str, obj) -> None:
        self.fs.makedirs(posixpath.dirname(path), exist_ok=True)
        with self.fs.open(path, "w") as fh:
            json.dump(obj, fh, indent=2, default=str, sort_keys=True)

    def read_json(self, path: str):
        with self.fs.open(path, "r") as fh:
            return json.load(fh)

    # ------------------------------------------------------------ publish
    def publish(self, staged_final: str, date: str, run_id: str, tables: Iterable[str]) -> dict[str, str]:
        """Swap the staged partitions of `date` into place, table by table (see module doc)."""
        done = {}
        trash = self.path("_trash", date, safe_run_id(run_id))
        for t in tables:
            src = posixpath.join(staged_final, t, f"ingest_date={date}")
            dst = self.partition(t, date)
            if not self.fs.exists(src):
                if self.fs.exists(dst):  # a retried publish after a crash: already swapped
                    done[t] = dst
                    continue
                raise FileNotFoundError(f"staged partition missing for table {t}: {src}")
            self.fs.makedirs(self.path(t), exist_ok=True)
            if self.fs.exists(dst):
                self.fs.makedirs(trash, exist_ok=True)
                aside = posixpath.join(trash, t)
                if self.fs.exists(aside):
                    self.fs.rm(aside, recursive=True)
                self.fs.mv(dst, aside, recursive=True)
            self.fs.mv(src, dst, recursive=True)
            done[t] = dst
        if self.fs.exists(trash):
            self.fs.rm(trash, recursive=True)
        return done

    def cleanup_staging(self, date: str, run_id: str) -> None:
        p = self.staging(date, run_id)
        if self.fs.exists(p):
            self.fs.rm(p, recursive=True)

    def published_dates(self, table: str) -> list[str]:
        base = self.path(table)
        if not self.fs.exists(base):
            return []
        out = []
        for p in self.fs.ls(base, detail=False):
            m = re.search(r"ingest_date=(\d{4}-\d{2}-\d{2})$", p.rstrip("/"))
            if m:
                out.append(m.group(1))
        return sorted(out)
