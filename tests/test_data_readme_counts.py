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
    stated = re.search(r"\| (\d[\d,]*) entries: (\d[\d,]*) lists and (\d[\d,]*) tables \(\+ `_doc`\) \|$", row)
    assert stated, row[-80:]
    keys = [k for k in lists if k != "_doc"]
    tables = [k for k in keys if not isinstance(lists[k], list)]  # (fix100) the objects ("trigger_windows") as such
    assert [int(g.replace(",", "")) for g in stated.groups()] == [len(keys), len(keys) - len(tables), len(tables)]


def _row(name: str) -> str:
    readme = (DATA / "README.md").read_text(encoding="utf-8").splitlines()
    return next(line for line in readme if line.startswith(f"| `{name}` |"))


def test_actor_frames_and_place_cues_counts_in_data_readme_match_the_files():
    """(fix99) Rows 13 and 14 had drifted (26 -> 29 place_cues rules, 41 -> 43 frames) unnoticed."""
    frames = json.loads((DATA / "actor_frames.json").read_text(encoding="utf-8"))
    rules = frames["rules"]
    on = sum(r.get("enabled", True) for r in rules)
    assert f"| {len(rules)} frames ({on} on), {len(frames['anaphora'])} anaphora |" in _row("actor_frames.json")
    cues = json.loads((DATA / "place_cues.json").read_text(encoding="utf-8"))["rules"]
    on = sum(r.get("enabled", True) for r in cues)
    assert f"| {len(cues)} rules ({on} on;" in _row("place_cues.json")
