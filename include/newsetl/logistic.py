"""The logistic function, shared by every fitted scorer (the splitter's closer, the event scorer) and their
fitters, clipped at +-30 so that `exp` never overflows."""

from __future__ import annotations

import math
from typing import Any

CLIP = 30.0


def sigmoid(z: float) -> float:
    """1 / (1 + e^-z) for one score."""
    return 1.0 / (1.0 + math.exp(-max(-CLIP, min(CLIP, z))))


def sigmoid_array(z: Any) -> Any:
    """The same, element-wise over a numpy array (the fitters' predictions)."""
    import numpy as np

    return 1.0 / (1.0 + np.exp(-np.clip(z, -CLIP, CLIP)))


__all__ = ["CLIP", "sigmoid", "sigmoid_array"]
