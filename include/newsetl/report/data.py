"""What the nightly report shows, gathered with DuckDB from the published lake and the run's `_runs` records."""

from __future__ import annotations

import posixpath

from ..analytics import connect, duck_path
from ..lake import Lake, safe_run_id
from ..schemas import STAGE_FAILURE_NOTE, TABLES

HISTORY_NIGHTS = 14
CONF_LOW, CONF_STEP = 0.5, 0.025  # the split-confidence histogram: bins of CONF_STEP from CONF_LOW to 1
# the report's and the run summary's queries are small aggregates: with one DuckDB thread their peak memory does not
# grow with the night (report on a 100k-document lake: 238 MB peak with two threads, 220 with one = the 2k night's;
# benchmarks/mem_growth.py) and they take no longer
REPORT_THREADS = 1
MAP_PLACES = 2000  # at most this many dots on the event map (the report stays small on any night)


def published_run(lake: Lake, ingest_date: str) -> str | None:
    """The run that published the date last (from its `published.json`), if any."""
    marks = [
        lake.read_json(p)
        for p in lake.fs.glob(posixpath.join(lake.path("_runs", f"ingest_date={ingest_date}"), "*", "published.json"))
    ]
    return max(marks, key=lambda m: m["published_at"])["run_id"] if marks else None


