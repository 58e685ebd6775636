"""Per-document isolation: size limits before splitting, a time limit per document, and extraction that
falls back to one document at a time when a batch fails, so one bad document costs only itself.

The time limit (`max_doc_seconds`) counts the **CPU time of the thread** that splits or extracts the document
(its per-thread CPU clock: `time.pthread_getcpuclockid` + `time.clock_gettime`), so a document's fate does
not depend on how loaded the host is: a document that waits for the CPU (other workers, Airflow, GX on the
same cores) is not cut off for it. A wall-time backstop of `max_doc_wall_factor` times the limit still stops a
document that waits in Python-level code returning to Python between waits (a polling loop, short sleeps,
timed lock or socket waits), or is starved of the CPU. Where the platform has no per-thread CPU clock, the
limit counts wall time, as a log line says once.

Both are enforced by a watchdog thread that raises a `TooSlow` in the worker thread (CPython's asynchronous
exceptions), so it works in any thread and leaves signal handlers (and Airflow's SIGALRM-based task timeout)
alone. An asynchronous exception is only seen when the thread runs Python code again: a single blocking C call
(one long `time.sleep`, a socket read or a lock acquire without a timeout, a long regex match) is not
interrupted, by the CPU limit or the backstop; the exception lands when the call returns. What bounds such a
call is the Airflow task's `execution_timeout` (DEFAULT_ARGS in dags/news_ingest.py: 2 hours per shard task).
Only the extractor and splitter calls run under the limit (not our own row checks, which may import pandas
lazily the first time).
"""

from __future__ import annotations

import ctypes
import itertools
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .config import Settings
from .schemas import to_arrow

log = logging.getLogger(__name__)


class TooSlow(BaseException):
    """Raised inside a `deadline()` block that ran past its time. A BaseException (like KeyboardInterrupt),
    so that library code catching `Exception` does not swallow it halfway. Raised as one of its subclasses,
    which say which limit was passed."""


class CpuTooSlow(TooSlow):
    """The block's thread used more CPU seconds than the limit."""


class WallBackstop(TooSlow):
    """The block ran past the wall-time backstop (limit x wall factor) without using its CPU seconds:
    blocked on I/O or a lock, or starved of CPU."""


class WallTooSlow(TooSlow):
    """No per-thread CPU clock on this platform: the limit itself counted wall time."""


def slow_reason(what: str, exc: TooSlow, settings: Settings) -> str:
    """The ledger note for a document whose `what` ('splitting', 'extraction') ran past its limit."""
    s = settings.max_doc_seconds
    if isinstance(exc, WallBackstop):
        w = s * settings.max_doc_wall_factor
        return (
            f"too_slow: {what} ran over {w:g} s of wall time without using its {s:g} CPU seconds, "
            "blocked or starved (NEWSETL_MAX_DOC_WALL_FACTOR x NEWSETL_MAX_DOC_SECONDS)"
        )
    if isinstance(exc, WallTooSlow):
        return (
            f"too_slow: {what} took over {s:g} s of wall time "
            "(NEWSETL_MAX_DOC_SECONDS; no per-thread CPU clock on this platform)"
        )
    return f"too_slow: {what} took over {s:g} CPU seconds (NEWSETL_MAX_DOC_SECONDS)"


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = [ctypes.c_ulong, ctypes.c_void_p]
_set_async_exc.restype = ctypes.c_int

_wall_only_logged = False


def _thread_cpu_clock() -> tuple[int, float] | None:
    """(the CPU clock of the calling thread, its reading now), or None (logged once) where the platform has none."""
    global _wall_only_logged
    try:
        clock = time.pthread_getcpuclockid(threading.get_ident())
        return clock, time.clock_gettime(clock)
    except (AttributeError, OSError) as e:
        if not _wall_only_logged:
            _wall_only_logged = True
            log.warning(
                "no per-thread CPU clock here (%s): the per-document time limit (NEWSETL_MAX_DOC_SECONDS) counts wall time",
                type(e).__name__,
            )
        return None


@dataclass(slots=True)
class _Armed:
    tid: int
    clock: int | None  # the thread's CPU clock; None: the limit counts wall time
    cpu_due: float  # value of `clock` at which the limit is reached
    wall_due: float  # time.monotonic() of the wall limit (the backstop when `clock` is set)

    def check(self, now: float) -> tuple[type[TooSlow] | None, float]:
        """(the limit passed or None, the earliest monotonic time it can be passed). A thread gains at most
        one CPU second per second, so the watchdog sleeps until the CPU limit could first be reached."""
        if self.clock is None:
            return (WallTooSlow if now >= self.wall_due else None), self.wall_due
        try:
            left = self.cpu_due - time.clock_gettime(self.clock)
        except OSError:  # no such thread here (it ended, or the clock is a parent's, read in a forked child):
            return (WallBackstop if now >= self.wall_due else None), self.wall_due  # the backstop still holds
        if left <= 0:
            return CpuTooSlow, now
        if now >= self.wall_due:
            return WallBackstop, now
        return None, min(self.wall_due, now + max(left, 0.001))


