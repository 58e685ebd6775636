"""Measurement (issue 10, ev18; prints figures, changes nothing): what each class of `data/trigger_classes.json` does
to strict detection, set by set. Every development set (`train_events.DEV_SETS`: events_blind10 since ev17, events_blind13
since ev19) is run with no class, with all the enabled
classes, and with each class alone added to none (`--each`); for a set the rules were tuned on nearly every change is
a new spurious event or a missed sentence found, so each class is judged on every set, not on the set its words
might come from.

    PYTHONPATH=include python scripts/trigger_class_eval.py [--each] [--classes NAME ...]

The untouched rows (`eval/untouched_events/`) are the rules of an older commit; `--inject DIR CLASSES` writes the
expanded phrases of the named classes (all enabled: `all`) into the `triggers.jsonl` of an extracted older tree
(`git archive COMMIT include | tar -x -C DIR`), so that the commit's own rules can be re-run on the set they had not
seen with the classes added (`PYTHONPATH=DIR/include newsetl eval events eval/events_blind8`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rule_variants import ROOT, data_file, enabled_only, load_with, strict

CLASSES = "trigger_classes.json"


def _with(names: set[str] | None) -> None:
    """Load the rules with only the classes `names` (None: as in the file)."""
    load_with(lambda file, data: enabled_only(data, "classes", names) if file == CLASSES else data)


def score(names: set[str] | None, sets) -> dict[str, tuple[int, int, int]]:
    """{set: (tp, pred, gold)} under the strict matcher of `newsetl eval events`."""
    _with(names)
    return strict(sets)


def f1(t: tuple[int, int, int]) -> float:
    tp, pred, gold = t
    return 2 * tp / (pred + gold) if pred + gold else 1.0


def inject(tree: Path, names: list[str]) -> None:
    """The expanded phrases of the classes `names` added to an older tree's triggers.jsonl (new triggers copied)."""
    from newsetl.extract.trigger_forms import class_phrases, twin_phrases

    data = data_file(CLASSES)
    irregular = {k: v for k, v in data.get("irregular", {}).items() if not k.startswith("_")}
    path = tree / "include/newsetl/data/triggers.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    by_id = {r["id"]: r for r in rows}
    ours = {
        r["id"]: r
        for r in (json.loads(x) for x in (ROOT / "include/newsetl/data/triggers.jsonl").read_text().splitlines())
    }
    for c in data["classes"]:
        if names != ["all"] and c["name"] not in names or names == ["all"] and not c.get("enabled", True):
            continue
        if "twins_of" in c:  # the twins of the older tree's own phrases
            got = twin_phrases(c, {r["id"]: r["phrases"] for r in rows}, irregular)
        else:
            got = {c["trigger"]: class_phrases(c, irregular)}
        for tid, new in got.items():
            if tid not in by_id:
                by_id[tid] = dict(ours[tid])
                rows.append(by_id[tid])
            have = {p.lower() for p in by_id[tid]["phrases"]}
            by_id[tid]["phrases"] += [p for p in new if p.lower() not in have]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main() -> None:
    from newsetl.train_events import DEV_SETS

    ap = argparse.ArgumentParser()
    ap.add_argument("--each", action="store_true")
    ap.add_argument("--classes", nargs="*")
    ap.add_argument("--inject", nargs="+", metavar=("DIR", "CLASS"))
    args = ap.parse_args()
    if args.inject:
        inject(Path(args.inject[0]), args.inject[1:])
        return
    sets = list(DEV_SETS)
    base = score(set(), sets)
    runs = {"all": score(set(args.classes) if args.classes else None, sets)}
    if args.each:
        for c in data_file(CLASSES)["classes"]:
            runs[c["name"]] = score({c["name"]}, sets)
    report(base, runs, sets, "no class")


def report(base: dict, runs: dict, sets, none: str, worse: bool = False) -> None:
    """Per set, each run's change in (tp, pred) against `base` (a markdown table), then each run's totals and the sets
    it gains on (and, with `worse`, the sets it loses a match or adds a spurious event on)."""
    print(f"| set | {none} | " + " | ".join(runs) + " |")
    print("|---" * (len(runs) + 2) + "|")
    for s in sets:
        cells = [f"{f1(base[s]):.3f} ({base[s][0]}/{base[s][1]})"]
        for r in runs.values():
            d = (r[s][0] - base[s][0], r[s][1] - base[s][1])
            cells.append("=" if d == (0, 0) else f"tp{d[0]:+d} pred{d[1]:+d}")
        print(f"| {s} | " + " | ".join(cells) + " |")
    for name, r in runs.items():
        dtp = sum(r[s][0] - base[s][0] for s in sets)
        dpred = sum(r[s][1] - base[s][1] for s in sets)
        helped = [s for s in sets if r[s][0] > base[s][0]]
        line = f"{name}: tp {dtp:+d}, pred {dpred:+d}, spurious {dpred - dtp:+d}; "
        if worse:
            lost = [s for s in sets if r[s][1] - r[s][0] > base[s][1] - base[s][0] or r[s][0] < base[s][0]]
            print(line + f"gaining: {helped}; worse: {lost}")
        else:
            print(line + f"sets gaining: {helped}")


if __name__ == "__main__":
    main()
