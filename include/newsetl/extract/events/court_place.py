"""(ev91, issue 10) The town of the court a gathering "outside the court" is held at, for a sentence with no place of its
own: not the place of the event told before it (a trial report tells the crimes judged, elsewhere)."""

from __future__ import annotations

from .model import unlisted

# (fix100) the event types a gathering at a court is told as: a protest or a riot, not an arrest or a killing
GATHERING_TYPES = frozenset({"Protests", "Riots"})


def court_town(art, u, ev) -> tuple | None:
    """The court's town when the sentence, or an earlier sentence of its paragraph, places people at the court
    (wordlists.json `court_venue_patterns`: "Outside the court on Tuesday, about 150 supporters gathered ... Police
    fired tear gas when ..."), its event is a protest or a riot (fix100: "Speaking outside the court, his lawyer said
    police had beaten ...", "... arrested outside the court last year. On Tuesday, gunmen killed his brother" are no
    gathering there) and the paragraph names no place up to the sentence's end: the town written right after the court's name
    the first time the article names it ("the X provincial court in Y": `court_named_in`), else the dateline's town
    when it lies in the story's country (fix100: "NAIROBI — A court ... sentenced a Ugandan MP": not Nairobi); None
    when neither is a known town."""
    if ev.event_type not in GATHERING_TYPES:
        return None
    lo = art.para_starts[u.para] if 0 <= u.para < len(art.para_starts) else u.s0
    hi = u.s0 + len(u.stext)
    if art.res.pattern_search("court_venue_patterns", art.text[lo:hi]) is None:
        return None
    if art.place_slicer.between(lo, hi):
        return None  # the paragraph places the gathering itself
    m = art.res.patterns_rx("court_named_in").search(art.text)  # (only the first naming of the court)
    if m is not None:
        spans = art.place_slicer.between(m.end(), m.end() + 1)
        if spans and spans[0].start_char == m.end():
            place = spans[0]._.place[0]
            if place.feature != "country" and not unlisted(place):
                return place, place.precision
    dateline = art.dateline_place
    if dateline is None or dateline.precision != 1:
        return None
    return (dateline, 1) if art.main_iso2 is None or dateline.country == art.main_iso2 else None
