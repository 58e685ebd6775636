"""Measurement (issue 10, ev18; prints figures, changes nothing): the gold events whose sentence got no candidate at
all, and why. For each set, every gold event the strict matcher of `newsetl eval events` leaves unmatched and whose
sentence overlaps no predicted event's sentence (scripts/attribute_losses.py's "missed sentence") is looked up in the
processed document and given one cause:

- `sentence not in body`: the gold `sentence` is not a substring of the body (a gold paraphrase);
- `no trigger`: no trigger of the lexicon (`triggers.jsonl`) matches inside the sentence;
- `drop=<name>`: every trigger of the sentence was dropped by the named filter of `extract/events/candidates.py`
  (the reason of its strongest trigger);
- `unanchored` / `stale` / `earlier_named`: the event was made and then judged no event of its own (`_unanchored`);
- `restated <sub-type>` / `sides`: taken as a restatement of an earlier event (merging.restates; ev95: with the sub-type
  the restated clause carried) or as the sides of the last battle;
- `merged`: an event was added for the sentence but the final merge folded it into another one;
- `other`: none of these recorded (a clause whose event was consumed otherwise, e.g. a country-wide volley).

The sentence split is reported beside the cause: `split` when the gold sentence spans two or more sentences of the
document (or begins inside one and ends in the next).

    PYTHONPATH=include python scripts/missed_sentences.py [--show] [--sets events_blind10 ...]

`--show` prints each missed sentence with its cause (only the sets of `train_events.DEV_SETS`, blind10 among them
since ev17 and blind13 since ev19; any other set is refused). `--untouched [SET]` classifies the misses of the untouched
rows (`eval/untouched_events/`) with the rules on PYTHONPATH: this version's (which of those misses they still have),
or the commit's the rows came from (extracted as in scripts/untouched_candidates.py; rules before ev15 name no filter).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def _n(s: str | None) -> str:
    return " ".join((s or "").split())


def _overlap(a: str, b: str) -> bool:
    return bool(a and b and (a in b or b in a))


def missed(matcher, gevs: list, rows: list) -> list[int]:
    """The gold events unmatched whose sentence overlaps no predicted event's sentence."""
    matched, _used = matcher.detect(gevs, rows)
    out = []
    for gi, g in enumerate(gevs):
        if gi in matched:
            continue
        gs = _n(g.get("sentence"))
        if not any(_overlap(gs, _n(r["sentence"])) for r in rows):
            out.append(gi)
    return out


class Recorder:
    """Hooks on the assembly that record, per document, what happened to each clause's triggers."""

    def __init__(self) -> None:
        self.log: list[tuple] = []

    def install(self) -> None:
        from newsetl.extract.events import assemble

        try:
            from newsetl.extract.events import candidates
        except ImportError:  # the rules of a commit before ev15 (`--untouched` under its code): no filter names
            candidates = None
        orig_drop = candidates.drop_reason if candidates else None
        orig_un = getattr(assemble, "_unanchored", None)
        orig_restates, orig_add = assemble.restates, assemble.Article.add
        orig_sides = getattr(assemble, "sides_of_last_battle", None)
        log = self.log

        def drop_reason(t, trig, u, art):
            why = orig_drop(t, trig, u, art)
            log.append(("drop", t.start_char, t.end_char, trig.priority, why or ""))
            return why

        def unanchored(art, u, ev, trig, tspan, det):
            why = orig_un(art, u, ev, trig, tspan, det)
            if why:
                log.append(("unanchored", u.s0, u.s1, 0, why))
            return why

        def restates(art, u, ev, *a, **k):
            got = orig_restates(art, u, ev, *a, **k)
            if got:
                log.append(("restated", u.s0, u.s1, 0, "restated " + ev.sub_event_type))
            return got

        def sides(art, u, *a, **k):
            got = orig_sides(art, u, *a, **k)
            if got:
                log.append(("sides", u.s0, u.s1, 0, "sides"))
            return got

        def add(art, ev):
            log.append(("added", ev.start_char, ev.end_char, 0, ev.sub_event_type))
            return orig_add(art, ev)

        if candidates:
            candidates.drop_reason = drop_reason
        if orig_un:
            assemble._unanchored = unanchored
        assemble.restates, assemble.Article.add = restates, add
        if orig_sides:
            assemble.sides_of_last_battle = sides


