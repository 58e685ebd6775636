"""(ev108, issue 10) Where a launched weapon came down: "rockets were fired toward the X Valley; two landed in fields
near Y" happened at Y, the place of the impact clause, not at the region the launch was aimed at."""

from __future__ import annotations

AREAS = frozenset({"region", "province", "country", "natural"})
# how far after the aimed-at place a landing clause of the same paragraph may name its place (about two sentences)
LANDING_REACH = 400


def _span_of(spans, place):
    return next((sp for sp in spans if sp._.place[0] is place), None)


def landing_place(art, ev, spans, chosen: list):
    """The place a remote-violence event landed at: when its chosen place is the one its launch was aimed at
    (wordlists.json `launch_aim_before_patterns`, "fired toward the", "launched at the", "aimed at the"), an area (a
    region or country, a place at precision 2 or 3, or a name an area word follows, `launch_aim_area_after`: "the X
    Valley", "the X plain"; not a town: "drones launched at X; one hit a depot in the Y neighbourhood" is at X), and a clause
    of the same paragraph after it says where the weapons came down (`landing_before_patterns`, "two landed in open
    fields near", "struck a barn on the edge of", "fell near"), that landing place's span; None otherwise."""
    if ev.event_type != "Explosions/Remote violence" or not chosen:
        return None
    sp = _span_of(spans, chosen[0][0])
    if sp is None:
        return None
    text = art.text
    if art.res.pattern_search("launch_aim_before_patterns", text[max(0, sp.start_char - 80) : sp.start_char]) is None:
        return None
    coarse = chosen[0][1] >= 2 or chosen[0][0].feature in AREAS
    if not coarse and art.res.patterns_rx("launch_aim_area_after").match(text, sp.end_char) is None:
        return None  # "launched drones at El Obeid; one hit a depot in the X neighbourhood": the town aimed at
    para = art.para_of(sp.start_char)
    for other in art.places:
        if other.start_char <= sp.end_char or art.para_of(other.start_char) != para:
            continue
        if other.start_char - sp.end_char > LANDING_REACH:
            break
        place = other._.place[0]
        if place.feature == "country" or place is chosen[0][0]:
            continue
        before = text[max(sp.end_char, other.start_char - 80) : other.start_char]
        if art.res.pattern_search("landing_before_patterns", before) is not None:
            return other
    return None