def _rows(con, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _views(con, lake: Lake, ingest_date: str) -> None:
    for t in TABLES:
        part = lake.partition(t, ingest_date)
        if lake.fs.exists(part):
            src = f"read_parquet('{duck_path(lake, part)}/*.parquet')"
        else:  # an unpublished table reads as empty, in its schema
            cols = ", ".join(f"null::{_duck_type(c.type)} as {c.name}" for c in TABLES[t].columns)
            src = f"(select {cols} where false)"
        con.sql(f"create or replace view {t} as select * from {src}")


def _duck_type(t) -> str:
    s = str(t)
    return {
        "string": "VARCHAR",
        "int32": "INTEGER",
        "int64": "BIGINT",
        "double": "DOUBLE",
        "bool": "BOOLEAN",
        "date32[day]": "DATE",
    }.get(s, "TIMESTAMPTZ" if s.startswith("timestamp") else "VARCHAR")


def night(con) -> dict:
    """Figures of the night: tables, ledger, quarantines, split, events, fatalities, places, actors."""
    out: dict = {"tables": {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}}
    out["ledger"] = _rows(con, "select kind, status, count(*) as n from ingest_ledger group by 1, 2 order by 1, 2")
    out["quarantine_reasons"] = _rows(
        con,
        "select split_part(reason, ':', 1) as reason, count(*) as n from ingest_ledger "
        "where status = 'quarantined' group by 1 order by n desc, reason",
    )
    out["quarantined"] = _rows(
        con,
        "select regexp_extract(source_file, '[^/]+$') as file, member, reason from ingest_ledger "
        "where status = 'quarantined' order by 1, 2 limit 100",
    )
    out["kept_despite_errors"] = _rows(
        con,
        "select regexp_extract(source_file, '[^/]+$') as file, member, note from ingest_ledger "
        "where status = 'loaded' and regexp_matches(coalesce(note, ''), ?) order by 1, 2 limit 100",
        [STAGE_FAILURE_NOTE],
    )
    # the histogram's bins counted here (a few rows per method, whatever the night's size)
    out["split_confidence"] = _rows(
        con,
        f"select split_method, bin_start, bin_start + {CONF_STEP} as bin_end, count(*) as n from ("
        f"  select split_method, {CONF_LOW} + {CONF_STEP} * floor((least(greatest(split_confidence, {CONF_LOW}), "
        f"  0.999999) - {CONF_LOW}) / {CONF_STEP}) as bin_start from articles where split_confidence is not null"
        ") group by 1, 2 order by 1, 2",
    )
    out["split_methods"] = _rows(con, "select split_method, count(*) as n from articles group by 1 order by n desc")
    # one row per event cluster (an event several articles report counts once); its largest fatality figure
    con.sql("""create or replace temp view clusters as
      select event_cluster_id, any_value(event_date) as event_date, any_value(event_type) as event_type,
             any_value(sub_event_type) as sub_event_type, any_value(country) as country, any_value(iso3) as iso3,
             any_value(location) as location, avg(latitude) as latitude, avg(longitude) as longitude,
             max(fatalities) as fatalities, count(distinct article_id) as articles
      from events group by 1""")
    out["event_types"] = _rows(
        con, "select event_type, sub_event_type, count(*) as n from clusters group by 1, 2 order by n desc"
    )
    out["countries"] = _rows(
        con,
        "select coalesce(country, '(unlocated)') as country, count(*) as n, "
        "coalesce(sum(fatalities), 0) as fatalities from clusters group by 1 order by n desc, country",
    )
    out["fatalities_by_date"] = _rows(
        con,
        "select event_date, count(*) as events, coalesce(sum(fatalities), 0) as fatalities "
        "from clusters where event_date is not null group by 1 order by 1",
    )
    out["undated_events"] = con.execute("select count(*) from clusters where event_date is null").fetchone()[0]
    # one dot per place and event type (events and fatalities summed), the MAP_PLACES places with most events
    out["points"] = _rows(
        con,
        "select location, country, event_type, count(*) as events, coalesce(sum(fatalities), 0) as fatalities, "
        "min(event_date)::VARCHAR as first_date, max(event_date)::VARCHAR as last_date, sum(articles) as articles, "
        "round(avg(latitude), 4) as latitude, round(avg(longitude), 4) as longitude from clusters "
        "where latitude is not null and longitude is not null "
        "group by location, country, event_type, round(latitude, 2), round(longitude, 2) "
        f"order by events desc, location, event_type limit {MAP_PLACES}",
    )
    out["located_events"] = con.execute(
        "select count(*) from clusters where latitude is not null and longitude is not null"
    ).fetchone()[0]
    out["actors"] = _rows(
        con,
        """select actor, any_value(actor_type) as actor_type, count(distinct event_cluster_id) as events
      from (select actor1 as actor, actor1_type as actor_type, event_cluster_id from events
            union all select actor2, actor2_type, event_cluster_id from events)
      where actor is not null group by 1 order by events desc, actor limit 15""",
    )
    return out


def history(con, lake: Lake, ingest_date: str, nights: int = HISTORY_NIGHTS) -> list[dict]:
    """Rows per table, events and quarantines of the last `nights` published dates up to this one."""
    dates = [d for d in lake.published_dates("articles") if d <= ingest_date][-nights:]
    out = []
    for d in dates:
        row: dict = {"ingest_date": d}
        for t in TABLES:
            row[t] = _count(con, lake, lake.partition(t, d))
        events, ledger = lake.partition("events", d), lake.partition("ingest_ledger", d)
        row["events_distinct"] = _count(con, lake, events, "count(distinct event_cluster_id)")
        row["quarantined"] = _count(con, lake, ledger, where=" where status = 'quarantined'")
        out.append(row)
    return out


def _count(con, lake: Lake, part: str, what: str = "count(*)", where: str = "") -> int:
    """`what` over the Parquet files of the partition `part` (0 when it does not exist)."""
    if not lake.fs.exists(part):
        return 0
    return con.execute(f"select {what} from read_parquet('{duck_path(lake, part)}/*.parquet'){where}").fetchone()[0]


def gx_outcome(lake: Lake, ingest_date: str, run_id: str | None) -> dict | None:
    """The quality gate of the run: pass/fail, results per table, failures and warnings."""
    if not run_id:
        return None
    path = posixpath.join(lake.runs(ingest_date, run_id), "validation.json")
    if not lake.fs.exists(path):
        return None
    rep = lake.read_json(path)
    tables = [
        {
            "table": t,
            "rows": v.get("rows"),
            "evaluated": v.get("evaluated", len(v.get("results", []))),
            "failed": v.get("failed", sum(1 for r in v.get("results", []) if not r.get("success"))),
        }
        for t, v in rep.get("tables", {}).items()
    ]
    docs = rep.get("data_docs")  # the GX Data Docs index, when the run kept a GX project (quality_docs.py)
    return {
        "success": rep.get("success"),
        "results": path,
        "tables": tables,
        "failures": rep.get("failures", []),
        "warnings": rep.get("warnings", []),
        "data_docs": docs,
        "data_docs_pages": rep.get("data_docs_pages") or {},
    }


def gather(lake_uri: str, ingest_date: str, run_id: str | None = None) -> dict:
    """Everything the report shows for one ingest_date (run_id: the run whose gate to show; default: the
    run that published the date)."""
    lake = Lake(lake_uri)
    run_id = safe_run_id(run_id) if run_id else published_run(lake, ingest_date)
    con = connect(lake, threads=REPORT_THREADS)
    _views(con, lake, ingest_date)
    data = night(con)
    data.update(
        {
            "lake": lake.root,
            "ingest_date": ingest_date,
            "run_id": run_id,
            "published": ingest_date in lake.published_dates("articles"),
            "history": history(con, lake, ingest_date),
            "gx": gx_outcome(lake, ingest_date, run_id),
        }
    )
    return data
