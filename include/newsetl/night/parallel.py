"""Shards of one night in parallel processes (`newsetl run --workers N`).

With N workers the run process is one of them. `newsetl run` loads the extractor first and forks the N-1 pool
processes from it before it starts any thread (night/fork_pool.py: they inherit the loaded extractor); otherwise
(another thread runs, no fork) the run process works through shards itself while N-1 pool processes start (the
`spawn` start method: no copy of the parent's threads, locks or lease keep-alive), each loading the extractor once,
in its initializer. Every worker takes the next shard not yet taken when it is free (no fixed queue per process),
the largest first, so the cores stay busy to the last shard. A shard writes only its own part files, so the staged
night, and every published table, is the same whatever the number of workers or the order the shards ran in (the
shard plan depends on the input only).

Memory: every worker holds its own spaCy pipeline and rule matchers (~250-280 MB peak RSS with the rules-only
pipeline on the benchmark corpus; the gazetteer index is memory-mapped, so its pages are shared between
workers through the page cache), bounded per shard by the batch size, not by the night's size; the words a batch
adds to spaCy's vocab are freed after it (`Extractor.batch_zone`), so a worker does not grow with the shards it ran
(`benchmarks/mem_growth.py`). With a spawned pool the total is about N x the per-worker peak (the run process
being one of the N) plus the gate process. A forked pool process starts on the run process's pages (shared
copy-on-write; at its start most of its RSS is Shared_Dirty, /proc/PID/smaps_rollup) and copies only the pages it
writes, so the sum of the workers' RSS overstates the total: the memory actually used is the run process plus each
pool process's private pages plus the gate process.
"""

from __future__ import annotations

import _thread
import importlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
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
    from ..deferred_imports import defer

    defer()  # GX's imports the gate never runs (deferred_imports.py)
    preload(TAIL_MODULES)


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


def largest_first(shards: list[dict]) -> list[int]:
    """(perf27) The order shards are handed out in: the largest first (their input `bytes`, from discover; shard
    order among equals and for shards without a size), so the small ones fill the end and the workers finish
    together instead of one of them starting a large shard as the other runs out of work."""
    return sorted(range(len(shards)), key=lambda i: -int(shards[i].get("bytes") or 0))


class _Plan:
    """The shards not yet taken, handed out one at a time to whichever worker is free (this process or a pool
    process), in `order` (default: shard order); once at most two rounds remain (<= 2 x workers shards), `on_idle`
    is called once (by default: import the later steps' modules in the background; for `newsetl run`: start the
    gate process, whose GX import then fills the core the last, rarely full, round leaves idle). A failure stops
    the handing out."""

    def __init__(self, n: int, workers: int, on_idle: Callable[[], Any], order: list[int] | None = None):
        self.next, self.n, self.workers, self.on_idle = 0, n, workers, on_idle
        self.order = list(range(n)) if order is None else order
        self.lock = threading.Lock()
        self.failed: list[BaseException] = []
        self.idle_called = False
        self.interruptible = False  # the run process's own shard can be interrupted (run_shards in the main thread)

    def take(self) -> int | None:
        with self.lock:
            if self.failed or self.next >= self.n:
                return None
            i, self.next = self.order[self.next], self.next + 1
            call = not self.idle_called and self.n - self.next <= 2 * self.workers
            self.idle_called = self.idle_called or call
        if call:
            self.on_idle()
        return i

    def fail(self, e: BaseException) -> bool:
        """Record a failure; True for the first one."""
        with self.lock:
            self.failed.append(e)
            return len(self.failed) == 1


# A pool shard's failure stops the run process's own shard at once through a simulated SIGUSR2 in the main thread
# (`_thread.interrupt_main(SIGUSR2)`: no signal is sent to the process), whose handler is installed for the run's
# shards only. Not SIGINT: a run started in the background by a shell (`newsetl run ... &`, nohup) inherits SIGINT
# ignored, and a simulated SIGINT then does nothing, so the run's shard would be finished before the failure is
# raised.
_INTERRUPT = signal.SIGUSR2


class _PoolShardFailed(BaseException):
    """Raised in the run process's own shard when a pool shard has failed (the pool's error is what is raised). A
    BaseException, like KeyboardInterrupt: the shard's per-document `except Exception` handlers (a splitter bug is
    quarantined with its error) must not take it for a document's error."""


def _interrupt_handler(plan: _Plan) -> Callable[[], None] | None:
    """Install the interrupt's handler; returns how to restore the previous one (None: not the main thread, whose
    own shard then ends before the failure is raised). The handler raises only while the run's shards are worked
    through (`plan.interruptible`): never in its error handling or after it."""

    def on_interrupt(signum: int, frame: Any) -> None:
        if plan.interruptible:
            raise _PoolShardFailed()

    if threading.current_thread() is not threading.main_thread():
        return None
    saved = signal.signal(_INTERRUPT, on_interrupt)
    plan.interruptible = True

    def restore() -> None:
        signal.signal(_INTERRUPT, saved)

    return restore


