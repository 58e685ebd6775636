"""The pipeline for one logical date, as functions the Airflow DAG and the CLI both drive:

  discover -> plan shards -> process_shard (x N) -> finalize (dedupe, cluster) -> validate (GX) -> publish -> summary

Each step takes and returns small JSON-able dicts (paths and counts), so they can travel through XCom.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import posixpath
import time
import uuid
from collections import Counter
from datetime import date, datetime

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import isolation, locks, sources
from .config import Settings, get_settings
from .lake import Lake
from .schemas import TABLES, to_arrow
from .sources_paths import display_name
from .split import SplitDoc, from_given, keep_prose, parse_timestamp, split_dump

log = logging.getLogger("newsetl")
ALL_TABLES = tuple(TABLES)


# ---------------------------------------------------------------- discover / plan
# The landing contract (README "Landing contract"):
#   * a scheduled night reads `<landing>/<ds>/` and nothing else: `night_input()`;
#   * any other path (the whole landing root, a file, a glob) only when given explicitly: the DAG's `input`
#     param or `newsetl run --input`;
#   * a night without a logical date is refused (`NoLogicalDateError`);
#   * a missing or empty night is recorded under `_runs/` (a summary with status missing/empty) and then
#     fails (`MissingNightError`) or, with NEWSETL_MISSING_NIGHT=warn, only warns.
class NoLogicalDateError(ValueError):
    """The run has no logical date, so there is no night (ingest_date partition) to read or publish."""


class MissingNightError(FileNotFoundError):
    """Nothing to ingest for the night; the `_runs` record is at `record`."""

    def __init__(self, message: str, record: str | None = None):
        super().__init__(message)
        self.record = record


def night_input(landing: str, ingest_date: str | None) -> str:
    """The only input a scheduled night reads: `<landing>/<ingest_date>/`."""
    if not ingest_date:
        raise NoLogicalDateError(
            "this run has no logical date, so there is no night to ingest: news_ingest publishes one ingest_date "
            "partition per logical date. Trigger it with a date (UI: 'Trigger' with a logical date; CLI: "
            '`airflow dags trigger news_ingest --logical-date 2026-11-20T00:00:00+00:00`; REST: "logical_date": '
            '"2026-11-20T00:00:00Z"), or run `newsetl run --input ... --date ...` without Airflow.'
        )
    date.fromisoformat(ingest_date)
    return landing.rstrip("/") + "/" + ingest_date


def resolve_input(landing: str, ingest_date: str | None) -> str:  # kept for callers of the old name
    return night_input(landing, ingest_date)


def _find_inputs(input_path: str) -> tuple[list[dict], str | None]:
    """(files, None) or ([], 'missing'|'empty')."""
    try:
        files = sources.discover(input_path)
    except FileNotFoundError:
        return [], "missing"
    return files, (None if files else "empty")


def record_missing(
    lake_uri: str, ingest_date: str, run_id: str, input_path: str, status: str, waited: float, settings: Settings
) -> str:
    """Write the `_runs` summary of a night that had nothing to ingest; returns its path."""
    lake = Lake(lake_uri)
    path = posixpath.join(lake.runs(ingest_date, run_id), "summary.json")
    lake.write_json(
        path,
        {
            "status": status,
            "ingest_date": ingest_date,
            "run_id": run_id,
            "lake": lake.root,
            "input": input_path,
            "files": 0,
            "checked_at": datetime.now().isoformat(timespec="seconds"),
            "waited_seconds": round(waited),
            "policy": settings.missing_night,
            "tables": {t: 0 for t in ALL_TABLES},
            "ledger": {},
            "quarantined": [],
            "reason": (
                f"input path {input_path} does not exist" if status == "missing" else f"no input files in {input_path}"
            ),
        },
    )
    return path


def last_missing_record(lake_uri: str, ingest_date: str) -> dict | None:
    """The latest missing/empty record of a date (what `newsetl summary` shows for a night never published)."""
    lake = Lake(lake_uri)
    recs = []
    for p in lake.fs.glob(posixpath.join(lake.path("_runs", f"ingest_date={ingest_date}"), "*", "summary.json")):
        r = lake.read_json(p)
        if r.get("status") in ("missing", "empty"):
            recs.append(r)
    return max(recs, key=lambda r: r.get("checked_at", "")) if recs else None


def discover(
    input_path: str,
    lake_uri: str,
    ingest_date: str | None,
    run_id: str,
    settings: Settings | None = None,
    wait_seconds: float | None = None,
) -> dict:
    """Files of the night -> shards. `wait_seconds` (default: settings.landing_wait_seconds) polls a missing or
    empty input before it is recorded as such; then MissingNightError (policy 'fail') or a result with
    `status` 'missing'/'empty' and no shards (policy 'warn')."""
    settings = settings or get_settings()
    if not ingest_date:
        night_input("", ingest_date)  # raises NoLogicalDateError with the explanation
    wait = settings.landing_wait_seconds if wait_seconds is None else wait_seconds
    t0 = time.monotonic()
    files, problem = _find_inputs(input_path)
    while problem and time.monotonic() - t0 < wait:
        log.warning(
            "night %s: %s is %s; waiting (%.0f of %d s)", ingest_date, input_path, problem, time.monotonic() - t0, wait
        )
        time.sleep(max(1.0, min(settings.landing_poll_seconds, wait - (time.monotonic() - t0))))
        files, problem = _find_inputs(input_path)
    out = {"input": input_path, "lake": lake_uri, "ingest_date": ingest_date, "run_id": run_id, "status": "found"}
    if problem:
        record = record_missing(lake_uri, ingest_date, run_id, input_path, problem, time.monotonic() - t0, settings)
        msg = (
            f"night {ingest_date} is {problem.upper()}: "
            + (
                f"input path does not exist: {input_path}"
                if problem == "missing"
                else f"no input files in {input_path}"
            )
            + (f" (waited {wait} s)" if wait else "")
            + f"; recorded in {record}. "
            "Deliver the dumps there and run the date again (Airflow: clear the run), "
            "or set NEWSETL_MISSING_NIGHT=warn to let empty nights pass."
        )
        if settings.missing_night == "fail":
            raise MissingNightError(msg, record)
        log.warning(msg)
        return {
            **out,
            "status": problem,
            "record": record,
            "message": msg,
            "staging": None,
            "files": 0,
            "bytes": 0,
            "shards": [],
        }
    shards = sources.plan_shards(files, settings.shard_bytes, settings.max_shards)
    lake = Lake(lake_uri)
    staging = claim(lake, ingest_date, run_id, settings)
    lake.write_json(
        posixpath.join(staging, "input.json"), {"input": input_path, "root": sources.input_root(input_path)}
    )
    log.info(
        "discovered %d files (%d bytes) in %s -> %d shards",
        len(files),
        sum(f["bytes"] for f in files),
        input_path,
        len(shards),
    )
    return {
        **out,
        "staging": staging,
        "files": len(files),
        "bytes": sum(f["bytes"] for f in files),
        "shards": [{"shard": i, "paths": s} for i, s in enumerate(shards)],
    }


def claim(lake: Lake, ingest_date: str, run_id: str, settings: Settings) -> str:
    """Start of a run: take the date's lease (a live holder -> LakeBusy), heal what dead runs left in the
    lake, and start this run's staging afresh. Returns the staging folder."""
    take_date_lease(lake, ingest_date, run_id, "run", settings)
    healed = recover(lake, settings, run_id)  # this run's own earlier staging (a retry) goes too
    if any(healed.values()):
        log.warning("healed leftovers of earlier runs: %s", {k: v for k, v in healed.items() if v})
    return lake.staging(ingest_date, run_id)


