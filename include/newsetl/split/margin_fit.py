"""The margin search shared by the splitter's fits (`newsetl train split`; moved out of `train.py` in clean16): one
outcome row per page (margin, strong evidence, lines wrong if the zone is taken, lines wrong if not, has comments), the
margin in the middle of the cheapest interval."""

from __future__ import annotations

# margins are tried every 0.05: a coarser grid can step over the gap between the highest comment-free page and
# the lowest page with comments, and then settles in the middle of a wide interval of equal cost above it
MARGIN_STEP = 0.05
INVENTED_COST = (
    25.0  # a document given comments it does not have costs as much as 25 misplaced lines (nothing lost first)
)


def margin_cost(rows, t: float) -> tuple[float, dict]:
    wrong = invented = 0
    for margin, _, w_take, w_keep, has in rows:
        take = margin > t
        wrong += w_take if take else w_keep
        invented += take and not has
    return wrong + INVENTED_COST * invented, {"wrong_lines": wrong, "invented": invented}


def fit_one(rows, low_without_negatives: bool = False, low: float = 0.0) -> tuple[float, float, dict]:
    """The margin in the middle of the lowest-cost interval (a max-margin choice between dev negatives and positives),
    searched from `low` up. With `low_without_negatives`, a class with no page without comments gets the interval's
    low end: there is no negative to keep a distance from, so the zone need only beat the all-body labelling (the
    linked margin)."""
    grid = [round(low + x * MARGIN_STEP, 4) for x in range(0, int((60 - low) / MARGIN_STEP) + 1)]
    costs = [margin_cost(rows, t)[0] for t in grid]
    best = min(costs)
    run = [t for t, c in zip(grid, costs) if c == best]
    lo = run[0]
    hi = lo
    for t in run:
        if t - hi > MARGIN_STEP * 1.01:
            break
        hi = t
    t = lo if low_without_negatives and not any(not r[4] for r in rows) else (lo + hi) / 2
    return t, *margin_cost(rows, t)
