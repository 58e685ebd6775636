"""Per-document isolation: size limits before splitting, a time limit per document, and extraction that
falls back to one document at a time when a batch fails, so one bad document costs only itself.

The time limit (`max_doc_seconds`) is enforced by a watchdog thread that raises `TooSlow` in the worker
thread (CPython's asynchronous exceptions), so it works in any thread and leaves signal handlers (and
Airflow's SIGALRM-based task timeout) alone. Like a signal, it takes effect at the next Python
instruction: time spent inside one long C call is not interrupted. Only the extractor and splitter
calls run under the limit (not our own row checks, which may import pandas lazily the first time).
"""

from __future__ import annotations

import ctypes
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .config import Settings
from .schemas import to_arrow


class TooSlow(BaseException):
    """Raised inside a `deadline()` block that ran past its time. A BaseException (like KeyboardInterrupt),
    so that library code catching `Exception` does not swallow it halfway."""


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = [ctypes.c_ulong, ctypes.c_void_p]
_set_async_exc.restype = ctypes.c_int


class _Watchdog:
    """One thread raising TooSlow in threads whose deadline passed.

    Each deadline is claimed exactly once, by whoever pops it from `armed` first (dict.pop is atomic under
    the GIL): the worker leaving its block in time (then nothing fires), or the watchdog (then the worker,
    if it got out of the block first, waits for the shot, cancels it and raises TooSlow itself). So the
    exception is raised inside the block or its exit, never after it."""

    def __init__(self) -> None:
        self.cv = threading.Condition()
        self.armed: dict[int, tuple[int, float]] = {}  # token -> (thread id, due time)
        self.fired: set[int] = set()
        self.tokens = itertools.count(1)
        self.thread: threading.Thread | None = None

    def arm(self, seconds: float) -> int:
        with self.cv:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._loop, name="newsetl-deadline", daemon=True)
                self.thread.start()
            token = next(self.tokens)
            self.armed[token] = (threading.get_ident(), time.monotonic() + seconds)
            self.cv.notify()
            return token

    def disarm(self, token: int) -> None:
        if self.armed.pop(token, None) is not None:
            return  # left in time: the watchdog can no longer fire this deadline
        while token not in self.fired:  # the watchdog claimed it a moment ago and is firing
            time.sleep(0.0002)
        self.fired.discard(token)
        _set_async_exc(threading.get_ident(), None)  # not delivered yet: cancel it and raise it here
        raise TooSlow()

    def _loop(self) -> None:
        with self.cv:
            while True:
                now = time.monotonic()
                for token, (tid, due) in list(self.armed.items()):
                    if due <= now and self.armed.pop(token, None) is not None:
                        _set_async_exc(tid, id(TooSlow))
                        self.fired.add(token)
                pending = [due for _, due in list(self.armed.values())]
                self.cv.wait(timeout=max(0.0, min(pending) - now) if pending else None)


_WATCHDOG = _Watchdog()


@contextmanager
def deadline(seconds: float | None):
    """Raise TooSlow in this thread if the block runs longer than `seconds` (no limit when 0/None)."""
    if not seconds or seconds <= 0:
        yield
        return
    token = _WATCHDOG.arm(seconds)
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
    extractor, arts: list, settings: Settings, rows: Callable[[object, list, list], tuple[list, list]]
) -> Iterator[tuple[int, tuple[list, list] | str]]:
    """(index, (event rows, mention rows)) or (index, ledger reason) for every article in `arts`.

    The batch runs through nlp.pipe; each document may take `max_doc_seconds`. When anything fails, the
    documents not yet done are retried one at a time, so the failure is pinned to its document."""
    seconds = settings.max_doc_seconds
    done = 0
    try:
        gen = extractor.run(arts, batch_size=settings.batch_size)
        while done < len(arts):
            with deadline(seconds):
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
            with deadline(seconds):
                art, events, mentions = next(extractor.run([arts[i]], batch_size=1))
            out = _checked(rows(art, events, mentions))
        except TooSlow:
            out = f"too_slow: extraction took over {seconds:g} s (NEWSETL_MAX_DOC_SECONDS)"
        except Exception as e:
            out = f"extract_error: {type(e).__name__}: {str(e)[:300]}"
        yield i, out


def _checked(out: tuple[list, list]) -> tuple[list, list]:
    """Rows that will not fail the Parquet writer later (types checked here, per document)."""
    events, mentions = out
    to_arrow("events", events)
    to_arrow("mentions", mentions)
    return events, mentions
