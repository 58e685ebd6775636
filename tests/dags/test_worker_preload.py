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


def test_warm_up_builds_the_lazy_state_in_the_parent_and_leaves_nothing_behind(settings, monkeypatch):
    """warm_up runs one built-in document through process_shard: the splitter's model is loaded and the
    tokenizer has seen its words before any task is forked; no temp files and no extra thread remain."""
    import glob
    import tempfile
    import threading

    monkeypatch.setenv("NEWSETL_CACHE_DIR", settings.cache_dir)
    import newsetl.split
    from newsetl.extract.extractor import get_extractor
    from newsetl.split.model import load_model
    from newsetl.worker import WARM_UP_DUMP, warm_up

    monkeypatch.setattr(newsetl.split, "_DEFAULT", None)  # an earlier test's split_dump made the default splitter
    load_model.cache_clear()
    threads = set(threading.enumerate())
    out = warm_up()
    assert set(out) == {"warm_up"}
    assert load_model.cache_info().currsize == 1
    vocab = get_extractor(settings.spacy_model, settings.cache_dir).nlp.vocab
    assert "Kharkiv" in vocab.strings and "Kharkiv" in WARM_UP_DUMP
    assert set(threading.enumerate()) == threads  # a thread alive at fork time would be lost in the tasks
    assert not glob.glob(f"{tempfile.gettempdir()}/newsetl-warm-up-*")
