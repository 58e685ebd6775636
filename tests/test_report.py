"""The nightly HTML report on the samples' lake: written by the run, complete, self-contained, and (when a
Debian chromium is installed) rendered by a real headless browser with no console errors."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from newsetl.cli import main as cli
from newsetl.report import write_report_quietly
from newsetl.report.page import SECTIONS
from newsetl.run import format_summary, run_pipeline
from newsetl.schemas import TABLES

from .conftest import SAMPLES

DATE, EARLIER = "2026-11-20", "2026-11-19"


@pytest.fixture(scope="module")
def night(tmp_path_factory, settings):
    lake = tmp_path_factory.mktemp("rlake")
    summary = run_pipeline(str(SAMPLES / DATE), str(lake), DATE, "report_run", settings)
    return lake, summary


def specs(html: str) -> dict:
    m = re.search(r"var specs = (\{.*?\});\n", html, re.S)
    assert m, "no chart specs in the page"
    return json.loads(m.group(1))


def test_the_run_writes_the_report_next_to_its_validation_results(night):
    lake, summary = night
    path = Path(summary["report"])
    assert path == lake / "_runs" / f"ingest_date={DATE}" / "report_run" / "report.html"
    assert path.is_file() and (path.parent / "validation.json").is_file()
    assert f"  report: {path}" in format_summary(summary).splitlines()
    assert json.loads((path.parent / "summary.json").read_text())["report"] == str(path)


def test_report_has_every_section_and_the_nights_figures(night):
    lake, summary = night
    html = Path(summary["report"]).read_text(encoding="utf-8")
    for sid, title in SECTIONS:
        assert f'<section id="{sid}">' in html and f"<h2>{title}</h2>" in html
    for t, n in summary["tables"].items():
        assert f'<td>{t}</td><td class="n">{n}</td>' in html
    for q in summary["quarantined"]:
        assert q["reason"].split(":")[0] in html
    assert '<span class="ok">passed</span>' in html  # the GX outcome of the run
    charts = specs(html)
    assert {
        "ledger",
        "quarantine_reasons",
        "split_confidence",
        "split_methods",
        "event_types",
        "countries",
        "fatalities_by_date",
        "event_map",
        "actors",
        "history",
    } <= set(charts)
    ev = duckdb.sql(
        f"select count(distinct event_cluster_id) filter (where latitude is not null), "
        f"count(distinct event_cluster_id), count(distinct split_part(event_type, '/', 1)) "
        f"from read_parquet('{lake}/events/*/*.parquet')"
    ).fetchall()[0]
    points = charts["event_map"]["layer"][1]["data"]["values"]
    assert sum(p["events"] for p in points) == ev[0] > 10  # every located event, one dot per place and type
    assert 0 < len(points) <= ev[0]
    assert len({(p["location"], p["event_type"], p["latitude"], p["longitude"]) for p in points}) == len(points)
    bins = charts["split_confidence"]["data"]["values"]  # counted bins, not one value per article
    assert sum(b["n"] for b in bins) == summary["tables"]["articles"]
    assert all(0.5 <= b["bin_start"] < b["bin_end"] <= 1.0 + 1e-9 for b in bins)
    assert sum(r["n"] for r in charts["event_types"]["data"]["values"]) == ev[1]
    outlines = charts["event_map"]["layer"][0]["data"]["values"]["features"]
    assert {f["properties"]["layer"] for f in outlines} == {"coastline", "border"}


def test_report_is_self_contained(night):
    _, summary = night
    html = Path(summary["report"]).read_text(encoding="utf-8")
    markup = re.sub(r"<script>.*?</script>", "<script></script>", html, flags=re.S)  # the page around the inline JS
    assert markup.count("<script></script>") == 3  # error hook, vega-embed bundle, charts: all inline
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|<img[^>]+src=|url\(|@import", markup)
    assert "window.vegaEmbed" in html  # the bundle is inline
    assert '"url"' not in json.dumps(specs(html))  # chart data inline too, nothing to fetch
    assert len(html) < 5_000_000


def test_cli_report_with_previous_nights(night, tmp_path, capsys):
    lake, _ = night
    for t in TABLES:  # an earlier night: a copy of this one's partitions, minus the ledger's quarantines
        shutil.copytree(lake / t / f"ingest_date={DATE}", lake / t / f"ingest_date={EARLIER}")
    out = tmp_path / "r.html"
    assert cli(["report", "--lake", str(lake), "--date", DATE, "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    html = out.read_text(encoding="utf-8")
    hist = specs(html)["history"]["data"]["values"]
    assert sorted({v["ingest_date"] for v in hist}) == [EARLIER, DATE]
    assert f"<td>{EARLIER}</td>" in html
    # the default place: next to the validation results of the run that published the date
    assert cli(["report", "--lake", str(lake), "--date", DATE]) == 0
    assert capsys.readouterr().out.strip().endswith(f"_runs/ingest_date={DATE}/report_run/report.html")
    assert cli(["report", "--lake", str(lake), "--date", "2001-01-01"]) == 2


def test_a_report_that_cannot_be_built_never_fails_the_run(tmp_path, monkeypatch):
    from newsetl.report import data

    monkeypatch.setattr(data, "gather", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
    assert write_report_quietly(str(tmp_path), DATE, "r") is None


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    pytest.skip("no chromium installed (Debian: apt-get install -y chromium)")


def headless(browser, *args, timeout=120):
    return subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=30000",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_report_renders_in_headless_chromium(night, tmp_path):
    browser = chromium()
    _, summary = night
    url = Path(summary["report"]).as_uri()
    dom = headless(browser, "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    body = re.search(r"<body( data-charts[^>]*)>", dom.stdout).group(1)
    attrs = dict(re.findall(r'data-([a-z]+)="([^"]*)"', body))
    assert attrs.get("done") == "1", attrs
    assert attrs["errors"] == "0", attrs
    assert attrs["rendered"] == attrs["charts"] and int(attrs["charts"]) >= 10
    console = [ln for ln in dom.stderr.splitlines() if "CONSOLE" in ln and ("Error" in ln or "Uncaught" in ln)]
    assert not console, console
    # the map: one symbol per located event drawn in its SVG
    map_svg = re.search(r'id="chart-event_map".*?</svg>', dom.stdout, re.S).group(0)
    n_points = len(
        specs(Path(summary["report"]).read_text(encoding="utf-8"))["event_map"]["layer"][1]["data"]["values"]
    )
    assert len(re.findall(r'<path[^>]*aria-roledescription="circle"', map_svg)) == n_points
    shot = tmp_path / "report.png"
    res = headless(browser, "--hide-scrollbars", "--window-size=1200,5200", f"--screenshot={shot}", url)
    assert res.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 100_000  # charts and map drawn, not a blank page
