"""Pool processes forked from the run process once its extractor is loaded (`newsetl run --workers N`, perf12).

A spawned pool process starts a fresh interpreter, imports spaCy and newsetl and loads the extractor (~1.9 s of CPU
on the bench host, taken from the core the run process's shards need). When the run process has no other thread yet
(the date lease's keep-alive, the pool's feeders and the shards' watchdogs all start later), it loads the extractor
itself and forks the N-1 pool processes from it: they share its pages copy-on-write and take their first shard at
once. A fork while another thread runs could leave one of its locks held in the child, so where this process has
another thread (embedded use) or no fork (macOS, Windows) nothing is started here and parallel.run_shards spawns its
pool as before. Every shard is processed by the same code from the same freshly loaded extractor either way: the
staged night and the published tables do not depend on how the pool started.
"""

from __future__ import annotations

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


def start(
    workers: int, settings: Settings, meanwhile: Callable[[], tuple[int, ...]] | None = None
) -> ProcessPoolExecutor | None:
    """Load the extractor here and fork `workers` - 1 pool processes that inherit it (launched now, before this
    returns); None when `workers` <= 1, fork is not available or another thread runs (then nothing is loaded).
    `meanwhile()` is called first (the run starts its gate process, whose GX import then takes the core that is idle
    while the extractor loads) and returns descriptors the pool processes close."""
    if workers <= 1 or not forked.can_fork() or threading.active_count() > 1:
        return None
    from ..extract.extractor import get_extractor

    close = meanwhile() if meanwhile is not None else ()
    get_extractor(settings.spacy_model, settings.cache_dir)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    ctx = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers - 1, mp_context=ctx, initializer=_forked_init, initargs=(close,))
    pool.submit(os.getpid)  # launches every process (fork) before the pool's own threads start
    log.info("forked %d worker processes after loading the extractor", workers - 1)
    return pool
