"""Shared by the rule measurements of scripts/ (frame_eval, actor_frame_eval, admin_unit_eval, trigger_class_eval,
label_eval; they print figures and change nothing): the rules loaded with a variant of their data files, and each set
scored with them under the scorer of `newsetl eval events`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsetl.eval_events import _EventScorer

ROOT = Path(__file__).resolve().parents[1]
_PLAIN: list = []  # rules.read_json as loaded, before any patch


def data_file(name: str) -> dict:
    """The data file `name` of include/newsetl/data/ as it is."""
    return json.loads((ROOT / "include/newsetl/data" / name).read_text(encoding="utf-8"))


def load_with(edit: Callable[[str, dict], dict]) -> None:
    """Load the rules with every non-empty data file read as `edit(file name, data)`; a later call replaces the edit."""
    from newsetl.extract import rules

    if not _PLAIN:
        _PLAIN.append(rules.read_json)
    plain = _PLAIN[0]

    def read_json(path: Path) -> dict:
        data = plain(path)
        return edit(Path(path).name, data) if data else data

    rules.read_json = read_json  # type: ignore[assignment]
    rules._load.cache_clear()


def enabled_only(data: dict, key: str, names: set[str] | None) -> dict:
    """`data` with the rules of its list `key` enabled only when named in `names` (None: as they are)."""
    if names is None:
        return data
    return {**data, key: [{**r, "enabled": r["name"] in names} for r in data.get(key, [])]}


def extracted(ex, name: str) -> tuple[list[dict], dict[str, list]]:
    """The gold articles of eval/`name` and the extractor `ex`'s event rows per article id."""
    from newsetl.extract.extractor import ArticleText

    golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted((ROOT / "eval" / name).glob("*.json"))]
    arts = [ArticleText(g["id"], g["body"], date.fromisoformat(g["reference_date"])) for g in golds]
    return golds, {a.article_id: ex.event_rows(a.article_id, evs) for a, evs, _ in ex.run(arts)}


def scored(sets) -> Iterator[tuple[str, _EventScorer]]:
    """(set, the `newsetl eval events` scorer that scored it) per set, with the rules as loaded now."""
    from newsetl.config import get_settings
    from newsetl.eval_events import _EventScorer
    from newsetl.extract.extractor import Extractor

    settings = get_settings()
    ex = Extractor(settings.spacy_model, settings.cache_dir)
    for name in sets:
        golds, got = extracted(ex, name)
        sc = _EventScorer(ex.res, ex.gaz)
        for g in golds:
            sc.score(g["id"], g["events"], got.get(g["id"], []))
        yield name, sc


def strict(sets) -> dict[str, tuple[int, int, int]]:
    """{set: (tp, pred, gold)} of strict detection, with the rules as loaded now."""
    return {name: (sc.tp, sc.n_pred, sc.n_gold) for name, sc in scored(sets)}
