"""Shards of one night in parallel processes (`newsetl run --workers N`).

Each worker is a fresh process (the `spawn` start method: no copy of the parent's threads, locks or lease
keep-alive) that loads the extractor once, in its initializer, and then processes whole shards, one at a
time, as `process_shard` does in-process. A shard writes only its own part files, so the staged night, and
every published table, is the same whatever the number of workers (the shard plan depends on the input only).

Memory: every worker holds its own spaCy pipeline and rule matchers (~250 MB peak RSS with the rules-only
pipeline on the benchmark corpus; the gazetteer index is memory-mapped, so its pages are shared between
workers through the page cache), bounded per shard by the batch size, not by the night's size. The total is
about workers x the per-worker peak plus the parent (which holds no model while the shards run).
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Any

from ..config import Settings
from .common import log
from .shard import process_shard


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity; os.cpu_count() where that is not known)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def preload(modules: tuple[str, ...]) -> threading.Thread:
    """Import `modules` in a background thread: while worker processes run the shards this process is idle, so
    the later steps' heavy imports (the GX gate: seconds) cost no wall time. A failure is left to the real import."""

    def go() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # the step that needs it imports it again and reports the error there
                log.debug("preloading %s failed", name, exc_info=True)

    t = threading.Thread(target=go, name="newsetl-preload", daemon=True)
    t.start()
    return t


_STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT}
TAIL_MODULES = ("great_expectations", "great_expectations.expectations")  # the gate's imports (seconds of CPU)


def _preload_tail() -> None:
    preload(TAIL_MODULES)


def _wait_preloading(futures: list[Any], workers: int, on_idle: Callable[[], Any]) -> None:
    """Wait for the shards; once at most two rounds of shards remain, call `on_idle` (by default: import the later
    steps' modules in the background). The GX import (~2 s of CPU) then runs in the last rounds, mostly on the core
    the last, rarely full, round leaves idle: started when a core falls idle it ran ~1.4 s into the tail (2k
    night, 2 workers), started at once it would slow every round. A failed shard stops the wait."""
    pending = set(futures)
    started = False
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        if any(f.exception() is not None for f in done):
            return
        if not started and len(pending) <= 2 * workers:
            on_idle()
            started = True


def _worker_init(settings: Settings) -> None:
    """Once per worker process: load the extractor (spaCy pipeline, rules, gazetteer) before any shard."""
    from ..extract.extractor import get_extractor

    t = time.perf_counter()
    get_extractor(settings.spacy_model, settings.cache_dir)
    log.info("worker %d: extractor ready in %.2f s", os.getpid(), time.perf_counter() - t)


def _worker_peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_one(shard: dict, staging: str, lake_uri: str, ingest_date: str, settings: Settings) -> dict:
    counts = process_shard(shard, staging, lake_uri, ingest_date, settings)
    counts["worker"] = os.getpid()
    counts["worker_peak_rss_mb"] = round(_worker_peak_rss_mb())
    return counts


def run_shards(
    shards: list[dict],
    staging: str,
    lake_uri: str,
    ingest_date: str,
    settings: Settings,
    workers: int | None = None,
    on_idle: Callable[[], Any] | None = None,
) -> list[dict]:
    """process_shard over every shard: in this process when one worker suffices, else in a pool of
    `workers` processes (default: the available cores). Returns the shards' counts in shard order; the
    first failing shard's exception is raised (after the pool has stopped). `on_idle` is called once a core is
    free while shards still run (with one worker in this process: at once when there is another core)."""
    n = min(workers or available_cores(), len(shards))
    if n <= 1:
        if on_idle is not None and available_cores() > 1:
            on_idle()
        return [process_shard(sh, staging, lake_uri, ingest_date, settings) for sh in shards]
    log.info("processing %d shards in %d worker processes", len(shards), n)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_worker_init, initargs=(settings,))
    # SIGTERM / Ctrl-C are held back while the pool starts its processes: a stop raised in the middle of a
    # spawn leaves a half-written start-up message (the child prints EOFError) or a pool that cannot shut down.
    # The handlers are swapped (not the signal mask: another thread, e.g. the lease keep-alive, would take the
    # signal and the main thread would still run the handler); a stop that arrives meanwhile is re-raised after.
    held: list[int] = []
    main = threading.current_thread() is threading.main_thread()
    saved = {s: signal.signal(s, lambda sig, _f: held.append(sig)) for s in _STOP_SIGNALS} if main else {}
    try:
        try:
            futures: list[Any] = [pool.submit(_run_one, sh, staging, lake_uri, ingest_date, settings) for sh in shards]
        finally:
            for s, h in saved.items():
                signal.signal(s, h)
            for sig in held[:1]:
                signal.raise_signal(sig)
        _wait_preloading(futures, n, on_idle or _preload_tail)
        out = [f.result() for f in futures]
    except BaseException:  # a failed shard, Ctrl-C or SIGTERM: stop the other shards now, not at their end
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)  # the pool cancels what has not started (never by hand:
        for proc in processes:  # a future cancelled behind its back makes its manager thread fail noisily)
            proc.kill()  # SIGKILL: also a worker still starting
        raise
    pool.shutdown(wait=True)
    return out
