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


def can_fork() -> bool:
    return hasattr(os, "fork") and sys.platform != "darwin"  # macOS: fork after Objective-C/Accelerate imports aborts


def in_child(fn: Callable[..., Any], *args: Any) -> Any:
    """fn(*args) in a forked child: its return value (pickled back through a pipe), or MISSING when the child
    failed or fork is not available. Only for a single-threaded caller (threads are not copied into the child: a
    lock one of them held would stay held there)."""
    if not can_fork():
        return MISSING
    sys.stdout.flush()
    sys.stderr.flush()
    r, w = os.pipe()
    gc.freeze()  # the child's collections then leave the parent's objects (and so their shared pages) alone
    pid = os.fork()
    if pid != 0:
        gc.unfreeze()
    if pid == 0:  # the child: never returns into the caller's code
        code = 1
        try:
            os.close(r)
            data = pickle.dumps(fn(*args), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(w, "wb") as out:
                out.write(data)
            code = 0
        except BaseException:  # noqa: BLE001 - the parent runs the step again and raises there
            pass
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)  # no atexit handlers, no teardown of the parent's objects
    os.close(w)
    with os.fdopen(r, "rb") as inp:
        data = inp.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return MISSING
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001 - a result that does not unpickle: run it here
        return MISSING


def children_peak_rss_mb() -> float:
    """The largest peak RSS of this process's waited-for children (forked children count the pages they share with
    this process: their figure is what they held, not what they added)."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
