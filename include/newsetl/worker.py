"""Warm Airflow worker processes: build the extractor (spaCy pipeline, rules, gazetteer map), import GX and the
report's JS bundle, then run a whole built-in night once, in each worker process, so that every task the process
forks starts with all of it in memory.

Airflow 3 runs each task in a process forked from the worker process (Celery pool child or LocalExecutor
worker), so whatever the worker process has loaded is inherited copy-on-write by the task. Without this,
each task pays the imports itself (`make bench-startup`: ~1.5 s for a shard task, ~3 s for the GX gate), and
starts with empty lazy state (the splitter's model and cues, the rules' compiled patterns and memo caches,
spaCy's caches, GX's registries: ~1.8 s CPU of a 360-document night's gate, the report's chart schemas) that
`warm_up()` builds once in the parent instead. Threads: none of Python's runs at fork time; the native ones
left are Arrow's pools and jemalloc's (fork-safe) and vl_convert's runtime, which tasks never call again (the
bundle is cached).

CeleryExecutor: point Airflow's Celery config at this module (every worker; the scheduler may share it):

    AIRFLOW__CELERY__CELERY_CONFIG_OPTIONS=newsetl.worker.CELERY_CONFIG

It is the provider's default Celery config unchanged, plus a `worker_process_init` handler (it runs in each
Celery pool process only, never in the scheduler) that calls `preload()` and `warm_up()`. A failed preload is
logged and ignored: tasks then load what they need themselves, as without this module.
"""

from __future__ import annotations

import logging
import time

log = logging.getLogger("newsetl.worker")

# A short dump written for the warm-up (not real news): headline, caption, body with places, actors, dates and
# an event, then a comment section, so the reader, splitter, extractor and Arrow conversion all run once.
WARM_UP_DUMP = """Border Town Reports Overnight Shelling As Talks Stall

Photo: residents clear debris on the main road

Local officials in Kharkiv said on Tuesday that artillery fire hit two residential streets overnight, wounding
four civilians and damaging a school, according to the regional governor.

The army said its units had returned fire near the village, while a spokesman for the ministry of defence in Kyiv
accused the opposing forces of violating the ceasefire agreed last month in Istanbul.

Aid groups including the Red Cross said they were sending medical supplies to the district hospital on Wednesday.
Police closed the road to Izium until engineers could check the bridge.

Comments

maria_k
Stay safe everyone, my parents still live near the market.

observer77
This is the third time this month. When will the talks resume?
"""


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
    # GX logs every config save at INFO (~150 records per gate) and Airflow's task logging is at INFO: keep its
    # warnings only (Airflow's namespace_levels applies to structlog loggers, not to GX's stdlib ones)
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    out["gx"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    from .report import charts  # noqa: F401  (altair)
    from .report.page import vega_bundle

    vega_bundle()  # the summary task's nightly report embeds it: ~1.5-3 s per call, cached per process
    out["report"] = round(time.perf_counter() - t, 2)
    return out


def warm_up() -> dict:
    """Run a whole night of one built-in document (`run_pipeline`: read, split, extract, finalize, GX gate,
    publish, summary and report) in a throw-away lake, so the state every step builds lazily on first use
    (splitter model, compiled rules, spaCy caches, GX's registries and models, the report's chart schemas)
    exists before tasks are forked; returns its seconds. A gate verdict on the tiny night does not matter."""
    import shutil
    import tempfile
    from pathlib import Path

    from .config import get_settings
    from .quality import QualityGateError
    from .run import run_pipeline

    # No thread may be running when tasks are forked (a lock it holds would stay held in the task): no
    # per-document deadline here (its watchdog thread), and no tqdm monitor thread (GX's progress bars start
    # one; it only retunes slow bars' refresh).
    settings = get_settings().model_copy(update={"max_doc_seconds": 0})
    try:
        from tqdm import tqdm

        tqdm.monitor_interval = 0
    except ImportError:
        pass
    t = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="newsetl-warm-up-"))
    try:
        (tmp / "landing").mkdir()
        (tmp / "landing" / "warm_up.txt").write_text(WARM_UP_DUMP, encoding="utf-8")
        run_pipeline(str(tmp / "landing"), str(tmp / "lake"), "2000-01-01", "warm-up", settings, workers=1)
    except QualityGateError:
        pass
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"warm_up": round(time.perf_counter() - t, 2)}


def _celery_config() -> dict:
    from airflow.providers.celery.executors.default_celery import DEFAULT_CELERY_CONFIG
    from celery.signals import worker_process_init

    @worker_process_init.connect(weak=False)
    def _warm(**_kwargs):
        import gc

        try:
            log.warning("newsetl: worker process warmed in %s s", {**preload(), **warm_up()})
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
