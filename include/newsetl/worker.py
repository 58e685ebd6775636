"""Warm Airflow worker processes: build the extractor (spaCy pipeline, rules, gazetteer map) and import GX
once per worker process, so that every task the process forks starts with them already in memory.

Airflow 3 runs each task in a process forked from the worker process (Celery pool child or LocalExecutor
worker), so whatever the worker process has loaded is inherited copy-on-write by the task. Without this,
each task pays the imports itself (`make bench-startup`: ~1.5 s for a shard task, ~3 s for the GX gate).

CeleryExecutor: point Airflow's Celery config at this module (every worker; the scheduler may share it):

    AIRFLOW__CELERY__CELERY_CONFIG_OPTIONS=newsetl.worker.CELERY_CONFIG

It is the provider's default Celery config unchanged, plus a `worker_process_init` handler (it runs in each
Celery pool process only, never in the scheduler) that calls `preload()`. A failed preload is logged and
ignored: tasks then load what they need themselves, as without this module.
"""

from __future__ import annotations

import logging
import time

log = logging.getLogger("newsetl.worker")


def preload() -> dict:
    """Load what news_ingest tasks need; returns seconds per step."""
    from .config import get_settings

    out = {}
    settings = get_settings()
    t = time.perf_counter()
    from . import run  # noqa: F401  (pyarrow, fsspec, pydantic...)
    from .extract.extractor import get_extractor

    get_extractor(settings.spacy_model, settings.cache_dir)
    out["extractor"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    from .quality import _gx

    gx, _ = _gx()
    gx.get_context(mode="ephemeral")  # first context creation also imports GX's lazy modules
    out["gx"] = round(time.perf_counter() - t, 2)
    return out


def _celery_config() -> dict:
    from airflow.providers.celery.executors.default_celery import DEFAULT_CELERY_CONFIG
    from celery.signals import worker_process_init

    @worker_process_init.connect(weak=False)
    def _warm(**_kwargs):
        import gc

        try:
            log.warning("newsetl: worker process warmed in %s s", preload())
        except Exception:  # never stop a worker from serving tasks
            log.exception("newsetl: worker preload failed; tasks will load their own models")
        # Move the preloaded objects (spaCy vocab, GX, rules) out of the collector's reach, as Airflow does
        # for its own preloads: full collections in the forked tasks then skip them, and do not copy their pages.
        gc.collect()
        gc.freeze()

    return dict(DEFAULT_CELERY_CONFIG)


def __getattr__(name: str):  # CELERY_CONFIG is built on first access (only Celery reads it)
    if name == "CELERY_CONFIG":
        cfg = _celery_config()
        globals()["CELERY_CONFIG"] = cfg
        return cfg
    raise AttributeError(name)
