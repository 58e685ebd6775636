"""Settings, read from NEWSETL_* environment variables (pydantic-settings), overridable per call.

Every setting is documented in README.md ("Configuration").
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSETL_", extra="ignore")

    landing_dir: str = Field(
        "data/landing",
        description="Root of the landing zone; a scheduled run reads <landing>/<YYYY-MM-DD>/ and nothing else.",
    )
    lake_uri: str = Field(
        "data/lake",
        description="Root of the Parquet lake: a local path or any fsspec URI (s3://, gs://, memory://...).",
    )
    cache_dir: str = Field(
        str(Path.home() / ".cache" / "newsetl"),
        description="Where the compact gazetteer index is built once and reused.",
    )
    spacy_model: str = Field(
        "auto",
        description="'auto' = use en_core_web_trf/lg/md/sm when installed, else a blank English pipeline + rules; 'blank' = rules only; or a package name.",
    )
    scorer_filters: bool = Field(
        False,
        description="False (default): the fitted event scorer only gives every event its `event_confidence` and the rules decide which events exist (doubt lowers a confidence, it never deletes). True: the scorer's fitted decisions apply (events under its `threshold` dropped, filtered proposals at or above `proposal_threshold` kept, when the file enables them): measured in README 'Fitted event scorer, refit22'.",
    )
    shard_bytes: int = Field(8_000_000, description="Target input bytes per shard (one mapped Airflow task per shard).")
    max_shards: int = Field(64, description="Upper bound on the number of shards of one run.")
    min_shards: int = Field(
        8,
        description="A small night is still cut into about this many shards (one per file at most), so `newsetl run --workers N` and the DAG's mapped tasks keep every core busy; a larger night into a multiple of it (perf27: equal shards end together on 1, 2, 4 or 8 workers); independent of the worker count, so results do not depend on it.",
    )
    final_part_bytes: int = Field(
        32 << 20,
        description="Published part files are about this many bytes of Arrow data: finalize coalesces the shards' rows, so a night of many small shards is a few files per table, and a reader (the GX gate, a query) holds one part at a time.",
    )
    max_file_bytes: int = Field(
        200_000_000, description="Input files (or archive members) larger than this are quarantined as 'too_large'."
    )
    max_archive_members: int = Field(
        100_000, description="Archives with more members are quarantined as a zip-bomb guard."
    )
    min_text_chars: int = Field(
        40, description="Documents with less text than this (title, body and comments) are quarantined as 'too_short'."
    )
    gate_process: bool = Field(
        True,
        description="`newsetl run` finalizes and validates in a gate process of its own, started (importing GX) while the shards run, so the GX import is off the critical path, the night-wide state and the gate's memory are returned when it exits, and the run process keeps nothing that grows with the night; false = in the run process.",
    )
    batch_size: int = Field(64, description="Documents per spaCy nlp.pipe batch and per Parquet row group flush.")
    missing_night: Literal["fail", "warn"] = Field(
        "fail",
        description="A night whose landing folder is missing or holds no input: 'fail' = record it and fail the run (red night, failure callback); 'warn' = record it, log a warning and skip the rest of the run (green).",
    )
    landing_wait_seconds: int = Field(
        0,
        description="How long a scheduled run waits for <landing>/<date>/ to appear and hold files before treating the night as missing (polled every landing_poll_seconds).",
    )
    landing_poll_seconds: int = Field(30, description="Poll interval while waiting for the landing folder.")
    progress_seconds: float = Field(
        30.0, description="A running shard prints a progress line at least this often (documents, words, words/s)."
    )
    shard_memory_mb: int = Field(
        900,
        description="Memory one process_shard task may use (peak RSS); sizes how many shards run at once (see max_active_shards).",
    )
    max_active_shards: int = Field(
        0,
        description="Shard tasks of the DAG that may run at once over all workers; 0 = 60% of this host's memory / shard_memory_mb (at least 1). Read by the DAG at parse time.",
    )
    on_failure_callback: str = Field(
        "",
        description="Optional 'package.module:function' called with the Airflow context when a news_ingest task fails (after the built-in alert log line).",
    )
    # ---- per-input resource limits: an input over a limit is quarantined with a specific reason, the night goes on
    max_doc_chars: int = Field(
        1_000_000,
        description="A document (title, caption, body and comments) longer than this many characters is quarantined as 'too_long' before it is split; keeps bodies under spaCy's 1,000,000-character limit.",
    )
    max_doc_paragraphs: int = Field(
        1_000,
        description="A document whose body has more paragraphs than this is quarantined as 'too_many_paragraphs' before extraction.",
    )
    max_doc_seconds: float = Field(
        60.0,
        description="Splitting or extracting one document may use at most this many CPU seconds of the thread doing it (so a loaded host does not cut off more documents; wall time where the platform has no per-thread CPU clock, logged once); a slower document is kept (whole as body when its split is too slow, without events when its extraction is) and noted 'too_slow' in the ledger (0 = no limit, the backstop included).",
    )
    max_doc_wall_factor: float = Field(
        10.0,
        ge=1.0,
        description="Wall-time backstop of max_doc_seconds: splitting or extracting one document that runs this many times max_doc_seconds in wall time without using its CPU seconds (starved, or waiting in Python-level code that returns to Python between waits: a polling loop, short sleeps, timed waits) is stopped as 'too_slow' too. A single blocking C call (a long sleep, a read or lock acquire without a timeout) is not interrupted: the shard task's Airflow execution_timeout (2 hours, dags/news_ingest.py) bounds that.",
    )
    max_json_depth: int = Field(
        64, description="A JSONL record nested deeper than this (arrays/objects) is quarantined as 'json_too_deep'."
    )
    max_json_int_digits: int = Field(
        40,
        description="A JSONL record holding an integer with more digits than this is quarantined as 'json_number_too_large'.",
    )
    max_archive_bytes: int = Field(
        1_000_000_000,
        description="Total bytes one input archive may decompress to (all members, nested archives included); members past the budget are quarantined as 'too_large' without being decompressed.",
    )
    # ---- the lake: locks and fault injection
    lock_wait_seconds: float = Field(
        0.0,
        description="How long a run waits for another run holding the same lake + date before it fails with exit code 4 (0 = fail at once).",
    )
    lock_stale_seconds: float = Field(
        1800.0,
        description="A lock whose holder has not renewed it for this long is stale and is taken over (a lock held by a dead process on this host is stale at once).",
    )
    fault_point: str = Field(
        "",
        description="Testing only: the named step (e.g. 'publish.before_switch') kills the process there (os._exit), as a crash would.",
    )
    gx_dir: str = Field(
        "",
        description="Folder of the GX project (file Data Context, stored validation results, Data Docs); empty = <lake>/_runs/gx for a local lake. A lake on object storage needs it for Data Docs (without it the gate runs in an ephemeral GX context: same verdict, nothing kept).",
    )
    gx_docs_index_results: int = Field(
        400,
        description="Validation results the GX Data Docs index lists (the newest; about 8 per night). GX reads each listed result at every index build, so this bounds the gate's Data Docs cost as nights accumulate (0 = all). Older pages stay on disk.",
    )
    gate_slice_rows: int = Field(
        50_000,
        description="The GX gate validates a table's row expectations over slices of at most this many rows (one Checkpoint run per slice; a night whose tables are smaller is one run per table), so its memory does not grow with the night; uniqueness and references are checked night-wide on the key columns.",
    )
    gate_slice_cells: int = Field(
        400_000,
        description="A slice also holds at most about this many values (rows x the table's columns: GX reads each column, a free-text one reduced to a null marker), so a wide table (events: 33 columns) is validated in shorter slices than a narrow one (comments: 8); GX's working set follows the values of a slice, so a night's slices are no bigger than a small night's whole tables (a 2k night's mentions: ~430k values).",
    )
    fail_on_warning: bool = Field(
        False, description="Also block publishing when a non-critical ('warning') expectation fails."
    )


def get_settings(**overrides) -> Settings:
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)