def take_date_lease(lake: Lake, ingest_date: str, run_id: str, kind: str, settings: Settings) -> locks.Lease:
    """The date's lease (LakeBusy when a live run holds it). On a full disk, where not even the lease can be
    written, leftovers of dead runs are deleted first (they are often what filled it), then it is tried again."""
    lease = locks.Lease(lake, locks.date_lock(ingest_date), run_id, kind, settings.lock_stale_seconds)
    try:
        return lease.acquire(settings.lock_wait_seconds)
    except OSError as e:
        if e.errno != errno.ENOSPC:
            raise
        freed = lake.recover(_busy(lake, settings, run_id), ALL_TABLES, emergency=True)
        log.warning(
            "disk full: deleted leftovers of dead runs before taking the lease: %s",
            {k: v for k, v in freed.items() if v},
        )
        return lease.acquire(settings.lock_wait_seconds)


def _busy(lake: Lake, settings: Settings, run_id: str):
    def busy(d: str) -> bool:
        return not locks.is_free(lake, locks.date_lock(d), settings.lock_stale_seconds, run_id)

    return busy


def recover(lake: Lake, settings: Settings, run_id: str = "recover") -> dict:
    """Roll interrupted publishes forward and delete leftovers of dead runs (under the commit lease);
    dates held by another live run are left alone."""
    with locks.Lease(lake, locks.COMMIT, run_id, "process", settings.lock_stale_seconds).acquire(
        max(locks.COMMIT_WAIT_SECONDS, settings.lock_wait_seconds)
    ):
        return lake.recover(_busy(lake, settings, run_id), ALL_TABLES)


