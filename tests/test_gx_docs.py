"""The GX project of the quality gate: a file Data Context under <lake>/_runs/gx, one Checkpoint run per
table and night over all its parts, stored validation results and Data Docs that open offline (looked at
in a real headless browser), the pointers to them (summary, `newsetl validation-docs`, the report), and
night-wide key checks across part files."""

import json
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import unquote

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsetl import quality, quality_assets, quality_docs
from newsetl.cli import main as cli
from newsetl.config import get_settings
from newsetl.lake import Lake
from newsetl.run import format_summary, run_pipeline
from newsetl.schemas import TABLES

from .conftest import SAMPLES
from .test_report import chromium, headless

DATE = "2026-11-20"


@pytest.fixture(scope="module")
def night(tmp_path_factory, settings):
    """The samples' night, cut into many shards so every table has several part files; the GX
    validation runs are counted per suite."""
    import great_expectations.core.validation_definition as vdm

    runs: dict[str, int] = {}
    orig = vdm.ValidationDefinition.run

    def counting(self, *a, **k):
        runs[self.name] = runs.get(self.name, 0) + 1
        return orig(self, *a, **k)

    lake = tmp_path_factory.mktemp("gxlake")
    vdm.ValidationDefinition.run = counting
    try:
        small = get_settings(cache_dir=settings.cache_dir, shard_bytes=4000, final_part_bytes=1)  # a part per shard
        summary = run_pipeline(str(SAMPLES / DATE), str(lake), DATE, "gx_run", small)
    finally:
        vdm.ValidationDefinition.run = orig
    return lake, summary, runs


def validation(lake: Path) -> dict:
    return json.loads((lake / "_runs" / f"ingest_date={DATE}" / "gx_run" / "validation.json").read_text())


def test_each_table_is_validated_once_over_all_its_parts(night):
    lake, summary, runs = night
    parts = {t: len(list((lake / t / f"ingest_date={DATE}").glob("*.parquet"))) for t in TABLES}
    assert min(parts.values()) > 1, parts  # a night of several part files per table
    keys = [f"{t}_keys" for t, tb in TABLES.items() if any(c.references or c.unique for c in tb.columns)]
    nights = [f"{t}_night" for t, tb in TABLES.items() if quality.split_night_wide(quality.row_expectations(tb))[1]]
    assert nights == ["articles_night", "events_night", "ingest_ledger_night"]
    # one GX run per suite, not per part
    assert runs == {**{t: 1 for t in TABLES}, **{k: 1 for k in keys}, **{n: 1 for n in nights}}
    rep = validation(lake)
    for t in TABLES:
        assert rep["tables"][t]["rows"] == summary["tables"][t]
        assert {r["part"] for r in rep["tables"][t]["results"]} >= {f"all {parts[t]} parts"}


def test_data_docs_are_built_and_list_the_nights_validations(night):
    lake, summary, _ = night
    index = lake / "_runs" / "gx" / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    rep = validation(lake)
    assert rep["data_docs"] == str(index) and index.is_file()
    html = index.read_text(encoding="utf-8")
    run_name = f"{DATE}_gx_run"
    for suite, page in rep["data_docs_pages"].items():
        assert Path(page).is_file(), page
        assert f"validations/{suite}/{run_name}/" in html  # the index links the night's result page
    assert set(rep["data_docs_pages"]) >= set(TABLES)
    # the context is a real GX project: suites, checkpoints and validation results are kept on disk
    gx_dir = lake / "_runs" / "gx" / "gx"
    yml = (gx_dir / "great_expectations.yml").read_text()
    assert "validation_results_limit: 400" in yml  # the index stays bounded as nights accumulate
    assert {p.stem for p in (gx_dir / "expectations").glob("*.json")} >= set(TABLES)
    checkpoints = [json.loads(p.read_text()) for p in (gx_dir / "checkpoints").glob("news_ingest.*")]
    assert len(checkpoints) == len(rep["data_docs_pages"])
    assert all([a["type"] for a in c["actions"]] == ["update_data_docs"] for c in checkpoints)
    stored = list((gx_dir / "uncommitted" / "validations").rglob(f"{run_name}/*/*.json"))
    assert len(stored) == len(rep["data_docs_pages"])
    # pointers: the run summary, `newsetl validation-docs`, the summary of a later `newsetl summary`
    assert f"  GX Data Docs: {index}" in format_summary(summary).splitlines()
    assert summary["validation"]["data_docs"] == str(index)


