"""`newsetl run` validates in a gate process of its own (night/gate_process.py): same tables, same verdict."""

import json
import re
from pathlib import Path
from urllib.parse import unquote

import duckdb
import pytest

from newsetl.config import get_settings
from newsetl.lake import Lake
from newsetl.night.gate_process import GateProcess
from newsetl.night.publish import validate
from newsetl.run import run_pipeline
from newsetl.schemas import TABLES

from .conftest import SAMPLES

DATE = "2026-11-20"


def _contents(lake, table: str) -> list[tuple]:
    return duckdb.sql(f"select * from read_parquet('{lake}/{table}/*/*.parquet') order by all").fetchall()


def _verdict(lake_dir, run_id: str) -> list[tuple]:
    rep = json.loads(Lake(str(lake_dir)).fs.cat(Lake(str(lake_dir)).runs(DATE, run_id) + "/validation.json"))
    return sorted(
        (name, r["expectation"], str(r["column"]), r["success"], r["unexpected_count"])
        for name, t in rep["tables"].items()
        for r in t["results"]
    )


def test_the_gate_process_publishes_the_same_tables_with_the_same_verdict(tmp_path, settings, sample_night):
    here_lake, here_id, here = sample_night  # the same night validated in this process
    apart = settings.model_copy(update={"gate_process": True})
    there = run_pipeline(str(SAMPLES / DATE), str(tmp_path / "there"), DATE, "g1", apart, workers=1)
    assert here.get("gate_peak_rss_mb") is None  # validated in this process
    assert there["gate_peak_rss_mb"] and there["gate_peak_rss_mb"] < 2048
    assert there["gate_process"]["import_s"] > 0 and there["gate_process"]["validate_s"] > 0
    assert there["gate_process"]["finalize_s"] >= 0  # finalize ran there too (its state never in the run process)
    assert _verdict(here_lake, here_id) == _verdict(tmp_path / "there", "g1")
    assert here["validation"]["evaluated"] == there["validation"]["evaluated"] > 0
    for table in TABLES:
        rows = _contents(here_lake, table)
        assert rows, table
        assert rows == _contents(tmp_path / "there", table), table


def test_a_gate_process_that_died_is_replaced_by_validating_in_process(tmp_path, settings):
    run_pipeline(str(SAMPLES / DATE), str(tmp_path / "lake"), DATE, "g2", settings, workers=1)
    lake = Lake(str(tmp_path / "lake"))
    final = lake.path("_staging_copy")  # the published tables, laid out as finalize leaves them
    for name in TABLES:
        for path in lake.fs.find(lake.partition(name, DATE)):
            lake.fs.makedirs(f"{final}/{name}/ingest_date={DATE}", exist_ok=True)
            lake.fs.copy(path, f"{final}/{name}/ingest_date={DATE}/{path.rsplit('/', 1)[-1]}")
    gate = GateProcess()
    gate.start()
    assert gate.proc is not None
    gate.proc.kill()
    try:
        out = validate(final, str(tmp_path / "lake"), DATE, "g3", gate=gate)
    finally:
        gate.close()
    assert out["success"] and out["evaluated"] > 0 and "gate_process" not in out


def test_an_error_in_the_gate_process_is_raised_in_the_run(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSETL_GATE_SLICE_ROWS", "many")  # the gate process reads its settings and fails
    gate = GateProcess()
    try:
        with pytest.raises(Exception, match="gate_slice_rows") as err:
            gate.validate(str(tmp_path / "lake"), str(tmp_path / "nothing"), DATE, "g4")
    finally:
        gate.close()
    assert "in the gate process" in "".join(getattr(err.value, "__notes__", []))
    monkeypatch.delenv("NEWSETL_GATE_SLICE_ROWS")
    assert get_settings().gate_process is False  # the suite's default (tests/conftest.py)


def test_the_summary_imports_do_not_hold_back_the_gate(tmp_path, settings, monkeypatch):
    """The summary's imports run beside the gate's finalize and validation: the run asks for the validation while
    they are still going (they used to run between the two requests, and the validation waited for them)."""
    import threading

    from newsetl import run

    asked, seen = threading.Event(), []
    validate_there = GateProcess.validate

    def validate_marked(self, *args):
        asked.set()
        return validate_there(self, *args)

    monkeypatch.setattr(GateProcess, "validate", validate_marked)
    monkeypatch.setattr(run, "import_summary_modules", lambda: seen.append(asked.wait(120)))
    apart = settings.model_copy(update={"gate_process": True})
    out = run_pipeline(str(SAMPLES / DATE), str(tmp_path / "lake"), DATE, "g3", apart, workers=1)
    assert seen == [True]  # the imports were still running when the validation was asked for
    assert out["tables"]["articles"] > 0 and out["validation"]["success"]


def test_the_report_links_to_the_nights_data_docs_with_the_gate_process(tmp_path, settings):
    """fix49: with the gate process on (the CLI's default; conftest turns it off for the suite), the night's Data
    Docs pages exist when the run writes its report (perf19 built them after the verdict, beside the summary, and
    every such report had no links), and the report links to the index and to each suite's page."""
    apart = settings.model_copy(update={"gate_process": True})
    summary = run_pipeline(str(SAMPLES / DATE), str(tmp_path / "lake"), DATE, "g5", apart, workers=1)
    assert summary["gate_process"]  # validated in the gate process
    lake = Lake(str(tmp_path / "lake"))
    pages = json.loads(lake.fs.cat(lake.runs(DATE, "g5") + "/validation.json"))["data_docs_pages"]
    assert pages and all(Path(p).is_file() for p in pages.values())
    report = Path(summary["report"])
    block = re.search(r'<p id="gx-data-docs">(.*?)</p>', report.read_text(encoding="utf-8"), re.S)
    assert block, "no Data Docs links in the report"
    hrefs = re.findall(r'href="([^"]+)"', block.group(1))
    assert len(hrefs) == 1 + len(pages)
    for h in hrefs:
        assert (report.parent / unquote(h)).resolve().is_file(), h
