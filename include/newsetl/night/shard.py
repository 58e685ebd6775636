"""process: read, split and extract one shard of input files into staging."""

from __future__ import annotations

import hashlib
import json
import posixpath
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .. import isolation, locks, sources
from ..config import Settings, get_settings
from ..lake import Lake
from ..schemas import TABLES, to_arrow
from ..sources import Entry
from ..sources_paths import display_name
from ..split import SplitDoc, from_given, keep_prose, parse_timestamp, split_dump, unsplit
from .common import ALL_TABLES, log
from .discover import _input_root


# ---------------------------------------------------------------- process
class _ShardWriter:
    def __init__(self, lake: Lake, staging: str, shard: int):
        self.lake, self.staging, self.shard = lake, staging, shard
        self.rows: dict[str, list[dict]] = {t: [] for t in ALL_TABLES}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.handles: dict[str, Any] = {}  # open fsspec files
        self.counts: Counter = Counter()

    def add(self, table: str, rows: list[dict]) -> None:
        self.rows[table].extend(rows)
        self.counts[table] += len(rows)

    def add_table(self, table: str, t: pa.Table) -> None:
        """Rows already converted (and so checked) as one Arrow table: written as they are."""
        self._write(table, t)
        self.counts[table] += t.num_rows

    def _write(self, table: str, t: pa.Table) -> None:
        if table not in self.writers:
            path = posixpath.join(self.staging, "shards", table, f"part-{self.shard:05d}.parquet")
            self.lake.fs.makedirs(posixpath.dirname(path), exist_ok=True)
            self.handles[table] = self.lake.fs.open(path, "wb")
            self.writers[table] = pq.ParquetWriter(self.handles[table], TABLES[table].schema, compression="zstd")
        self.writers[table].write_table(t)

    def flush(self) -> None:
        for t, rows in self.rows.items():
            if rows:
                self._write(t, to_arrow(t, rows))
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


def _split(doc: sources.RawDoc) -> SplitDoc:
    f = doc.fields
    if f and f.get("body"):
        return from_given(f.get("title"), f["body"], f.get("comments"))
    return split_dump(doc.text, title=(f.get("title") or None) if f else None)


def _unsplit(doc: sources.RawDoc, entry: Entry, why: str) -> SplitDoc:
    """A document whose split failed is kept whole as body, without comments (split_method `unsplit`); the ledger
    row of its entry says why (note). (JSONL titles are strings: sources_jsonl.STRING_FIELDS.)"""
    entry.add_note(f"{why}; kept whole as body, no comments (split_method unsplit)")
    return unsplit(doc.text, (doc.fields.get("title") or None) if doc.fields else None)


def _kept_without_events(entry: Entry, why: str) -> None:
    """An extractor failure costs the document its events, not the document: the ledger row says why (note)."""
    entry.add_note(f"{why}; kept without events")


