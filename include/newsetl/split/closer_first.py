"""The closer's `first` log-odds (split17; moved out of `train.py` in split26): the first line of a multi-line anonymous
first comment (`closer.first_of_many`) goes back to the body under it."""

from __future__ import annotations

from pathlib import Path

from .closer_fit import CLOSER_SETS, VOICE_ONLY_SETS, fit_closer_on
from .features import doc_features
from .labelled import COMMENT_ZONE, load_dir
from .margin_fit import fit_one

# split17: the first line of a multi-line anonymous first comment (closer.first_of_many) goes back to the body under a
# log-odds fitted on every seed-style training and development set, each set's lines scored by a closer fitted without
# that set (out of fold): the stack was fitted on one-line candidates, so its own boundary (0) is not assumed here.
# A voice-only set (closer_fit.VOICE_ONLY_SETS: its rows fit the voice model and the reader score, never the stack)
# fits no `first` either (fix37)
FIRST_SETS = [
    *(s for s in CLOSER_SETS if s not in VOICE_ONLY_SETS),
    "eval/split_heldout7",
    "eval/split_heldout8",
    "eval/split_heldout9",
    "eval/split_heldout10",
]


def fit_first(model, cues, root: Path, rows: list[dict], lines: dict) -> tuple[float, dict]:
    """The closer's `first` log-odds, from out-of-fold rows (log-odds, lines wrong if kept, lines wrong if moved)."""
    from .closer import Closer, first_of_many, paragraph_end
    from .features import NEWS_VOICE, READER_VOICE

    out = []
    for s in FIRST_SETS:
        c = None
        for d in load_dir(root / s):
            feats = doc_features(d.lines, cues)
            dec = model.decide(feats)
            k = first_of_many(dec.labels, feats) if dec.comments else None
            if k is None:
                continue
            if c is None:
                c = Closer.from_dict(fit_closer_on([r for r in rows if r["set"] != s], lines, frozenset({s})))
            assert c is not None
            texts = [ln.text for ln in d.lines]
            lo = c.logodds(
                model,
                feats,
                texts,
                dec.labels,
                k,
                (READER_VOICE, NEWS_VOICE, cues.closer),
                cues.p1_body_share,
                cues.quote_words,
            )
            gold = [lab in COMMENT_ZONE for lab in d.labels[k : paragraph_end(dec.labels, feats, k)]]
            out.append((round(lo, 4), False, gold.count(False), gold.count(True), True))
    t, cost, detail = fit_one(out)
    return t, {"rows": len(out), "moved_right": sum(r[2] for r in out if r[0] <= t), "cost": cost, **detail}
