"""Leases on the lake: one per lake + date (held by a run from discover to publish) and one lake-wide
`_commit` lease (held while a night is deduplicated against the lake and switched in).

A lease is a small JSON file `<lake>/_locks/<name>.lock`: run id, host, pid, kind, start and last
heartbeat. A lease is *stale*, and is taken over with a warning, when its heartbeat is older than
`lock_stale_seconds`, or at once when its holder is a process on this host that no longer exists
(kind `process`: the CLI; an Airflow run's tasks are separate processes, so kind `run` leases go stale
by heartbeat only). The same run id may re-acquire its own lease (an Airflow retry, the next task).

On a local lake every read-modify-write of a lease happens under an flock on `_locks/.guard`, so two
runs can never both believe they took a lease. Object stores have no such primitive: there the lease is
check-then-write, and two runs starting in the same instant could both proceed (documented in README).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Literal

from .lake import Lake, safe_run_id

log = logging.getLogger("newsetl")
COMMIT = "_commit"
COMMIT_WAIT_SECONDS = 600.0
HEARTBEAT_EVERY = 30.0


class LakeBusy(RuntimeError):
    """Another live run holds the lease; the message names it."""


def date_lock(date: str) -> str:
    return f"ingest_date={date}"


def _now() -> float:
    return time.time()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stale_reason(info: dict | None, stale_seconds: float) -> str | None:
    """Why the lease described by `info` is stale, or None when its holder is (as far as we know) alive."""
    if info is None:
        return "unreadable lease file"
    age = _now() - float(info.get("heartbeat", 0))
    if age > stale_seconds:
        return f"not renewed for {age:.0f} s"
    if (
        info.get("kind") == "process"
        and info.get("host") == socket.gethostname()
        and info.get("pid")
        and not _pid_alive(int(info["pid"]))
    ):
        return f"its process {info['pid']} on {info['host']} is gone"
    return None


def describe(info: dict | None) -> str:
    if not info:
        return "an unknown holder"
    age = _now() - float(info.get("heartbeat", 0))
    return (
        f"run {info.get('run_id')} (pid {info.get('pid')} on {info.get('host')}, started {info.get('started')}, "
        f"last heartbeat {age:.0f} s ago)"
    )


class Lease:
    def __init__(self, lake: Lake, name: str, run_id: str, kind: str = "process", stale_seconds: float = 1800.0):
        self.lake, self.name, self.run_id, self.kind, self.stale_seconds = lake, name, run_id, kind, stale_seconds
        self.path = lake.path("_locks", f"{name}.lock")
        self.held = False

    # ---------------------------------------------------------------- file access
    @contextmanager
    def _guard(self):
        if not self.lake.local:
            yield
            return
        import fcntl

        os.makedirs(self.lake.path("_locks"), exist_ok=True)
        fd = os.open(self.lake.path("_locks", ".guard"), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the flock

    def _read(self) -> dict | None | Literal[False]:
        """The lease content, False when there is none, None when it cannot be parsed."""
        try:
            with self.lake.fs.open(self.path, "r") as fh:
                return json.load(fh)
        except FileNotFoundError:
            return False
        except (ValueError, OSError):
            return None

    def _write(self, info: dict) -> None:
        data = json.dumps(info, indent=1, sort_keys=True)
        if self.lake.local:
            tmp = f"{self.path}.{uuid.uuid4().hex[:8]}.tmp"
            try:
                with open(tmp, "w") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
        else:
            self.lake.fs.makedirs(self.lake.path("_locks"), exist_ok=True)
            with self.lake.fs.open(self.path, "w") as fh:
                fh.write(data)

    def _mine(self, info: dict | None) -> bool:
        if not info or info.get("run_id") != safe_run_id(self.run_id):
            return False
        if (
            info.get("kind") == "process"
            and info.get("host") == socket.gethostname()
            and info.get("pid") != os.getpid()
        ):
            return not _pid_alive(int(info.get("pid") or 0))  # same run id from another live process: not ours
        return True

    def _info(self, old: dict | None = None) -> dict:
        keep = old if self._mine(old) else None
        return {
            "run_id": safe_run_id(self.run_id),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "kind": keep.get("kind", self.kind) if keep else self.kind,
            "started": keep.get("started") if keep else datetime.now(UTC).isoformat(timespec="seconds"),
            "heartbeat": _now(),
        }

    # ---------------------------------------------------------------- API
    def acquire(self, wait_seconds: float = 0.0) -> Lease:
        """Take the lease (or renew our own); wait up to `wait_seconds` for a live holder, then LakeBusy."""
        until = time.monotonic() + max(0.0, wait_seconds)
        while True:
            with self._guard():
                info = self._read()
                if info is False or self._mine(info) or stale_reason(info, self.stale_seconds):
                    if info is not False and not self._mine(info):
                        log.warning(
                            "taking over the stale lock %s of %s: %s",
                            self.path,
                            describe(info or None),
                            stale_reason(info, self.stale_seconds),
                        )
                    try:
                        self._write(self._info(info or None))
                    except Exception:
                        raise
                    except BaseException:  # a signal (SIGTERM -> Terminated) right after the write: leave no lease
                        self._drop_if_mine()
                        raise
                    self.held = True
                    return self
            if time.monotonic() >= until:
                what = "this date" if self.name.startswith("ingest_date=") else "the lake's commit"
                raise LakeBusy(
                    f"lake busy: {what} ({self.name}) is held by {describe(info)}; lock file {self.path}. "
                    "Wait for it to finish, or set NEWSETL_LOCK_WAIT_SECONDS to wait"
                )
            time.sleep(min(1.0, max(0.05, until - time.monotonic())))

    def __enter__(self) -> Lease:
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def heartbeat(self) -> None:
        with self._guard():
            info = self._read()
            if info and self._mine(info):
                self._write(self._info(info))

    def _remove(self) -> None:
        try:
            self.lake.fs.rm(self.path)
        except FileNotFoundError:
            pass

    def _drop_if_mine(self) -> None:
        """(under the guard) Delete the lease file when it is this run's."""
        info = self._read()
        if info and self._mine(info):
            self._remove()

    def release(self) -> None:
        with self._guard():
            info = self._read()
            if info is not False and (info is None or self._mine(info)):
                self._remove()
        self.held = False

    @contextmanager
    def keepalive(self, every: float = HEARTBEAT_EVERY):
        """Renew the lease from a background thread while the block runs."""
        stop = threading.Event()

        def beat():
            while not stop.wait(every):
                try:
                    self.heartbeat()
                except Exception:  # a failed heartbeat must not kill the run; staleness is the fallback
                    log.warning("lease heartbeat failed for %s", self.path, exc_info=True)

        t = threading.Thread(target=beat, name=f"newsetl-lease-{self.name}", daemon=True)
        t.start()
        try:
            yield self
        finally:
            stop.set()
            t.join(timeout=5)


def is_free(lake: Lake, name: str, stale_seconds: float, run_id: str | None = None) -> bool:
    """True when nobody (other than `run_id`) holds the lease `name`, or its holder is stale."""
    info = Lease(lake, name, run_id or "")._read()
    if info is False:
        return True
    if run_id and info and info.get("run_id") == safe_run_id(run_id):
        return True
    return stale_reason(info or None, stale_seconds) is not None


_LAST_BEAT: dict[str, float] = {}


def heartbeat(lake: Lake, date: str, staging: str, every: float = HEARTBEAT_EVERY) -> None:
    """Renew the date lease of the run that owns `staging` (at most every `every` s; never takes it)."""
    key = f"{lake.root}|{date}"
    if _now() - _LAST_BEAT.get(key, 0.0) < every:
        return
    _LAST_BEAT[key] = _now()
    lease = Lease(
        lake, date_lock(date), os.path.basename(staging.rstrip("/"))
    )  # the staging folder is named by the run id
    try:
        lease.heartbeat()
    except Exception:  # a failed heartbeat must not fail the shard; staleness is the fallback
        log.warning("lease heartbeat failed for %s", lease.path, exc_info=True)
