"""(ev108, fix121) The dateline's point lent to an unlisted name the body gives only the dateline's country to lean on
("KANANGA — ... on the edge of X", "NASSAU — ... in X Town"), and how far a distance reference leaves a name: the
helpers of `unlisted.UnlistedPlaces.place`. Settings: wordlists.json `home_point_lend`."""

from __future__ import annotations

import re

from ..gazetteer import Place, norm

FAR_DISTANCE = re.compile(
    r",?\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(?P<n>\d[\d,]*)\s*"
    r"(?P<unit>km|kilomet(?:re|er)s?|miles?)\s"
)  # (fix121) "X, about 290 km north of Y"


_NEXT_WORDS = re.compile(r"(?:\s+[\w\-]+){1,2}")


def admin1_of(anchor: Place) -> str | None:
    """The province an anchored name takes from its anchor: the anchor's, or the anchor itself when a province."""
    return anchor.admin1 or (anchor.name if anchor.feature in ("province", "region") else None)


def lends(unl, cue: str, source: str | None) -> bool:
    """(fix121) Whether the dateline's point may be lent to a name of this cue (`home_point_lend.sources`): a
    settlement or site cue ("X village", "Kibbutz X", "on the edge of X"), not a bare "at X on Sunday" ("at Mass") nor
    an NER name (no source)."""
    return cue != "home" and source in unl.home_lend["sources"] and unl.home_place is not None


def far_reference(text: str, e: int, far_km: float) -> bool:
    """(fix121) Whether the name ending at `e` is placed by a distance from a reference point farther than `far_km`
    ("X, about 290 km north of Y"): precision 3, not 2 (Y's point is no near one)."""
    m = FAR_DISTANCE.match(text, e)
    if m is None:
        return False
    km = float(m.group("n").replace(",", "")) * (1.609 if m.group("unit").startswith("mile") else 1)
    return km > far_km


def home_point(unl, name: str, anchor: Place | None, context: dict, main_iso2: str | None) -> Place | None:
    """(ev108) The dateline's place as the point of a cued name the body gives nothing finer than the dateline's
    country to lean on (precision 3, not dropped); None otherwise: when no country is known and the gazetteer knows the
    name as written or in the dateline's country (its own place). (fix121) A national hub's dateline (at least
    `home_point_lend.hub_population` people: "KINSHASA — ... in X village") tells of the whole country: the country's
    place instead (its centre, no province)."""
    home = unl.home_place
    if home is None or (anchor is not None and (anchor.feature != "country" or anchor.country != home.country)):
        return None
    if anchor is None:
        own = None if main_iso2 else unl.gaz.resolve(name, context)
        if main_iso2 or (own is not None and (norm(own.name) == norm(name) or own.country == home.country)):
            return None  # (a name the gazetteer knows as written keeps its own place, ev46; "Bain" -> "Ben": no)
    return home


def inside_city(unl, text: str, s: int, e: int) -> bool:
    """(fix123) Whether the lent name at [s, e) is a part of the dateline's town: a word of `home_point_lend.inner_cues`
    among the two words after it ("the X neighbourhood", "the X Town neighbourhood", "X slum"; `article_cues` only
    after "the" and under a city's dateline, `article_cue_population`: "the X district" of Aleppo, not "X district", a
    country's district, nor "the Y district" under a small town's), or "of the city" after them
    (`inner_after`): the town's point at precision 2 with its province."""
    conf, home = unl.home_lend, unl.home_place
    m = _NEXT_WORDS.match(text, e)
    if m is None or home.feature in ("country", "province", "region", "natural") or home.precision != 1:
        return False  # a country's or a region's dateline has no inside
    words = [w.lower() for w in m.group(0).split()]
    if re.match(conf["inner_after"], text[m.end() :], re.I):
        return True
    if any(w in conf["inner_cues"] for w in words):
        return True
    if home.population < conf["article_cue_population"]:
        return False  # (fix123) "near X, in the Y district": a rural district under a small town's dateline
    return any(w in conf["article_cues"] for w in words) and bool(
        re.search(r"\bthe\s+$", text[max(0, s - 5) : s], re.I)
    )
