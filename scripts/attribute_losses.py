"""Measurement (issue 10, ev16; prints figures, changes nothing): which attribute of an event costs the most strict
matches inside the sentences the rules do find? Over the 13 development sets (the rules of this version) and the
untouched candidates (`eval/untouched_events/`, the rules of the commit before each set was read), every gold event the
strict matcher of `newsetl eval events` leaves unmatched is aligned loosely, one to one, with an unmatched candidate of
the same document whose sentence overlaps its own (one contains the other). A pair that differs only in the sub-event
type, only in the place or only in the date is one strict match that attribute alone costs; pairs that differ in two or
more are counted apart. An unmatched gold event with no such candidate in a sentence that has one (matched or not) is a
missing event of that sentence (the rules made too few events there), an unmatched candidate whose sentence holds gold
events all taken is one too many; the rest are sentences the rules missed or events in sentences without gold.

    PYTHONPATH=include python scripts/attribute_losses.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINDS = (
    "type only",
    "place only",
    "date only",
    "type+place",
    "type+date",
    "place+date",
    "all three",
    "count: too few",
    "count: too many",
    "missed sentence",
    "spurious sentence",
)


def _n(s: str | None) -> str:
    return " ".join((s or "").split())


def _overlap(a: str, b: str) -> bool:
    return bool(a and b and (a in b or b in a))


def _diff(matcher, g: dict, p: dict) -> str:
    bad = []
    if p["sub_event_type"] != g["sub_event_type"]:
        bad.append("type")
    if not matcher.loc_match(g, p):
        bad.append("place")
    if (p["event_date"].isoformat() if p["event_date"] else None) != g.get("event_date"):
        bad.append("date")
    if len(bad) == 3:
        return "all three"
    return "+".join(bad) if len(bad) == 2 else f"{bad[0]} only" if bad else "type only"


def doc_losses(matcher, gevs: list, rows: list) -> Counter:
    """The losses of one document, by kind (see the module docstring)."""
    out: Counter = Counter()
    matched, used = matcher.detect(gevs, rows)
    miss = [gi for gi in range(len(gevs)) if gi not in matched]
    spur = [pi for pi in range(len(rows)) if pi not in used]
    taken: set[int] = set()
    lone = []
    for gi in miss:
        gs = _n(gevs[gi].get("sentence"))
        cands = [pi for pi in spur if pi not in taken and _overlap(gs, _n(rows[pi]["sentence"]))]
        # prefer the candidate differing in the fewest attributes
        cands.sort(key=lambda pi: len(_diff(matcher, gevs[gi], rows[pi])))
        if cands:
            taken.add(cands[0])
            out[_diff(matcher, gevs[gi], rows[cands[0]])] += 1
        else:
            lone.append(gi)
    for gi in lone:
        gs = _n(gevs[gi].get("sentence"))
        out["count: too few" if any(_overlap(gs, _n(r["sentence"])) for r in rows) else "missed sentence"] += 1
    for pi in spur:
        if pi in taken:
            continue
        ps = _n(rows[pi]["sentence"])
        out["count: too many" if any(_overlap(ps, _n(g.get("sentence"))) for g in gevs) else "spurious sentence"] += 1
    return out


def main() -> None:
    from newsetl.config import get_settings
    from newsetl.train_events import DEV_SETS, _collect, _untouched

    sets, matcher = _collect(ROOT, DEV_SETS, get_settings())
    sets += _untouched(ROOT, DEV_SETS, matcher)
    total_dev: Counter = Counter()
    total_unt: Counter = Counter()
    print("| set | " + " | ".join(KINDS) + " |")
    print("|---" * (len(KINDS) + 1) + "|")
    for sd in sets:
        c: Counter = Counter()
        for gevs, rows, feats in sd.docs:  # the rules' events only (the training run also makes proposals)
            c += doc_losses(matcher, gevs, [r for r, f in zip(rows, feats) if not f.get("proposal")])
        (total_unt if sd.name.endswith("@untouched") else total_dev).update(c)
        print(f"| {sd.name} | " + " | ".join(str(c[k]) for k in KINDS) + " |")
    for name, c in (("13 development sets", total_dev), ("untouched rows", total_unt)):
        print(f"| **{name}** | " + " | ".join(str(c[k]) for k in KINDS) + " |")
    for name, c in (("13 development sets", total_dev), ("untouched rows", total_unt)):
        attr = {
            "sub-event type": c["type only"],
            "place": c["place only"],
            "date": c["date only"],
            "event count per sentence": c["count: too few"] + c["count: too many"],
        }
        print(f"{name}: strict matches one attribute alone costs: {attr}")


if __name__ == "__main__":
    main()
