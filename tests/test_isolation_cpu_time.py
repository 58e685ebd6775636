"""The per-document time limit (NEWSETL_MAX_DOC_SECONDS) counts the CPU time of the thread doing the work, so
a loaded host (a document waiting for the CPU, not using it) cuts off no more documents than an idle one; a
wall-time backstop (NEWSETL_MAX_DOC_WALL_FACTOR x the limit) still stops a blocked document; where the platform
has no per-thread CPU clock the limit counts wall time, said once in the log."""

import logging
import os
import signal
import threading
import time
from datetime import date

import pytest
from pydantic import ValidationError

from newsetl import isolation
from newsetl.config import get_settings
from newsetl.extract.extractor import ArticleText
from newsetl.isolation import CpuTooSlow, WallBackstop, WallTooSlow, deadline, extract_isolated
from newsetl.night import shard
from newsetl.sources import Entry
from newsetl.sources_entry import RawDoc


def _spin(seconds):
    t = time.monotonic()
    while time.monotonic() - t < seconds:  # pure Python: uses CPU, interruptible
        pass


def _nap(seconds):
    t = time.monotonic()
    while time.monotonic() - t < seconds:  # waits (no CPU), in short sleeps so an exception lands soon
        time.sleep(0.01)


class _Fake:
    """An extractor whose documents sleep ('NAP <s>') or compute ('SPIN <s>') for the given seconds."""

    def run(self, arts, batch_size=64):
        for a in arts:
            verb, secs = a.body[0].split()
            (_nap if verb == "NAP" else _spin)(float(secs))
            yield a, [], []


def _extract(bodies, **limits):
    arts = [ArticleText(f"a_{i}", [b], date(2026, 1, 1)) for i, b in enumerate(bodies)]
    return dict(extract_isolated(_Fake(), arts, get_settings(**limits), lambda a, e, m: (e, m)))


def test_a_document_waiting_longer_than_the_limit_is_not_too_slow_but_a_computing_one_is():
    t0 = time.monotonic()
    out = _extract(["NAP 0.8", "SPIN 30", "NAP 0.01"], max_doc_seconds=0.25)
    assert time.monotonic() - t0 < 8
    assert out[0] == ([], []) and out[2] == ([], [])  # 0.8 s of wall time, ~0 CPU seconds: kept with its rows
    assert out[1] == "too_slow: extraction took over 0.25 CPU seconds (NEWSETL_MAX_DOC_SECONDS)"


def test_cpu_time_of_other_threads_does_not_count():
    hog_stop = threading.Event()

    def hog():  # another thread computing while the document waits (the loaded host, inside one process)
        while not hog_stop.is_set():
            sum(range(1000))

    th = threading.Thread(target=hog, daemon=True)
    th.start()
    try:
        with deadline(0.2):  # the default backstop (10x) is 2 s
            _nap(0.5)
    finally:
        hog_stop.set()
        th.join()


def test_the_wall_time_backstop_stops_a_blocked_document():
    t0 = time.monotonic()
    out = _extract(["NAP 30", "NAP 0.01"], max_doc_seconds=0.1, max_doc_wall_factor=3)
    assert time.monotonic() - t0 < 8
    assert out[1] == ([], [])
    assert out[0] == (
        "too_slow: extraction ran over 0.3 s of wall time without using its 0.1 CPU seconds, blocked or starved "
        "(NEWSETL_MAX_DOC_WALL_FACTOR x NEWSETL_MAX_DOC_SECONDS)"
    )
    with pytest.raises(WallBackstop), deadline(0.1, 2):
        _nap(10)


def test_the_exceptions_say_which_limit_passed():
    with pytest.raises(CpuTooSlow), deadline(0.1, 100):
        _spin(10)
    with deadline(0, 1):  # 0: no limit, no backstop either
        _nap(0.05)
    with pytest.raises(ValidationError, match="max_doc_wall_factor"):  # no backstop shorter than the limit
        get_settings(max_doc_wall_factor=0.5)


def test_without_a_thread_cpu_clock_the_limit_counts_wall_time_and_says_so_once(monkeypatch, caplog):
    monkeypatch.delattr(time, "pthread_getcpuclockid")
    monkeypatch.setattr(isolation, "_wall_only_logged", False)
    with caplog.at_level(logging.WARNING, logger="newsetl.isolation"):
        out = _extract(["NAP 0.8", "NAP 0.8", "NAP 0.01"], max_doc_seconds=0.25)
    assert out[2] == ([], [])
    assert (
        out[0]
        == out[1]
        == (
            "too_slow: extraction took over 0.25 s of wall time (NEWSETL_MAX_DOC_SECONDS; no per-thread CPU clock "
            "on this platform)"
        )
    )
    warned = [r for r in caplog.records if "no per-thread CPU clock" in r.getMessage()]
    assert len(warned) == 1 and "counts wall time" in warned[0].getMessage()
    with pytest.raises(WallTooSlow), deadline(0.05):
        _nap(10)


def _prepare(monkeypatch, how, seconds):
    def split_dump(text, title=None):
        how(seconds)
        return shard.unsplit(text, title)

    monkeypatch.setattr(shard, "split_dump", split_dump)
    text = "A title\n\n" + "Police said two officers were killed in the attack on the post on Monday. " * 3
    entry = Entry("in.txt", None, "file", "loaded", None, len(text), None, doc=RawDoc("in.txt", None, text, "utf-8"))
    return shard._prepare(entry, get_settings(max_doc_seconds=0.25), date(2026, 1, 1)), entry


