"""Derived tables for analysts, built with DuckDB from one published ingest_date (the news_analytics DAG).

  events_daily   event_date x iso3 x event_type: events (clusters), event reports, fatalities, articles
  actor_dyads    iso week x actor1 -> actor2: events, fatalities, articles, event types
  article_stats  one row per article: words, comments, events, fatalities, mentions, countries

Each table is partitioned by the ingest_date it was built from (`<lake>/<table>/ingest_date=D/`), so a
rebuild of D touches D only. Steps, as functions the DAG and the CLI (`newsetl analytics`) both drive:

  stage(lake, D, run)     query the date's published partitions, write the derived parts under _staging
  validate(lake, D, run)  GX: the row-level suite derived from schemas.py + the grain (columns unique together)
  publish(lake, D, run)   the lake's atomic partition swap (Lake.publish), the same one news_ingest uses

Schemas live in schemas.py (DERIVED_TABLES); docs/tables.md documents them.
"""

from __future__ import annotations

import logging
import posixpath
from datetime import datetime

import pyarrow as pa

from .lake import Lake, protocol, safe_run_id
from .schemas import DERIVED_KEYS, DERIVED_TABLES

DERIVED_SPACE = "_versions_derived"

log = logging.getLogger(__name__)
SOURCES = ("articles", "comments", "events", "mentions")

# rn = 1 on one row per (event cluster, group): sums of per-event figures count each event once
EVENTS_DAILY_SQL = """
with e as (
  select *, max(coalesce(fatalities, 0)) over (partition by event_cluster_id, event_date, iso3, event_type) as fat,
         row_number() over (partition by event_cluster_id, event_date, iso3, event_type order by event_id) as rn
  from events
)
select event_date, iso3, min(country) as country, event_type,
       count(distinct event_cluster_id)::BIGINT as events, count(*)::BIGINT as event_reports,
       coalesce(sum(fat) filter (where rn = 1), 0)::BIGINT as fatalities,
       count(distinct article_id)::BIGINT as articles,
       count(distinct event_cluster_id) filter (where civilian_targeting)::BIGINT as civilian_targeting_events
from e group by event_date, iso3, event_type
order by event_date nulls last, iso3 nulls last, event_type
"""

ACTOR_DYADS_SQL = """
with d as (
  select e.*, coalesce(e.event_date, a.reference_date) as d
  from events e join articles a using (article_id)
  where e.actor1 is not null and e.actor2 is not null
), w as (
  select *, isoyear(d)::INT as iso_year, week(d)::INT as iso_week, date_trunc('week', d)::DATE as week_start,
         max(coalesce(fatalities, 0)) over (partition by event_cluster_id, actor1, actor2, isoyear(d), week(d)) as fat,
         row_number() over (partition by event_cluster_id, actor1, actor2, isoyear(d), week(d) order by event_id) as rn
  from d
)
select iso_year, iso_week, week_start, actor1, mode(actor1_type) as actor1_type, actor2, mode(actor2_type) as actor2_type,
       count(distinct event_cluster_id)::BIGINT as events,
       coalesce(sum(fat) filter (where rn = 1), 0)::BIGINT as fatalities,
       count(distinct article_id)::BIGINT as articles,
       string_agg(distinct event_type, '; ' order by event_type) as event_types
from w group by iso_year, iso_week, week_start, actor1, actor2
order by iso_year, iso_week, events desc, actor1, actor2
"""

