"""The GX gate of `newsetl run` in a process of its own, started while the shards still run.

Importing Great Expectations costs ~2 s of CPU and its working set stays in the process that validated. So the
run starts a gate process (a fresh interpreter) as soon as a core is free (with one worker at once: the shards run in the run
process and the other core is idle; with N workers when fewer shards remain than workers), which imports GX
there and then waits; after finalize the run sends it the night to validate and gets the gate's report back. The
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
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from ..lake import Lake
from .common import log

GATE_MODULES = ("great_expectations", "great_expectations.expectations", "newsetl.quality")


def _serve(conn: Connection, log_level: int) -> None:
    """The gate process: import GX, then validate the one night it is sent and send back (ok, report | error)."""
    logging.basicConfig(level=log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import importlib
    import time

    t0 = time.perf_counter()
    for name in GATE_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the validation below imports it again and reports the error there
            log.debug("gate process: importing %s failed", name, exc_info=True)
    t1 = time.perf_counter()
    try:
        lake_uri, final, date, run_id = conn.recv()
    except (EOFError, OSError):  # the run ended (or failed) before its gate: nothing to do
        return
    t2 = time.perf_counter()
    try:
        import resource

        from ..quality import validate_staged

        report = validate_staged(Lake(lake_uri), final, date, run_id)
        report["gate_process"] = {  # (taken out of the report by the run)
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "import_s": round(t1 - t0, 2),  # GX and the gate's modules
            "waited_s": round(t2 - t1, 2),  # ready before the night came: the import was off the critical path
            "validate_s": round(time.perf_counter() - t2, 2),
        }
        answer: tuple = (True, report)
    except BaseException as e:  # noqa: BLE001 - every failure goes back to the run, which raises it
        answer = (False, (e, "in the gate process:\n" + "".join(traceback.format_exception(e))[-2000:]))
    try:
        try:
            conn.send(answer)
        except (pickle.PicklingError, TypeError, AttributeError):  # an exception that does not pickle: its text
            exc, note = answer[1]
            conn.send((False, (RuntimeError(f"{type(exc).__name__}: {exc}"), note)))
    except OSError:  # the run is gone (killed): nobody to answer
        pass


class GateUnavailable(RuntimeError):
    """The gate process ended without a report (it could not start, or was killed): validate in-process instead."""


def main() -> None:
    """Entry of the gate process: `python -c ... FD LEVEL` (FD: its end of the run's socket pair)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the run stops this process
    _serve(Connection(int(sys.argv[1])), int(sys.argv[2]))
    # nothing is left to clean up (the report is sent, the files are written): skip the interpreter's teardown of
    # GX's thousands of modules, which the run would wait for (~0.3 s)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class GateProcess:
    """One night's gate process: `start()` (idempotent) when a core is free, `validate()` after finalize,
    `close()` in any case (a gate process never sent a night exits when the run's end of the pipe closes).

    A plain interpreter (subprocess), not multiprocessing: nothing of the caller's main module is imported again
    (a script calling `run_pipeline` needs no `if __name__ == "__main__"` guard); it gets this process's
    `sys.path`, so it imports the same newsetl."""

    def __init__(self, meanwhile: Callable[[], Any] | None = None) -> None:
        self.meanwhile = meanwhile  # called while the gate process validates (e.g. the next steps' imports)
        self.proc: subprocess.Popen | None = None
        self.conn: Connection | None = None
        self.answered = False  # the gate process sent its report (it is exiting), else it is killed at close

    @staticmethod
    def suits(lake_uri: str, enabled: bool) -> bool:
        """A gate process can validate this lake (not one process's memory://) and is wanted."""
        return enabled and Lake(lake_uri).local

    def start(self) -> None:
        if self.proc is not None:
            return
        ours, theirs = socket.socketpair()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        code = "from newsetl.night.gate_process import main; main()"
        level = str(logging.getLogger().getEffectiveLevel())
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", code, str(theirs.fileno()), level], pass_fds=[theirs.fileno()], env=env
            )
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        log.info("gate process %d started", self.proc.pid)

    def validate(self, lake_uri: str, final: str, ingest_date: str, run_id: str) -> dict:
        """`quality.validate_staged` of the night, run in the gate process (started now if it is not yet).
        Raises GateUnavailable when the process ended without a report."""
        self.start()
        assert self.conn is not None and self.proc is not None
        try:
            self.conn.send((lake_uri, final, ingest_date, run_id))
            if self.meanwhile is not None:
                self.meanwhile()
            ok, payload = self.conn.recv()
        except (EOFError, OSError):
            self.proc.wait()
            raise GateUnavailable(f"the gate process exited (code {self.proc.returncode}) without a report") from None
        self.answered = True
        if not ok:
            exc, note = payload
            exc.add_note(note)  # (notes do not always survive pickling)
            raise exc
        return payload

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