def test_validation_docs_command_points_at_the_night(night, capsys):
    lake, summary, _ = night
    assert cli(["validation-docs", "--lake", str(lake), "--date", DATE]) == 0
    out = capsys.readouterr().out
    assert "run gx_run" in out and f"GX Data Docs: {validation(lake)['data_docs']}" in out
    assert f"nightly report: {summary['report']}" in out
    assert cli(["validation-docs", "--lake", str(lake), "--date", "2001-01-01"]) == 2


def test_the_report_links_to_the_nights_data_docs(night):
    lake, summary, _ = night
    report = Path(summary["report"])
    html = report.read_text(encoding="utf-8")
    block = re.search(r'<p id="gx-data-docs">(.*?)</p>', html, re.S)
    assert block, "no Data Docs links in the report"
    hrefs = re.findall(r'href="([^"]+)"', block.group(1))
    assert len(hrefs) == 1 + len(validation(lake)["data_docs_pages"])
    for h in hrefs:  # relative links that resolve to the pages
        assert not h.startswith(("/", "file:")) and (report.parent / unquote(h)).resolve().is_file(), h


@pytest.fixture(scope="module")
def offline_assets(settings):
    if not quality_assets.available(settings.cache_dir):
        try:
            quality_assets.fetch(settings.cache_dir)
        except Exception as exc:  # no npm, or no registry
            pytest.skip(f"Data Docs assets not available ({exc}); `newsetl gx-assets` fetches them")
    return settings.cache_dir


