"""The gate's set-up done once: a suite's Checkpoint stored by one add_or_update (with its validation definition and
suite), the night's expectations built once and run as prepared, GX imported with the collector off and on again."""

import gc
import json

import pyarrow.parquet as pq

from newsetl import quality, quality_docs
from newsetl.lake import Lake
from newsetl.night import gate_process
from newsetl.schemas import TABLES

from .test_gate_slices import _articles

DATE = "2026-11-20"


def test_one_checkpoint_stores_its_definition_and_suite_and_updates_them(tmp_path):
    import great_expectations as gx

    root = tmp_path / "gx"
    ctx = gx.get_context(mode="file", project_root_dir=str(root))
    exps = quality.row_expectations(TABLES["articles"])
    quality_docs.checkpoint(ctx, "articles", exps, docs=True)
    stored = gx.get_context(mode="file", project_root_dir=str(root))  # read back from the files
    (vd,) = stored.checkpoints.get("news_ingest.articles").validation_definitions
    assert (vd.name, vd.suite.name, vd.data.data_asset.name) == ("articles", "articles", "articles")
    assert quality_docs._spec(vd.suite.expectations) == quality_docs._spec(exps)
    definition = root / "gx" / "validation_definitions" / "articles.json"
    first_id = json.loads(definition.read_text())["id"]
    fewer = exps[:-1]
    quality_docs.checkpoint(ctx, "articles", fewer, docs=True)
    again = gx.get_context(mode="file", project_root_dir=str(root))
    (vd,) = again.checkpoints.get("news_ingest.articles").validation_definitions
    assert quality_docs._spec(vd.suite.expectations) == quality_docs._spec(fewer)
    assert json.loads(definition.read_text())["id"] == first_id  # updated in place, not a second definition
    assert len(list((root / "gx" / "validation_definitions").glob("*.json"))) == 1


def test_the_night_runs_the_expectations_it_prepared_without_comparing_them_again(tmp_path, monkeypatch):
    folder = tmp_path / "final" / "articles" / f"ingest_date={DATE}"
    folder.mkdir(parents=True)
    pq.write_table(_articles(30), folder / "part-00000.parquet")
    lake = Lake(str(tmp_path))
    project = quality.prepare_gate(lake, DATE, "r1", gx_dir=str(tmp_path / "gx"))
    for name, (_, per_slice, _, keys) in project.plans.items():
        assert project._checkpoints[name][0] is per_slice
        if keys:
            assert project._checkpoints[f"{name}_keys"][0] is keys
    compared = []
    spec = quality_docs._spec
    monkeypatch.setattr(quality_docs, "_spec", lambda exps: compared.append(len(exps)) or spec(exps))
    rep = quality.validate_staged(
        lake, str(tmp_path / "final"), DATE, "r1", gx_dir=str(tmp_path / "gx"), project=project
    )
    assert compared == []
    monkeypatch.setattr(quality_docs, "_spec", spec)
    fresh = quality.validate_staged(lake, str(tmp_path / "final"), DATE, "r1", gx_dir=str(tmp_path / "gx2"))
    for key in ("success", "failures", "warnings", "tables"):  # the same verdict as a gate prepared on the spot
        assert rep[key] == fresh[key], key
    assert rep["tables"]["articles"]["rows"] == 30
    assert rep["data_docs"] and sorted(rep["data_docs_pages"]) == sorted(fresh["data_docs_pages"])


def test_the_gate_imports_with_the_collector_off_and_leave_it_on(monkeypatch):
    seen = []
    monkeypatch.setattr(gate_process, "_import_gate_modules", lambda: seen.append(gc.isenabled()))
    try:
        gate_process._import_quietly()
        assert seen == [False] and gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_finalize_during_the_imports_leaves_no_garbage_frozen(monkeypatch):
    import threading
    import weakref

    refs = []

    def imports_while_finalizing():
        refs.append(weakref.ref(_Cycle()))  # a finalize's cyclic garbage, made while the collector is off

    monkeypatch.setattr(gate_process, "_import_gate_modules", imports_while_finalizing)
    finalizing = threading.Event()
    finalizing.set()
    try:
        gate_process._import_quietly(finalizing)
        assert refs and refs[0]() is None
    finally:
        gc.unfreeze()
        gc.enable()
