"""Concurrent runs: one lease per lake + date (a second run fails clearly with exit code 4, or waits),
stale leases are taken over, concurrent dates keep cross-date deduplication exact, and nothing is nested."""

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from newsetl import locks
from newsetl import run as run_module
from newsetl.cli import EXIT_BUSY
from newsetl.cli import main as cli
from newsetl.lake import Lake

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "samples" / "landing" / "2026-11-20" / "site_a"
DATE = "2026-11-20"


@pytest.fixture()
def dumps(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for f in sorted(SITE.glob("00[0-3]*.txt")):
        shutil.copy(f, d / f.name)
    return d


def _articles(lake: Path, date: str | None = None) -> int:
    where = f"where ingest_date = '{date}'" if date else ""
    return duckdb.sql(
        f"select count(*) from read_parquet('{lake}/articles/*/*.parquet', hive_partitioning = true) {where}"
    ).fetchall()[0][0]


def _holder(lake: Path, run_id: str, **info) -> Path:
    p = lake / "_locks" / f"{locks.date_lock(DATE)}.lock"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(
        json.dumps(
            {
                "run_id": run_id,
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "kind": "process",
                "started": "2026-11-20T01:00:00+00:00",
                "heartbeat": time.time(),
                **info,
            }
        )
    )
    return p


def test_a_live_holder_makes_a_second_run_fail_clearly(tmp_path, dumps, capsys, monkeypatch):
    lake = tmp_path / "lake"
    _holder(lake, "nightly_run_A")  # held by this (live) process under another run id
    monkeypatch.setenv("NEWSETL_SPACY_MODEL", "blank")
    assert cli(["run", "--input", str(dumps), "--lake", str(lake), "--date", DATE]) == EXIT_BUSY
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "lake busy" in err and "nightly_run_A" in err and f"pid {os.getpid()}" in err
    assert not (lake / "articles").exists()  # nothing published, nothing staged
    monkeypatch.setenv("NEWSETL_LOCK_WAIT_SECONDS", "0.5")
    t0 = time.monotonic()
    assert cli(["run", "--input", str(dumps), "--lake", str(lake), "--date", DATE]) == EXIT_BUSY
    assert time.monotonic() - t0 >= 0.5  # it waited before giving up
    monkeypatch.setenv("NEWSETL_LOCK_WAIT_SECONDS", "60")  # with a wait, the run starts once the holder is done
    threading.Timer(1.0, (lake / "_locks" / f"{locks.date_lock(DATE)}.lock").unlink).start()
    assert cli(["run", "--input", str(dumps), "--lake", str(lake), "--date", DATE]) == 0
    assert _articles(lake) == 4


def test_stale_leases_are_taken_over(tmp_path, dumps, settings, caplog):
    lake = tmp_path / "lake"
    s = settings.model_copy(update={"spacy_model": "blank"})
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    _holder(lake, "crashed_cli_run", pid=int(dead.stdout))  # its process is gone
    (lake / "_staging" / DATE / "crashed_cli_run" / "shards").mkdir(parents=True)
    run_module.run_pipeline(str(dumps), str(lake), DATE, "next_run", s)
    assert "is gone" in caplog.text and _articles(lake) == 4
    assert not (lake / "_staging").exists() or not any((lake / "_staging").iterdir())  # the dead run's staging is gone
    _holder(lake, "silent_airflow_run", kind="run", pid=1, heartbeat=time.time() - 2 * s.lock_stale_seconds)
    run_module.run_pipeline(str(dumps), str(lake), DATE, "after_airflow", s)
    assert "not renewed for" in caplog.text


def test_two_concurrent_runs_on_one_date(tmp_path, dumps):
    """Started together (separate processes): one publishes, the other fails with exit 4 and one clear line."""
    lake = tmp_path / "lake"
    cmd = [sys.executable, "-m", "newsetl.cli", "run", "--input", str(dumps), "--lake", str(lake), "--date", DATE]
    env = {**os.environ, "NEWSETL_SPACY_MODEL": "blank"}
    procs = [
        subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    rcs = sorted(p.returncode for p in procs)
    assert rcs == [0, EXIT_BUSY], outs
    busy = next(err for (_, err), p in zip(outs, procs) if p.returncode == EXIT_BUSY)
    assert "lake busy" in busy and "Traceback" not in busy
    assert _articles(lake) == 4 and not list(lake.glob("*/ingest_date=*/ingest_date=*"))


def test_concurrent_dates_keep_cross_date_deduplication(tmp_path, dumps, settings, caplog):
    """Two dates staged at the same time from the same dumps: whichever publishes second finds the other
    date committed since it deduplicated, deduplicates again, and keeps none of the articles."""
    lake = tmp_path / "lake"
    s = settings.model_copy(update={"spacy_model": "blank"})
    finals = {}
    for d in ("2026-11-20", "2026-11-21"):
        found = run_module.discover(str(dumps), str(lake), d, f"run_{d}", s)
        for sh in found["shards"]:
            run_module.process_shard(sh, found["staging"], str(lake), d, s)
        finals[d] = run_module.finalize(found["staging"], str(lake), d)["final"]
        run_module.validate(finals[d], str(lake), d, f"run_{d}")
    for d, final in finals.items():
        run_module.publish(final, str(lake), d, f"run_{d}", s)
    assert "deduplicating and validating again" in caplog.text
    assert _articles(lake, "2026-11-20") == 4 and _articles(lake, "2026-11-21") == 0
    dup = duckdb.sql(
        f"select count(*) from read_parquet('{lake}/ingest_ledger/*/*.parquet', hive_partitioning = true) "
        "where ingest_date = '2026-11-21' and status = 'duplicate' and reason like '%published on 2026-11-20%'"
    ).fetchall()[0][0]
    assert dup == 4


def test_recover_command(tmp_path, capsys):
    lake = tmp_path / "lake"
    (lake / "_staging" / DATE / "dead_run").mkdir(parents=True)
    (lake / "_trash" / DATE).mkdir(parents=True)
    assert cli(["recover", "--lake", str(lake)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["staging"] and not (lake / "_staging" / DATE).exists() and not any((lake / "_trash").iterdir())
    assert Lake(str(lake)).fingerprint() == {}


def test_shards_renew_their_runs_lease_and_only_theirs(tmp_path):
    lake = tmp_path / "lake"
    p = _holder(lake, "airflow_run_1", kind="run", pid=1, heartbeat=time.time() - 600)
    L = Lake(str(lake))
    locks.heartbeat(L, DATE, L.staging(DATE, "someone_else"), every=0)
    assert json.loads(p.read_text())["heartbeat"] < time.time() - 500
    locks.heartbeat(L, DATE, L.staging(DATE, "airflow_run_1"), every=0)
    info = json.loads(p.read_text())
    assert info["heartbeat"] > time.time() - 5 and info["run_id"] == "airflow_run_1" and info["kind"] == "run"


def test_a_signal_right_after_the_lease_is_written_leaves_no_lease(tmp_path, monkeypatch):
    """A SIGTERM (the CLI's `Terminated`, a BaseException) that arrives right after the lease file is written, before
    `acquire` returns to a caller that would release it, deletes the lease on the way out (ci-local once found the
    date's lock left behind by `test_sigterm_is_exit_143_and_releases_the_lease`)."""
    from newsetl.cli import Terminated

    lake = Lake(str(tmp_path / "lake"))
    lease = locks.Lease(lake, locks.date_lock("2026-11-20"), "run-sig", "process", 600)
    real_write = locks.Lease._write

    def write_then_signal(self, info):
        real_write(self, info)
        raise Terminated()

    monkeypatch.setattr(locks.Lease, "_write", write_then_signal)
    with pytest.raises(Terminated):
        lease.acquire()
    assert not os.path.exists(lease.path)
    assert not lease.held
