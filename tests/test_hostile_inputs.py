"""A night of hostile inputs next to good dumps (tests/hostile.py): the run exits 0, every input has a
ledger row with a specific reason, every good article loads, and the ledger reconciles exactly."""

import os

import duckdb
import pytest

from newsetl.cli import main as cli

from .hostile import SETTINGS, build, kinds

DATE = "2026-11-20"
SPECIFIC = (
    "loaded",
    "duplicate",
    "empty",
    "binary",
    "undecodable",
    "unsupported_type",
    "corrupt_archive",
    "corrupt_member",
    "unsafe_path",
    "unsafe_member_type",
    "too_large",
    "too_long",
    "too_many_members",
    "too_many_paragraphs",
    "nested_too_deep",
    "malformed_json",
    "not_an_object",
    "missing_field",
    "bad_field",
    "no_body",
    "no_title",
    "too_short",
    "symlink_loop",
    "dangling_symlink",
    "symlink_to_directory",
    "not_regular_file",
    "json_too_deep",
    "json_number_too_large",
    "invalid_unicode",
    "encrypted",
    "archive",
    "jsonl",
    "duplicate_of",
)


@pytest.fixture(scope="module")
def night(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    land, expected = build(tmp)
    lake = tmp / "lake"
    env = {k: os.environ.get(k) for k in SETTINGS}
    os.environ.update(SETTINGS)
    try:
        rc = cli(["run", "--input", str(land), "--lake", str(lake), "--date", DATE])
    finally:
        for k, v in env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    ledger = duckdb.sql(f"select * from read_parquet('{lake}/ingest_ledger/*/*.parquet')").df()
    articles = duckdb.sql(f"select * from read_parquet('{lake}/articles/*/*.parquet')").df()
    ledger, articles = (df.astype(object).where(df.notna(), None) for df in (ledger, articles))
    return land, expected, rc, ledger, articles


def _key(land, row):
    return row["source_file"][len(str(land)) + 1 :], row["member"]


def test_at_least_40_kinds(night):
    _, expected, *_ = night
    assert kinds(expected) >= 40, kinds(expected)


def test_run_exits_zero(night):
    assert night[2] == 0


def test_every_input_has_one_row_with_the_expected_reason(night):
    land, expected, _, ledger, _ = night
    rows = {}
    for _, r in ledger.iterrows():
        k = _key(land, r)
        assert k not in rows, f"two ledger rows for {k}"
        rows[k] = r
    wrong = []
    for k, want in expected.items():
        r = rows.get(k)
        got = (
            None if r is None else r["status"] if want in ("loaded", "duplicate") else (r["reason"] or "").split(":")[0]
        )
        if got != want:
            wrong.append((k, want, None if r is None else (r["status"], r["reason"])))
    assert not wrong, "\n".join(map(str, wrong))
    for k, r in rows.items():  # nothing anonymous: every row has a specific status or reason code
        code = r["status"] if r["status"] == "loaded" and not r["reason"] else (r["reason"] or "").split(":")[0]
        assert code in SPECIFIC, (k, r["reason"])
    top = {k[0] for k in rows if k[1] is None}
    listed = {p.relative_to(land).as_posix() for p in land.rglob("*") if not p.is_dir() or p.is_symlink()}
    listed = {os.fsencode(n).decode("utf-8", "backslashreplace") for n in listed}
    assert top == listed  # every entry of the folder exactly once


def test_good_articles_all_load_and_the_ledger_reconciles(night):
    land, expected, _, ledger, articles = night
    loaded = ledger[(ledger["status"] == "loaded") & ledger["kind"].isin(["file", "record"])]
    assert len(loaded) == len(articles) and set(loaded["article_id"]) == set(articles["article_id"])
    good = {k for k, v in expected.items() if v == "loaded"}
    arts = {_key(land, r) for _, r in articles.iterrows()}
    containers = {k for k in good if (k[1] or k[0]).endswith((".zip", ".tar", ".gz", ".jsonl"))}
    assert good - containers <= arts
    assert not articles["body"].str.contains("root:x:0:0|outside the landing folder").any()  # nothing outside was read


def test_names_and_encodings_are_kept(night):
    land, _, _, ledger, articles = night
    row = ledger[ledger["source_file"].str.endswith("caf\\xff_name.txt")].iloc[0]
    assert bytes(row["source_file_raw"]).endswith(b"caf\xff_name.txt")
    by_file = {r["source_file"].rsplit("/", 1)[-1]: r for _, r in articles.iterrows() if r["member"] is None}
    bad = by_file["utf8_bad_bytes.txt"]
    assert "“brigades”" in bad["body"] and bad["encoding"] == "utf-8"
    note = ledger[ledger["source_file"].str.endswith("utf8_bad_bytes.txt")]["note"].iloc[0]
    assert "2 invalid UTF-8 byte sequences replaced" in note
    mixed = by_file["mixed_utf8_cp1252.txt"]
    assert "“progress”" in mixed["body"] and "délégation" in mixed["body"] and mixed["encoding"] == "utf-8+cp1252"
    assert (
        by_file["utf16le_nobom.txt"]["encoding"] == "utf-16-le"
        and by_file["utf16be_nobom.txt"]["encoding"] == "utf-16-be"
    )
    assert "“cp1252” café" in by_file["cp1252.txt"]["title"]
    titles = set(articles["title"])
    assert any("\u2028" in t or "Line separator" in t or "Line" in t for t in titles)
