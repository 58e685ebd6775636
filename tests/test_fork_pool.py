"""`newsetl run --workers N` forks its pool processes from the run process once the extractor is loaded (perf12)."""

import logging
import os
import subprocess
import sys
import threading

import pytest

from newsetl.night import fork_pool

CHILD = """
import os, signal, sys
from newsetl.config import get_settings
from newsetl.night import fork_pool

r, w = os.pipe()  # as the gate process's pipe: the pool processes must not hold it

def state():
    from newsetl.extract.extractor import get_extractor
    term, usr2, sigint = (signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGUSR2, signal.SIGINT))
    try:
        os.fstat(r)
        closed = False
    except OSError:
        closed = True
    loaded = get_extractor.cache_info().currsize
    return os.getpid(), loaded, term, usr2, sigint is signal.default_int_handler, closed

def handler(signum, frame):  # a run's own handler (the CLI's SIGTERM): never a pool process's
    raise RuntimeError("the run's handler")

for s in (signal.SIGTERM, signal.SIGUSR2, signal.SIGINT):  # (SIGINT: a background test run inherits it ignored)
    signal.signal(s, handler)
pool = fork_pool.start(2, get_settings(cache_dir=sys.argv[1]), lambda: (r,))
pid, loaded, term, usr2, sigint, closed = pool.submit(state).result(timeout=120)
pool.shutdown(wait=True)
os.fstat(r)  # still open here
print(pid != os.getpid(), loaded, term == signal.SIG_DFL, usr2 == signal.SIG_DFL, sigint, closed)
"""


def test_pool_processes_are_forked_with_the_extractor_loaded_and_default_signals(settings):
    """In a fresh interpreter (a test run may have threads of its own, and then nothing is forked)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    cmd = [sys.executable, "-c", CHILD, settings.cache_dir]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    # a pool process, with the extractor that came with the fork (a spawned one has loaded nothing before its
    # initializer), the signal dispositions a spawned process starts with, the run's descriptor it was given closed
    assert out.stdout.split() == ["True", "1", "True", "True", "True", "True"]


def test_no_fork_while_another_thread_runs_or_with_one_worker(settings, caplog):
    assert fork_pool.start(1, settings) is None
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, name="keepalive", daemon=True)  # its locks could be copied held
    t.start()
    try:
        with caplog.at_level(logging.INFO, logger="newsetl"):
            assert fork_pool.start(2, settings) is None  # run_shards then spawns its pool
        assert fork_pool.refusal(2).startswith("another thread runs (") and "keepalive" in fork_pool.refusal(2)
    finally:
        stop.set()
        t.join()
    # one line, with the reason
    said = [r.getMessage() for r in caplog.records if "instead of forking" in r.getMessage()]
    assert len(said) == 1 and "another thread runs" in said[0], said


THREAD = """
import _thread, threading
from newsetl.night import fork_pool

print(fork_pool.refusal(2))
stop, started = _thread.allocate_lock(), _thread.allocate_lock()
stop.acquire()
started.acquire()

def wait():
    started.release()
    stop.acquire()

_thread.start_new_thread(wait, ())
started.acquire()
print(threading.active_count(), fork_pool.refusal(2))
stop.release()
"""


def test_a_thread_started_through_thread_module_also_prevents_the_fork():
    """The guard counts Python threads, also those threading does not list (native threads are not counted: see
    night/fork_pool.py). In a fresh interpreter: a test run has threads of its own."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-c", THREAD], capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.splitlines() == ["None", "1 another thread runs"]


def test_no_fork_without_fork(monkeypatch):
    monkeypatch.setattr(fork_pool.forked, "can_fork", lambda: False)
    assert fork_pool.refusal(2) == "fork is not available on this platform"
    assert fork_pool.refusal(1) is None


def test_a_missing_input_starts_neither_the_gate_nor_the_extractor(tmp_path, settings, monkeypatch):
    """`newsetl run --input <missing> --workers 2` fails at discover without starting its workers."""
    from newsetl import run
    from newsetl.night.gate_process import GateProcess

    asked, gates = [], []

    def start(workers, settings, meanwhile=None):  # the real start in a single-threaded run process, minus the load
        asked.append(workers)
        if workers > 1 and meanwhile is not None:
            meanwhile()
        return None

    monkeypatch.setattr(run.fork_pool, "start", start)
    monkeypatch.setattr(GateProcess, "start", lambda self: gates.append(self))
    gated = settings.model_copy(update={"gate_process": True})
    with pytest.raises(run.MissingNightError):
        run.run_pipeline(str(tmp_path / "nothing-here"), str(tmp_path / "lake"), "2026-11-21", None, gated, workers=2)
    assert asked == [1] and gates == []


def test_local_input_missing():
    from newsetl.night.discover import local_input_missing

    assert local_input_missing("/no/such/dir/2026-11-21")
    assert local_input_missing("file:///no/such/dir")
    assert not local_input_missing(os.path.dirname(__file__))
    assert not local_input_missing("/no/such/*.txt")  # a glob: discover decides
    assert not local_input_missing("s3://bucket/no/such")  # remote: not checked before the fork


def test_the_pool_processes_start_with_the_run_processs_objects_frozen():
    """gc.freeze() before the fork: a pool process's collections leave the inherited objects (and their shared pages)
    alone; the run process itself is unfrozen again."""
    code = (
        "import gc, sys\nfrom newsetl.config import get_settings\nfrom newsetl.night import fork_pool\n"
        "pool = fork_pool.start(2, get_settings(cache_dir=sys.argv[1]))\n"
        "child = pool.submit(gc.get_freeze_count).result(timeout=120)\npool.shutdown()\n"
        "print(child > 10000, gc.get_freeze_count())\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    cache = os.environ["NEWSETL_CACHE_DIR"]
    out = subprocess.run([sys.executable, "-c", code, cache], capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["True", "0"]
