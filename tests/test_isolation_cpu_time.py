"""The per-document time limit (NEWSETL_MAX_DOC_SECONDS) counts the CPU time of the thread doing the work, so
a loaded host (a document waiting for the CPU, not using it) cuts off no more documents than an idle one; a
wall-time backstop (NEWSETL_MAX_DOC_WALL_FACTOR x the limit) still stops a blocked document; where the platform
has no per-thread CPU clock the limit counts wall time, said once in the log."""

import logging
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
