"""The Parquet lake on any fsspec filesystem: staging areas, partition paths and the publish protocol.

Layout
  <lake>/<table>/ingest_date=YYYY-MM-DD/part-NNNNN.parquet       what readers read (hive partitioning)
  <lake>/_staging/<date>/<run>/shards/<table>/part-NNNNN.parquet   written by shard tasks
  <lake>/_staging/<date>/<run>/final/<table>/ingest_date=<date>/   deduplicated, clustered, validated
  <lake>/_runs/ingest_date=<date>/<run>/                           validation results, summaries (kept)
  <lake>/_locks/                                                   leases (see locks.py)

Publishing on a local (POSIX) filesystem: one commit point per date for all tables
  <lake>/_versions/ingest_date=D/<version>/<table>/part-*.parquet  an immutable night (all five tables)
  <lake>/_versions/ingest_date=D/current -> <version>              the commit pointer (a symlink)
  <lake>/<table>/ingest_date=D -> ../_versions/ingest_date=D/current/<table>   created once per table+date

A publish hard-links the staged files into a new version folder, makes sure every table's partition
entry is the link through `current`, then replaces `current` with one atomic rename(2). Before that
rename every reader sees the old night in every table; after it, the new night in every table; a kill
at any instant leaves one or the other. The first publish of a date first points `current` at a
baseline version (empty tables, or hard links of the date's partitions in the pre-versioned layout,
which are exchanged for links atomically with renameat2(RENAME_EXCHANGE)), so tables appear together.
DuckDB, pyarrow/pandas, Polars and Spark follow the directory links like plain folders.

Object stores have neither links nor atomic renames: there each table's partition is replaced in turn
(`_publish_copy`) after a journal is written, and the next run rolls an interrupted publish forward.
Readers can see a mix of old and new tables while that publish runs or after a crash until then.
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import posixpath
import re
import shutil
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from . import faults
from .schemas import DERIVED_TABLES, TABLES

SCHEMAS = {**TABLES, **DERIVED_TABLES}  # every table the lake may hold

log = logging.getLogger("newsetl")
CURRENT = "current"
DATE_DIR = re.compile(r"^ingest_date=(\d{4}-\d{2}-\d{2})$")


def protocol(fs: fsspec.AbstractFileSystem) -> str:
    """The filesystem's main protocol name ('file', 's3', 'memory'...)."""
    return fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]


def fs_and_root(uri: str) -> tuple[fsspec.AbstractFileSystem, str]:
    fs, root = fsspec.core.url_to_fs(uri)
    if protocol(fs) in ("file", "local"):
        root = os.path.abspath(root)
    return fs, root.rstrip("/")


