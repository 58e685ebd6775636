"""Measurement (issue 10, ev26; prints figures, changes nothing): what each pattern of a `data/wordlists.json` list
does to strict detection and to location/date on the aligned events, set by set (`train_events.DEV_SETS`, and
`events_blind14`/`events_blind15`, development sets since ev23/ev26): every development set is run with the list empty,
as in the file, with each pattern alone (`--each`) and with every pattern but one (`--drop`). A pattern is kept when it
makes no set worse and gains on at least two sets written by different hands. `--cue KEY` measures instead a
switch of `data/place_cues.json` (`{"enabled": ...}`, e.g. `paragraph_dateline`), off against on.

    PYTHONPATH=include:scripts python scripts/label_eval.py [--list summary_label_patterns] [--each] [--drop]
    PYTHONPATH=include:scripts python scripts/label_eval.py --cue paragraph_dateline
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTRA_DEV = ("events_blind14", "events_blind15")
_PLAIN: list = []


def _with(key: str, patterns: list[str] | None, cue: str | None = None, on: bool = True) -> None:
    """Load the rules with the list `key` holding only `patterns` (None: as in the file), and the place_cues.json
    switch `cue` (when given) on or off."""
    from newsetl.extract import rules

    if not _PLAIN:
        _PLAIN.append(rules.read_json)
    plain = _PLAIN[0]

    def read_json(path: Path) -> dict:
        data = plain(path)
        if patterns is not None and Path(path).name == "wordlists.json" and data:
            data = {**data, key: list(patterns)}
        if cue is not None and Path(path).name == "place_cues.json" and data:
            data = {**data, cue: {**data.get(cue, {}), "enabled": on}}
        return data

    rules.read_json = read_json  # type: ignore[assignment]
    rules._load.cache_clear()


def score(sets) -> dict[str, tuple[int, ...]]:
    """{set: (tp, pred, gold, location right, date right)} under the scorer of `newsetl eval events`."""
    from trigger_class_eval import extracted  # (scripts/: the same extraction of a set)

    from newsetl.config import get_settings
    from newsetl.eval_events import _EventScorer
    from newsetl.extract.extractor import Extractor

    settings = get_settings()
    ex = Extractor(settings.spacy_model, settings.cache_dir)
    matcher = _EventScorer(ex.res, ex.gaz)
    out = {}
    for name in sets:
        golds, got = extracted(ex, name)
        tp = pred = gold = loc = day = 0
        for g in golds:
            for ev in g["events"]:
                ev["_place"] = matcher.gold_place(ev)
            rows = got.get(g["id"], [])
            matched, _ = matcher.detect(g["events"], rows)
            for gi, pi in matcher.align(g["events"], rows, matched).items():
                loc += matcher.loc_match(g["events"][gi], rows[pi])
                pd_ = rows[pi]["event_date"].isoformat() if rows[pi]["event_date"] else None
                day += pd_ == g["events"][gi].get("event_date")
            tp, pred, gold = tp + len(matched), pred + len(rows), gold + len(g["events"])
        out[name] = (tp, pred, gold, loc, day)
    return out


def main() -> None:
    from newsetl.train_events import DEV_SETS

    ap = argparse.ArgumentParser()
    ap.add_argument("--list", default="summary_label_patterns")
    ap.add_argument("--each", action="store_true")
    ap.add_argument("--drop", action="store_true")
    ap.add_argument("--cue", help="a place_cues.json switch to measure (off against on) instead of a list")
    args = ap.parse_args()
    sets = list(DEV_SETS) + list(EXTRA_DEV)
    if args.cue:
        _with(args.list, None, args.cue, False)
        base = score(sets)
        _with(args.list, None, args.cue, True)
        _print(sets, base, {args.cue: score(sets)})
        return
    words = json.loads((ROOT / "include/newsetl/data/wordlists.json").read_text(encoding="utf-8"))
    pats = words.get(args.list, [])
    _with(args.list, [])
    base = score(sets)
    runs = {"all": pats}
    for i, p in enumerate(pats):
        if args.each:
            runs[f"alone {i}"] = [p]
        if args.drop:
            runs[f"without {i}"] = [q for q in pats if q != p]
    for i, p in enumerate(pats):
        print(f"{i}: {p}")
    got = {}
    for name, ps in runs.items():
        _with(args.list, ps)
        got[name] = score(sets)
    _print(sets, base, got)


def _print(sets, base: dict, got: dict) -> None:
    print("set | base (tp/pred/gold/location/date) | " + " | ".join(got))
    for s in sets:
        cells = []
        for name in got:
            d = tuple(a - b for a, b in zip(got[name][s], base[s]))
            cells.append("=" if not any(d) else f"tp{d[0]:+d} pred{d[1]:+d} loc{d[3]:+d} date{d[4]:+d}")
        print(f"{s} | {base[s]} | " + " | ".join(cells))


if __name__ == "__main__":
    main()
