"""(ev91, issue 10) The town of the court a gathering "outside the court" is held at, for a sentence with no place of its
own: not the place of the event told before it (a trial report tells the crimes judged, elsewhere)."""

from __future__ import annotations

from .model import unlisted


def court_town(art, u) -> tuple | None:
    """The court's town when the sentence, or an earlier sentence of its paragraph, places people at the court
    (wordlists.json `court_venue_patterns`: "Outside the court on Tuesday, about 150 supporters gathered ...", "in front
    of the tribunal") and the paragraph names no place up to the sentence's end: the town written after the court's
    name the first time the article names it ("the X provincial court in Y": `court_named_in`), else the dateline's
    town; None when neither is a known town."""
    lo = art.para_starts[u.para] if 0 <= u.para < len(art.para_starts) else u.s0
    hi = u.s0 + len(u.stext)
    if art.res.pattern_search("court_venue_patterns", art.text[lo:hi]) is None:
        return None
    if art.place_slicer.between(lo, hi):
        return None  # the paragraph places the gathering itself
    named = art.res.patterns_rx("court_named_in")
    for m in named.finditer(art.text):
        spans = art.place_slicer.between(m.end(), m.end() + 1)
        if spans and spans[0].start_char == m.end():
            place = spans[0]._.place[0]
            if place.feature != "country" and not unlisted(place):
                return place, spans[0]._.place[0].precision
        break  # (only the first naming of the court)
    dateline = art.dateline_place
    return (dateline, 1) if dateline is not None and dateline.precision == 1 else None
