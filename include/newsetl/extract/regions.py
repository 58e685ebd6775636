"""First-level administrative regions (provinces, governorates, states) looked up by name, built from the admin1
names the gazetteer's places already carry: "Diyala Province", "Lower Shabelle", "northern Hama", "Texas".

A region is returned as a Place of feature "province" (geo precision 3) at the position of its most populous
place: a point certainly inside it, where ACLED codes events known only to the province. Built once per
gazetteer object by the places component (a few hundred ms), no change to the gazetteer's index or file.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import Gazetteer, Place, norm, strip_article

AFFIXES = re.compile(
    r"^(?:muhafazat|mayorality of|province of|state of|region of|oblast of)\s+|\s+(?:governorate|province|region|state|oblast|"
    r"county|prefecture|department|district)$"
)


def region_keys(name: str) -> set[str]:
    key = norm(name)
    bare = AFFIXES.sub("", key).strip()
    keys = {key, bare, strip_article(bare)}
    return {k for k in keys if len(k) >= 3}


def _admin1_tops(gaz: Gazetteer) -> tuple[dict, dict]:
    """(country, admin1) -> (its most populous place, total population), read from the gazetteer's columns when it is
    the compact mapped index (no Place objects decoded), else from its places."""
    best: dict[tuple[str, str], Place] = {}
    total: dict[tuple[str, str], int] = {}
    c = getattr(gaz.places, "c", None)
    if c is not None and hasattr(c, "p_admin1"):
        top: dict[tuple[int, int], tuple[int, int]] = {}  # (country id, admin1 id) -> (population, place number)
        pops: dict[tuple[int, int], int] = {}
        for i, (cid, aid, pop) in enumerate(zip(c.p_country, c.p_admin1, c.p_pop)):
            if aid < 0:
                continue  # countries and places without an admin1
            k = (cid, aid)
            if k not in top or pop > top[k][0]:
                top[k] = (pop, i)
            pops[k] = pops.get(k, 0) + pop
        for k, (_, i) in top.items():
            place = gaz.places[i]
            best[(place.country, place.admin1)] = place
            total[(place.country, place.admin1)] = pops[k]
        return best, total
    for p in gaz.places:
        if not p.admin1 or p.feature == "country":
            continue
        k = (p.country, p.admin1)
        total[k] = total.get(k, 0) + p.population
        if k not in best or p.population > best[k].population:
            best[k] = p
    return best, total


class RegionIndex:
    """Built on first use (a fraction of a second), so loading a pipeline stays fast."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self._built = False
        self.regions: dict[tuple[str, str], Place] = {}
        self.index: dict[str, list[tuple[str, str]]] = {}

    def _build(self) -> None:
        best, total = _admin1_tops(self.gaz)
        for (iso2, admin1), top in best.items():
            self.regions[(iso2, admin1)] = Place(
                admin1, iso2, admin1, top.lat, top.lon, total.get((iso2, admin1), 0), None, "province", 3
            )
            for key in region_keys(admin1):
                self.index.setdefault(key, []).append((iso2, admin1))
        self._built = True

    def lookup(self, name: str, context: dict[str, float] | None = None) -> Place | None:
        """The region of that name, preferring the article's countries, then the most populous."""
        if not self._built:
            self._build()
        cands = {c for key in region_keys(name) for c in self.index.get(key, ())}
        if not cands:
            return None
        context = context or {}
        best = max(cands, key=lambda c: (context.get(c[0], 0.0), self.regions[c].population))
        return self.regions[best]

    def countries(self, name: str) -> set[str]:
        """The countries with a first-level region of that name."""
        if not self._built:
            self._build()
        return {c[0] for key in region_keys(name) for c in self.index.get(key, ())}

    def named(self, place: Place, name: str) -> Place:
        """The region under the name the text uses ("Anbar Province" for GeoNames' "Al Anbar")."""
        return replace(place, name=name)