def cause(text: str, doc, log: list, sentence: str) -> tuple[str, bool, str]:
    """(cause, split, triggers seen) of one missed gold sentence (see the module docstring)."""
    g0 = text.find(sentence)
    if g0 < 0:
        g0 = _n(text).find(_n(sentence))
        if g0 < 0:
            return "sentence not in body", False, ""
        g0 = text.find(sentence.split()[0], max(0, g0 - 20))
    g1 = g0 + len(sentence)
    sents = [s for s in doc.sents if s.start_char < g1 and s.end_char > g0]
    split = len(sents) > 1
    trigs = [t for t in doc.spans.get("triggers", []) if g0 <= t.start_char < g1]
    seen = ", ".join(f"{t.text}[{t.label_}]" for t in trigs)
    if not trigs:
        return "no trigger", split, ""
    within = [r for r in log if g0 <= r[1] < g1 or (r[0] != "drop" and r[1] <= g0 < r[2])]
    for kind in ("unanchored", "restated", "sides"):
        hit = [r for r in within if r[0] == kind]
        if hit:
            return (hit[0][4] if kind in ("unanchored", "restated") else kind), split, seen
    if any(r[0] == "added" for r in within):
        return "merged", split, seen
    drops = sorted((r for r in within if r[0] == "drop" and r[4]), key=lambda r: -r[3])
    if drops:
        return f"drop={drops[0][4]}", split, seen
    return ("other" if any(r[0] == "drop" for r in log) else "filtered (rules before ev15)"), split, seen


def _golds(name: str) -> list[dict]:
    return [json.loads(f.read_text(encoding="utf-8")) for f in sorted((ROOT / "eval" / name).glob("*.json"))]


def run_sets(ex, matcher, rec: Recorder, names, untouched_rows: dict | None = None):
    """{set: [(article id, gold event, cause, split, triggers)]}; with `untouched_rows` ({set: {id: rows}}) the
    misses are those of the stored rows, the causes this version's."""
    from newsetl.extract.extractor import ArticleText

    out: dict = defaultdict(list)
    for name in names:
        golds = _golds(name)
        for g in golds:
            for ev in g["events"]:
                ev["_place"] = matcher.gold_place(ev)
            art = ArticleText(g["id"], g["body"], date.fromisoformat(g["reference_date"]))
            rec.log.clear()
            doc = ex.nlp(ex.make_doc(art.body, art.reference_date))
            rows = ex.event_rows(g["id"], doc._.events) if untouched_rows is None else untouched_rows[name][g["id"]]
            text = "\n\n".join(g["body"])
            for gi in missed(matcher, g["events"], rows):
                gev = g["events"][gi]
                out[name].append((g["id"], gev, *cause(text, doc, rec.log, gev.get("sentence") or "")))
    return out


def _untouched_rows() -> dict:
    from newsetl.train_events import untouched_files

    return {data["set"]: {d["id"]: d["rows"] for d in data["docs"]} for data in untouched_files(ROOT)}


def main(argv: list[str] | None = None) -> None:
    from newsetl.config import get_settings
    from newsetl.eval_events import _EventScorer
    from newsetl.extract.extractor import Extractor
    from newsetl.train_events import DEV_SETS

    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="*", default=list(DEV_SETS))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--untouched", nargs="*", default=None, help="untouched sets (none named: all)")
    args = ap.parse_args(argv)
    if bad := [s for s in args.sets if s not in DEV_SETS]:  # an allow-list: a set added later is blind until listed
        raise SystemExit(f"only development sets (train_events.DEV_SETS) are read: {bad}")
    settings = get_settings()
    ex = Extractor(settings.spacy_model, settings.cache_dir)
    matcher = _EventScorer(ex.res, ex.gaz)
    rec = Recorder()
    rec.install()
    if args.untouched is not None:
        unt = _untouched_rows()
        res = run_sets(ex, matcher, rec, args.untouched or list(unt), unt)
        res = {f"{k}@untouched": v for k, v in res.items()}
    else:
        res = run_sets(ex, matcher, rec, args.sets)
    total: Counter = Counter()
    for name, items in res.items():
        c = Counter(it[2] for it in items)
        total.update(c)
        print(f"{name}: {len(items)} missed sentences; " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
        if args.show:
            for aid, gev, why, split, seen in items:
                print(f"  [{why}{' split' if split else ''}] {aid} {gev['sub_event_type']}: {gev.get('sentence')}")
                if seen:
                    print(f"      triggers: {seen}")
    print("total: " + ", ".join(f"{k} {v}" for k, v in total.most_common()))


if __name__ == "__main__":
    main()
