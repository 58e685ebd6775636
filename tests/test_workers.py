"""`newsetl run --workers N`: shards in parallel processes publish the same tables as one in-process worker."""

import resource

import duckdb
import pytest

from newsetl import sources
from newsetl.run import run_pipeline
from newsetl.schemas import TABLES

from .conftest import SAMPLES

DATE = "2026-11-20"


def _contents(lake, table: str) -> list[tuple]:
    return duckdb.sql(f"select * from read_parquet('{lake}/{table}/*/*.parquet') order by all").fetchall()


def test_two_workers_publish_the_same_tables_as_one(tmp_path, settings, sample_night):
    one_lake, _, one = sample_night  # the same night in one worker
    two = run_pipeline(str(SAMPLES / DATE), str(tmp_path / "two"), DATE, "w2", settings, workers=2)
    assert one["shards"] == two["shards"] > 1  # the plan depends on the input only
    assert one["workers"] == 1 and two["workers"] == 2
    assert two["workers_used"] >= 1  # worker processes (not this one) ran the shards
    # how the pool started (a test run usually has threads of its own: then spawned, with the reason)
    assert one["pool_start"] is None and (two["pool_start"] == "fork" or two["pool_start"].startswith("spawn: "))
    # the run process runs shards itself beside its N-1 pool processes, and a forked pool process counts the pages it
    # shares with its parent: inside pytest both include this test session (often near 1 GiB by now), so the bound is
    # on a worker's growth over this process's own peak
    inherited = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert two["worker_peak_rss_mb"] and two["worker_peak_rss_mb"] < 1024 + inherited
    for table in TABLES:
        rows = _contents(one_lake, table)
        assert rows, table
        assert rows == _contents(tmp_path / "two", table), table


def test_a_small_night_is_cut_into_min_shards_whatever_the_shard_size():
    files = [{"path": f"f{i}", "bytes": 100} for i in range(20)]
    plan = sources.plan_shards(files, 8_000_000, 64, min_shards=4)
    assert [p for s in plan for p in s] == [f"f{i}" for i in range(20)]  # order kept, nothing lost
    assert 4 <= len(plan) <= 5
    assert len(sources.plan_shards(files[:3], 8_000_000, 64, min_shards=8)) == 3  # at most one file per shard
    assert len(sources.plan_shards(files, 8_000_000, 64)) == 1  # min_shards=1: the old plan


def test_this_process_is_one_of_the_workers_and_takes_the_next_shard_when_free():
    from newsetl.night import parallel

    idle: list[int] = []
    plan = parallel._Plan(7, 2, lambda: idle.append(plan.next))
    taken = [plan.take() for _ in range(8)]
    assert taken == [0, 1, 2, 3, 4, 5, 6, None]  # shard order, each shard once
    assert idle == [3]  # once, when at most two rounds (4 shards) were left
    failing = parallel._Plan(5, 2, lambda: None)
    assert failing.take() == 0
    assert failing.fail(ValueError("first")) and not failing.fail(ValueError("second"))
    assert failing.take() is None  # a failure stops the handing out


@pytest.mark.parametrize("sigint", ["handled", "ignored"])
def test_a_pool_shard_that_fails_stops_this_process_own_shard_at_once(monkeypatch, sigint):
    """The run process works through a shard while a pool process's shard fails: the run's shard is interrupted
    (not finished first) and the pool shard's error is what run_shards raises; also when the run inherited SIGINT
    ignored (started in the background by a shell, `newsetl run ... &`), where a simulated SIGINT does nothing."""
    import signal
    import time
    from concurrent.futures import ThreadPoolExecutor

    import pytest

    from newsetl.night import parallel

    def run_one(shard, *args):
        if shard["shard"] == 0:  # the pool's first shard
            time.sleep(0.3)
            raise ValueError("shard 0 failed")
        for _ in range(200):  # the run process's own shard: 20 s unless interrupted
            try:
                time.sleep(0.1)
            except Exception:  # a per-document handler, as in shard.py: it must not swallow the interrupt
                pass
        return {"shard": shard["shard"]}

    def start_pool(n, settings, plan, out, args):
        pool = ThreadPoolExecutor(n)
        firsts = []
        for _ in range(n):
            i = plan.take()
            firsts.append((i, pool.submit(run_one, out[i], *args)))
        return pool, firsts

    monkeypatch.setattr(parallel, "_run_one", run_one)
    monkeypatch.setattr(parallel, "_start_pool", start_pool)
    shards = [{"shard": i, "paths": []} for i in range(4)]
    saved = signal.signal(signal.SIGINT, signal.SIG_IGN if sigint == "ignored" else signal.default_int_handler)
    usr2 = signal.getsignal(signal.SIGUSR2)
    try:
        t = time.perf_counter()
        with pytest.raises(ValueError, match="shard 0 failed"):
            parallel.run_shards(shards, "staging", "memory://x", DATE, None, workers=2, on_idle=lambda: None)  # type: ignore[arg-type]
        assert time.perf_counter() - t < 5
    finally:
        signal.signal(signal.SIGINT, saved)
    assert signal.getsignal(signal.SIGUSR2) is usr2  # the interrupt's handler is the run's only


def test_shards_run_outside_the_main_thread_never_interrupt_the_main_thread(monkeypatch):
    """Embedded use (run_shards in a thread): a pool shard's failure is raised in that thread once its own shard
    ends; nothing is raised in the main thread."""
    import time
    from concurrent.futures import ThreadPoolExecutor

    from newsetl.night import parallel

    def run_one(shard, *args):
        if shard["shard"] == 0:
            time.sleep(0.2)
            raise ValueError("shard 0 failed")
        time.sleep(1.0)
        return {"shard": shard["shard"]}

    def start_pool(n, settings, plan, out, args):
        pool = ThreadPoolExecutor(n)
        return pool, [(i, pool.submit(run_one, out[i], *args)) for i in [plan.take() for _ in range(n)]]

    monkeypatch.setattr(parallel, "_run_one", run_one)
    monkeypatch.setattr(parallel, "_start_pool", start_pool)
    shards = [{"shard": i, "paths": []} for i in range(4)]
    with ThreadPoolExecutor(1) as ex:
        fut = ex.submit(parallel.run_shards, shards, "staging", "memory://x", DATE, None, 2, lambda: None)
        with pytest.raises(ValueError, match="shard 0 failed"):
            fut.result(timeout=30)
    time.sleep(0.2)  # an interrupt sent to the main thread would be raised here
