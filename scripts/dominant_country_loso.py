"""Measurement (issue 10, ev22; prints figures, changes nothing): the article's dominant country
(`place_cues.json` `dominant_country`, rounds 21-22). The count measured is the wrong-country events: predicted events
whose place's country is none of the countries of its article's gold events. Every development set
(`train_events.DEV_SETS` and `events_blind14`, a development set since round 22) is run

- with each rule alone on and each left out (`--rules`): the town vote that needs support, a multinational group's home not
  naming the story's country, a named region vouching for its country, a one-country armed group naming its country as a
  place, the anchor share;
- over a grid of the two thresholds, `min_anchor_share` and `min_town_names`, and the values chosen leave-one-set-out:
  for each set, the grid point with the fewest wrong-country events on the other sets (ties: the fewer towns, then the
  middle of the tied shares, away from both edges of the plateau), and its count on the set left out; then the values chosen on all the sets (those of the data file).

    PYTHONPATH=include:. python scripts/dominant_country_loso.py [--rules] [--sets events_dev ...]
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARES = (0.0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3)
TOWNS = (1, 2, 3)
MULTI: list = []  # the places component's multinational groups, as loaded


def _load(sets):
    from newsetl.extract.extractor import ArticleText

    out = {}
    for name in sets:
        golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted((ROOT / "eval" / name).glob("*.json"))]
        arts = [ArticleText(g["id"], g["body"], date.fromisoformat(g["reference_date"])) for g in golds]
        countries = {g["id"]: {e.get("country") for e in g["events"]} - {None} for g in golds}
        out[name] = (arts, countries)
    return out


def _finder(ex):
    from newsetl.extract.components.places import PlaceFinder

    return next(p for _, p in ex.nlp.pipeline if isinstance(p, PlaceFinder))


def _wrong(ex, data) -> dict[str, int]:
    """Wrong-country events per set."""
    res = {}
    for name, (arts, countries) in data.items():
        n = 0
        for art, evs, _ in ex.run(arts):
            gold = countries[art.article_id]
            for row in ex.event_rows(art.article_id, evs):
                if gold and row.get("iso3") and row["iso3"] not in gold:
                    n += 1
        res[name] = n
    return res


def _set(pf, base: dict, **kw) -> None:
    """The places component with the file's `dominant_country` values, some replaced."""
    dom = {**base, **{k: v for k, v in kw.items() if k != "min_anchor_share"}}
    pf.dominant = dom
    pf.multinational = MULTI[0] if dom.get("multinational_groups_name_no_country") else frozenset()
    pf.local_kinds = frozenset(dom.get("local_group_types", ()))
    pf.unlisted.min_anchor_share = float(kw.get("min_anchor_share", base.get("min_anchor_share", 0.0)))


def _fit(grid: dict, held: str | None) -> tuple[float, int]:
    """The grid point with the fewest wrong-country events on the sets but `held`: the fewest towns, then the middle
    of the tied shares."""
    cost = {k: sum(v for s, v in res.items() if s != held) for k, res in grid.items()}
    low = min(cost.values())
    towns = min(t for (_, t), c in cost.items() if c == low)
    shares = sorted(s for (s, t), c in cost.items() if c == low and t == towns)
    return shares[(len(shares) - 1) // 2], towns


def _row(label: str, res: dict[str, int]) -> str:
    return f"{label:<34}" + " ".join(f"{v:>4}" for v in res.values()) + f" | {sum(res.values()):>4}"


def main() -> None:
    from newsetl.extract.extractor import get_extractor
    from newsetl.train_events import DEV_SETS

    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", action="store_true", help="each rule alone and left out")
    ap.add_argument("--sets", nargs="*", default=[*DEV_SETS, "events_blind14"])
    args = ap.parse_args()
    ex = get_extractor("blank", os.environ.get("NEWSETL_CACHE_DIR") or str(ROOT / "data" / "cache"))
    pf = _finder(ex)
    base = dict(pf.dominant)
    MULTI.append(pf.multinational)
    data = _load(args.sets)
    print(f"{'wrong-country events':<34}" + " ".join(s.replace("events_", "")[:4].rjust(4) for s in data) + " | all")
    # every rule off: the town's own vote always counts, every actor's country names the story's, no anchor share
    off = {
        "city_vote_needs_support": False,
        "multinational_groups_name_no_country": False,
        "region_names_country": False,
        "local_group_types": [],
        "min_anchor_share": 0.0,
    }
    if args.rules:
        _set(pf, base, **off)
        print(_row("none (main before round 21)", _wrong(ex, data)))
        _set(pf, base)
        print(_row("all (the data file)", _wrong(ex, data)))
        _set(pf, base, multinational_groups_name_no_country=False, region_names_country=False, local_group_types=[])
        print(_row("round 21's rules (ev21)", _wrong(ex, data)))
        for label, key in (
            ("town vote needs support", "city_vote_needs_support"),
            ("multinational groups", "multinational_groups_name_no_country"),
            ("a named region vouches", "region_names_country"),
            ("one-country groups", "local_group_types"),
            ("anchor share", "min_anchor_share"),
        ):
            _set(pf, base, **{key: off[key]})
            print(_row(f"left out: {label}", _wrong(ex, data)))
            _set(pf, base, **{**off, key: base.get(key), "city_vote_needs_support": key != "min_anchor_share"})
            print(_row(f"alone: {label}", _wrong(ex, data)))
    grid = {}
    for share in SHARES:
        for towns in TOWNS:
            _set(pf, base, min_anchor_share=share, min_town_names=towns)
            grid[(share, towns)] = res = _wrong(ex, data)
            print(_row(f"share {share:<4} towns {towns}", res))
    print("leave one set out: the values fitted on the other sets, and the held-out set's count (file's values)")
    _set(pf, base)
    mine = grid.get((base.get("min_anchor_share"), base.get("min_town_names")))
    total = [0, 0]
    for held in data:
        best = _fit(grid, held)
        total[0] += grid[best][held]
        total[1] += mine[held] if mine else 0
        print(
            f"  {held:<16} fitted share {best[0]:<4} towns {best[1]}: {grid[best][held]} (file: {mine and mine[held]})"
        )
    best = _fit(grid, None)
    print(f"held-out total {total[0]} (file's values {total[1]}); fitted on all sets: share {best[0]} towns {best[1]}")


if __name__ == "__main__":
    main()
