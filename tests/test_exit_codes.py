"""Every way `newsetl run` ends has its documented exit code and one line on stderr, never a traceback."""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsetl.run
from newsetl.cli import EXIT_INTERNAL, EXIT_STORAGE, EXIT_TERMINATED, EXIT_USAGE
from newsetl.cli import main as cli

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "samples" / "landing" / "2026-11-20" / "site_a"


def _one_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.startswith("newsetl:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_storage_error_is_exit_5(tmp_path, capsys):
    (tmp_path / "lake").write_text("a file where the lake folder should be")
    rc = cli(["run", "--input", str(SITE), "--lake", str(tmp_path / "lake"), "--date", "2026-11-20"])
    line = _one_line(capsys.readouterr().err)
    assert rc == EXIT_STORAGE and "storage error" in line and str(tmp_path / "lake") in line


def test_missing_input_is_exit_2(tmp_path, capsys):
    assert (
        cli(["run", "--input", str(tmp_path / "nope"), "--lake", str(tmp_path / "l"), "--date", "2026-11-20"])
        == EXIT_USAGE
    )
    assert "input path does not exist" in _one_line(capsys.readouterr().err)


@pytest.mark.parametrize("what", ["events", "re3d", "split", "dragnet", "split-re3d"])
def test_eval_of_a_missing_folder_is_exit_2(tmp_path, capsys, what):
    assert cli(["eval", what, str(tmp_path / "nope")]) == EXIT_USAGE
    assert str(tmp_path / "nope") in _one_line(capsys.readouterr().err)


def test_internal_error_is_exit_1_with_the_traceback_in_a_file(tmp_path, capsys, monkeypatch):
    def broken(*a, **k):
        raise ValueError("something impossible")

    monkeypatch.setattr(newsetl.run, "finalize", broken)
    monkeypatch.setenv("NEWSETL_SPACY_MODEL", "blank")
    rc = cli(
        [
            "run",
            "--input",
            str(SITE / "000_idlib_night_raid_shelling.txt"),
            "--lake",
            str(tmp_path / "l"),
            "--date",
            "2026-11-20",
        ]
    )
    line = _one_line(capsys.readouterr().err)
    assert (
        rc == EXIT_INTERNAL and "internal error: ValueError: something impossible" in line and "step finalize" in line
    )
    tb = Path(re.search(r"traceback: (\S+)\)", line).group(1))
    assert "something impossible" in tb.read_text()
    tb.unlink()
    assert not (tmp_path / "l" / "_locks" / "ingest_date=2026-11-20.lock").exists()  # the lease was released


def test_sigterm_is_exit_143_and_releases_the_lease(tmp_path):
    lake = tmp_path / "lake"
    env = {**os.environ, "NEWSETL_SPACY_MODEL": "blank"}
    p = subprocess.Popen(
        [sys.executable, "-m", "newsetl.cli", "run", "--input", str(SITE), "--lake", str(lake), "--date", "2026-11-20"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = lake / "_locks" / "ingest_date=2026-11-20.lock"
    t0 = time.monotonic()
    while not lock.exists() and time.monotonic() - t0 < 120 and p.poll() is None:
        time.sleep(0.05)
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=120)
    assert p.returncode == EXIT_TERMINATED and "terminated" in _one_line(err)
    assert not lock.exists()


def test_a_full_disk(tmp_path, capsys, monkeypatch):
    """On a small tmpfs (skipped where it cannot be mounted): leftovers of a dead run that filled the disk
    are deleted before the next run needs space; a disk full of something else ends with exit 5 in one
    line, and the lake still reads with the previous night complete."""
    import duckdb
    import pytest

    fs = tmp_path / "fs"
    fs.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(fs)], capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        monkeypatch.setenv("NEWSETL_SPACY_MODEL", "blank")
        src = tmp_path / "in"
        src.mkdir()
        for f in sorted(SITE.glob("00[0-2]*.txt")):
            (src / f.name).write_bytes(f.read_bytes())
        lake = fs / "lake"
        dead = lake / "_staging" / "2026-11-19" / "dead_run"
        dead.mkdir(parents=True)
        with open(dead / "part.bin", "wb") as fh:  # a dead run's leftovers fill the disk
            try:
                fh.write(os.urandom(5_000_000))
            except OSError:
                pass
        assert cli(["run", "--input", str(src), "--lake", str(lake), "--date", "2026-11-20"]) == 0
        assert not dead.exists()
        with open(fs / "other.bin", "wb") as fh:  # now something else fills it
            try:
                fh.write(os.urandom(5_000_000))
            except OSError:
                pass
        capsys.readouterr()
        assert cli(["run", "--input", str(src), "--lake", str(lake), "--date", "2026-11-21"]) == EXIT_STORAGE
        assert "No space left on device" in _one_line(capsys.readouterr().err)
        n = duckdb.sql(
            f"select count(*) from read_parquet('{lake}/articles/*/*.parquet', hive_partitioning=true)"
        ).fetchall()[0][0]
        assert n == 3
    finally:
        subprocess.run(["umount", str(fs)], capture_output=True)


def test_the_run_commands_quick_exit_keeps_what_a_normal_exit_does(tmp_path):
    """`exit_now` (the end of the console `newsetl run`, perf19) skips only the interpreter's teardown: the exit
    code is kept, a non-daemon thread is joined, atexit handlers run (the log's last lines written) and buffered
    output is flushed."""
    code = (
        "import atexit, logging, sys, threading, time\n"
        "from newsetl.cli import exit_now\n"
        "logging.basicConfig(filename=sys.argv[1], level=logging.INFO)\n"
        "atexit.register(lambda: logging.getLogger('t').info('from atexit'))\n"
        "threading.Thread(target=lambda: (time.sleep(0.3), print('thread done'))).start()\n"
        "print('buffered', end='')\n"
        "sys.stderr.write('to stderr')\n"
        "exit_now(7)\n"
    )
    log = tmp_path / "log.txt"
    res = subprocess.run([sys.executable, "-c", code, str(log)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 7
    assert "buffered" in res.stdout and "thread done" in res.stdout and res.stderr.endswith("to stderr")
    assert "from atexit" in log.read_text()


@pytest.mark.parametrize("closed", [">&-", ">&- 2>&-"])
def test_the_quick_exit_with_stdout_closed_keeps_the_exit_code(closed):
    """fix49: a console run started with its stdout (and stderr) closed (`newsetl run ... >&-`: sys.stdout is None)
    ends with its own exit code, not an AttributeError from flushing a stream that is not there."""
    code = "import sys\nfrom newsetl.cli import exit_now\nassert sys.stdout is None\nexit_now(2)\n"
    res = subprocess.run(
        ["bash", "-c", f'"$0" -c "$1" {closed}', sys.executable, code], capture_output=True, text=True, timeout=60
    )
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("gate_process", ["true", "false"])
def test_a_failed_data_docs_build_is_no_success(tmp_path, capsys, monkeypatch, gate_process):
    """fix49 (perf19's late Data Docs build reverted): pages that cannot be built fail the night, in the gate process
    as in this one: exit 5, nothing published, no validation.json naming pages that do not exist."""
    monkeypatch.setenv("NEWSETL_GATE_PROCESS", gate_process)
    lake = tmp_path / "lake"
    site = lake / "_runs" / "gx" / "gx" / "uncommitted" / "data_docs" / "local_site"
    site.parent.mkdir(parents=True)
    site.write_text("a file where the Data Docs site folder should be")
    rc = cli(["run", "--input", str(SITE), "--lake", str(lake), "--date", "2026-11-20", "--workers", "1"])
    err = capsys.readouterr().err
    assert rc == EXIT_STORAGE and "storage error" in err and "local_site" in err, err
    assert not (lake / "articles").exists()
    assert not list(lake.glob("_runs/ingest_date=*/*/validation.json"))