def canonical_hash(s: SplitDoc) -> str:
    payload = json.dumps(
        [s.title, s.caption, s.body, [[c.author, c.paragraphs] for c in s.comments]], ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _prepare(entry: sources.Entry, settings: Settings, run_date: date):
    """Split one document and build its rows, in its own guard: (entry, article row, comment rows, text to
    extract), or None with the entry quarantined for a specific reason (limits, split errors, bad values)."""
    from ..extract.events import stable_id
    from ..extract.extractor import ArticleText

    doc, entry.doc = entry.doc, None
    assert doc is not None  # only loaded entries are prepared
    problem = isolation.size_problem(doc.text, doc.fields, settings)
    if problem:
        entry.quarantine(problem)
        return None
    published = parse_timestamp(doc.fields.get("published_at")) if doc.fields else None
    try:
        with isolation.deadline(settings.max_doc_seconds, settings.max_doc_wall_factor):
            s = _split(doc)
    except isolation.TooSlow as e:
        s = _unsplit(doc, entry, isolation.slow_reason("splitting", e, settings))
    except Exception as e:  # a splitter bug must not lose the document: it is kept whole, the error noted
        log.exception("split failed for %s %s", entry.source_file, entry.member)
        s = _unsplit(doc, entry, f"split_error: {type(e).__name__}: {str(e)[:300]}")
    # the document's own text, comments included (a long page split into a short body is no short document);
    # counted before the title may stand in for a missing body
    text_len = len(s.title) + sum(len(p) for p in s.body) + sum(len(p) for c in s.comments for p in c.paragraphs)
    s = keep_prose(s)  # nothing with prose is quarantined for its split
    problem = isolation.paragraph_problem(len(s.body), settings)
    if problem:
        entry.quarantine(problem)
    elif text_len < settings.min_text_chars:
        entry.quarantine(f"too_short: {text_len} characters of title, body and comments")
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
    except Exception as e:
        entry.quarantine(f"bad_field: {type(e).__name__}: {str(e)[:300]}")
        return None
    entry.article_id = article_id
    return entry, article, comments, ArticleText(article_id, s.body, ref)


DOC_TABLES = ("articles", "comments", "events", "mentions")


def _doc_problem(entry: Entry, rows: dict[str, list[dict]]) -> str | None:
    """Why one document's rows would fail the Parquet writer (checked only when its batch failed): a value the
    writer refuses in the split's rows costs this document (bad_field); in the extraction's rows, its events and
    mentions only (extract_error, noted: the document is kept without events)."""
    for table in DOC_TABLES:
        try:
            to_arrow(table, rows[table])
        except Exception as e:
            problem = f"{type(e).__name__}: {str(e)[:300]}"
            if table in ("articles", "comments"):
                return f"bad_field: {problem}"
            _kept_without_events(entry, f"extract_error: {problem}")
            rows["events"], rows["mentions"] = [], []
            break
    return None


def write_batch(writer: _ShardWriter, done: list[tuple[Entry, dict[str, list[dict]]]]) -> int:
    """The rows of extracted documents, converted to Arrow once per batch and table (not once per document);
    when a batch does not convert, every document is checked alone and a failing one is quarantined.
    Returns the body words written."""
    try:
        tables = {t: to_arrow(t, [r for _, rows in done for r in rows[t]]) for t in DOC_TABLES}
    except Exception:
        tables = None
    words = 0
    if tables is None:
        kept = []
        for entry, rows in done:
            problem = _doc_problem(entry, rows)
            if problem:
                entry.quarantine(problem)
            else:
                kept.append((entry, rows))
        done = kept
        tables = {t: to_arrow(t, [r for _, rows in done for r in rows[t]]) for t in DOC_TABLES}
    for t in DOC_TABLES:
        writer.add_table(t, tables[t])
    for _entry, rows in done:
        article = rows["articles"][0]
        words += article["word_count"] - len(article["title"].split())
    return words


class _Progress:
    """A progress line at least every `every` seconds while a shard runs."""

    def __init__(self, shard: int, n_files: int, every: float, out: Callable[[str], object]):
        self.shard, self.n_files, self.every, self.out = shard, n_files, every, out
        self.t0 = self.last = time.perf_counter()
        self.docs = self.words = 0

    def tick(self, done_files: int, force: bool = False) -> None:
        now = time.perf_counter()
        if force or now - self.last >= self.every:
            self.last = now
            rate = round(self.words / (now - self.t0)) if now > self.t0 else 0
            self.out(
                f"shard {self.shard}: {done_files}/{self.n_files} files, {self.docs} documents, "
                f"{self.words} body words, {now - self.t0:.0f} s, {rate} words/s"
            )


def _entries(
    paths: list[str], settings: Settings, root: str | None, stages: dict[str, float]
) -> Iterator[tuple[int, Entry]]:
    """(file number, entry) of every input of the shard; the time spent reading goes to stages['read']."""
    for n_done, path in enumerate(paths):
        it = sources.read_input(path, settings, root)
        while True:
            t = time.perf_counter()
            entry = next(it, None)
            stages["read"] += time.perf_counter() - t
            if entry is None:
                break
            yield n_done, entry


def _timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def process_shard(
    shard: dict, staging: str, lake_uri: str, ingest_date: str, settings: Settings | None = None, progress=None
) -> dict:
    """Read, split and extract one shard of input files; write its rows to staging. Returns counts and the
    seconds per stage (`stages`: load, read, split, extract, write). `progress(line)` (default: log at INFO) gets a
    line at start-up, then at least every settings.progress_seconds, so a long shard shows it is alive. Every input,
    document and extraction runs in its own guard (`sources.read_input`, `_prepare`, `isolation.extract_isolated`):
    a bad one becomes a quarantined ledger row and the shard goes on."""
    from ..extract.extractor import get_extractor

    settings = settings or get_settings()
    lake = Lake(lake_uri)
    run_date = date.fromisoformat(ingest_date)
    root = shard.get("root") or _input_root(lake, staging)
    writer = _ShardWriter(lake, staging, shard["shard"])
    t_load = time.perf_counter()
    extractor = get_extractor(settings.spacy_model, settings.cache_dir)
    progress = progress or log.info
    progress(
        f"shard {shard['shard']}: {len(shard['paths'])} files; extractor ready in {time.perf_counter() - t_load:.2f} s"
    )
    stages = dict.fromkeys(("load", "read", "split", "extract", "write"), 0.0)
    stages["load"] = time.perf_counter() - t_load
    prog = _Progress(shard["shard"], len(shard["paths"]), settings.progress_seconds, progress)
    pending: list[tuple] = []  # (entry, article row, comment rows, ArticleText): written once extracted

    def event_rows(art, events, mentions):
        return extractor.event_rows(art.article_id, events), mentions

    def run_extraction() -> None:
        t = time.perf_counter()
        arts = [p[3] for p in pending]
        with extractor.batch_zone(len(arts)):  # frees what the batch added to spaCy's vocab (its rows are plain Python)
            outs = list(isolation.extract_isolated(extractor, arts, settings, event_rows, check=False))
        t1 = time.perf_counter()
        stages["extract"] += t1 - t
        done = []
        for i, out in outs:
            entry, article, comments, art = pending[i]
            if isinstance(out, str):
                _kept_without_events(entry, out)
                out = ([], [])
            done.append((entry, {"articles": [article], "comments": comments, "events": out[0], "mentions": out[1]}))
        prog.words += write_batch(writer, done)
        writer.add("ingest_ledger", [pending[i][0].ledger_row(shard["shard"]) for i, _ in outs])
        pending.clear()
        writer.flush()
        locks.heartbeat(lake, ingest_date, staging)
        stages["write"] += time.perf_counter() - t1

    for n_done, entry in _entries(shard["paths"], settings, root, stages):
        prog.tick(n_done)
        if entry.doc is not None:
            prog.docs += 1
            t = time.perf_counter()
            prepared = _prepare(entry, settings, run_date)
            stages["split"] += time.perf_counter() - t
            if prepared is not None:
                pending.append(prepared)  # its ledger row is written after extraction
                if len(pending) >= settings.batch_size:
                    run_extraction()
                continue
        writer.add("ingest_ledger", [entry.ledger_row(shard["shard"])])
    run_extraction()
    stages["write"] += _timed(writer.close)
    prog.tick(len(shard["paths"]), force=True)
    secs = time.perf_counter() - prog.t0
    counts = dict(writer.counts)
    counts.update(
        {
            "shard": shard["shard"],
            "files": len(shard["paths"]),
            "seconds": round(secs, 2),
            "body_words": prog.words,
            "words_per_second": round(prog.words / secs) if secs else None,
            "stages": {k: round(v, 3) for k, v in stages.items()},
        }
    )
    log.info("shard %d: %s", shard["shard"], counts)
    return counts