def _feed(plan: _Plan, pool: ProcessPoolExecutor, first: tuple[int, Any] | None, out: list, args: tuple) -> None:
    """One pool process's share: wait for its shard, then submit the next one not yet taken, until none is left."""
    job = first
    try:
        while job is not None:
            i, fut = job
            out[i] = fut.result()
            j = plan.take()
            job = (j, pool.submit(_run_one, out[j], *args)) if j is not None else None
    except BaseException as e:  # noqa: BLE001 - raised by the main thread
        if plan.fail(e) and plan.interruptible:  # the first failure: stop this process's own shard now
            _thread.interrupt_main(_INTERRUPT)


def _firsts(pool: ProcessPoolExecutor, n: int, plan: _Plan, out: list, args: tuple) -> list:
    """The first shard of each of the pool's `n` processes, submitted (at most one per process)."""
    firsts = []
    for _ in range(n):
        i = plan.take()
        if i is not None:
            firsts.append((i, pool.submit(_run_one, out[i], *args)))
    return firsts


def _start_pool(n: int, settings: Settings, plan: _Plan, out: list, args: tuple) -> tuple[ProcessPoolExecutor, list]:
    """A pool of `n` spawned processes, each given its first shard. SIGTERM / Ctrl-C are held back while the pool
    starts its processes: a stop raised in the middle of a spawn leaves a half-written start-up message (the child
    prints EOFError) or a pool that cannot shut down. The handlers are swapped (not the signal mask: another
    thread, e.g. the lease keep-alive, would take the signal and the main thread would still run the handler); a
    stop that arrives meanwhile is re-raised after."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_worker_init, initargs=(settings,))
    held: list[int] = []
    main = threading.current_thread() is threading.main_thread()
    saved = {s: signal.signal(s, lambda sig, _f: held.append(sig)) for s in _STOP_SIGNALS} if main else {}
    try:
        firsts = _firsts(pool, n, plan, out, args)
    finally:
        for s, h in saved.items():
            signal.signal(s, h)
        for sig in held[:1]:
            signal.raise_signal(sig)
    return pool, firsts


def run_shards(
    shards: list[dict],
    staging: str,
    lake_uri: str,
    ingest_date: str,
    settings: Settings,
    workers: int | None = None,
    on_idle: Callable[[], Any] | None = None,
    forked: ProcessPoolExecutor | None = None,
) -> list[dict]:
    """process_shard over every shard. With N workers this process is one of them and N-1 pool processes run beside
    it: the `forked` pool when given (its processes hold the extractor this process loaded), else N-1 processes
    spawned here (this process loads the extractor while they start). Every worker takes the next shard when it is free, so no core waits while
    another works through a fixed queue. Returns the shards' counts in shard order; the first failing shard's
    exception is raised (after the pool has stopped). `on_idle` is called once a core falls free while shards still
    run (with one worker: at once when there is another core). `forked`: a pool already started by fork_pool.start
    (its processes hold the extractor; used instead of spawning one, and shut down here)."""
    n = min(workers or available_cores(), len(shards))
    if n <= 1 and forked is not None:
        forked.shutdown(wait=False, cancel_futures=True)
    if n <= 1:
        if on_idle is not None and available_cores() > 1:
            on_idle()
        return [process_shard(sh, staging, lake_uri, ingest_date, settings) for sh in shards]
    log.info("processing %d shards in this process and %d worker processes", len(shards), n - 1)
    plan = _Plan(len(shards), n, on_idle or _preload_tail, largest_first(shards))
    out: list[Any] = list(shards)  # each shard's slot gets its counts
    args = (staging, lake_uri, ingest_date, settings)
    pool, feeders = None, []
    restore = _interrupt_handler(plan)
    try:
        if forked is not None:
            pool, firsts = forked, _firsts(forked, n - 1, plan, out, args)
        else:
            pool, firsts = _start_pool(n - 1, settings, plan, out, args)
        for first in firsts:
            t = threading.Thread(target=_feed, args=(plan, pool, first, out, args), name="newsetl-feed", daemon=True)
            t.start()
            feeders.append(t)
        while (i := plan.take()) is not None:
            out[i] = _run_here(out[i], *args)
        for t in feeders:
            t.join()
        if plan.failed:
            raise plan.failed[0]
    except BaseException as e:  # a failed shard, Ctrl-C or SIGTERM: stop the other shards now, not at their end
        plan.interruptible = False
        plan.fail(e)
        first = plan.failed[0]  # a pool shard's failure interrupts this process's own shard: it is what is raised
        if pool is not None:
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)  # the pool cancels what has not started (never by hand:
            for proc in processes:  # a future cancelled behind its back makes its manager thread fail noisily)
                proc.kill()  # SIGKILL: also a worker still starting
        if first is not e and isinstance(e, (KeyboardInterrupt, _PoolShardFailed)):
            raise first from None
        raise
    finally:
        plan.interruptible = False
        if restore is not None:
            restore()
    pool.shutdown(wait=True)
    return out


def _run_here(shard: dict, staging: str, lake_uri: str, ingest_date: str, settings: Settings) -> dict:
    """A shard in this process (one of the N workers): as in a pool process, its counts name the worker."""
    return _run_one(shard, staging, lake_uri, ingest_date, settings)