def test_data_docs_open_offline_in_headless_chromium(night, offline_assets, tmp_path):
    browser = chromium()
    lake, _, _ = night
    rep = validation(lake)
    site = Path(rep["data_docs"]).parent
    index_html = Path(rep["data_docs"]).read_text(encoding="utf-8")
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', index_html)  # nothing from the internet
    dom = headless(browser, "--dump-dom", Path(rep["data_docs"]).as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    console = [ln for ln in dom.stderr.splitlines() if "CONSOLE" in ln]
    assert not console, console
    # bootstrap-table drew the validation results table: one row per validation of the night
    rows = re.findall(r'<tr[^>]*data-index="\d+"[^>]*>', dom.stdout)
    assert len(rows) >= len(rep["data_docs_pages"])
    assert dom.stdout.count(f"{DATE}_gx_run") >= len(rep["data_docs_pages"])
    page = headless(browser, "--dump-dom", Path(rep["data_docs_pages"]["events"]).as_uri())
    assert not [ln for ln in page.stderr.splitlines() if "CONSOLE" in ln]
    assert "expect_column_values_to_be_in_set" not in page.stdout or "Succeeded" in page.stdout
    assert (site / "static" / "vendor" / "manifest.json").is_file()
    shot = tmp_path / "datadocs.png"
    res = headless(browser, "--hide-scrollbars", "--window-size=1300,900", f"--screenshot={shot}", rep["data_docs"])
    assert res.returncode == 0 and shot.stat().st_size > 30_000


def _staged_copy(lake: Path, dest: Path, date: str = DATE) -> Path:
    final = dest / "_staging" / date / "check" / "final"
    for t in TABLES:
        shutil.copytree(lake / t / f"ingest_date={DATE}", final / t / f"ingest_date={date}")
    return final


def test_keys_are_checked_across_parts_and_block(night, tmp_path):
    lake, _, _ = night
    final = _staged_copy(lake, tmp_path)
    arts = sorted((final / "articles" / f"ingest_date={DATE}").glob("*.parquet"))
    first, second = pq.read_table(arts[0]), pq.read_table(arts[1])
    second = pa.concat_tables([second, first.slice(0, 1)])  # an article of part 1 again in part 2
    pq.write_table(second, arts[1])
    com = sorted((final / "comments" / f"ingest_date={DATE}").glob("*.parquet"))
    c = next(pq.read_table(p) for p in com if pq.read_metadata(p).num_rows)
    orphan = c.set_column(1, "article_id", pa.array(["a_" + "f" * 20] * c.num_rows, pa.string()))
    orphan = orphan.set_column(0, "comment_id", pa.array([f"c_{i:020x}" for i in range(c.num_rows)], pa.string()))
    pq.write_table(orphan, final / "comments" / f"ingest_date={DATE}" / "part-99999.parquet")
    rep = quality.validate_staged(Lake(str(tmp_path)), str(final), DATE, gx_dir=str(tmp_path / "gx"))
    assert not rep["success"]
    found = {(f["table"], f["expectation"], f["column"]) for f in rep["failures"]}
    assert ("articles", "expect_column_values_to_be_unique", "article_id") in found
    assert ("comments", "expect_column_values_to_be_in_set", "article_id") in found
    ref = next(f for f in rep["failures"] if f["table"] == "comments" and f["column"] == "article_id")
    assert {f["part"] for f in rep["failures"]} == {"night-wide keys"}
    dup = next(f for f in rep["failures"] if f["table"] == "articles" and f["column"] == "article_id")
    assert "unexpected=2" in dup["detail"] and first.column("article_id")[0].as_py() in dup["detail"]
    assert "a_" + "f" * 20 in ref["detail"] and f"unexpected={c.num_rows}" in ref["detail"]
    assert rep["data_docs"] == quality_docs.docs_index(str(tmp_path / "gx"))
    # the gate process's way (each table in a forked child, two at a time, the project prepared first) judges the
    # same night the same: every result, failure and warning, and a Data Docs page per suite run
    gx2 = str(tmp_path / "gx2")
    project = quality.prepare_gate(Lake(str(tmp_path)), DATE, "check", gx_dir=gx2)
    apart = quality.validate_staged(Lake(str(tmp_path)), str(final), DATE, gx_dir=gx2, isolate=True, project=project)
    for key in ("tables", "failures", "warnings", "success"):
        assert apart[key] == rep[key], key
    assert apart["data_docs_pages"].keys() == rep["data_docs_pages"].keys()
    assert all(Path(p).is_file() for p in apart["data_docs_pages"].values())


def test_a_big_table_is_validated_in_slices_and_its_keys_night_wide(night, tmp_path, monkeypatch):
    """NEWSETL_GATE_SLICE_ROWS bounds the rows of one GX run: a table bigger than that is validated slice by
    slice (every row once), while uniqueness still sees the whole night (a repeat in another slice fails)."""
    lake, summary, _ = night
    final = _staged_copy(lake, tmp_path)
    arts = sorted((final / "articles" / f"ingest_date={DATE}").glob("*.parquet"))
    first, last = pq.read_table(arts[0]), pq.read_table(arts[-1])
    pq.write_table(pa.concat_tables([last, first.slice(0, 1)]), arts[-1])  # far from its first copy
    monkeypatch.setenv("NEWSETL_GATE_SLICE_ROWS", "150")
    rep = quality.validate_staged(Lake(str(tmp_path)), str(final), DATE, gx_dir=str(tmp_path / "gx"))
    n = summary["tables"]["mentions"]
    ranges = [p[len("mentions (") : -1] for p in rep["data_docs_pages"] if p.startswith("mentions (")]
    assert len(ranges) + 1 == -(-n // 150) > 1 and rep["tables"]["mentions"]["rows"] == n  # a page per slice
    covered = sorted(int(p.split()[1].split("-")[0]) for p in ranges)
    assert [0, *covered] == list(range(0, n, 150))  # consecutive slices, every row once
    # one result per expectation, counted over the whole night
    parts = len(list((final / "mentions" / f"ingest_date={DATE}").glob("*.parquet")))
    rows = [r for r in rep["tables"]["mentions"]["results"] if r["part"] != "night-wide keys"]
    assert {r["part"] for r in rows} == {f"all {parts} parts"}
    assert len(rows) == len(quality.row_expectations(TABLES["mentions"]))
    assert [(f["table"], f["column"]) for f in rep["failures"]] == [
        ("articles", "article_id"),
        ("articles", "content_sha256"),
    ]
    assert all(f["part"] == "night-wide keys" and "unexpected=2" in f["detail"] for f in rep["failures"])
    assert all(Path(p).is_file() for p in rep["data_docs_pages"].values())


def test_gx_project_place(tmp_path):
    assert quality_docs.project_root(Lake(str(tmp_path))) == str(tmp_path / "_runs" / "gx")
    assert quality_docs.project_root(Lake("memory://somewhere")) is None  # ephemeral: same verdict, no docs
    assert quality_docs.project_root(Lake("memory://somewhere"), str(tmp_path / "g")) == str(tmp_path / "g")


def test_two_nights_validate_at_once_in_one_gx_project(night, tmp_path):
    lake, _, _ = night
    finals = [_staged_copy(lake, tmp_path / n, f"2026-11-2{i + 1}") for i, n in enumerate("ab")]
    gx_dir = str(tmp_path / "gx")
    out: dict = {}

    def gate(i: int) -> None:
        out[i] = quality.validate_staged(
            Lake(str(tmp_path / "ab"[i])), str(finals[i]), f"2026-11-2{i + 1}", f"n{i}", gx_dir
        )

    threads = [threading.Thread(target=gate, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out[0]["success"] and out[1]["success"]
    for rep in out.values():
        assert len(rep["data_docs_pages"]) == 12  # 5 tables + 3 with night-wide aggregates + 4 key suites
        assert all(Path(p).is_file() for p in rep["data_docs_pages"].values())
    for p in Path(gx_dir, "gx").rglob("*.json"):  # no store file was torn by the other night
        json.loads(p.read_text())
    html = Path(out[0]["data_docs"]).read_text(encoding="utf-8")
    assert "2026-11-21_n0" in html and "2026-11-22_n1" in html


def test_a_later_summary_points_at_the_published_runs_data_docs_and_report(night):
    """`newsetl summary` / `make run` print the summary read back from the lake: it names the Data Docs and the
    nightly report of the run that published the date, without writing anything."""
    from newsetl.run import format_summary, summarize

    lake, summary, _ = night
    before = sorted(p for p in lake.rglob("*") if p.is_file())
    later = summarize(str(lake), DATE, None)
    text = format_summary(later)
    assert later["report"] == summary["report"] and f"  report: {summary['report']}" in text
    assert f"GX Data Docs: {validation(lake)['data_docs']}" in text
    assert sorted(p for p in lake.rglob("*") if p.is_file()) == before


def test_a_wide_table_is_validated_in_shorter_slices(night, tmp_path, monkeypatch):
    """NEWSETL_GATE_SLICE_CELLS bounds the values one GX run reads: events (many columns read) are cut into
    shorter slices than mentions (fewer), every row once, and the night is judged as in one slice per table."""
    lake, summary, _ = night
    final = _staged_copy(lake, tmp_path)
    whole = quality.validate_staged(Lake(str(tmp_path)), str(final), DATE, "w", gx_dir=str(tmp_path / "gx"))
    width = {t: len(TABLES[t].names) for t in ("events", "mentions")}  # GX reads every column of a slice
    assert width["events"] > width["mentions"]
    cells = width["events"] * 40
    monkeypatch.setenv("NEWSETL_GATE_SLICE_CELLS", str(cells))
    rep = quality.validate_staged(Lake(str(tmp_path)), str(final), DATE, "s", gx_dir=str(tmp_path / "gx"))
    for t in ("events", "mentions"):
        n, per = summary["tables"][t], cells // width[t]
        ranges = [p[len(t) + 2 : -1] for p in rep["data_docs_pages"] if p.startswith(f"{t} (")]
        assert len(ranges) + 1 == -(-n // per) > 1, t
        assert [0, *sorted(int(p.split()[1].split("-")[0]) for p in ranges)] == list(range(0, n, per))
    # judged as in one slice per table: the same results, counts and warnings
    for key in ("success", "failures", "warnings", "tables"):
        assert rep[key] == whole[key], key


def test_a_stored_checkpoint_is_reused_only_while_it_is_what_the_code_would_store(tmp_path):
    """Every night after the first finds its suites stored: they are used as stored (not rewritten) while their
    expectations are the code's; a suite whose expectations changed in code is updated."""
    import great_expectations as gx

    ctx = gx.get_context(mode="file", project_root_dir=str(tmp_path / "gx"))
    table = TABLES["articles"]
    exps = quality.row_expectations(table)
    suite_file = tmp_path / "gx" / "gx" / "expectations" / "articles.json"
    quality_docs.checkpoint(ctx, "articles", exps, docs=True)
    first = suite_file.stat().st_mtime_ns
    again = quality_docs.checkpoint(ctx, "articles", quality.row_expectations(table), docs=True)
    assert suite_file.stat().st_mtime_ns == first  # the same suite: taken as stored
    assert len(again.validation_definitions[0].suite.expectations) == len(exps)
    fewer = quality.row_expectations(table)[:-1]
    changed = quality_docs.checkpoint(ctx, "articles", fewer, docs=True)
    assert len(changed.validation_definitions[0].suite.expectations) == len(exps) - 1
    stored = json.loads(suite_file.read_text())
    assert len(stored["expectations"]) == len(exps) - 1  # the change reached the store
    assert quality_docs.checkpoint(ctx, "articles", fewer, docs=False).actions == []  # actions are compared too
