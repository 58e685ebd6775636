"""A worker runs many shards with one model: spaCy's vocab must not keep every new word of every night. After the
process's first documents (`extractor.PERMANENT_DOCS`, whose words stay: the frequent ones) a shard runs each
extraction batch in `nlp.memory_zone()`, so the strings a batch adds are freed once its rows are out."""

import newsetl.extract.extractor as extractor_module
from newsetl.extract.extractor import get_extractor
from newsetl.run import run_pipeline

DATE = "2026-11-21"


def _night(tmp_path, n: int, tag: str):
    src = tmp_path / f"in_{tag}"
    src.mkdir()
    for i in range(n):
        words = " ".join(f"{tag}{i}x{j}" for j in range(20))  # 20 words no earlier document had
        (src / f"d{i:03d}.txt").write_text(
            f"Clashes near Kafanchan {i}\n\nGunmen attacked a police post in Kafanchan on Monday, police said. "
            f"Residents named the streets {words}.\n\nThe attackers fled before reinforcements arrived.\n",
            encoding="utf-8",
        )
    return src


def _lake_rows(lake):
    import pyarrow.parquet as pq

    return {
        t: sorted(map(str, pq.read_table(str(lake / t / f"ingest_date={DATE}")).to_pylist()))
        for t in ("articles", "events", "mentions")
    }


def test_new_words_of_a_night_do_not_stay_in_the_vocab(tmp_path, settings, monkeypatch):
    ex = get_extractor(settings.spacy_model, settings.cache_dir)
    monkeypatch.setattr(ex, "permanent_docs", extractor_module.PERMANENT_DOCS)  # past the first documents
    before = len(ex.nlp.vocab.strings)
    run_pipeline(str(_night(tmp_path, 30, "Qorvex")), str(tmp_path / "lake"), DATE, "memory_zone", settings)
    grown = len(ex.nlp.vocab.strings) - before
    assert grown < 100, f"the vocab kept {grown} strings of a 600-new-word night"
    assert not any(s.startswith("Qorvex") for s in list(ex.nlp.vocab.strings)[-2000:])


def test_the_first_documents_words_stay_and_the_rows_are_the_same_either_way(tmp_path, settings, monkeypatch):
    """The process's first batches run outside a zone (their words stay); zoned or not, a night's rows are equal."""
    ex = get_extractor(settings.spacy_model, settings.cache_dir)
    src = _night(tmp_path, 30, "Velmar")
    monkeypatch.setattr(ex, "permanent_docs", extractor_module.PERMANENT_DOCS)
    run_pipeline(str(src), str(tmp_path / "zoned"), DATE, "zoned", settings)
    assert not any(s.startswith("Velmar") for s in list(ex.nlp.vocab.strings)[-2000:])
    monkeypatch.setattr(ex, "permanent_docs", 0)
    run_pipeline(str(src), str(tmp_path / "kept"), DATE, "kept", settings)
    assert ex.permanent_docs == 30
    assert any(s.startswith("Velmar") for s in list(ex.nlp.vocab.strings)[-2000:])
    zoned, kept = _lake_rows(tmp_path / "zoned"), _lake_rows(tmp_path / "kept")
    assert zoned["events"] and zoned["mentions"] and zoned == kept


def test_the_summary_and_report_query_on_one_duckdb_thread(tmp_path, settings, monkeypatch):
    """Their queries are small aggregates; with DuckDB's default of a thread per core their peak memory grew with the
    night (the report on a 100k-document lake: 238 MB peak with two threads, 220 with one, as on a 2k lake)."""
    import duckdb

    from newsetl.night.summary import summarize

    lake = str(tmp_path / "lake")
    run_pipeline(str(_night(tmp_path, 3, "Dunmere")), lake, DATE, "first", settings)
    configs, real = [], duckdb.connect

    def spy(*a, **k):
        configs.append(k.get("config"))
        con = real(*a, **k)
        configs.append(con.execute("select current_setting('threads')").fetchall()[0][0])
        return con

    monkeypatch.setattr(duckdb, "connect", spy)
    out = summarize(lake, DATE, "summary_again")
    assert out["report"] and out["tables"]["articles"] == 3
    assert configs == [{"threads": 1}, 1] * (len(configs) // 2) and len(configs) >= 4  # the summary's, the report's