def safe_run_id(run_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", run_id)[:120]


# ---------------------------------------------------------------- local filesystem primitives
_RENAME_EXCHANGE = 2
_renameat2: Callable[..., int] | None
try:
    _libc = ctypes.CDLL(None, use_errno=True)
    _fn = _libc.renameat2
    _fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    _renameat2 = _fn
except (OSError, AttributeError):
    _renameat2 = None


def _exchange(a: str, b: str) -> bool:
    """Atomically swap two paths (Linux renameat2 RENAME_EXCHANGE); False when unsupported here."""
    if _renameat2 is None:
        return False
    return _renameat2(-100, os.fsencode(a), -100, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _replace_link(target: str, link: str, tmp_dir: str) -> None:
    """Point `link` at `target` atomically (a new link renamed over the old entry)."""
    os.makedirs(tmp_dir, exist_ok=True)
    tmp = os.path.join(tmp_dir, f"link-{uuid.uuid4().hex}")
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _fsync(path: str, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:  # another filesystem, or links not allowed: a copy keeps the staging intact too
        shutil.copy2(src, dst)


def _rmtree(path: str) -> None:
    if os.path.islink(path) or os.path.isfile(path):
        os.unlink(path)
    elif os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)


class Lake:
    def __init__(self, uri: str, space: str = "_versions"):
        """`space`: the folder holding this set of tables' versions. The ingest tables commit together in
        `_versions`; the derived tables of the analytics DAG in `_versions_derived`, so a commit of one set
        never moves the other's `current` pointer."""
        self.uri = uri
        self.fs, self.root = fs_and_root(uri)
        self.local = protocol(self.fs) in ("file", "local")
        self.space = space

    def path(self, *parts: str) -> str:
        return posixpath.join(self.root, *parts)

    def partition(self, table: str, date: str) -> str:
        return self.path(table, f"ingest_date={date}")

    def staging(self, date: str, run_id: str) -> str:
        return self.path("_staging", date, safe_run_id(run_id))

    def runs(self, date: str, run_id: str) -> str:
        return self.path("_runs", f"ingest_date={date}", safe_run_id(run_id))

    def versions(self, date: str) -> str:
        return self.path(self.space, f"ingest_date={date}")

    # ------------------------------------------------------------ io
    def write_table(self, path: str, table: pa.Table) -> None:
        self.fs.makedirs(posixpath.dirname(path), exist_ok=True)
        tmp = path + ".inprogress"
        with self.fs.open(tmp, "wb") as fh:
            pq.write_table(table, fh, compression="zstd")
        self.fs.mv(tmp, path)

    def count_rows(self, folder: str) -> int:
        """Rows of the part files in `folder`, from their Parquet footers (no column is read)."""
        if not self.fs.exists(folder):
            return 0
        n = 0
        for p in self.fs.glob(posixpath.join(folder, "*.parquet")):
            with self.fs.open(p, "rb") as fh:
                n += pq.ParquetFile(fh).metadata.num_rows
        return n

    def read_parts(self, folder: str, name: str, columns: list[str] | None = None) -> Iterable[tuple[str, pa.Table]]:
        if not self.fs.exists(folder):
            return
        for p in sorted(self.fs.glob(posixpath.join(folder, "*.parquet"))):
            with self.fs.open(p, "rb") as fh:
                yield p, pq.read_table(fh, columns=columns, schema=SCHEMAS[name].schema if columns is None else None)

    def write_json(self, path: str, obj) -> None:
        self.fs.makedirs(posixpath.dirname(path), exist_ok=True)
        with self.fs.open(path, "w") as fh:
            json.dump(obj, fh, indent=2, default=str, sort_keys=True)

    def read_json(self, path: str):
        with self.fs.open(path, "r") as fh:
            return json.load(fh)

    # ------------------------------------------------------------ state
    def current_version(self, date: str) -> str | None:
        """The committed version of a date (None when it was never published with versions)."""
        if self.local:
            try:
                return os.readlink(posixpath.join(self.versions(date), CURRENT))
            except OSError:
                return None
        p = posixpath.join(self.versions(date), CURRENT + ".json")
        return self.read_json(p)["version"] if self.fs.exists(p) else None

    def _dates_under(self, base: str) -> list[str]:
        """Dates of the `ingest_date=YYYY-MM-DD` folders directly under `base`."""
        if not self.fs.exists(base):
            return []
        out = []
        for p in self.fs.ls(base, detail=False):
            m = DATE_DIR.match(posixpath.basename(p.rstrip("/")))
            if m:
                out.append(m.group(1))
        return sorted(out)

    def version_dates(self) -> list[str]:
        return self._dates_under(self.path(self.space))

    def fingerprint(self, exclude: str | None = None) -> dict[str, str | None]:
        """What the night-wide deduplication depends on: the committed version of every other date.
        Computed before `finalize` reads the lake and again under the commit lease at publish time."""
        dates = set(self.version_dates()) | set(self.published_dates("articles"))
        return {d: self.current_version(d) for d in sorted(dates) if d != exclude}

    # ------------------------------------------------------------ publish
    def publish(
        self, staged_final: str, date: str, run_id: str, tables: Iterable[str], manifest: dict | None = None
    ) -> dict[str, str]:
        """Switch the staged partitions of `date` into place for all tables (see the module doc).
        Call under the `_commit` lease. Idempotent: a retried publish of the same staging is safe."""
        tables = list(tables)
        if self.local:
            return self._publish_local(staged_final, date, run_id, tables, manifest or {})
        return self._publish_copy(staged_final, date, run_id, tables)

    def _new_version_name(self, run_id: str) -> str:
        return f"v{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}-{safe_run_id(run_id)}"

    def _publish_local(
        self, staged_final: str, date: str, run_id: str, tables: list[str], manifest: dict
    ) -> dict[str, str]:
        vroot = self.versions(date)
        tmp = self.path("_tmp")
        name = self._new_version_name(run_id)
        vdir = posixpath.join(vroot, name)
        faults.point("publish.start")
        for t in tables:  # 1. the new version: hard links of the staged files (the staging stays for a retry)
            src = posixpath.join(staged_final, t, f"ingest_date={date}")
            if not os.path.isdir(src):
                raise FileNotFoundError(f"staged partition missing for table {t}: {src}")
            os.makedirs(posixpath.join(vdir, t), exist_ok=True)
            for f in sorted(os.listdir(src)):
                if f.endswith(".parquet"):
                    _link_or_copy(posixpath.join(src, f), posixpath.join(vdir, t, f))
            faults.point(f"publish.version.{t}")
        with open(posixpath.join(vdir, "_manifest.json"), "w") as fh:
            json.dump(
                {
                    **manifest,
                    "run_id": run_id,
                    "ingest_date": date,
                    "version": name,
                    "tables": tables,
                    "created": datetime.now(UTC).isoformat(timespec="seconds"),
                },
                fh,
                indent=2,
                default=str,
            )
        for t in tables:
            for f in os.listdir(posixpath.join(vdir, t)):
                _fsync(posixpath.join(vdir, t, f))
            _fsync(posixpath.join(vdir, t), directory=True)
        _fsync(vdir, directory=True)
        faults.point("publish.manifest")
        current = posixpath.join(vroot, CURRENT)
        if not os.path.lexists(current):  # 2. first versioned publish of this date: a baseline first
            base = self._baseline(date, vroot, tables)
            _replace_link(base, current, tmp)
            _fsync(vroot, directory=True)
            faults.point("publish.baseline")
        for t in tables:  # 3. every table's partition entry is the link through `current`
            self._link_partition(t, date, tmp)
            faults.point(f"publish.link.{t}")
        faults.point("publish.before_switch")
        _replace_link(name, current, tmp)  # 4. the commit: one atomic rename for all tables
        _fsync(vroot, directory=True)
        faults.point("publish.after_switch")
        self._drop_old_versions(date)  # 5. clean up
        faults.point("publish.cleaned")
        return {t: self.partition(t, date) for t in tables}

    def _baseline(self, date: str, vroot: str, tables: list[str]) -> str:
        """A version holding what readers see now: the pre-versioned partitions (hard links) or empty tables."""
        name = f"base-{uuid.uuid4().hex[:8]}"
        bdir = posixpath.join(vroot, name)
        for t in tables:
            os.makedirs(posixpath.join(bdir, t), exist_ok=True)
            old = self.partition(t, date)
            files = (
                sorted(f for f in os.listdir(old) if f.endswith(".parquet"))
                if os.path.isdir(old) and not os.path.islink(old)
                else []
            )
            for f in files:
                _link_or_copy(posixpath.join(old, f), posixpath.join(bdir, t, f))
            if not files:
                pq.write_table(SCHEMAS[t].schema.empty_table(), posixpath.join(bdir, t, "part-00000.parquet"))
            for f in os.listdir(posixpath.join(bdir, t)):
                _fsync(posixpath.join(bdir, t, f))
        _fsync(bdir, directory=True)
        return name

    def _link_partition(self, table: str, date: str, tmp: str) -> None:
        p = self.partition(table, date)
        want = posixpath.join("..", self.space, f"ingest_date={date}", CURRENT, table)
        if os.path.islink(p):
            if os.readlink(p) != want:
                _replace_link(want, p, tmp)
            return
        os.makedirs(self.path(table), exist_ok=True)
        if os.path.isdir(p):  # the pre-versioned layout: a real folder, whose files the baseline links to
            os.makedirs(tmp, exist_ok=True)
            link = os.path.join(tmp, f"link-{uuid.uuid4().hex}")
            os.symlink(want, link)
            if not _exchange(link, p):  # no renameat2 here: a short window where the partition is absent
                aside = os.path.join(tmp, f"old-{uuid.uuid4().hex}")
                os.rename(p, aside)
                os.rename(link, p)
                link = aside
            _rmtree(link)
            return
        _replace_link(want, p, tmp)

    def _drop_old_versions(self, date: str) -> list[str]:
        """Everything in a date's versions folder except `current` and what it points to."""
        vroot = self.versions(date)
        keep = {CURRENT, self.current_version(date)}
        dropped = []
        for f in sorted(os.listdir(vroot)) if os.path.isdir(vroot) else []:
            if f not in keep:
                _rmtree(posixpath.join(vroot, f))
                dropped.append(f)
        return dropped

    def _missing_links(self, date: str, tables: Iterable[str]) -> list[str]:
        """Roll a first publish forward: tables whose partition entry for `date` was never created."""
        made: list[str] = []
        if self.current_version(date) is None:
            return made
        for t in tables:
            if not os.path.lexists(self.partition(t, date)):
                self._link_partition(t, date, self.path("_tmp"))
                made.append(t)
        return made

    def _publish_copy(self, staged_final: str, date: str, run_id: str, tables: list[str]) -> dict[str, str]:
        """Object stores: table by table, after a journal the next run rolls forward."""
        journal = posixpath.join(self.versions(date), "publish.json")
        self.write_json(
            journal,
            {
                "run_id": run_id,
                "staged_final": staged_final,
                "tables": tables,
                "version": self._new_version_name(run_id),
            },
        )
        faults.point("publish.journal")
        return self._roll_forward(date)

    def _roll_forward(self, date: str) -> dict[str, str]:
        journal = posixpath.join(self.versions(date), "publish.json")
        j = self.read_json(journal)
        done = {}
        for t in j["tables"]:
            src = posixpath.join(j["staged_final"], t, f"ingest_date={date}")
            dst = self.partition(t, date)
            if self.fs.exists(src):
                if self.fs.exists(dst):  # never move into an existing folder (that nests it)
                    self.fs.rm(dst, recursive=True)
                self.fs.copy(src, dst, recursive=True)
                self.fs.rm(src, recursive=True)
                faults.point(f"publish.copy.{t}")
            done[t] = dst
        self.write_json(
            posixpath.join(self.versions(date), CURRENT + ".json"), {"version": j["version"], "run_id": j["run_id"]}
        )
        self.fs.rm(journal)
        return done

    # ------------------------------------------------------------ recovery and clean-up
    def recover(
        self, busy: Callable[[str], bool], tables: Iterable[str] = tuple(TABLES), emergency: bool = False
    ) -> dict:
        """Heal what dead runs left, for every date nobody live is working on (`busy(date)` False):
        interrupted publishes are completed (object stores: journal; local: missing partition links),
        uncommitted versions, staging folders and temporary links are deleted. Call under the `_commit`
        lease; `busy` is False for the caller's own date, whose staging goes too (a run starts afresh).
        `emergency` (a full disk: no lease can be written) only deletes what belongs to dates nobody live
        holds, which no publisher can be using: nothing is written and `_tmp` is left alone."""
        tables = list(tables)
        out: dict = {"staging": [], "versions": [], "links": [], "rolled_forward": [], "tmp": 0}
        for d in self.version_dates():
            if busy(d):
                continue
            if emergency:
                if self.local:
                    out["versions"] += [f"{d}/{v}" for v in self._drop_old_versions(d)]
                continue
            if not self.local:
                if self.fs.exists(posixpath.join(self.versions(d), "publish.json")):
                    try:
                        self._roll_forward(d)
                        out["rolled_forward"].append(d)
                    except Exception as e:
                        log.warning("could not roll the interrupted publish of %s forward: %s", d, e)
                continue
            out["links"] += [f"{t}/{d}" for t in self._missing_links(d, tables)]
            out["versions"] += [f"{d}/{v}" for v in self._drop_old_versions(d)]
        for leftovers in (
            ("_trash",) if emergency else ("_tmp", "_trash")
        ):  # temporary links; the earlier protocol's aside folders
            p = self.path(leftovers)
            if self.fs.exists(p):
                if self.local:
                    for f in os.listdir(p):
                        _rmtree(posixpath.join(p, f))
                        out["tmp"] += 1
                else:
                    self.fs.rm(p, recursive=True)
        base = self.path("_staging")
        for dpath in self.fs.ls(base, detail=False) if self.fs.exists(base) else []:
            if busy(posixpath.basename(dpath.rstrip("/"))):
                continue  # a live run is working on that date: its staging is in use
            for rpath in self.fs.ls(dpath, detail=False):
                self._rm(rpath)
                out["staging"].append(rpath)
            if self.local and os.path.isdir(dpath) and not os.listdir(dpath):
                os.rmdir(dpath)
        return out

    def _rm(self, path: str) -> None:
        if self.local:
            _rmtree(path)
        elif self.fs.exists(path):
            self.fs.rm(path, recursive=True)

    def cleanup_staging(self, date: str, run_id: str) -> None:
        p = self.staging(date, run_id)
        if self.fs.exists(p):
            self._rm(p)
        parent = posixpath.dirname(p)
        if self.local and os.path.isdir(parent) and not os.listdir(parent):
            os.rmdir(parent)

    def published_dates(self, table: str) -> list[str]:
        return self._dates_under(self.path(table))
