"""Measurement (issue 10, ev20; prints figures, changes nothing): what each role frame of `data/actor_frames.json`
does, set by set, to strict detection and to actor1/actor2 on the aligned events. Every development set
(`train_events.DEV_SETS`: blind11 and blind12 among them since ev20) is run with no frame, with all the enabled ones,
with each one alone (`--each`) and with every enabled frame but one (`--drop`); since ev23 also the actor rules kept
as pattern lists of wordlists.json (`WORD_RULES`, off = the list emptied), and `events_blind14` (a development set
since ev23) is measured too. Since ev25, `--rules NAME ...` measures only those rules, against a base of every other
rule as in the files; candidate words for a list (`WORD_ADDS`, not in the files) are measured the same way. Since ev27
`events_blind15` (a development set from the tenth session) is measured too. A frame is kept when it makes no set
worse (no lost match, no new spurious event, no actor right before and wrong after) and gains on at least two sets
written by different hands.

    PYTHONPATH=include:scripts python scripts/actor_frame_eval.py [--each] [--drop] [--sets NAME ...]

For the untouched rows run it from an older tree (`git archive COMMIT include | tar -x -C DIR`) with this round's
`events/affiliation.py`, `data/actor_frames.json` and the one call in `assemble.py` copied in:
`PYTHONPATH=DIR/include:scripts python scripts/actor_frame_eval.py --sets events_blind8`.
"""

from __future__ import annotations

import argparse

from rule_variants import data_file, enabled_only, load_with, scored

FILE = "actor_frames.json"
WORDS = "wordlists.json"
# ev23: actor rules kept as pattern lists of wordlists.json, switched off by emptying the list
WORD_RULES = ("arrest_suspect_act_patterns", "arrest_own_act_patterns")
# ev25: candidate words for a wordlists.json list, measured as one rule each: on = added to the list, off = taken out
# (none of these was kept: see the README's round ev25 paragraph)
WORD_ADDS = {
    "head_force": ("unlisted_group_heads", ("Force",)),  # "the Zelten Guard Force"
    "head_unit": ("unlisted_group_heads", ("Battalion", "Battalions", "Regiment")),
    "head_movement": ("unlisted_group_heads", ("Movement",)),
    "head_band": ("unlisted_group_heads", ("Brotherhood", "Group", "Gang", "Cartel")),
    "gang_group": ("unlisted_group_gang_nouns", ("group",)),  # "fighters of the X group"
}
# development sets (errors read) not in train_events.DEV_SETS: blind14 since ev23, blind15 since ev26 / ev27
EXTRA_DEV = ("events_blind14", "events_blind15", "events_blind18")  # blind18: a development set since ev28
KEYS = ("tp", "pred", "gold", "actor1", "actor2", "aligned")


def _rules_of() -> list[dict]:
    return data_file(FILE).get("rules", [])


def _with(names: set[str] | None) -> None:
    """Load the rules with only the frames `names` of actor_frames.json and the `WORD_RULES` lists in `names` on
    (None: as in the files), and the `WORD_ADDS` candidate words added to their list when named in `names`; every
    other data file as it is."""

    def edit(file: str, data: dict) -> dict:
        if file == FILE:
            return enabled_only(data, "rules", names)
        if file != WORDS:
            return data
        if names is not None:
            data = {**data, **{w: [] for w in WORD_RULES if w not in names}}
        for name, (key, words) in WORD_ADDS.items():
            kept = [w for w in data.get(key, []) if w not in words]
            data = {**data, key: kept + list(words) if names is not None and name in names else kept}
        return data

    load_with(edit)


def score(sets) -> dict[str, dict]:
    """{set: {tp, pred, gold, actor1, actor2, aligned}} under the scorer of `newsetl eval events`."""
    return {
        name: dict(zip(KEYS, (sc.tp, sc.n_pred, sc.n_gold, sc.arg_ok["actor1"], sc.arg_ok["actor2"], sc.arg_n)))
        for name, sc in scored(sets)
    }


def _delta(r: dict, b: dict) -> str:
    d = {k: r[k] - b[k] for k in ("tp", "pred", "actor1", "actor2")}
    return "=" if not any(d.values()) else " ".join(f"{k}{v:+d}" for k, v in d.items() if v)


def main() -> None:
    from newsetl.train_events import DEV_SETS

    ap = argparse.ArgumentParser()
    ap.add_argument("--each", action="store_true")
    ap.add_argument("--drop", action="store_true")
    ap.add_argument("--sets", nargs="*")
    ap.add_argument("--rules", nargs="*", help="only these rules; the base is then every other rule on")
    args = ap.parse_args()
    sets = args.sets or list(DEV_SETS) + list(EXTRA_DEV)
    every = [r["name"] for r in _rules_of() if r.get("enabled", True)] + list(WORD_RULES)
    every += [n for n in WORD_ADDS if n in (args.rules or ())]  # a candidate is on only where --rules names it
    chosen = args.rules or [r["name"] for r in _rules_of()] + list(WORD_RULES) + list(WORD_ADDS)
    rest = set(every) - set(chosen) if args.rules else set()
    _with(rest)
    base = score(sets)
    runs = {}
    _with(set(every) if args.rules else None)
    runs["all"] = score(sets)
    for name in chosen if args.each else ():  # the ones switched off too
        _with(rest | {name})
        runs[name] = score(sets)
    for name in [n for n in every if n in chosen] if args.drop else ():
        _with(set(every) - {name})
        runs[f"all-{name}"] = score(sets)
    print(
        f"| set | {'rest' if args.rules else 'none'} (tp/pred/gold, actor1/actor2 of aligned) | "
        + " | ".join(runs)
        + " |"
    )
    print("|---" * (len(runs) + 2) + "|")
    for s in sets:
        b = base[s]
        cells = [f"{b['tp']}/{b['pred']}/{b['gold']}, {b['actor1']}/{b['actor2']} of {b['aligned']}"]
        cells += [_delta(r[s], b) for r in runs.values()]
        print(f"| {s} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
