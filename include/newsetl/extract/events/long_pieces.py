"""(perf29, fix114) A very long sentence read as pieces, so that the cost of extracting it grows with its length, not
with its square (a flattened table, a " | "-joined menu, a live-blog ticker with no full stop).

A sentence up to `long_sentence_pieces` max_chars is one unit. A longer one is cut only at field separators
(`field_separators`: " | ", " • ", ...): its fields, merged greedily into pieces of at most max_chars. A field (or a
prose sentence without them) stays one unit up to `hard_cap` characters: prose is never cut between a trigger and its
arguments, toll or a second trigger. Past the cap it is cut at a clause or list break (`prose_separators`), in a gap
of at least `min_trigger_gap` characters between two triggers when the piece has one, and each unit reads its piece
plus up to `context_chars` characters on each side (snapped to a separator) for roles, dates, places and tolls; each
trigger belongs to the one piece it starts in."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right


def long_pieces(art, s0: int, s1: int, triggers: list) -> list:
    """A sentence as [(start, end, triggers)]: itself, or its pieces (see the module's doc), each with the triggers
    that start in its piece; a unit's extent takes in the context around a prose piece."""
    conf = art.res.words["long_sentence_pieces"]
    limit, cap = int(conf["max_chars"]), int(conf["hard_cap"])
    if s1 - s0 <= limit:
        return [(s0, s1, triggers)]
    spans = sorted((t.start_char, t.end_char) for t in triggers)
    cuts = []  # (piece start, piece end, unit start, unit end)
    for f0, f1 in _field_pieces(art.text, s0, s1, conf["field_separators"], limit, spans):
        if f1 - f0 <= cap:
            cuts.append((f0, f1, f0, f1))
        else:
            cuts.extend(_prose_pieces(art.text, f0, f1, conf, spans))
    starts = [c[0] for c in cuts]
    mine: list[list] = [[] for _ in cuts]
    for t in triggers:
        mine[max(0, bisect_right(starts, t.start_char) - 1)].append(t)
    return [(u0, u1, m) for (_p0, _p1, u0, u1), m in zip(cuts, mine)]


def inside_trigger(spans: list, pos: int) -> bool:
    """Whether `pos` falls inside a trigger span (start < pos < end) of `spans` (sorted): every span that starts
    before it is checked back to the longest one's length (a nested shorter trigger hides no outer one)."""
    k = bisect_left(spans, (pos, pos))
    while k > 0:
        k -= 1
        a, b = spans[k]
        if a < pos < b:
            return True
        if pos - a > 200:  # (a trigger is a few words: none reaches this far)
            return False
    return False


def _field_pieces(text: str, s0: int, s1: int, seps: list, limit: int, spans: list) -> list:
    """text[s0:s1] cut at its field separators into pieces of at most `limit` characters (fields merged greedily; a
    longer field is a piece of its own), the separators left out: [(start, end)]."""
    rx = re.compile("|".join(re.escape(s) for s in seps))
    fields, at = [], s0
    for m in rx.finditer(text, s0, s1):
        if m.start() > at and not inside_trigger(spans, m.start()):
            fields.append((at, m.start()))
            at = m.end()
    fields.append((at, s1))
    pieces: list = []
    p0 = p1 = None
    for a, b in fields:
        if p0 is not None and b - p0 <= limit:
            p1 = b
            continue
        if p0 is not None:
            pieces.append((p0, p1))
        p0, p1 = a, b
    pieces.append((p0, p1))
    return pieces


def _prose_pieces(text: str, f0: int, f1: int, conf: dict, spans: list) -> list:
    """A field longer than `hard_cap` cut into prose pieces, each with its unit's extent (the piece plus the context
    around it): [(piece start, piece end, unit start, unit end)]."""
    limit, ctx, seps = int(conf["max_chars"]), int(conf["context_chars"]), conf["prose_separators"]
    pieces, p0 = [], f0
    while f1 - p0 > limit:
        cut, skip = _prose_cut(text, p0, f1, conf, spans)
        pieces.append((p0, cut))
        p0 = cut + skip
    pieces.append((p0, f1))
    starts = [a for a, _b in spans]
    out = []
    for a, b in pieces:
        u0, u1 = _context(spans, starts, a, b, f0, f1, int(conf["min_trigger_gap"]) // 2, ctx)
        u0 = a if u0 >= a else _snap_after(text, u0, a, seps)
        u1 = b if u1 <= b else _snap_before(text, b, u1, seps)
        out.append((a, b, u0, u1))
    return out


def _context(spans: list, starts: list, a: int, b: int, f0: int, f1: int, margin: int, ctx: int) -> tuple[int, int]:
    """How far a unit reads around its piece text[a:b]: up to `ctx` characters each side, within its field, stopping
    `margin` characters short of the neighbouring pieces' nearest triggers (their roles and tolls are theirs)."""
    k = bisect_left(starts, a)
    prev_end = max([e for _s, e in spans[max(0, k - 16) : k]] + [f0 - margin])
    j = bisect_left(starts, b)
    next_start = starts[j] if j < len(starts) else f1 + margin
    return max(a - ctx, f0, prev_end + margin), min(b + ctx, f1, next_start - margin)


def _snap_after(text: str, lo: int, hi: int, seps: list) -> int:
    """The context before a piece: from just after the first separator (of the first kind found) in text[lo:hi]."""
    for sep in seps:
        at = text.find(sep, lo, hi)
        if at >= 0:
            return at + len(sep)
    return hi


def _snap_before(text: str, lo: int, hi: int, seps: list) -> int:
    """The context after a piece: up to the last separator (of the first kind found) in text[lo:hi]."""
    for sep in seps:
        at = text.rfind(sep, lo, hi)
        if at > lo:
            return at
    return lo


def _gaps(spans: list, lo: int, hi: int, p0: int, f1: int) -> list:
    """The gaps between triggers that reach into text[lo:hi] (a prose piece starting at p0 of a field ending at f1):
    [(gap start, gap end)], a gap's ends the triggers' ends and starts (p0 / f1 where there is no trigger)."""
    k = bisect_left(spans, (lo, lo))
    end = max([b for _a, b in spans[max(0, k - 16) : k]] + [p0])
    gaps = []
    for a, b in spans[k:]:
        if a > end:
            gaps.append((end, a))
        end = max(end, b)
        if a >= hi:
            break
    else:
        gaps.append((end, f1))
    return [(g0, g1) for g0, g1 in gaps if g1 > lo and g0 < hi]


def _prose_cut(text: str, p0: int, f1: int, conf: dict, spans: list) -> tuple[int, int]:
    """Where a prose piece starting at p0 ends, and the separator's length there: in the last gap of at least
    `min_trigger_gap` characters between triggers that opens from half max_chars to max_chars (else the first such gap
    up to the hard cap), at the separator nearest max_chars that keeps context_chars from both triggers (the gap's
    middle when it is narrower); else in the middle of the widest gap from half max_chars to max_chars (a ticker's
    dense triggers)."""
    limit, cap, width = int(conf["max_chars"]), int(conf["hard_cap"]), int(conf["min_trigger_gap"])
    lo, end, hi = p0 + limit // 2, p0 + limit, min(f1, p0 + cap)
    gaps = _gaps(spans, lo, hi, p0, f1)
    wide = [g for g in gaps if g[1] - g[0] >= width]
    near = [g for g in wide if g[0] < end]
    seps, ctx = conf["prose_separators"], int(conf["context_chars"])
    if near or wide:
        g0, g1 = near[-1] if near else wide[0]
        m = min(ctx, (g1 - g0) // 2)  # the cut as near max_chars as keeps context_chars from both triggers
        return _sep_in(text, max(g0, lo), min(g1, hi), seps, min(max(end, g0 + m), g1 - m))
    inner = [g for g in gaps if g[0] < end] or [(end, end)]
    g0, g1 = max(inner, key=lambda g: min(g[1], end) - max(g[0], lo))
    x = max(g0, lo)
    return _sep_in(text, x, max(min(g1, end), x), seps, (g0 + g1) // 2)


def _sep_in(text: str, lo: int, hi: int, seps: list, mid: int) -> tuple[int, int]:
    """The separator of the first kind found in text[lo:hi] nearest `mid`, and its length; (mid, 0) when none."""
    mid = min(max(mid, lo), hi)
    for sep in seps:
        left, right = text.rfind(sep, lo, mid + 1), text.find(sep, mid, hi)
        got = [at for at in (left, right) if at >= 0]
        if got:
            return min(got, key=lambda at: abs(at - mid)), len(sep)
    return mid, 0