class _Watchdog:
    """One thread raising TooSlow in threads whose deadline passed.

    Each deadline is claimed exactly once, by whoever pops it from `armed` first (dict.pop is atomic under
    the GIL): the worker leaving its block in time (then nothing fires), or the watchdog (then the worker,
    if it got out of the block first, waits for the shot, cancels it and raises the TooSlow itself). So the
    exception is raised inside the block or its exit, never after it.

    In a forked child (Celery prefork and LocalExecutor workers, the gate's children in `forked`) only the forking thread
    lives on: the child keeps that thread's deadlines, moved onto its CPU clock there with the CPU seconds
    they had left, and gets a lock and a watchdog thread of its own (the parent's may have held the lock)."""

    def __init__(self) -> None:
        self.cv = threading.Condition()
        self.armed: dict[int, _Armed] = {}
        self.fired: dict[int, type[TooSlow]] = {}
        self.tokens = itertools.count(1)
        self.thread: threading.Thread | None = None
        self.wake_at = float("-inf")  # when the watchdog wakes next (inf: not before a notify)
        self.cpu_left_at_fork: dict[int, float] = {}
        self.locked_for_fork: set[int] = set()  # the threads forking with the lock held (released in the parent)

    def arm(self, seconds: float, wall_factor: float) -> int:
        cpu = _thread_cpu_clock()
        now = time.monotonic()
        if cpu is None:
            armed = _Armed(threading.get_ident(), None, 0.0, now + seconds)
        else:
            armed = _Armed(threading.get_ident(), cpu[0], cpu[1] + seconds, now + seconds * wall_factor)
        with self.cv:
            self._start()
            token = next(self.tokens)
            self.armed[token] = armed
            if now + seconds < self.wake_at:  # wake the watchdog only when it would sleep past the earliest the
                self.cv.notify()  # limit can be reached: a wake-up per document costs a thread switch (and the GIL)
            return token

    def _start(self) -> None:
        if self.thread is None or not self.thread.is_alive():
            self.thread = threading.Thread(target=self._loop, name="newsetl-deadline", daemon=True)
            self.thread.start()

    def before_fork(self) -> None:
        """The CPU seconds left to the forking thread's deadlines (its CPU clock is another one in the child). The fork
        waits (at most a second) for the watchdog to let go of its lock, so that it never forks between the watchdog
        claiming a deadline and recording its shot in `fired` (the child's `disarm` would wait for it for ever)."""
        me = threading.get_ident()
        if self.cv.acquire(timeout=1):
            self.locked_for_fork.add(me)
        self.cpu_left_at_fork = {}
        for token, armed in list(self.armed.items()):
            if armed.tid == me and armed.clock is not None:
                try:
                    self.cpu_left_at_fork[token] = armed.cpu_due - time.clock_gettime(armed.clock)
                except OSError:
                    pass  # left on the wall backstop

    def after_fork_in_parent(self) -> None:
        me = threading.get_ident()
        if me in self.locked_for_fork:
            self.locked_for_fork.discard(me)
            self.cv.release()

    def after_fork_in_child(self) -> None:
        self.locked_for_fork = set()  # the child's lock is a new one
        me = threading.get_ident()
        left, self.cpu_left_at_fork = self.cpu_left_at_fork, {}
        cpu = _thread_cpu_clock() if left else None
        kept = {}
        for token, armed in list(self.armed.items()):
            if armed.tid != me:
                continue  # that thread does not exist in the child
            if cpu is not None and token in left:
                armed = _Armed(me, cpu[0], cpu[1] + left[token], armed.wall_due)
            kept[token] = armed
        self.armed = kept
        self.cv = threading.Condition()
        self.thread = None
        self.wake_at = float("-inf")
        if kept:  # forked inside a deadline block: it still runs out in the child
            with self.cv:
                self._start()

    def disarm(self, token: int) -> None:
        if self.armed.pop(token, None) is not None:
            return  # left in time: the watchdog can no longer fire this deadline
        while token not in self.fired:  # the watchdog claimed it a moment ago and is firing
            time.sleep(0.0002)
        kind = self.fired.pop(token)
        _set_async_exc(threading.get_ident(), None)  # not delivered yet: cancel it and raise it here
        raise kind()

    def _loop(self) -> None:
        with self.cv:
            while True:
                now = time.monotonic()
                wake = float("inf")
                for token, armed in list(self.armed.items()):
                    kind, next_check = armed.check(now)
                    if kind is None:
                        wake = min(wake, next_check)
                    elif self.armed.pop(token, None) is not None:
                        _set_async_exc(armed.tid, id(kind))
                        self.fired[token] = kind
                self.wake_at = wake
                self.cv.wait(timeout=max(0.0, wake - now) if wake < float("inf") else None)


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(
        before=_WATCHDOG.before_fork,
        after_in_parent=_WATCHDOG.after_fork_in_parent,
        after_in_child=_WATCHDOG.after_fork_in_child,
    )