def _input_root(lake: Lake, staging: str) -> str | None:
    p = posixpath.join(staging, "input.json")
    return lake.read_json(p).get("root") if lake.fs.exists(p) else None


# ---------------------------------------------------------------- process
class _ShardWriter:
    def __init__(self, lake: Lake, staging: str, shard: int):
        self.lake, self.staging, self.shard = lake, staging, shard
        self.rows: dict[str, list[dict]] = {t: [] for t in ALL_TABLES}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.handles = {}
        self.counts: Counter = Counter()

    def add(self, table: str, rows: list[dict]) -> None:
        self.rows[table].extend(rows)
        self.counts[table] += len(rows)

    def flush(self) -> None:
        for t, rows in self.rows.items():
            if not rows:
                continue
            if t not in self.writers:
                path = posixpath.join(self.staging, "shards", t, f"part-{self.shard:05d}.parquet")
                self.lake.fs.makedirs(posixpath.dirname(path), exist_ok=True)
                self.handles[t] = self.lake.fs.open(path, "wb")
                self.writers[t] = pq.ParquetWriter(self.handles[t], TABLES[t].schema, compression="zstd")
            self.writers[t].write_table(to_arrow(t, rows))
            self.rows[t] = []

    def close(self) -> None:
        self.flush()
        for t in ALL_TABLES:
            if t not in self.writers:  # every shard writes every table, possibly empty
                path = posixpath.join(self.staging, "shards", t, f"part-{self.shard:05d}.parquet")
                self.lake.write_table(path, TABLES[t].schema.empty_table())
        for t, w in self.writers.items():
            w.close()
            self.handles[t].close()


def _split(doc: sources.RawDoc) -> tuple[SplitDoc, datetime | None]:
    f = doc.fields
    published = parse_timestamp(f.get("published_at")) if f else None
    if f and f.get("body"):
        return from_given(f.get("title"), f["body"], f.get("comments")), published
    title = f.get("title") if f else None
    return split_dump(doc.text, title=title if title else None), published


