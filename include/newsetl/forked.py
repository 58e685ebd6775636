"""Run one step in a forked child, so that what it allocates is returned to the system when it exits.

The gate process validates a night table by table; each table's frames, GX's metric computations and the
native memory they leave behind (freed blocks the allocator keeps, about 1 MB per Checkpoint run) grew the
process with the night's size. A child forked per table starts from the parent's pages (shared until written)
and takes its whole working set with it when it exits: the parent stays at its size after the imports, and the
largest process is the parent plus one table's working set, whatever the number of tables and slices.

A child that fails in any way (an exception, a result that does not pickle, a crash, a signal) reports nothing;
the caller then runs the step in its own process, where the same failure is raised with its real traceback.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
from collections.abc import Callable
from typing import Any

MISSING = object()  # what `in_child` returns when the child gave no result
# peak RSS (MB) of the children of the last `in_children` call, in the order of its steps (0: no such child)
LAST_PEAKS_MB: list[float] = []


def can_fork() -> bool:
    return hasattr(os, "fork") and sys.platform != "darwin"  # macOS: fork after Objective-C/Accelerate imports aborts


def in_child(fn: Callable[..., Any], *args: Any) -> Any:
    """fn(*args) in a forked child: its return value (pickled back through a pipe), or MISSING when the child
    failed or fork is not available. Only for a single-threaded caller (threads are not copied into the child: a
    lock one of them held would stay held there)."""
    return in_children([lambda: fn(*args)], 1)[0]


def in_children(fns: list[Callable[[], Any]], parallel: int) -> list[Any]:
    """Each fn() in a forked child of its own, at most `parallel` at a time (in order): their return values, MISSING
    for a child that failed (or for all when fork is not available). The pipes are read as the children write
    (a result larger than a pipe's buffer does not block its child while another one is waited for)."""
    import selectors

    out: list[Any] = [MISSING] * len(fns)
    LAST_PEAKS_MB[:] = [0.0] * len(fns)
    if not can_fork():
        return out
    todo = list(enumerate(fns))
    sel = selectors.DefaultSelector()
    chunks: dict[int, list[bytes]] = {}
    try:
        while todo or sel.get_map():
            while todo and len(sel.get_map()) < max(1, parallel):
                i, fn = todo.pop(0)
                pid, r = _fork(fn)
                chunks[i] = []
                sel.register(r, selectors.EVENT_READ, (i, pid))
            for key, _ in sel.select():
                i, pid = key.data
                data = os.read(key.fd, 1 << 16)
                if data:
                    chunks[i].append(data)
                    continue
                sel.unregister(key.fd)
                os.close(key.fd)
                out[i], LAST_PEAKS_MB[i] = _result(pid, b"".join(chunks.pop(i)))
    finally:
        sel.close()
    return out


def flush_std() -> None:
    """stdout and stderr flushed; one that is None (the process started with the descriptor closed: `newsetl run
    ... >&-`) or closed (a gone reader) is skipped."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            pass


def _fork(fn: Callable[[], Any]) -> tuple[int, int]:
    """(pid, read end of its pipe) of a child running fn(); the child never returns into the caller's code."""
    flush_std()
    r, w = os.pipe()
    gc.freeze()  # the child's collections then leave the parent's objects (and so their shared pages) alone
    pid = os.fork()
    if pid != 0:
        gc.unfreeze()
        os.close(w)
        return pid, r
    code = 1
    try:
        os.close(r)
        data = pickle.dumps(fn(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(w, "wb") as out:
            out.write(data)
        code = 0
    except BaseException:  # noqa: BLE001 - the parent runs the step again and raises there
        pass
    finally:
        flush_std()
        os._exit(code)  # no atexit handlers, no teardown of the parent's objects


def _result(pid: int, data: bytes) -> tuple[Any, float]:
    """(the child's result or MISSING, its peak RSS in MB)"""
    _, status, usage = os.wait4(pid, 0)
    peak = round(usage.ru_maxrss / 1024, 1)
    if status != 0 or not data:
        return MISSING, peak
    try:
        return pickle.loads(data), peak
    except Exception:  # noqa: BLE001 - a result that does not unpickle: run it here
        return MISSING, peak


def children_peak_rss_mb() -> float:
    """The largest peak RSS of this process's waited-for children (forked children count the pages they share with
    this process: their figure is what they held, not what they added)."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
