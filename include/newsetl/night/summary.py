"""The run summary: counts per table, ledger statuses, quarantined inputs; and its text form."""

from __future__ import annotations

import posixpath

from ..lake import Lake
from ..schemas import STAGE_FAILURE_NOTE
from .common import ALL_TABLES

SUMMARY_MODULES = (
    "duckdb",
    "newsetl.report.charts",
    "newsetl.report.data",
    "newsetl.report.page",
    "newsetl.quality_docs",
)


def import_summary_modules() -> None:
    """Import what the summary and its HTML report use (~0.5 s of CPU: pandas, altair, DuckDB), e.g. while the
    gate process validates. A failure is left to the real import."""
    import importlib

    for name in SUMMARY_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the summary imports it again and reports the error there
            pass


def summarize(lake_uri: str, ingest_date: str, run_id: str | None, extra: dict | None = None) -> dict:
    """Counts per table, ledger statuses and quarantined inputs of the published date."""
    lake = Lake(lake_uri)
    out: dict = {"lake": lake.root, "ingest_date": ingest_date, "run_id": run_id, "tables": {}}
    for name in ALL_TABLES:  # row counts from the Parquet footers: no column is read (it was one column per part)
        out["tables"][name] = lake.count_rows(lake.partition(name, ingest_date))
    # the ledger is queried where it lies (DuckDB reads the published parts): no frame of the night's rows here
    from ..analytics import connect, duck_path
    from ..report.data import REPORT_THREADS

    con = connect(lake, threads=REPORT_THREADS)  # small aggregates: one thread, memory flat with the night
    part = lake.partition("ingest_ledger", ingest_date)
    cols = ", ".join(f"{c}::VARCHAR as {c}" for c in ("kind", "status", "source_file", "member", "reason", "note"))
    src = (
        f"(select {cols} from read_parquet('{duck_path(lake, part)}/*.parquet'))"
        if lake.fs.exists(part) and lake.fs.glob(posixpath.join(part, "*.parquet"))
        else f"(select {cols} from (select null as kind, null as status, null as source_file, null as member, "
        "null as reason, null as note) where false)"
    )
    con.sql(f"create or replace temp view ledger as select * from {src}")
    out["ledger"] = {
        f"{k}/{s}": n
        for k, s, n in con.execute("select kind, status, count(*) from ledger group by 1, 2 order by 1, 2").fetchall()
    }
    out["quarantined"] = [
        {"source_file": r[0], "member": r[1], "reason": r[2]}
        for r in con.execute(
            "select source_file, member, reason from ledger where status = 'quarantined' order by 1, 2"
        ).fetchall()
    ]
    # documents kept although the splitter or the extractor failed on them: published, but visibly
    out["kept_despite_errors"] = [
        {"source_file": r[0], "member": r[1], "note": r[2]}
        for r in con.execute(
            "select source_file, member, note from ledger where status = 'loaded' "
            "and regexp_matches(coalesce(note, ''), ?) order by 1, 2",
            [STAGE_FAILURE_NOTE],
        ).fetchall()
    ]
    dup = con.execute("select count(*) from ledger where status = 'duplicate'").fetchone()
    out["duplicates"] = dup[0] if dup else 0
    # which dates the duplicates repeat: a night can shrink to nothing only visibly
    out["duplicates_by_date"] = {
        d: n
        for d, n in con.execute(
            "select coalesce(nullif(regexp_extract(reason, 'published on (\\d{4}-\\d{2}-\\d{2})', 1), ''), 'this night') d, count(*) "
            "from ledger where status = 'duplicate' group by 1 order by 1"
        ).fetchall()
    }
    out["status"] = "published"
    if extra:
        out.update(extra)
    if "validation" not in out:  # report the gate of the run that published this date
        marks = [
            lake.read_json(p)
            for p in lake.fs.glob(
                posixpath.join(lake.path("_runs", f"ingest_date={ingest_date}"), "*", "published.json")
            )
        ]
        if marks:
            last = max(marks, key=lambda m: m["published_at"])
            path = posixpath.join(lake.runs(ingest_date, last["run_id"]), "validation.json")
            rep = lake.read_json(path)
            out["published_by"] = last["run_id"]
            out["validation"] = {
                "success": rep.get("success"),
                "results": path,
                "warnings": len(rep.get("warnings", [])),
                "evaluated": sum(len(t.get("results", [])) for t in rep.get("tables", {}).values()),
                "data_docs": rep.get("data_docs"),
            }
            report = posixpath.join(lake.runs(ingest_date, last["run_id"]), "report.html")
            if lake.fs.exists(report):  # the publishing run's nightly report
                out["report"] = report
    if run_id:  # a run records its summary; a later `newsetl summary` only reads
        from ..report import write_report_quietly  # the nightly HTML report, next to validation.json

        out["report"] = write_report_quietly(lake_uri, ingest_date, run_id)
        lake.write_json(posixpath.join(lake.runs(ingest_date, run_id), "summary.json"), out)
    return out


