"""`newsetl run --workers N` forks its pool processes from the run process once the extractor is loaded (perf12)."""

import os
import subprocess
import sys
import threading

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
    out = subprocess.run([sys.executable, "-c", CHILD, settings.cache_dir], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    # a pool process, with the extractor that came with the fork (a spawned one has loaded nothing before its
    # initializer), the signal dispositions a spawned process starts with, the run's descriptor it was given closed
    assert out.stdout.split() == ["True", "1", "True", "True", "True", "True"]


def test_no_fork_while_another_thread_runs_or_with_one_worker(settings):
    assert fork_pool.start(1, settings) is None
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)  # e.g. a lease keep-alive: its locks could be copied held
    t.start()
    try:
        assert fork_pool.start(2, settings) is None  # run_shards then spawns its pool
    finally:
        stop.set()
        t.join()
