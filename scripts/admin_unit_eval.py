"""Measurement (issue 10, ev24; prints figures, changes nothing): what the unit words of `place_cues.json`
`admin_unit_names` do on every development set (`train_events.DEV_SETS` and `events_blind14`): strict detection
(tp / pred / gold) and location accuracy on aligned events, with the list off, with every word, with each word alone
(`--each`) and with every word but one (`--drop`); `--origin`: `origin_not_anchor` (ev24, off in the
file) added to all the words and alone. A word is kept when it gains on two sets written by different hands
and loses on none.
    PYTHONPATH=include:scripts python scripts/admin_unit_eval.py [--each] [--drop] [--sets NAME ...]
"""

from __future__ import annotations

import argparse

from rule_variants import data_file, load_with, scored

CUES = "place_cues.json"
KEY = "admin_unit_names"


def _words() -> list[tuple[str, str]]:
    data = data_file(CUES).get(KEY, {})
    return [("after", w) for w in data.get("after", [])] + [("of_before", w) for w in data.get("of_before", [])]


def _with(words: set[tuple[str, str]] | None, origin: bool = False) -> None:
    """Load the rules with only the unit words `words` (None: as in the file), `origin_not_anchor` on if `origin`."""

    def edit(file: str, data: dict) -> dict:
        if file != CUES:
            return data
        if words is not None:
            cfg = dict(data.get(KEY, {}))
            for side in ("after", "of_before"):
                cfg[side] = [w for w in cfg.get(side, []) if (side, w) in words]
            cfg["enabled"] = bool(words)
            data = {**data, KEY: cfg}
        return {**data, "origin_not_anchor": {**data.get("origin_not_anchor", {}), "enabled": origin}}

    load_with(edit)


def score(words, sets, origin: bool = False) -> dict[str, tuple[int, int, int, int, int]]:
    """{set: (tp, pred, gold, location right, aligned)} under `newsetl eval events`' scorer."""
    _with(words, origin)
    return {name: (sc.tp, sc.n_pred, sc.n_gold, sc.arg_ok["location"], sc.arg_n) for name, sc in scored(sets)}


def main() -> None:
    from newsetl.train_events import DEV_SETS

    ap = argparse.ArgumentParser()
    ap.add_argument("--each", action="store_true")
    ap.add_argument("--drop", action="store_true")
    ap.add_argument("--sets", nargs="*")
    ap.add_argument("--origin", action="store_true", help="also origin_not_anchor added, and alone")
    args = ap.parse_args()
    sets = args.sets or [*DEV_SETS, "events_blind14"]
    every = set(_words())
    runs = {"none": score(set(), sets), "all": score(every, sets)}
    if args.origin:
        runs["all+origin_not_anchor"] = score(every, sets, origin=True)
        runs["origin_not_anchor alone"] = score(set(), sets, origin=True)
    moved = [s for s in sets if runs["all"][s] != runs["none"][s]]
    for word in sorted(every) if (args.each or args.drop) else []:
        if args.each:
            runs[f"{word[0]}:{word[1]}"] = {**runs["none"], **score({word}, moved)} if moved else runs["none"]
        if args.drop:
            runs[f"all-{word[0]}:{word[1]}"] = {**runs["all"], **score(every - {word}, moved)} if moved else runs["all"]
    base = runs["none"]
    for s in sets:
        tp, pred, gold, loc, n = base[s]
        print(f"{s:16s} none: tp {tp} pred {pred} gold {gold} location {loc}/{n}")
        for name, r in runs.items():
            if name != "none" and r[s] != base[s]:
                tp, pred, gold, loc, n = r[s]
                print(f"{'':16s} {name}: tp {tp} pred {pred} gold {gold} location {loc}/{n}")
    for name, r in runs.items():
        print(
            f"TOTAL {name}: tp {sum(v[0] for v in r.values())} pred {sum(v[1] for v in r.values())} "
            f"location {sum(v[3] for v in r.values())}/{sum(v[4] for v in r.values())}"
        )


if __name__ == "__main__":
    main()
