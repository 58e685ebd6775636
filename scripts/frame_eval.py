"""Measurement (issue 10, ev19; prints figures, changes nothing): what each verb-object frame of
`data/verb_frames.json` and each place cue of `data/place_cues.json` does to strict detection, set by set. Every
development set (`train_events.DEV_SETS`: blind10 and blind13 among them) is run with no frame and no cue, with all
the enabled ones, with each one alone added to none (`--each`) and with every enabled rule but one (`--drop`: what a rule
adds to the others, e.g. a frame that makes the trigger a place cue needs). A rule is kept when it adds no spurious event on
any set and gains matches on at least two sets written by different hands.

    PYTHONPATH=include:scripts python scripts/frame_eval.py [--each] [--drop] [--only NAME ...]
"""

from __future__ import annotations

import argparse

from rule_variants import data_file, enabled_only, load_with, strict

FILES = {"verb_frames.json": "frames", "place_cues.json": "rules"}


def _rules_of(name: str) -> list[dict]:
    return data_file(name).get(FILES[name], [])


def _with(names: set[str] | None) -> None:
    """Load the rules with only the frames and cues `names` on (None: as in the files)."""
    load_with(lambda file, data: enabled_only(data, FILES[file], names) if file in FILES else data)


def main() -> None:
    from trigger_class_eval import report  # (scripts/: the same report)

    from newsetl.train_events import DEV_SETS

    ap = argparse.ArgumentParser()
    ap.add_argument("--each", action="store_true")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--drop", action="store_true", help="also every rule left out of all the others (its margin)")
    args = ap.parse_args()
    sets = list(DEV_SETS)
    _with(set())
    base = strict(sets)
    runs = {}
    _with(set(args.only) if args.only else None)
    runs["all"] = strict(sets)
    if args.each:
        for name in FILES:
            for r in _rules_of(name):
                if args.only and r["name"] not in args.only:
                    continue
                _with({r["name"]})
                runs[r["name"]] = strict(sets)
    if args.drop:
        every = {r["name"] for name in FILES for r in _rules_of(name) if r.get("enabled", True)}  # the rules on
        for name in sorted(every):
            _with(every - {name})
            runs[f"all-{name}"] = strict(sets)
    report(base, runs, sets, "none", worse=True)


if __name__ == "__main__":
    main()
