"""Measurement (issue 10, ev26; prints figures, changes nothing): what each pattern of a `data/wordlists.json` list
does to strict detection and to location/date on the aligned events, set by set (`train_events.DEV_SETS`, and
`events_blind14`/`15`/`18`/`19`, development sets since ev23/ev26/ev29/ev30): every development set is run with the
list empty, as in the file, with each pattern alone (`--each`) and with every pattern but one (`--drop`). A pattern
is kept when it makes no set worse and gains on at least two sets written by different hands. `--cue KEY` measures
instead a switch of `data/place_cues.json` (`{"enabled": ...}`, e.g. `paragraph_dateline`), off against on.

    PYTHONPATH=include:scripts python scripts/label_eval.py [--list summary_label_patterns] [--each] [--drop]
    PYTHONPATH=include:scripts python scripts/label_eval.py --cue paragraph_dateline
"""

from __future__ import annotations

import argparse

from rule_variants import data_file, load_with, scored

# blind18, blind19: development sets since ev29, ev30
EXTRA_DEV = ("events_blind14", "events_blind15", "events_blind18", "events_blind19")


def _with(key: str, patterns: list[str] | None, cue: str | None = None, on: bool = True) -> None:
    """Load the rules with the list `key` holding only `patterns` (None: as in the file), and the place_cues.json
    switch `cue` (when given) on or off."""

    def edit(file: str, data: dict) -> dict:
        if patterns is not None and file == "wordlists.json":
            data = {**data, key: list(patterns)}
        if cue is not None and file == "place_cues.json":
            data = {**data, cue: {**data.get(cue, {}), "enabled": on}}
        return data

    load_with(edit)


def score(sets) -> dict[str, tuple[int, ...]]:
    """{set: (tp, pred, gold, location right, date right)} under the scorer of `newsetl eval events` (location and
    date on the aligned events)."""
    return {name: (sc.tp, sc.n_pred, sc.n_gold, sc.arg_ok["location"], sc.arg_ok["date"]) for name, sc in scored(sets)}


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
    pats = data_file("wordlists.json").get(args.list, [])
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
