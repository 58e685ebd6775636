from pathlib import Path

from newsetl.cli import main
from newsetl.schemas import TABLES, markdown_docs

ROOT = Path(__file__).resolve().parents[1]


def test_table_docs_are_generated_and_in_sync():
    assert main(["docs", "--check", "--out", str(ROOT / "docs" / "tables.md")]) == 0, "run `newsetl docs`"


def test_every_column_documented():
    text = markdown_docs()
    for t in TABLES.values():
        assert f"## `{t.name}`" in text
        for c in t.columns:
            assert c.doc and f"| `{c.name}` |" in text
