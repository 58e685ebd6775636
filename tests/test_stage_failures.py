"""Nothing lost when a stage fails on one document: a splitter error keeps the document whole as body
(`split_method` unsplit), an extractor error keeps it without events; the ledger's note says why, the GX gate
warns and the summary lists them. (Before, both were quarantined: a real article lost for our own bug.)"""

from pathlib import Path

import duckdb
import pandas as pd

from newsetl.extract.extractor import Extractor
from newsetl.night import shard
from newsetl.night.summary import format_summary
from newsetl.run import run_pipeline

DATE = "2026-11-20"
BODY = (
    "Gunmen attacked a police post in the town of Kafanchan on Monday, killing two officers, police said.\n\n"
    "The attackers fled before reinforcements arrived, a spokesman said in a statement on Tuesday.\n"
)


def _night(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, mark in (("fine", "Police post attacked"), ("splitbug", "ZZSPLITBUG"), ("extractbug", "ZZEXTRACTBUG")):
        (src / f"{name}.txt").write_text(
            f"{mark} in Kafanchan\n\n{BODY}\n{mark} was the code name.\n", encoding="utf-8"
        )
    return src


def _read(lake, table):
    return duckdb.sql(f"select * from read_parquet('{lake}/{table}/*/*.parquet', hive_partitioning=true)").df()


def test_a_document_a_stage_fails_on_is_kept_and_flagged(tmp_path, settings, monkeypatch):
    real_split, real_run = shard.split_dump, Extractor.run

    def split_dump(text, title=None):
        if "ZZSPLITBUG" in text:
            raise RuntimeError("splitter bug")
        return real_split(text, title=title)

    def run(self, articles, batch_size=64):
        for art in articles:
            if any("ZZEXTRACTBUG" in p for p in art.body):
                raise ValueError("extractor bug")
            yield from real_run(self, [art], batch_size=1)

    monkeypatch.setattr(shard, "split_dump", split_dump)
    monkeypatch.setattr(Extractor, "run", run)
    lake = tmp_path / "lake"
    summary = run_pipeline(str(_night(tmp_path)), str(lake), DATE, "stage_failures", settings)

    arts, events, ledger = _read(lake, "articles"), _read(lake, "events"), _read(lake, "ingest_ledger")
    assert len(arts) == 3 and (ledger["status"] == "loaded").all()  # nothing quarantined
    by_file = {row.source_file.rsplit("/", 1)[-1]: row for row in ledger.itertuples()}
    split_art = arts[arts["article_id"] == by_file["splitbug.txt"].article_id].iloc[0]
    assert split_art["split_method"] == "unsplit" and split_art["split_confidence"] == 0.5
    assert "Kafanchan on Monday" in split_art["body"]
    assert by_file["splitbug.txt"].note.startswith("split_error: RuntimeError: splitter bug; kept whole as body")
    assert by_file["extractbug.txt"].note.startswith("extract_error: ValueError: extractor bug; kept without events")
    assert pd.isna(by_file["fine.txt"].note)
    # the extractor failed on one document only: the others' events are there (the unsplit one's too)
    assert set(events["article_id"]) == {by_file["fine.txt"].article_id, by_file["splitbug.txt"].article_id}
    assert by_file["extractbug.txt"].article_id not in set(events["article_id"])
    kept = {q["source_file"].rsplit("/", 1)[-1] for q in summary["kept_despite_errors"]}
    assert kept == {"splitbug.txt", "extractbug.txt"}
    assert "documents kept although a stage failed on them (2)" in format_summary(summary)
    assert "Documents kept although a stage failed on them" in Path(summary["report"]).read_text(encoding="utf-8")
    assert summary["validation"]["warnings"] >= 1  # the gate warns (ledger notes), it does not block
