"""newsetl.worker: warm worker processes (preload once, tasks forked from them start with it loaded)."""

import pytest


def test_preload_builds_the_extractor_once_and_imports_gx(settings, monkeypatch):
    monkeypatch.setenv("NEWSETL_CACHE_DIR", settings.cache_dir)
    from newsetl.extract.extractor import get_extractor
    from newsetl.worker import preload

    times = preload()
    assert set(times) == {"extractor", "gx", "report"}
    import sys

    assert "great_expectations" in sys.modules
    from newsetl.report.page import vega_bundle

    assert vega_bundle.cache_info().currsize == 1  # the report's JS bundle is built once, in the worker
    import logging

    assert logging.getLogger("great_expectations").getEffectiveLevel() == logging.WARNING  # no INFO chatter
    # the task's own call now returns the instance the worker built (no second load)
    hits = get_extractor.cache_info().hits
    get_extractor(settings.spacy_model, settings.cache_dir)
    assert get_extractor.cache_info().hits == hits + 1


def test_celery_config_is_the_providers_default_plus_the_hook():
    pytest.importorskip("airflow.providers.celery", reason="scale-out extras not installed (make install-celery)")
    from airflow.providers.celery.executors.default_celery import DEFAULT_CELERY_CONFIG
    from celery.signals import worker_process_init

    import newsetl.worker as w

    assert dict(DEFAULT_CELERY_CONFIG) == w.CELERY_CONFIG
    assert any("_warm" in repr(r) for r in worker_process_init.receivers)


def test_warm_up_runs_a_whole_night_in_the_parent_and_leaves_nothing_behind(settings, monkeypatch, tmp_path):
    """warm_up runs the built-in document through every step (split, extract, GX gate, report) in this process,
    before any task is forked; no temp files and no extra thread remain."""
    import glob
    import tempfile
    import threading

    import newsetl.night.shard as shard
    import newsetl.quality as quality
    import newsetl.report as report

    monkeypatch.setenv("NEWSETL_CACHE_DIR", settings.cache_dir)
    from newsetl.extract.extractor import get_extractor
    from newsetl.worker import WARM_UP_DUMP, warm_up

    calls: list[str] = []

    def spy(module, name):
        real = getattr(module, name)

        def wrapper(*a, **k):
            calls.append(name)
            return real(*a, **k)

        monkeypatch.setattr(module, name, wrapper)

    spy(shard, "_split")
    spy(quality, "validate_staged")
    spy(report, "write_report_quietly")
    # a temp dir of this test's own (other runs on the host may be warming up at the same time)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    threads = set(threading.enumerate())
    out = warm_up()
    assert set(out) == {"warm_up"}
    assert calls == ["_split", "validate_staged", "write_report_quietly"]
    # the extractor warm_up used: it reads the cached get_settings() (an earlier test in this worker may have cached
    # it with another cache dir, so this test's own settings object can name another extractor)
    from newsetl.config import get_settings

    used = get_settings()
    vocab = get_extractor(used.spacy_model, used.cache_dir).nlp.vocab
    assert "Kharkiv" in vocab.strings and "Kharkiv" in WARM_UP_DUMP
    # no thread started by the warm-up is still alive (a thread alive at fork time would be lost in the tasks); a
    # thread an earlier test left behind may end meanwhile
    assert set(threading.enumerate()) <= threads
    assert not glob.glob(f"{tempfile.gettempdir()}/newsetl-warm-up-*")