_DEFAULT_WALL_FACTOR: float = Settings.model_fields["max_doc_wall_factor"].default


@contextmanager
def deadline(seconds: float | None, wall_factor: float = _DEFAULT_WALL_FACTOR):
    """Raise a TooSlow in this thread if the block uses more than `seconds` of this thread's CPU time
    (CpuTooSlow), or runs `wall_factor` times as long in wall time (WallBackstop); no limit when 0/None.
    Without a per-thread CPU clock, `seconds` counts wall time (WallTooSlow)."""
    if not seconds or seconds <= 0:
        yield
        return
    token = _WATCHDOG.arm(seconds, wall_factor)
    try:
        yield
    finally:
        _WATCHDOG.disarm(token)


def doc_chars(text: str, fields: dict | None) -> int:
    """Characters of a raw document: the dump text, or a JSONL record's title, body and comments."""
    n = len(text or "")
    f = fields or {}
    for key in ("title", "body"):
        v = f.get(key)
        if isinstance(v, str):
            n += len(v)
        elif isinstance(v, list):
            n += sum(len(p) for p in v if isinstance(p, str))
    for c in f.get("comments") or []:
        if isinstance(c, str):
            n += len(c)
        elif isinstance(c, dict):
            n += sum(len(c[k]) for k in ("text", "author") if isinstance(c.get(k), str))
    return n


def size_problem(text: str, fields: dict | None, settings: Settings) -> str | None:
    n = doc_chars(text, fields)
    if n > settings.max_doc_chars:
        return f"too_long: {n} characters, over the {settings.max_doc_chars}-character document limit"
    return None


def paragraph_problem(n_paragraphs: int, settings: Settings) -> str | None:
    if n_paragraphs > settings.max_doc_paragraphs:
        return f"too_many_paragraphs: {n_paragraphs} body paragraphs, over the limit of {settings.max_doc_paragraphs}"
    return None


def extract_isolated(
    extractor,
    arts: list,
    settings: Settings,
    rows: Callable[[object, list, list], tuple[list, list]],
    check: bool = True,
) -> Iterator[tuple[int, tuple[list, list] | str]]:
    """(index, (event rows, mention rows)) or (index, ledger reason) for every article in `arts`.

    The batch runs through nlp.pipe; each document may take `max_doc_seconds` of CPU time. When anything fails, the
    documents not yet done are retried one at a time, so the failure is pinned to its document. With
    check=False the rows are not converted to Arrow here (the caller converts a whole batch, and checks a
    document alone only when its batch fails: `night.shard.write_batch`)."""
    seconds = settings.max_doc_seconds
    _checked = _check_rows if check else _unchecked
    done = 0
    try:
        gen = extractor.run(arts, batch_size=settings.batch_size)
        while done < len(arts):
            with deadline(seconds, settings.max_doc_wall_factor):
                art, events, mentions = next(gen)
            yield done, _checked(rows(art, events, mentions))  # our own code: outside the time limit
            done += 1
        return
    except StopIteration:  # the extractor returned fewer documents than it was given
        pass
    except (Exception, TooSlow):  # retried one by one below, which pins the failure to its document
        pass
    for i in range(done, len(arts)):
        out: tuple[list, list] | str
        try:
            with deadline(seconds, settings.max_doc_wall_factor):
                art, events, mentions = next(extractor.run([arts[i]], batch_size=1))
            out = _checked(rows(art, events, mentions))
        except TooSlow as e:
            out = slow_reason("extraction", e, settings)
        except Exception as e:
            out = f"extract_error: {type(e).__name__}: {str(e)[:300]}"
        yield i, out


def _unchecked(out: tuple[list, list]) -> tuple[list, list]:
    return out


def _check_rows(out: tuple[list, list]) -> tuple[list, list]:
    """Rows that will not fail the Parquet writer later (types checked here, per document)."""
    events, mentions = out
    to_arrow("events", events)
    to_arrow("mentions", mentions)
    return events, mentions
