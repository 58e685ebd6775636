"""The landing contract: a night reads <landing>/<date>/ only, missing/empty nights are recorded and fail (or
warn), runs without a date are refused, and dedup against the lake never empties a night silently."""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pytest

from .conftest import SAMPLES

NIGHT = SAMPLES / "2026-11-20"


def test_night_input_is_the_date_folder_only(tmp_path):
    from newsetl.run import night_input

    assert night_input(str(tmp_path), "2026-11-20") == f"{tmp_path}/2026-11-20"
    assert night_input(str(tmp_path) + "/", "2026-11-20") == f"{tmp_path}/2026-11-20"
    with pytest.raises(ValueError):
        night_input(str(tmp_path), "20-11-2026")


@pytest.mark.parametrize("ds", [None, ""])
def test_a_run_without_logical_date_is_refused_with_an_explanation(tmp_path, ds, settings):
    from newsetl.run import NoLogicalDateError, discover, night_input

    with pytest.raises(NoLogicalDateError, match="no logical date.*--logical-date"):
        night_input(str(tmp_path), ds)
    with pytest.raises(NoLogicalDateError):
        discover(str(NIGHT), str(tmp_path / "lake"), ds, "manual__x", settings)


def _record(lake: Path, date: str) -> dict:
    files = list((lake / "_runs" / f"ingest_date={date}").glob("*/summary.json"))
    assert len(files) == 1, files
    return json.loads(files[0].read_text())


def test_missing_night_is_recorded_and_fails_by_default(tmp_path, settings):
    from newsetl.run import MissingNightError, discover, format_summary

    lake = tmp_path / "lake"
    with pytest.raises(MissingNightError, match="2026-11-21 is MISSING: input path does not exist") as exc:
        discover(str(tmp_path / "landing" / "2026-11-21"), str(lake), "2026-11-21", "scheduled__2026-11-21", settings)
    rec = _record(lake, "2026-11-21")
    assert exc.value.record.endswith("summary.json")
    assert rec["status"] == "missing" and rec["files"] == 0 and rec["policy"] == "fail"
    assert rec["tables"]["articles"] == 0 and "does not exist" in rec["reason"]
    assert "NIGHT MISSING" in format_summary(rec)
    assert not (lake / "articles").exists()  # nothing published
    from newsetl.cli import main as cli

    assert cli(["summary", "--lake", str(lake), "--date", "2026-11-21"]) == 2  # shows the record, still exit 2


def test_empty_night_is_recorded_and_warn_policy_passes(tmp_path, settings):
    from newsetl.run import discover

    night = tmp_path / "landing" / "2026-11-21"
    (night / "_incoming").mkdir(parents=True)
    (night / ".marker").write_text("x")  # hidden files are not input
    warn = settings.model_copy(update={"missing_night": "warn"})
    found = discover(str(night), str(tmp_path / "lake"), "2026-11-21", "scheduled__2026-11-21", warn)
    assert found["status"] == "empty" and found["shards"] == [] and "no input files" in found["message"]
    assert _record(tmp_path / "lake", "2026-11-21")["status"] == "empty"


def test_discover_waits_for_a_late_delivery(tmp_path, settings):
    from newsetl.run import discover

    night = tmp_path / "landing" / "2026-11-20"

    def deliver():
        time.sleep(1.5)
        shutil.copytree(NIGHT, night)

    t = threading.Thread(target=deliver)
    t.start()
    s = settings.model_copy(update={"landing_poll_seconds": 1})
    found = discover(str(night), str(tmp_path / "lake"), "2026-11-20", "r1", s, wait_seconds=20)
    t.join()
    assert found["status"] == "found" and found["files"] > 5


def test_dedup_against_the_lake_is_never_silent(tmp_path, settings):
    """The same dumps delivered again under another date: 0 articles, but the summary names the date they
    repeat and the GX gate reports a warning with the count."""
    from newsetl.run import format_summary, run_pipeline

    landing = tmp_path / "landing"
    for d in ("2026-11-19", "2026-11-20"):
        (landing / d).mkdir(parents=True)
        shutil.copy(NIGHT / "feed.jsonl", landing / d / "feed.jsonl")
    lake = str(tmp_path / "lake")
    first = run_pipeline(str(landing / "2026-11-19"), lake, "2026-11-19", "r19", settings)
    n = first["tables"]["articles"]
    assert n > 0 and first["duplicates_by_date"] == {}
    second = run_pipeline(str(landing / "2026-11-20"), lake, "2026-11-20", "r20", settings)
    assert second["tables"]["articles"] == 0
    assert second["duplicates_by_date"] == {"2026-11-19": n}
    assert second["validation"]["warnings"] >= 1
    report = json.loads(Path(second["validation"]["results"]).read_text())
    dup = [w for w in report["warnings"] if w["table"] == "ingest_ledger" and w["column"] == "reason"]
    assert dup and f"unexpected={n}" in dup[0]["detail"] and "published on 2026-11-19" in dup[0]["detail"]
    text = format_summary(second)
    assert f"{n} of articles published on 2026-11-19" in text and "WARNING: every document" in text
    # a rerun of the same date is not a duplicate of itself
    again = run_pipeline(str(landing / "2026-11-19"), lake, "2026-11-19", "r19b", settings)
    assert again["tables"]["articles"] == n and again["duplicates_by_date"] == {}


def test_gazetteer_index_is_memory_mapped_with_the_dict_api(settings):
    """The compact index answers like the old in-memory one (the extractor's callers rely on it)."""
    from newsetl.extract import gazetteer

    g = gazetteer.load(settings.cache_dir)
    assert type(g.index).__name__ == "_MappedIndex"  # not unpickled
    assert len(g.places) > 200_000 and len(g.index) > 500_000
    ids = g.index.get("aleppo")
    assert ids and g.index["aleppo"] == ids and "aleppo" in g.index and g.index.get("zzzz not a place") is None
    top = g.places[ids[0]]
    assert top.country == "SY" and top is g.places[ids[0]]  # decoded once, then cached
    assert g.places[:2] == [g.places[0], g.places[1]] and g.places[-1] == g.places[len(g.places) - 1]
    assert g.resolve("Aleppo").country == "SY" and g.iso3("SY") == "SYR" and g.iso3_to_iso2["SYR"] == "SY"
    key, val = next(iter(g.index.items()))
    assert g.index[key] == val
