"""The GX gate of `newsetl run` (and finalize before it) in a process of its own, started while the shards still run.

Importing Great Expectations costs ~2 s of CPU and its working set stays in the process that validated. So the
run starts a gate process (a fresh interpreter) as soon as a core is free (with one worker at once: the shards run in the run
process and the other core is idle; with N workers when fewer shards remain than workers), which imports GX
there and then waits; after the shards the run has it finalize the night (deduplication, cluster counts: the
night-wide state then never lives in the run process), then validate it, and gets the gate's report back. The
import no longer sits between the shards and publishing, and the gate's memory (GX, its frames) is returned to
the system when the process exits instead of staying in the run process. The verdict is the same as in-process
(the same `validate_staged` on the same staged files); a memory:// lake (one process's memory) is validated
in-process. Airflow's validate task is a process of its own anyway and does not use this.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import socket
import subprocess
import sys
import traceback
from multiprocessing.connection import Connection
from typing import Any

from ..forked import flush_std
from ..lake import Lake
from .common import log

# GX, the gate, and what finalize's first Parquet read imports (pyarrow.dataset: ~0.3 s)
GATE_MODULES = (
    "pyarrow.dataset",
    "newsetl.night.finalize",
    "great_expectations",
    "great_expectations.expectations",
    "newsetl.quality",
)
# the gate process reads and drops one batch after another (finalize, the gate's slices): with Arrow's default
# mimalloc pool, glibc's rising threshold for mapping blocks and an arena per Arrow thread, what it freed stayed
# in the process and its peak grew with the night and the shards' size (set unless the environment sets them)
ALLOCATOR_ENV = {"ARROW_DEFAULT_MEMORY_POOL": "system", "MALLOC_MMAP_THRESHOLD_": "131072", "MALLOC_ARENA_MAX": "2"}


def _import_gate_modules() -> None:
    import importlib

    from ..deferred_imports import defer

    defer()  # what GX imports and the gate never runs (scipy.stats, altair): imported when first touched
    for name in GATE_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the validation below imports it again and reports the error there
            log.debug("gate process: importing %s failed", name, exc_info=True)


def _import_quietly(finalizing: Any = None) -> None:
    """The gate's imports with the cyclic garbage collector off: GX's ~2,300 modules create objects by the million
    and none of them is garbage, yet each collection ran over all of them (~15% of the imports' CPU); then they are
    frozen (never scanned again by this process's collections) and collecting is on again. Off at most for the
    imports: a finalize sent meanwhile runs with it off until they are done; (fix54) its garbage is then collected
    before the freeze, which would otherwise keep it for the process's life (`finalizing`: a threading.Event set
    when a finalize started in this process)."""
    import gc

    gc.disable()
    try:
        _import_gate_modules()
    finally:
        if finalizing is not None and finalizing.is_set():
            gc.collect()
        gc.freeze()
        gc.enable()


def _finalize(staging: str, lake_uri: str, ingest_date: str, settings: Any) -> dict:
    from .finalize import finalize

    return finalize(staging, lake_uri, ingest_date, settings)


def _finalize_isolated(args: tuple, threads_done: bool) -> dict:
    """finalize in a forked child when this process has no other thread left (the imports are done; a fork while
    a thread imports could leave the import lock held in the child), so what it allocated is returned when the
    child exits; else, or when the child failed, here."""
    from .. import forked

    got = forked.in_child(_finalize, *args) if threads_done else forked.MISSING
    return _finalize(*args) if not isinstance(got, dict) else got


def _prepare(night: list[str]) -> Any:
    """The night's GX project made ready (context, a fresh project created, assets and Checkpoints stored) while
    the shards run; None when there is no night or it fails (the validation then does it, and reports the error)."""
    if len(night) != 3:
        return None
    from ..quality import prepare_gate

    lake_uri, date, run_id = night
    try:
        return prepare_gate(Lake(lake_uri), date, run_id)
    except Exception:  # noqa: BLE001 - validate_staged prepares again and raises there
        log.debug("gate process: preparing the GX project failed", exc_info=True)
        return None


def _validate(lake_uri: str, final: str, date: str, run_id: str, project: Any = None) -> dict:
    """The gate, each table validated in a forked child (quality.validate_staged's `isolate`), with the project
    prepared meanwhile when there is one."""
    from ..quality import validate_staged

    return validate_staged(Lake(lake_uri), final, date, run_id, isolate=True, project=project)


def _peak_rss_mb() -> int:
    """Peak RSS of this process or of its largest forked child (finalize, a table's validation), whichever is
    larger."""
    import resource

    from ..forked import children_peak_rss_mb

    return round(max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, children_peak_rss_mb()))


def _answer(conn: Connection, answer: tuple) -> bool:
    """Send (ok, payload) back; False when the run is gone (killed): nobody to answer."""
    try:
        try:
            conn.send(answer)
        except (pickle.PicklingError, TypeError, AttributeError):  # an exception that does not pickle: its text
            exc, note = answer[1]
            conn.send((False, (RuntimeError(f"{type(exc).__name__}: {exc}"), note)))
    except OSError:
        return False
    return True


def _serve(conn: Connection, log_level: int, night: list[str]) -> None:
    """The gate process: import GX and prepare the night's GX project (`night`: lake, date, run id), in a thread (a
    finalize sent meanwhile does not wait for it), then do what the run sends - finalize the night (optional), then
    validate it - and send back (ok, result | error) each time."""
    logging.basicConfig(level=log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import threading
    import time

    t0 = time.perf_counter()
    ready: dict[str, Any] = {}  # when the imports were done, the prepared project

    finalizing = threading.Event()

    def imports() -> None:
        _import_quietly(finalizing)
        ready["t"] = time.perf_counter()
        ready["project"] = _prepare(night)
        ready["prepared"] = time.perf_counter()

    importing = threading.Thread(target=imports, name="gate-imports", daemon=True)
    importing.start()
    stats: dict = {}
    first: float | None = None  # when the night came (its first request)
    while True:
        try:
            op, args = conn.recv()
        except (EOFError, OSError):  # the run ended (or failed) before its gate: nothing to do
            return
        t2 = time.perf_counter()
        first = first or t2
        try:
            if op == "finalize":
                finalizing.set()
                answer: tuple = (True, _finalize_isolated(args, not importing.is_alive()))
                stats["finalize_s"] = round(time.perf_counter() - t2, 2)
            else:
                importing.join()
                t1 = time.perf_counter()
                lake_uri, final, date, run_id = args
                report = _validate(lake_uri, final, date, run_id, ready.get("project"))
                report["gate_process"] = {  # (taken out of the report by the run)
                    "peak_rss_mb": _peak_rss_mb(),
                    "import_s": round(ready["t"] - t0, 2),  # GX and the gate's modules
                    "prepare_s": round(ready["prepared"] - ready["t"], 2),  # the GX project, before the night
                    "waited_s": round(max(0.0, first - ready["prepared"]), 2),  # ready before the night: off the path
                    "validate_s": round(time.perf_counter() - t1, 2),
                    **stats,
                }
                answer = (True, report)
        except BaseException as e:  # noqa: BLE001 - every failure goes back to the run, which raises it
            answer = (False, (e, "in the gate process:\n" + "".join(traceback.format_exception(e))[-2000:]))
        if not _answer(conn, answer) or op != "finalize":
            return


class GateUnavailable(RuntimeError):
    """The gate process ended without a report (it could not start, or was killed): validate in-process instead."""


def main() -> None:
    """Entry of the gate process: `python -c ... FD LEVEL` (FD: its end of the run's socket pair)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the run stops this process
    _serve(Connection(int(sys.argv[1])), int(sys.argv[2]), sys.argv[3:])
    # nothing is left to clean up (the report is sent, the files are written): skip the interpreter's teardown of
    # GX's thousands of modules, which the run would wait for (~0.3 s)
    logging.shutdown()
    flush_std()
    os._exit(0)


class GateProcess:
    """One night's gate process: `start()` (idempotent) when a core is free, `validate()` after finalize,
    `close()` in any case (a gate process never sent a night exits when the run's end of the pipe closes).

    A plain interpreter (subprocess), not multiprocessing: nothing of the caller's main module is imported again
    (a script calling `run_pipeline` needs no `if __name__ == "__main__"` guard); it gets this process's
    `sys.path`, so it imports the same newsetl."""

    def __init__(self, night: tuple[str, str, str] | None = None) -> None:
        self.night = night  # (lake, date, run id): the gate process prepares its GX project before the night comes
        self.proc: subprocess.Popen | None = None
        self.conn: Connection | None = None
        self.answered = False  # the gate process sent its report (it is exiting), else it is killed at close
        self.beside: list = []  # threads the run started beside the gate process (the summary's imports)

    def unavailable(self, e: GateUnavailable, step: str) -> None:
        """A step falls back to this process (the gate process died): the threads the run started beside the gate
        process are joined first (fix35), so the step's modules (pandas, GX, DuckDB) are never imported from two
        threads at once."""
        log.warning("%s: %s in this process", e, step)
        for thread in self.beside:
            thread.join()

    @staticmethod
    def suits(lake_uri: str, enabled: bool) -> bool:
        """A gate process can validate this lake (not one process's memory://) and is wanted."""
        return enabled and Lake(lake_uri).local

    def start(self) -> None:
        if self.proc is not None:
            return
        ours, theirs = socket.socketpair()
        env = {**ALLOCATOR_ENV, **os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        code = "from newsetl.night.gate_process import main; main()"
        level = str(logging.getLogger().getEffectiveLevel())
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", code, str(theirs.fileno()), level, *(self.night or ())],
                pass_fds=[theirs.fileno()],
                env=env,
            )
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        log.info("gate process %d started", self.proc.pid)

    def start_early(self) -> tuple[int, ...]:
        """`start()` before the run forks its pool processes (night/fork_pool.py): the descriptors they must close."""
        self.start()
        return (self.conn.fileno(),) if self.conn is not None else ()

    def _ask(self, op: str, args: tuple) -> Any:
        self.start()
        assert self.conn is not None and self.proc is not None
        try:
            self.conn.send((op, args))
            ok, payload = self.conn.recv()
        except (EOFError, OSError):
            self.proc.wait()
            raise GateUnavailable(f"the gate process exited (code {self.proc.returncode}) without a report") from None
        if not ok:
            self.answered = True  # it is exiting
            exc, note = payload
            exc.add_note(note)  # (notes do not always survive pickling)
            raise exc
        return payload

    def finalize(self, staging: str, lake_uri: str, ingest_date: str, settings: Any) -> dict:
        """`finalize.finalize` of the night in the gate process (its memory is returned when the process exits; the
        run process keeps no night-wide state). Raises GateUnavailable when the process ended without an answer."""
        return self._ask("finalize", (staging, lake_uri, ingest_date, settings))

    def validate(self, lake_uri: str, final: str, ingest_date: str, run_id: str) -> dict:
        """`quality.validate_staged` of the night, run in the gate process (started now if it is not yet).
        Raises GateUnavailable when the process ended without a report."""
        report = self._ask("validate", (lake_uri, final, ingest_date, run_id))
        self.answered = True
        return report

    def close(self) -> None:
        if self.proc is None:
            return
        if self.conn is not None:
            self.conn.close()
        if not self.answered:  # still importing, waiting or validating for a run that failed: stop it now
            self.proc.kill()
        self.proc.wait()
        self.proc, self.conn = None, None


if __name__ == "__main__":
    main()
