"""(ev61, fix65) The town a sentence with no place of its own means by "the city" under a town's dateline."""

from __future__ import annotations

from ..gazetteer_lookup import km as _km
from .model import unlisted


def the_city(art, u) -> tuple | None:
    """(ev61, fix65) The town a sentence with no place of its own means by "the city" (wordlists.json
    `dateline_city_reference`) under a town's dateline: the dateline's town when the last place the story named is that
    town, a place inside it (fix67: a part of it, its parent, or near), an unknown place inside it or near no town, or no town (`city_reference_town_features`); else the town just named
    ("NAIROBI - Gunmen killed three traders in Mandera ... armed men returned to the market in the city": Mandera);
    None when it cannot tell (an unknown place near another town)."""

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
    return (dateline, 1) if last.feature not in towns or _inside(last, dateline, art.res) else art.last_named


def _inside(last, dateline, res) -> bool:
    """(fix67) Whether the town `last` lies inside the dateline's town (`city_reference_inside`): a part of a town, a
    place whose parent is the dateline's town, or one within its `km`; a smaller city of the same province is not
    (Hyderabad under a KARACHI dateline, Zaria under KADUNA), a small town of it (`small_town`) is no city."""
    conf = res.words["city_reference_inside"]
    if last.country != dateline.country:
        return False
    if last.feature in conf["features"] or last.parent == dateline.name:
        return True
    if last.admin1 == dateline.admin1 and last.population < min(conf["small_town"], dateline.population):
        return True  # "Police in Wudil arrested ... robbed a bureau de change in the city" under KANO: Kano
    return _km((last.lat, last.lon), (dateline.lat, dateline.lon)) <= conf["km"]
