"""Out-of-fold study of split19 (not kept): can the learned reader score move the body line right before the first
comment author into the comments (an anonymous first comment the decoder left in the body)?

For every page of the seed-style sets where the decoder found comments and the line before the first author line is
labelled body (the closer's layout: a bare name line, no comment metadata, the line in English), the line's reader
score (`reader_voice.py`) and its relative reader score (how much nearer the page's comment lines' mean it is than the
body lines' mean) are computed by a reader fitted without the page's set (`reader_voice.fit_on`; the sets outside
`train.READER_SETS` are out of sample for the packaged fit). A threshold on each score is then fitted with each set
left out (fewest wrong candidates, then the widest gap) and the lines it moves are counted per held-out set: fixed
(gold comment) / broken (gold body). Only development sets are read.

Usage (from the project root): python scripts/split_first_reader_loso.py
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsetl.split import Splitter
from newsetl.split import train as T
from newsetl.split.closer import FOREIGN, HEADER_MARKS, voice_features
from newsetl.split.features import NEWS_VOICE, READER_VOICE, doc_features
from newsetl.split.labelled import COMMENT_ZONE, load_dir
from newsetl.split.reader_voice import ReaderVoice, fit_on, reader_tokens

OUT_OF_SAMPLE = ["eval/split_heldout8", "eval/split_heldout9", "eval/split_heldout10", "eval/split_heldout11"]
SCORES: dict[str, Callable[[float, float], float]] = {
    "reader": lambda r, rel: r,
    "relative (nearer the comments)": lambda r, rel: -rel,
    "reader + relative": lambda r, rel: r - rel,
}


def _candidates(sp: Splitter, s: str) -> list[tuple[str, bool, list[str], list[list[str]], list[list[str]]]]:
    """(page, gold comment, the line's tokens, the page's body lines' tokens, its comment lines' tokens)."""
    out = []
    for d in load_dir(s):
        _, dec = sp.split_lines(d.lines)
        labs = dec.labels if dec is not None else []
        a = next((i for i, lab in enumerate(labs) if lab == "author"), None)
        if a is None or a < 2 or labs[a - 1] != "body" or any(lab in COMMENT_ZONE for lab in labs[: a - 1]):
            continue
        feats = doc_features(d.lines, sp.cues)
        if any(f in HEADER_MARKS for f in feats[a]) or "cmeta" in labs[a:] or FOREIGN & set(feats[a - 1]):
            continue
        toks = [
            reader_tokens(ln.text, voice_features(fs, ln.text, READER_VOICE, NEWS_VOICE, sp.cues.closer))
            for ln, fs in zip(d.lines, feats)
        ]
        body = [toks[i] for i, lab in enumerate(labs[: a - 1]) if lab == "body"]
        com = [toks[i] for i in range(a, len(labs)) if labs[i] in ("cstart", "ctext")]
        out.append((d.id[:3], d.labels[a - 1] in ("cstart", "ctext"), toks[a - 1], body, com))
    return out


def _scored(rv: ReaderVoice, c) -> tuple[float, float]:
    r = rv.score(c[2])
    b, k = [rv.score(x) for x in c[3]], [rv.score(x) for x in c[4]]
    rel = abs(r - sum(k) / len(k)) - abs(r - sum(b) / len(b)) if b and k else 0.0
    return r, rel


def _fit(points: list[tuple[float, bool]]) -> float:
    """Move the line when its score is above the threshold: fewest errors, then the widest gap."""
    xs = sorted({x for x, _ in points})
    cands = [xs[0] - 1] + [(a + b) / 2 for a, b in zip(xs, xs[1:])] + [xs[-1] + 1]
    best: tuple[tuple[int, float], float] | None = None
    for i, t in enumerate(cands):
        err = sum((x > t) != y for x, y in points)
        gap = cands[i + 1] - cands[i - 1] if 0 < i < len(cands) - 1 else 0.0
        if best is None or (err, -gap) < best[0]:
            best = ((err, -gap), t)
    assert best is not None
    return best[1]


def main() -> None:
    sp = Splitter()
    lines = T._reader_lines(sp.cues, Path("."))
    full = fit_on(lines, set())
    rows = []  # (set, page, gold comment, reader score, relative score), out of fold
    for s in [*T.READER_SETS, *OUT_OF_SAMPLE]:
        rv = full if s in OUT_OF_SAMPLE else fit_on(lines, {s})
        rows += [(s, c[0], c[1], *_scored(rv, c)) for c in _candidates(sp, s)]
    print(f"{len(rows)} candidate lines, {sum(r[2] for r in rows)} of them gold comments")
    for name, f in SCORES.items():
        fixed = broken = 0
        per = []
        for held in sorted({r[0] for r in rows}):
            t = _fit([(f(r[3], r[4]), r[2]) for r in rows if r[0] != held])
            moved = [r for r in rows if r[0] == held and f(r[3], r[4]) > t]
            fx, br = [r[1] for r in moved if r[2]], [r[1] for r in moved if not r[2]]
            fixed, broken = fixed + len(fx), broken + len(br)
            if moved:
                per.append(f"    {held}: threshold {t:.2f}, fixed {fx}, broken {br}")
        print(f"{name}: fixed {fixed}, broken {broken} (out of fold)")
        print("\n".join(per))


if __name__ == "__main__":
    main()
