"""The data README's inventory table states how many word lists `wordlists.json` holds; the figure must follow the file
(it drifted from 381 to 392 lists unnoticed in the nineteenth session's merges)."""

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "include" / "newsetl" / "data"


def test_wordlists_count_in_data_readme_matches_the_file():
    lists = json.loads((DATA / "wordlists.json").read_text(encoding="utf-8"))
    readme = (DATA / "README.md").read_text(encoding="utf-8").splitlines()
    row = next(line for line in readme if line.startswith("| `wordlists.json` |"))
    stated = re.search(r"\| (\d[\d,]*) lists \(\+ `_doc`\) \|$", row)
    assert stated, row[-80:]
    assert int(stated.group(1).replace(",", "")) == len([k for k in lists if k != "_doc"])