def test_splitting_counts_cpu_time_too(monkeypatch):
    prepared, entry = _prepare(monkeypatch, _nap, 0.8)
    assert prepared is not None and entry.note is None  # waited, did not compute: split as usual
    prepared, entry = _prepare(monkeypatch, _spin, 30)
    assert prepared is not None and entry.status == "loaded"  # too slow: kept whole as body, the note says why
    assert entry.note.startswith("too_slow: splitting took over 0.25 CPU seconds (NEWSETL_MAX_DOC_SECONDS); kept whole")


def test_a_clock_that_cannot_be_read_falls_back_to_the_wall_backstop(monkeypatch):
    def gone(clock):  # the clock of a thread that does not exist here (a forked child, a thread that ended)
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(time, "clock_gettime", gone)
    armed = isolation._Armed(threading.get_ident(), 12345, 1.0, 10.0)
    assert armed.check(5.0) == (None, 10.0)  # not yet: sleep until the backstop, not a spin on wait(0)
    assert armed.check(10.0)[0] is WallBackstop


def _fork(body):
    """Run `body` in a forked child (inside the caller's deadline block): (pid, the pipe its str result comes by)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover (the child)
        try:  # a TooSlow landing anywhere here must never return into pytest in the child
            out = "child wrote nothing"
            try:
                out = body()
            except BaseException as e:
                out = f"child raised {type(e).__name__}"
            os.write(w, out.encode())
        finally:
            os._exit(0)
    os.close(w)
    return pid, r


def _collect(pid, r, timeout=10.0):
    """The child's result, waited for outside any deadline; a child that hangs is killed."""
    t0 = time.monotonic()
    while os.waitpid(pid, os.WNOHANG) == (0, 0):
        if time.monotonic() - t0 > timeout:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(r)
            return "child hung"
        time.sleep(0.02)
    with os.fdopen(r) as f:
        return f.read()


def _nap_in_a_nested_deadline():
    t0, c0 = time.monotonic(), time.process_time()
    try:
        with deadline(5, 2):  # a document in the child: starts the child's watchdog
            _nap(3)
        return "no TooSlow in 3 s"
    except isolation.TooSlow as e:
        return f"{type(e).__name__} {time.monotonic() - t0:.2f} {time.process_time() - c0:.2f}"


def test_a_deadline_inherited_by_a_forked_child_still_fires_and_the_watchdog_does_not_spin():
    with deadline(0.3, 2):  # the backstop is 0.6 s after this point, in the child too
        child = _fork(_nap_in_a_nested_deadline)
    kind, after, cpu = _collect(*child).split()
    assert kind == "WallBackstop" and float(after) < 1.5
    assert float(cpu) < 0.3  # the child waited; its watchdog slept instead of looping on wait(0)


def test_the_inherited_deadline_fires_in_a_child_that_arms_nothing_itself():
    def body():
        t0 = time.monotonic()
        try:
            _nap(3)
            return "no TooSlow in 3 s"
        except isolation.TooSlow as e:
            return f"{type(e).__name__} {time.monotonic() - t0:.2f}"

    with deadline(0.3, 2):
        child = _fork(body)
    kind, after = _collect(*child).split()
    assert kind == "WallBackstop" and float(after) < 1.5


def test_the_cpu_seconds_used_before_the_fork_count_in_the_child():
    def body():
        try:
            _spin(3)
            return "no TooSlow in 3 s"
        except isolation.TooSlow as e:
            return f"{type(e).__name__} {time.thread_time():.2f}"

    with deadline(1.0, 100):
        _spin(0.5)
        child = _fork(body)
    kind, cpu = _collect(*child).split()
    assert kind == "CpuTooSlow"
    # about the 0.5 s left at the fork, not the whole 1.0 s again (the margin absorbs a loaded machine's late timer)
    assert float(cpu) < 0.85


def test_a_fork_waits_for_the_watchdog_to_record_the_deadline_it_claimed():
    """(fix66) The watchdog pops a deadline and records its shot in `fired` under its lock; a fork between the two
    would leave the child waiting in `disarm` for a shot its copy of `fired` never gets."""
    w = isolation._WATCHDOG
    popped = threading.Event()

    def claim(token):  # as the watchdog's loop does, slowly: pop, then record the shot
        with w.cv:
            w.armed.pop(token)
            popped.set()
            time.sleep(0.3)
            w.fired[token] = CpuTooSlow

    r, wr = os.pipe()
    pid, out = None, "no TooSlow"
    try:
        try:
            with deadline(5, 2):
                th = threading.Thread(target=claim, args=(max(w.armed),))
                th.start()
                popped.wait()
                pid = os.fork()  # both leave the block: each disarm must find the claimed deadline's shot
                if pid:
                    th.join()
        except isolation.TooSlow as e:
            out = type(e).__name__
        if pid == 0:  # pragma: no cover (the child)
            os.write(wr, out.encode())
    finally:
        if pid == 0:  # pragma: no cover (the child never returns into pytest)
            os._exit(0)
    os.close(wr)
    assert out == "CpuTooSlow"
    assert _collect(pid, r, timeout=3) == "CpuTooSlow"


def test_a_child_forked_while_the_watchdog_holds_its_lock_can_still_use_deadlines():
    def body():
        try:
            with deadline(0.1, 100):
                _spin(3)
            return "no TooSlow"
        except isolation.TooSlow as e:
            return type(e).__name__

    with deadline(5):  # the watchdog thread runs
        pass
    held, release = threading.Event(), threading.Event()

    def hold():  # as the watchdog does while it checks the armed deadlines
        with isolation._WATCHDOG.cv:
            held.set()
            release.wait()

    th = threading.Thread(target=hold)
    th.start()
    held.wait()
    try:
        out = _collect(*_fork(body))
    finally:
        release.set()
        th.join()
    assert out == "CpuTooSlow"
