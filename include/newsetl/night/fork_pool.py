"""Pool processes forked from the run process once its extractor is loaded (`newsetl run --workers N`, perf12).

A spawned pool process starts a fresh interpreter, imports spaCy and newsetl and loads the extractor (~1.9 s of CPU
on the bench host, taken from the core the run process's shards need). When the run process has no other thread yet
(the date lease's keep-alive, the pool's feeders and the shards' watchdogs all start later), it loads the extractor
itself and forks the N-1 pool processes from it: they share its pages copy-on-write and take their first shard at
once. A fork while another thread runs could leave one of its locks held in the child, so where this process has
another Python thread (embedded use; an async fsspec filesystem's I/O thread, e.g. s3fs) or no fork (macOS,
Windows) nothing is started here, one line is logged with the reason, and parallel.run_shards spawns its pool as
before. The guard counts Python threads only (threading's and those started through _thread), not native ones:
/proc/self/task already lists 3 right after `import newsetl.run` (pyarrow's jemalloc background thread, whose
allocator takes its locks around a fork, and one more), so counting them would refuse every fork. Every shard is
processed by the same code from the same freshly loaded extractor either way: the staged night and the published
tables do not depend on how the pool started.
"""

from __future__ import annotations

import _thread
import gc
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from .. import forked
from ..config import Settings
from .common import log


def _forked_init(close: tuple[int, ...]) -> None:
    """In a forked pool process: the signal dispositions a spawned one starts with (the run's own handlers - the CLI's
    SIGTERM, the pool-failure interrupt - are the run process's, not a pool process's), and the run's descriptors
    in `close` closed (the gate process's pipe: it must see its end close with the run process's)."""
    for fd in close:
        try:
            os.close(fd)
        except OSError:
            pass
    for sig in (signal.SIGTERM, signal.SIGUSR2):
        signal.signal(sig, signal.SIG_DFL)
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def refusal(workers: int) -> str | None:
    """Why the pool processes cannot be forked here (None: they can, or there is no pool with one worker)."""
    if workers <= 1:
        return None
    if not forked.can_fork():
        return "fork is not available on this platform"
    if threading.active_count() > 1 or _thread._count() > 0:
        names = sorted(t.name for t in threading.enumerate() if t is not threading.current_thread())
        return "another thread runs" + (f" ({', '.join(names)})" if names else "")
    return None


def start(
    workers: int, settings: Settings, meanwhile: Callable[[], tuple[int, ...]] | None = None
) -> ProcessPoolExecutor | None:
    """Load the extractor here and fork `workers` - 1 pool processes that inherit it (launched now, before this
    returns); None when `workers` <= 1, fork is not available or another thread runs (then nothing is loaded and
    the reason is logged: the pool is spawned).
    `meanwhile()` is called first (the run starts its gate process, whose GX import then takes the core that is idle
    while the extractor loads) and returns descriptors the pool processes close."""
    if workers <= 1:
        return None
    why = refusal(workers)
    if why is not None:
        level = logging.INFO if not forked.can_fork() else logging.WARNING  # a thread here: unexpected in the CLI
        log.log(level, "spawning the %d worker processes instead of forking them: %s", workers - 1, why)
        return None
    from ..extract.extractor import get_extractor

    close = meanwhile() if meanwhile is not None else ()
    get_extractor(settings.spacy_model, settings.cache_dir)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    ctx = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers - 1, mp_context=ctx, initializer=_forked_init, initargs=(close,))
    # the objects so far (the extractor's) out of the collector in the pool processes: a collection there would
    # otherwise write to their headers and copy their pages (seeds, after all shards in one forked process:
    # Private_Dirty 89 -> 73 MB, /proc/PID/smaps_rollup); unfrozen here once the processes are forked
    gc.freeze()
    try:
        pool.submit(os.getpid)  # launches every process (fork) before the pool's own threads start
    finally:
        gc.unfreeze()
    log.info("forked %d worker processes after loading the extractor", workers - 1)
    return pool
