"""The nightly report: one self-contained HTML file per run, next to its validation results:

  <lake>/_runs/ingest_date=D/<run_id>/report.html

Counts per table and ledger status, quarantine reasons, split confidence and methods, events per type and
country, fatalities over event dates, a map of event locations, top actors, the GX outcome and the last
nights compared. Written at the end of every run (`newsetl run`, the news_ingest summary task) and on
demand with `newsetl report --lake PATH --date D`. Works offline: the charting JS is inlined.
"""

from __future__ import annotations

import logging
import posixpath
from datetime import datetime

from ..lake import Lake

log = logging.getLogger(__name__)


def report_path(lake_uri: str, ingest_date: str, run_id: str | None) -> str:
    lake = Lake(lake_uri)
    return posixpath.join(
        lake.runs(ingest_date, run_id) if run_id else lake.path("_runs", f"ingest_date={ingest_date}"), "report.html"
    )


def build_report(lake_uri: str, ingest_date: str, run_id: str | None = None, out: str | None = None) -> str:
    """Write the report of `ingest_date` (the gate of `run_id`, default: the run that published the date);
    returns its path."""
    from . import charts, data, page

    d = data.gather(lake_uri, ingest_date, run_id)
    lake = Lake(lake_uri)
    path = out or report_path(lake_uri, ingest_date, d["run_id"])
    if d.get("gx"):
        d["gx"]["links"] = docs_links(d["gx"], path, local=lake.local or out is not None)
    html = page.render(d, charts.all_charts(d), datetime.now().isoformat(timespec="seconds"))
    fs = lake.fs if out is None else Lake(posixpath.dirname(out) or ".").fs
    fs.makedirs(posixpath.dirname(path), exist_ok=True)
    with fs.open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    return path


def docs_links(gx: dict, report_file: str, local: bool) -> list[dict]:
    """Links from the report to the night's GX Data Docs: the index, then the page of each suite's
    validation; relative to the report when both are local files (the lake can be moved or served)."""
    import os
    from urllib.parse import quote

    from ..quality_docs import posix_rel

    targets = [("Data Docs index", gx.get("data_docs"))] + sorted(gx.get("data_docs_pages", {}).items())
    out = []
    for label, target in targets:
        if not target or not os.path.exists(target):
            continue
        href = posix_rel(target, os.path.dirname(os.path.abspath(report_file))) if local else target
        out.append({"label": label, "href": quote(href) if local else f"file://{quote(target)}"})
    return out


def write_report_quietly(lake_uri: str, ingest_date: str, run_id: str | None) -> str | None:
    """build_report for the end of a run: a report that cannot be built is logged, never fails the night."""
    try:
        return build_report(lake_uri, ingest_date, run_id)
    except Exception as exc:  # the night is published already; the report is a view of it
        log.warning("newsetl report for %s not written: %s: %s", ingest_date, type(exc).__name__, exc)
        return None
