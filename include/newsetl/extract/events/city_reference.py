"""(ev61, fix65) The town a sentence with no place of its own means by "the city" under a town's dateline."""

from __future__ import annotations


def the_city(art, u) -> tuple | None:
    """(ev61, fix65) The town a sentence with no place of its own means by "the city" (wordlists.json
    `dateline_city_reference`) under a town's dateline: the dateline's town when the last place the story named is that
    town, an unknown place inside it or near no town, or no town (`city_reference_town_features`); else the town just named
    ("NAIROBI - Gunmen killed three traders in Mandera ... armed men returned to the market in the city": Mandera);
    None when it cannot tell (an unknown place near another town)."""
    from .places import unlisted  # (places imports this module)

    dateline = art.dateline_place
    if dateline is None or dateline.precision != 1:
        return None
    if art.res.pattern_search("dateline_city_reference", u.stext) is None:
        return None
    last = art.last_named[0] if art.last_named is not None else None
    if last is None or last.name == dateline.name:
        return dateline, 1
    if unlisted(last):
        return (dateline, 1) if last.precision > 2 or last.parent in (None, dateline.name) else None
    towns = art.res.wordset("city_reference_town_features")
    inside = (
        last.country == dateline.country and last.admin1 == dateline.admin1 and last.population < dateline.population
    )
    return (dateline, 1) if last.feature not in towns or inside else art.last_named