ARTICLE_STATS_SQL = r"""
with c as (
  select article_id, sum(len(regexp_split_to_array(trim(text), '\s+')))::BIGINT as words from comments group by 1
), e as (
  select article_id, count(*)::BIGINT as n, sum(coalesce(fatalities, 0))::BIGINT as fat from events group by 1
), m as (
  select article_id, count(*) filter (where label = 'ACTOR')::BIGINT as actors,
         count(*) filter (where label = 'PLACE')::BIGINT as places from mentions group by 1
), k as (
  select article_id, count(distinct iso)::BIGINT as n from (
    select article_id, iso3 as iso from events where iso3 is not null
    union all select article_id, country from mentions where label = 'PLACE' and country is not null) group by 1
)
select a.article_id, a.source_file, a.reference_date, a.word_count, a.paragraph_count, a.comment_count,
       coalesce(c.words, 0) as comment_words, a.split_method, a.split_confidence,
       coalesce(e.n, 0) as events, coalesce(e.fat, 0) as fatalities,
       coalesce(m.actors, 0) as actor_mentions, coalesce(m.places, 0) as place_mentions, coalesce(k.n, 0) as countries
from articles a left join c using (article_id) left join e using (article_id)
     left join m using (article_id) left join k using (article_id)
order by a.article_id
"""

QUERIES = {"events_daily": EVENTS_DAILY_SQL, "actor_dyads": ACTOR_DYADS_SQL, "article_stats": ARTICLE_STATS_SQL}


class NotPublishedError(FileNotFoundError):
    """The ingest_date has no published partition of a source table."""


def connect(lake: Lake, threads: int | None = None):
    """A DuckDB connection that reads the lake (fsspec filesystems other than local are registered); `threads`
    caps DuckDB's threads (default: one per core)."""
    import duckdb

    con = duckdb.connect(config={"threads": threads} if threads else {})
    if protocol(lake.fs) not in ("file", "local"):
        con.register_filesystem(lake.fs)
    return con


def duck_path(lake: Lake, path: str) -> str:
    p = protocol(lake.fs)
    return path if p in ("file", "local") else f"{p}://{path.lstrip('/')}"


def register_sources(con, lake: Lake, ingest_date: str, tables=SOURCES) -> None:
    """Views over the published partitions of `ingest_date` (one per source table)."""
    for t in tables:
        part = lake.partition(t, ingest_date)
        if not lake.fs.exists(part):
            raise NotPublishedError(
                f"{t} has no published partition for ingest_date={ingest_date} in {lake.root}: "
                f"run news_ingest for {ingest_date} first"
            )
        con.sql(f"create or replace view {t} as select * from read_parquet('{duck_path(lake, part)}/*.parquet')")


def _staged(lake: Lake, ingest_date: str, run_id: str) -> str:
    return posixpath.join(lake.staging(ingest_date, run_id), "analytics")


def build_tables(lake_uri: str, ingest_date: str) -> dict[str, pa.Table]:
    """The derived tables of one ingest_date, in memory, in their schemas."""
    lake = Lake(lake_uri)
    con = connect(lake)
    register_sources(con, lake, ingest_date)
    out = {}
    for name, sql in QUERIES.items():
        t = con.sql(sql).to_arrow_table()
        out[name] = t.cast(DERIVED_TABLES[name].schema)
    return out


def stage(lake_uri: str, ingest_date: str, run_id: str) -> dict:
    """Build and write the derived parts under `_staging/<date>/<run>/analytics/<table>/ingest_date=<date>/`."""
    lake = Lake(lake_uri)
    final = _staged(lake, ingest_date, run_id)
    rows = {}
    for name, t in build_tables(lake_uri, ingest_date).items():
        lake.write_table(posixpath.join(final, name, f"ingest_date={ingest_date}", "part-00000.parquet"), t)
        rows[name] = t.num_rows
    log.info("analytics %s staged: %s", ingest_date, rows)
    return {"lake": lake_uri, "ingest_date": ingest_date, "run_id": run_id, "staged": final, "rows": rows}


def _read_staged(lake: Lake, final: str, name: str, ingest_date: str) -> pa.Table:
    import pyarrow.parquet as pq

    parts = sorted(lake.fs.glob(posixpath.join(final, name, f"ingest_date={ingest_date}", "*.parquet")))
    tables = []
    for p in parts:
        with lake.fs.open(p, "rb") as fh:
            tables.append(pq.read_table(fh, schema=DERIVED_TABLES[name].schema))
    return pa.concat_tables(tables) if tables else DERIVED_TABLES[name].schema.empty_table()