def _where(q: dict) -> str:
    """An input as the summary lists it: its file, and the archive member or JSONL line in brackets."""
    return f"{q['source_file']}{' [' + q['member'] + ']' if q['member'] else ''}"


def format_summary(s: dict) -> str:
    if s.get("status") in ("missing", "empty"):
        return "\n".join(
            [
                f"newsetl run {s.get('run_id')} for ingest_date={s['ingest_date']}: NIGHT {s['status'].upper()}",
                f"  {s.get('reason')} (checked {s.get('checked_at')}, waited {s.get('waited_seconds', 0)} s, policy: {s.get('policy')})",
                f"  lake: {s['lake']} (nothing published for this date by this run)",
            ]
        )
    lines = [
        f"newsetl run {s.get('run_id') or s.get('published_by')} for ingest_date={s['ingest_date']}",
        f"  lake: {s['lake']}",
    ]
    for t, n in s["tables"].items():
        lines.append(f"  {t:<14} {n:>8} rows")
    lines.append("  ledger: " + ", ".join(f"{k}={v}" for k, v in s["ledger"].items()))
    if s.get("validation"):
        v = s["validation"]
        if v.get("success") is False:
            lines.append(f"  GX quality gate: FAILED -> {v.get('results')}")
        else:
            lines.append(
                f"  GX quality gate: passed ({v.get('evaluated')} expectation results, {v.get('warnings')} warnings) -> {v.get('results')}"
            )
    if (s.get("validation") or {}).get("data_docs"):  # `newsetl validation-docs` prints it again
        lines.append(f"  GX Data Docs: {s['validation']['data_docs']}")
    if s.get("report"):
        lines.append(f"  report: {s['report']}")
    if s.get("duplicates"):
        by = s.get("duplicates_by_date") or {}
        lines.append(
            f"  duplicates: {s['duplicates']} input document{'s' if s['duplicates'] != 1 else ''} repeat"
            f"{'s' if s['duplicates'] == 1 else ''} articles already kept ("
            + ", ".join(
                f"{n} of {'articles published on ' + d if d != 'this night' else 'this night'}" for d, n in by.items()
            )
            + ")"
        )
        if not s["tables"].get("articles"):
            lines.append(
                "  WARNING: every document of this night duplicates an article published on another date: "
                "0 articles published (were the dumps delivered twice, or into the wrong date folder?)"
            )
    if s.get("quarantined"):
        lines.append(f"  quarantined inputs ({len(s['quarantined'])}):")
        for q in s["quarantined"][:50]:
            lines.append(f"    - {_where(q)}: {q['reason']}")
    if s.get("kept_despite_errors"):
        lines.append(f"  WARNING: documents kept although a stage failed on them ({len(s['kept_despite_errors'])}):")
        for q in s["kept_despite_errors"][:50]:
            lines.append(f"    - {_where(q)}: {q['note']}")
    if s.get("words_per_second"):
        lines.append(
            f"  extraction: {s['body_words']} body words at {s['words_per_second']} words/s"
            + (f" ({s['shards']} shards, {s['workers']} worker processes)" if s.get("workers", 1) > 1 else "")
        )
    return "\n".join(lines)
