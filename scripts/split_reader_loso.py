"""Leave-one-set-out comparison of the closer with and without the learned reader-voice score (split14)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from newsetl.split.closer import Closer, fit_logistic, voice_features
from newsetl.split.features import NEWS_VOICE, READER_VOICE, doc_features, load_cues
from newsetl.split.labelled import load_dir
from newsetl.split.model import load_model
from newsetl.split.reader_voice import ReaderVoice, fit_reader, reader_tokens
from newsetl.split import train as T

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
SEED_SETS = [*T.CLOSER_SETS, "eval/split_heldout7"]
OTHER = ["eval/split_multi/train", "eval/split_multi/dev", "eval/split_hard/train", "eval/split_hard/dev"]


def line_rows(cues, sets):
    out = {}
    for s in sets:
        rows = []
        for d in load_dir(ROOT / s):
            feats = doc_features(d.lines, cues)
            for i, lab in enumerate(d.labels):
                if lab in ("body", "cstart", "ctext"):
                    vf = voice_features(feats[i], d.lines[i].text, READER_VOICE, NEWS_VOICE, cues.closer)
                    rows.append((reader_tokens(d.lines[i].text, vf), int(lab != "body")))
        out[s] = rows
    return out


def fit_lines(lines, sets, mode):
    xs, ys, ws = [], [], []
    for s in sets:
        rows = lines[s]
        for t, y in rows:
            xs.append(t)
            ys.append(y)
            ws.append(1.0 / len(rows) if mode == "equal" else (1.0 if s in SEED_SETS else 0.3))
    return ReaderVoice(fit_reader(xs, ys, ws))


def stack_fit(rows, reader_of, n_inputs):
    """Closer fitted on rows (voice out of fold per set, reader scores given per row)."""
    sets = sorted({r["set"] for r in rows})
    sx, sy = [], []
    for s in sets:
        part = [r for r in rows if r["set"] != s]
        w, b = fit_logistic([r["voice"] for r in part], [int(not r["comment"]) for r in part], T.VOICE_L2)
        c = Closer(w, b, (0.0, 0.0, 0.0, 0.0))
        for r in rows:
            if r["set"] == s and r["evidence"] is not None:
                sx.append(inp(c, r, reader_of, n_inputs))
                sy.append(int(r["comment"]))
    ws, b = fit_logistic(sx, sy, T.STACK_L2, dense=True)
    w, vb = fit_logistic([r["voice"] for r in rows], [int(not r["comment"]) for r in rows], T.VOICE_L2)
    return Closer(w, vb, (0.0, 0.0, 0.0, 0.0)), ws, b


def inp(c, r, reader_of, n_inputs):
    base = [r["evidence"], c.voice(r["voice"])]
    if n_inputs == "voice":
        return base
    rs = reader_of(r)
    return base + [rs] if n_inputs == "both" else [r["evidence"], rs]


def main():
    t0 = time.time()
    cues = load_cues()
    model = load_model()
    rows = [row for s in SEED_SETS for d in load_dir(ROOT / s) for row in T._doc_rows(model, cues, s, d)]
    lines = line_rows(cues, SEED_SETS + OTHER)
    print("line rows", {s: len(v) for s, v in lines.items()}, round(time.time() - t0), "s", flush=True)
    return rows, lines




def evaluate(rows, lines, mode, n_inputs, line_sets):
    """Per held-out seed set: (fixed, broken) among the decoder's candidate lines."""
    out = {}
    cache = {}

    def reader_without(excl):
        key = frozenset(excl)
        if key not in cache:
            cache[key] = fit_lines(lines, [s for s in line_sets if s not in excl], mode)
        return cache[key]

    for held in SEED_SETS:
        pool = [r for r in rows if r["set"] != held and r["set"] in T.CLOSER_SETS]
        if n_inputs == "voice":
            c, ws, b = stack_fit(pool, None, "voice")
            full = None
        else:
            # the stack's reader scores out of fold: a reader model without the held-out set and the row's set
            c, ws, b = stack_fit(pool, lambda r: reader_without({held, r["set"]}).score(r["reader"]), n_inputs)
            full = reader_without({held})
        fixed = broken = 0
        for r in rows:
            if r["set"] != held or r["evidence"] is None:
                continue
            x = inp(c, r, (lambda q: full.score(q["reader"])) if full else None, n_inputs)
            after = sum(w * v for w, v in zip(ws, x)) + b > 0
            fixed += (not after) and not r["comment"]
            broken += (not after) and r["comment"]
        out[held] = (fixed, broken)
    return out


def run():
    rows, lines = main()
    base = evaluate(rows, lines, None, "voice", [])
    print("main", base, "net", sum(f - b for f, b in base.values()), flush=True)
    for mode in ("equal", "seedw"):
        for line_sets in (SEED_SETS, SEED_SETS + OTHER):
            for n_inputs in ("both", "reader"):
                t = time.time()
                res = evaluate(rows, lines, mode, n_inputs, line_sets)
                print(mode, len(line_sets), n_inputs, res, "net", sum(f - b for f, b in res.values()),
                      round(time.time() - t), "s", flush=True)


if __name__ == "__main__":
    run()