def _grain_expectations(name: str, article_ids: list[str]) -> list:
    from .quality import _gx, key_expectations

    _, gxe = _gx()
    keys = DERIVED_KEYS[name]
    exps = key_expectations(DERIVED_TABLES[name], article_ids)  # unique / references declared on columns
    if len(keys) > 1:
        exps.append(gxe.ExpectCompoundColumnsToBeUnique(column_list=keys, meta={"severity": "critical"}))
    return exps


def validate(lake_uri: str, ingest_date: str, run_id: str, fail_on_warning: bool = False) -> dict:
    """GX over the staged derived tables; writes `_runs/.../analytics_validation.json`; raises
    QualityGateError (nothing published) when a critical expectation fails."""
    from .quality import Validator, gate_verdict, outcome, row_expectations, to_pandas

    lake = Lake(lake_uri)
    final = _staged(lake, ingest_date, run_id)
    con = connect(lake)
    register_sources(con, lake, ingest_date, ("articles",))
    article_ids = [r[0] for r in con.sql("select article_id from articles").fetchall()]
    v = Validator()
    report: dict = {"ingest_date": ingest_date, "run_id": run_id, "tables": {}, "failures": [], "warnings": []}
    for name, table in DERIVED_TABLES.items():
        t = _read_staged(lake, final, name, ingest_date)
        results: list[dict] = []
        if t.num_rows:
            df = to_pandas(t)
            results += v.validate(f"derived_{name}", df, lambda tb=table: row_expectations(tb))
            grain = _grain_expectations(name, article_ids)
            results += v.validate(f"derived_{name}_grain", df[DERIVED_KEYS[name]], lambda e=grain: e)
        report["tables"][name] = {"rows": t.num_rows, "results": results}
    outcome(report)
    path = posixpath.join(lake.runs(ingest_date, run_id), "analytics_validation.json")
    return gate_verdict(lake, path, report, fail_on_warning)


def publish(lake_uri: str, ingest_date: str, run_id: str) -> dict:
    """Swap the staged derived partitions of the date into place (atomic per table; a rerun replaces the date)."""
    lake = Lake(lake_uri, space=DERIVED_SPACE)  # its own commit pointer: never moves the ingest tables' one
    done = lake.publish(_staged(lake, ingest_date, run_id), ingest_date, run_id, tuple(DERIVED_TABLES))
    lake.cleanup_staging(ingest_date, run_id)
    lake.write_json(
        posixpath.join(lake.runs(ingest_date, run_id), "analytics.json"),
        {"run_id": run_id, "ingest_date": ingest_date, "published_at": datetime.now().isoformat(), "tables": done},
    )
    return {"ingest_date": ingest_date, "published": done}


def run_analytics(lake_uri: str, ingest_date: str, run_id: str | None = None, fail_on_warning: bool = False) -> dict:
    """stage -> validate -> publish for one date, in-process (the CLI and tests; the DAG runs the same steps)."""
    run_id = safe_run_id(run_id or f"analytics__{datetime.now().strftime('%Y%m%dT%H%M%S')}")
    staged = stage(lake_uri, ingest_date, run_id)
    try:
        val = validate(lake_uri, ingest_date, run_id, fail_on_warning)
    except Exception:
        Lake(lake_uri).cleanup_staging(ingest_date, run_id)
        raise
    out = publish(lake_uri, ingest_date, run_id)
    return {**out, "run_id": run_id, "rows": staged["rows"], "validation": val}


def dates_from_asset_events(triggering_asset_events, fallback: str | None = None) -> list[tuple[str, str | None]]:
    """(ingest_date, lake) pairs named by news_ingest's asset events (their `extra`), oldest first; the
    fallback date (a manual or `airflow dags test` run) when no event names one."""
    found: dict[str, str | None] = {}
    for events in (triggering_asset_events or {}).values():
        for ev in events or []:
            extra = getattr(ev, "extra", None) or (ev.get("extra") if isinstance(ev, dict) else None) or {}
            if extra.get("ingest_date"):
                found.setdefault(str(extra["ingest_date"]), extra.get("lake"))
    if not found and fallback:
        found[fallback] = None
    return sorted(found.items())