def canonical_hash(s: SplitDoc) -> str:
    payload = json.dumps(
        [s.title, s.caption, s.body, [[c.author, c.paragraphs] for c in s.comments]], ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _prepare(entry: sources.Entry, settings: Settings, run_date: date):
    """Split one document and build its rows, in its own guard: (entry, article row, comment rows, text to
    extract), or None with the entry quarantined for a specific reason (limits, split errors, bad values)."""
    from .extract.events import stable_id
    from .extract.extractor import ArticleText

    doc, entry.doc = entry.doc, None
    problem = isolation.size_problem(doc.text, doc.fields, settings)
    if problem:
        entry.quarantine(problem)
        return None
    try:
        with isolation.deadline(settings.max_doc_seconds):
            s, published = _split(doc)
    except isolation.TooSlow:
        entry.quarantine(f"too_slow: splitting took over {settings.max_doc_seconds:g} s (NEWSETL_MAX_DOC_SECONDS)")
        return None
    except Exception as e:  # a splitter bug must not lose the record: quarantine it with the error
        log.exception("split failed for %s %s", entry.source_file, entry.member)
        entry.quarantine(f"split_error: {type(e).__name__}: {str(e)[:300]}")
        return None
    text_len = len(s.title) + sum(len(p) for p in s.body)  # before the title may stand in for a missing body
    s = keep_prose(s)  # nothing with prose is quarantined for its split
    problem = isolation.paragraph_problem(len(s.body), settings)
    if problem:
        entry.quarantine(problem)
    elif text_len < settings.min_text_chars:
        entry.quarantine(f"too_short: {text_len} characters of title and body")
    if entry.status == "quarantined":
        return None
    try:
        digest = canonical_hash(s)
        article_id = "a_" + digest[:20]
        ref = published.date() if published else run_date
        body = s.body_text
        f = doc.fields
        article = {
            "article_id": article_id,
            "source_file": display_name(entry.source_file),
            "member": display_name(entry.member),
            "source_id": str(f["id"]) if f.get("id") is not None else None,
            "url": f.get("url"),
            "title": s.title,
            "caption": s.caption,
            "body": body,
            "paragraph_count": len(s.body),
            "published_at": published,
            "reference_date": ref,
            "word_count": len(s.title.split()) + len(body.split()),
            "comment_count": len(s.comments),
            "split_method": s.method,
            "split_confidence": s.confidence,
            "encoding": doc.encoding,
            "content_sha256": digest,
        }
        comments = [
            {
                "comment_id": stable_id("c", article_id, i),
                "article_id": article_id,
                "position": i,
                "author": c.author,
                "text": c.text,
                "paragraph_count": len(c.paragraphs),
                "commented_at": c.commented_at,
                "parent_comment_id": stable_id("c", article_id, c.parent) if c.parent is not None else None,
            }
            for i, c in enumerate(s.comments)
        ]
        to_arrow("articles", [article])  # a value the Parquet writer would refuse fails this document only
        to_arrow("comments", comments)
    except Exception as e:
        entry.quarantine(f"bad_field: {type(e).__name__}: {str(e)[:300]}")
        return None
    entry.article_id = article_id
    return entry, article, comments, ArticleText(article_id, s.body, ref)


def process_shard(
    shard: dict, staging: str, lake_uri: str, ingest_date: str, settings: Settings | None = None, progress=None
) -> dict:
    """Read, split and extract one shard of input files; write its rows to staging. Returns counts.

    `progress(line)` (default: the `newsetl` logger at INFO) gets a line at start-up, then at least every
    settings.progress_seconds while the shard runs, so a long shard shows it is alive. Every input, document and extraction runs in its own guard (`sources.read_input`, `_prepare`,
    `isolation.extract_isolated`): a bad one becomes a quarantined ledger row and the shard goes on."""
    from .extract.extractor import get_extractor

    settings = settings or get_settings()
    lake = Lake(lake_uri)
    run_date = date.fromisoformat(ingest_date)
    root = shard.get("root") or _input_root(lake, staging)
    writer = _ShardWriter(lake, staging, shard["shard"])
    t_load = time.perf_counter()
    extractor = get_extractor(settings.spacy_model, settings.cache_dir)
    progress = progress or log.info
    n_files = len(shard["paths"])
    progress(f"shard {shard['shard']}: {n_files} files; extractor ready in {time.perf_counter() - t_load:.2f} s")
    t0 = last = time.perf_counter()
    words = docs = 0
    pending: list[tuple] = []  # (entry, article row, comment rows, ArticleText): written once extracted

    def event_rows(art, events, mentions):
        return extractor.event_rows(art.article_id, events), mentions

    def tick(done_files: int, force: bool = False) -> None:
        nonlocal last
        now = time.perf_counter()
        if force or now - last >= settings.progress_seconds:
            last = now
            progress(
                f"shard {shard['shard']}: {done_files}/{n_files} files, {docs} documents, {words} body words, "
                f"{now - t0:.0f} s, {round(words / (now - t0)) if now > t0 else 0} words/s"
            )

    def run_extraction():
        nonlocal pending, words
        for i, out in isolation.extract_isolated(extractor, [p[3] for p in pending], settings, event_rows):
            entry, article, comments, art = pending[i]
            if isinstance(out, str):
                entry.quarantine(out)
            else:
                writer.add("articles", [article])
                writer.add("comments", comments)
                writer.add("events", out[0])
                writer.add("mentions", out[1])
                words += len(article["body"].split())
            writer.add("ingest_ledger", [entry.ledger_row(shard["shard"])])
        pending = []
        writer.flush()
        locks.heartbeat(lake, ingest_date, staging)

    for n_done, path in enumerate(shard["paths"]):
        for entry in sources.read_input(path, settings, root):
            tick(n_done)
            if entry.doc is not None:
                docs += 1
                prepared = _prepare(entry, settings, run_date)
                if prepared is not None:
                    pending.append(prepared)  # its ledger row is written after extraction
                    if len(pending) >= settings.batch_size:
                        run_extraction()
                    continue
            writer.add("ingest_ledger", [entry.ledger_row(shard["shard"])])
    run_extraction()
    writer.close()
    tick(n_files, force=True)
    secs = time.perf_counter() - t0
    counts = dict(writer.counts)
    counts.update(
        {
            "shard": shard["shard"],
            "files": len(shard["paths"]),
            "seconds": round(secs, 2),
            "body_words": words,
            "words_per_second": round(words / secs) if secs else None,
        }
    )
    log.info("shard %d: %s", shard["shard"], counts)
    return counts


# ---------------------------------------------------------------- finalize
def finalize(staging: str, lake_uri: str, ingest_date: str) -> dict:
    """Night-wide steps over the staged shards, with memory bounded by key columns:
    duplicates (same content twice in the night, or already published on another date) are dropped from
    the document tables and marked `duplicate` in the ledger; events get cross-article cluster counts."""
    lake = Lake(lake_uri)
    shard_dir = posixpath.join(staging, "shards")
    final = posixpath.join(staging, "final")
    basis = lake.fingerprint(exclude=ingest_date)  # what the deduplication below depends on (checked at publish)
    # 1. which article ids to keep
    seen: dict[str, str] = {}
    for other in lake.published_dates("articles"):
        if other == ingest_date:
            continue
        for _, t in lake.read_parts(
            lake.partition("articles", other), "articles", columns=["article_id", "content_sha256"]
        ):
            for aid in t.column("article_id").to_pylist():
                seen.setdefault(aid, f"published on {other}")
    keep_rows: dict[str, set[int]] = {}  # part path -> row numbers kept
    dup_of: dict[tuple[str, str | None], str] = {}  # (source_file, member) -> reason
    dup_dates: Counter = Counter()  # published date the duplicate repeats, or "this night"
    kept_ids: set[str] = set()
    for path, t in lake.read_parts(
        posixpath.join(shard_dir, "articles"), "articles", columns=["article_id", "source_file", "member"]
    ):
        rows = set()
        for i, (aid, src, mem) in enumerate(
            zip(t.column("article_id").to_pylist(), t.column("source_file").to_pylist(), t.column("member").to_pylist())
        ):
            if aid in seen:
                dup_of[(src, mem)] = f"duplicate_of: {aid} ({seen[aid]})"
                origin = seen[aid]
                dup_dates[origin[len("published on ") :] if origin.startswith("published on ") else "this night"] += 1
            else:
                seen[aid] = f"{src}{'!' + mem if mem else ''}"
                rows.add(i)
                kept_ids.add(aid)
        keep_rows[posixpath.basename(path)] = rows
    # 2. event clusters across articles of the night
    cluster_articles: dict[str, set[str]] = {}
    for _, t in lake.read_parts(
        posixpath.join(shard_dir, "events"), "events", columns=["event_cluster_id", "article_id"]
    ):
        for cid, aid in zip(t.column("event_cluster_id").to_pylist(), t.column("article_id").to_pylist()):
            if aid in kept_ids:
                cluster_articles.setdefault(cid, set()).add(aid)
    # 3. rewrite every table part by part
    counts: Counter = Counter()
    ledger_status: Counter = Counter()
    for name in ALL_TABLES:
        out_dir = posixpath.join(final, name, f"ingest_date={ingest_date}")
        wrote = False
        seen_keys: set = set()
        for path, t in lake.read_parts(posixpath.join(shard_dir, name), name):
            base = posixpath.basename(path)
            if name == "articles":
                mask = pa.array([i in keep_rows.get(base, set()) for i in range(t.num_rows)], type=pa.bool_())
                t = t.filter(mask)
            elif name in ("comments", "events", "mentions"):
                t = t.filter(pc.is_in(t.column("article_id"), value_set=pa.array(sorted(kept_ids), type=pa.string())))
                # an article duplicated inside the night keeps only its first copy's rows
                t = _drop_repeated(t, TABLES[name].key, seen_keys)
                if name == "events":
                    n = [len(cluster_articles.get(c, ())) or 1 for c in t.column("event_cluster_id").to_pylist()]
                    t = t.set_column(
                        t.schema.get_field_index("num_articles"), "num_articles", pa.array(n, type=pa.int32())
                    )
            else:  # ledger
                status = t.column("status").to_pylist()
                reason = t.column("reason").to_pylist()
                for i, (src, mem) in enumerate(
                    zip(t.column("source_file").to_pylist(), t.column("member").to_pylist())
                ):
                    if (src, mem) in dup_of and status[i] == "loaded":
                        status[i], reason[i] = "duplicate", dup_of[(src, mem)]
                t = t.set_column(t.schema.get_field_index("status"), "status", pa.array(status, type=pa.string()))
                t = t.set_column(t.schema.get_field_index("reason"), "reason", pa.array(reason, type=pa.string()))
                ledger_status.update(f"{k}:{s}" for k, s in zip(t.column("kind").to_pylist(), status))
            counts[name] += t.num_rows
            lake.write_table(posixpath.join(out_dir, base), t)
            wrote = True
        if not wrote:
            lake.write_table(posixpath.join(out_dir, "part-00000.parquet"), TABLES[name].schema.empty_table())
    if dup_dates:
        log.warning(
            "night %s: %d input documents are duplicates (%s); %d articles remain",
            ingest_date,
            len(dup_of),
            ", ".join(f"{k}: {v}" for k, v in sorted(dup_dates.items())),
            counts["articles"],
        )
    lake.write_json(posixpath.join(final, "_basis.json"), basis)
    return {
        "final": final,
        "rows": dict(counts),
        "ledger": dict(ledger_status),
        "duplicates": len(dup_of),
        "duplicates_by_date": dict(sorted(dup_dates.items())),
        "clusters_multi_article": sum(1 for v in cluster_articles.values() if len(v) > 1),
    }


def _drop_repeated(t: pa.Table, key: str, seen: set) -> pa.Table:
    mask = []
    for k in t.column(key).to_pylist():
        mask.append(k not in seen)
        seen.add(k)
    return t.filter(pa.array(mask, type=pa.bool_())) if not all(mask) else t


# ---------------------------------------------------------------- validate / publish / summary
def validate(final: str, lake_uri: str, ingest_date: str, run_id: str, fail_on_warning: bool = False) -> dict:
    from .quality import QualityGateError, validate_staged

    lake = Lake(lake_uri)
    t0, c0 = time.perf_counter(), time.process_time()
    report = validate_staged(lake, final, ingest_date, run_id)
    log.warning(
        "GX gate for %s: %d expectation results, %d failures, %d warnings in %.1f s (%.1f s CPU)",
        ingest_date,
        sum(len(t["results"]) for t in report["tables"].values()),
        len(report["failures"]),
        len(report["warnings"]),
        time.perf_counter() - t0,
        time.process_time() - c0,
    )
    path = posixpath.join(lake.runs(ingest_date, run_id), "validation.json")
    lake.write_json(path, report)
    failures = report["failures"] + (report["warnings"] if fail_on_warning else [])
    if failures:
        locks.Lease(lake, locks.date_lock(ingest_date), run_id).release()  # a verdict: the date is free again
        raise QualityGateError(failures, path)
    return {
        "success": True,
        "results": path,
        "warnings": len(report["warnings"]),
        "evaluated": sum(t["evaluated"] for t in report["tables"].values()),
        "data_docs": report.get("data_docs"),
    }


def publish(final: str, lake_uri: str, ingest_date: str, run_id: str, settings: Settings | None = None) -> dict:
    """Switch the validated night into the lake for all tables at once (lake.py), under the lake's
    commit lease. If another date was published since `finalize` deduplicated against the lake, the
    night is deduplicated and validated again first, so concurrent dates never both keep an article."""
    settings = settings or get_settings()
    lake = Lake(lake_uri)
    staging = posixpath.dirname(final.rstrip("/"))
    basis_path = posixpath.join(final, "_basis.json")
    refinalized = False
    with locks.Lease(lake, locks.COMMIT, run_id, "process", settings.lock_stale_seconds).acquire(
        max(locks.COMMIT_WAIT_SECONDS, settings.lock_wait_seconds)
    ):
        basis = lake.read_json(basis_path) if lake.fs.exists(basis_path) else None
        if basis is not None and basis != lake.fingerprint(exclude=ingest_date):
            log.warning(
                "another date was published since this night was deduplicated: deduplicating and validating again"
            )
            finalize(staging, lake_uri, ingest_date)
            validate(final, lake_uri, ingest_date, run_id, settings.fail_on_warning)
            refinalized = True
        done = lake.publish(
            final,
            ingest_date,
            run_id,
            ALL_TABLES,
            {"validation": posixpath.join(lake.runs(ingest_date, run_id), "validation.json")},
        )
    lake.cleanup_staging(ingest_date, run_id)
    lake.write_json(
        posixpath.join(lake.runs(ingest_date, run_id), "published.json"),
        {"run_id": run_id, "ingest_date": ingest_date, "published_at": datetime.now().isoformat(), "tables": done},
    )
    locks.Lease(lake, locks.date_lock(ingest_date), run_id).release()
    return {"published": done, "deduplicated_again": refinalized}


def summarize(lake_uri: str, ingest_date: str, run_id: str | None, extra: dict | None = None) -> dict:
    """Counts per table, ledger statuses and quarantined inputs of the published date."""
    import duckdb

    lake = Lake(lake_uri)
    out: dict = {"lake": lake.root, "ingest_date": ingest_date, "run_id": run_id, "tables": {}}
    for name in ALL_TABLES:
        n = 0
        for _, t in lake.read_parts(lake.partition(name, ingest_date), name):
            n += t.num_rows
        out["tables"][name] = n
    ledger = pa.concat_tables(
        [t for _, t in lake.read_parts(lake.partition("ingest_ledger", ingest_date), "ingest_ledger")]
        or [TABLES["ingest_ledger"].schema.empty_table()]
    )
    con = duckdb.connect()
    con.register("ledger", ledger)
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
    out["duplicates"] = con.execute("select count(*) from ledger where status = 'duplicate'").fetchone()[0]
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
    if run_id:  # a run records its summary; a later `newsetl summary` only reads
        from .report import write_report_quietly  # the nightly HTML report, next to validation.json

        out["report"] = write_report_quietly(lake_uri, ingest_date, run_id)
        lake.write_json(posixpath.join(lake.runs(ingest_date, run_id), "summary.json"), out)
    return out


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
            lines.append(f"    - {q['source_file']}{' [' + q['member'] + ']' if q['member'] else ''}: {q['reason']}")
    if s.get("words_per_second"):
        lines.append(f"  extraction: {s['body_words']} body words at {s['words_per_second']} words/s")
    return "\n".join(lines)


def new_run_id() -> str:
    """Unique even for two runs started in the same second on one host."""
    return f"cli__{datetime.now().strftime('%Y%m%dT%H%M%S')}_{os.getpid()}_{uuid.uuid4().hex[:6]}"


def run_pipeline(
    input_path: str, lake_uri: str, ingest_date: str, run_id: str | None = None, settings: Settings | None = None
) -> dict:
    """The whole nightly job in-process (the CLI and tests use this; the DAG runs the same steps).

    Holds the date's lease for the whole run (renewed in the background), so a second run of the same
    lake and date waits `lock_wait_seconds` and then fails with LakeBusy."""
    settings = settings or get_settings()
    run_id = run_id or new_run_id()
    lake = Lake(lake_uri)
    lease = take_date_lease(lake, ingest_date, run_id, "process", settings)
    step = "discover"
    try:
        with lease.keepalive():
            found = discover(input_path, lake_uri, ingest_date, run_id, settings, wait_seconds=0)
            if not found["shards"]:  # nothing to ingest and policy 'warn': the record is the summary
                return Lake(lake_uri).read_json(found["record"])
            step = "process_shard"
            counts = [process_shard(sh, found["staging"], lake_uri, ingest_date, settings) for sh in found["shards"]]
            step = "finalize"
            fin = finalize(found["staging"], lake_uri, ingest_date)
            step = "validate"
            val = validate(fin["final"], lake_uri, ingest_date, run_id, settings.fail_on_warning)
            step = "publish"
            publish(fin["final"], lake_uri, ingest_date, run_id, settings)
    except Exception as e:
        e.add_note(f"step {step} of ingest_date={ingest_date}, run {run_id}")
        raise
    finally:
        lease.release()
    words = sum(c.get("body_words", 0) for c in counts)
    secs = sum(c.get("seconds", 0) for c in counts)
    return summarize(
        lake_uri,
        ingest_date,
        run_id,
        {"validation": val, "body_words": words, "words_per_second": round(words / secs) if secs else None},
    )
