"""What the fitted choosers of an event's argument share (the place ranker, `place_ranker.py`, and the actor2 chooser,
`actor2_model.py`): reading their file (only when enabled and with a margin, unless training), a linear score of a
candidate's features, and the choice of the best candidate against the rules' own (`src_rules`) past a margin."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Protocol, TypeVar


class HasFeats(Protocol):
    feats: dict[str, float]


C = TypeVar("C", bound=HasFeats)


def read_model(folder: str | Path, name: str, training: bool) -> tuple[dict, float | None, str] | None:
    """A chooser's file as (its contents, the margin: None when training, its path); None when `name` is empty or
    missing, or (unless `training`) not enabled or enabled without a margin (a hand-edited file: never replace rather
    than replace on a tie)."""
    if not name:
        return None
    path = Path(folder) / name
    if not path.exists():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    if not training and (not model.get("enabled", False) or model.get("margin") is None):
        return None
    return model, None if training else float(model["margin"]), str(path)


class LinearChooser:
    """A linear score of a candidate's features (`weights`) and the choice against the rules' candidate."""

    weights: dict[str, float]

    def score(self, c: HasFeats) -> float:
        return sum(self.weights.get(k, 0.0) * v for k, v in c.feats.items())

    def choose(self, cands: list[C], margin: float) -> C | None:
        """The candidate that replaces the rules' choice (None: the rules' choice stays; a tie keeps it)."""
        own = next((c for c in cands if c.feats.get("src_rules")), None)
        if own is None or len(cands) < 2:
            return None
        best = max(cands, key=self.score)
        gain = self.score(best) - self.score(own)
        return best if best is not own and gain > 0 and gain >= margin else None


__all__ = ["LinearChooser", "read_model"]
