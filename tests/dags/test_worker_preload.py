"""newsetl.worker: warm worker processes (preload once, tasks forked from them start with it loaded)."""

import pytest


def test_preload_builds_the_extractor_once_and_imports_gx(settings, monkeypatch):
    monkeypatch.setenv("NEWSETL_CACHE_DIR", settings.cache_dir)
    from newsetl.extract.extractor import get_extractor
    from newsetl.worker import preload

    times = preload()
    assert set(times) == {"extractor", "gx"}
    import sys

    assert "great_expectations" in sys.modules
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
