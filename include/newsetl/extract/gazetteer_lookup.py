"""Gazetteer lookup: name normalisation (`norm`, `strip_article`), the `Place` record and the `Gazetteer`
lookup/resolve API over a places sequence and a name index (built and stored by `gazetteer`)."""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

ARTICLE_PREFIXES = (
    "al ",
    "el ",
    "ad ",
    "ar ",
    "as ",
    "ash ",
    "az ",
    "an ",
    "at ",
    "ad ",
    "ed ",
    "es ",
    "ez ",
    "ath ",
    "adh ",
)


# alternate names that are ordinary English words / news vocabulary: never treated as places (data/wordlists.json)
STOP_NAMES = frozenset(
    json.loads((Path(str(resources.files("newsetl") / "data" / "wordlists.json"))).read_text(encoding="utf-8"))[
        "place_stop_names"
    ]
)
# (fix130) an abbreviated head word of a name the gazetteer lists only written out ("St. Marc": "Saint-Marc"; "Ft.
# Portal": "Fort Portal"), by its normalised key (data/wordlists.json `place_name_abbreviation_heads`)
ABBREVIATED_HEADS = {
    k: v
    for k, v in json.loads(
        (Path(str(resources.files("newsetl") / "data" / "wordlists.json"))).read_text(encoding="utf-8")
    )["place_name_abbreviation_heads"].items()
    if not k.startswith("_")
}
# capitals used as metonyms for governments ("Washington said...") are still places; handled in context


@functools.lru_cache(maxsize=1 << 16)
def norm(name: str) -> str:
    """Lower-case, strip diacritics and apostrophes, hyphens/underscores to spaces, collapse spaces."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace("’", "").replace("'", "").replace("ʿ", "").replace("ʾ", "").replace("`", "")
    s = re.sub(r"[-_/]", " ", s)
    s = re.sub(r"[^a-z0-9 ]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def strip_article(key: str) -> str:
    for p in ARTICLE_PREFIXES if key.startswith(ARTICLE_PREFIXES) else ():  # (one C call: most names have none)
        if key.startswith(p) and len(key) > len(p) + 2:
            return key[len(p) :]
    return key


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, h)))


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # ISO2
    admin1: str | None
    lat: float
    lon: float
    population: int
    geonameid: int | None
    feature: str  # city | village | town | neighbourhood | region | province | natural | country | ...
    precision: int  # ACLED geo precision 1/2/3
    parent: str | None = None
    curated: bool = False


LOOKED_MAX = 1 << 16  # names whose candidates a Gazetteer keeps (`lookup`)


class Gazetteer:
    """`places` is a sequence of Place (a list, or the lazy view of a memory-mapped index) and `index` a
    mapping name key -> tuple of place numbers (a dict, or the memory-mapped hash table); both only need
    `[]`, `len()` and `.get()`."""

    def __init__(self, places, index, countries: dict[str, dict]):
        self.places = places
        self.index = index
        self.countries = countries  # ISO2 -> {iso3, name, place_idx}
        self.iso3_to_iso2 = {v["iso3"]: k for k, v in countries.items()}
        self._looked: dict[str, tuple[Place, ...]] = {}  # text -> its candidates (`lookup`; the index never changes)

    def lookup(self, text: str) -> list[Place]:
        """The candidates of a name (a new list on each call; the place finder asks for the same name many times, the
        answer is kept per text, up to LOOKED_MAX texts)."""
        got = self._looked.get(text)
        if got is None:
            key = norm(text)
            ids = (
                () if not key or key in STOP_NAMES else self.index.get(key) or self.index.get(strip_article(key)) or ()
            )
            head, _, rest = key.partition(" ")
            if not ids and rest and head in ABBREVIATED_HEADS:  # (fix130) "St. Marc": "Saint-Marc"
                ids = self.index.get(f"{ABBREVIATED_HEADS[head]} {rest}") or ()
            got = tuple(self.places[i] for i in ids)
            if len(self._looked) >= LOOKED_MAX:
                self._looked.clear()
            self._looked[text] = got
        return list(got)

    def country_place(self, iso2: str) -> Place | None:
        c = self.countries.get(iso2)
        return self.places[c["place_idx"]] if c and c.get("place_idx") is not None else None

    def iso3(self, iso2: str | None) -> str | None:
        return self.countries.get(iso2, {}).get("iso3") if iso2 else None

    def country_name(self, iso2: str | None) -> str | None:
        return self.countries.get(iso2, {}).get("name") if iso2 else None

    def resolve(self, text: str, context: dict[str, float] | None = None) -> Place | None:
        """Best candidate for a name: curated first, then article country context, then population."""
        cands = self.lookup(text)
        if not cands:
            return None
        context = context or {}
        exact = norm(text)

        def score(p: Place) -> float:
            s = math.log10(p.population + 10)
            s += 4.0 * context.get(p.country, 0.0)
            if p.curated:
                s += 2.5
            if norm(p.name) == exact or strip_article(norm(p.name)) == strip_article(exact) or _unit_named(p, exact):
                s += 1.5
            if p.feature == "country":
                s += 3.0
            return s

        return max(cands, key=score)


def _unit_named(p: Place, exact: str) -> bool:
    """(fix82) A first-level unit named without its unit word ("Borno" for "Borno State", its admin1 name): the exact
    name too, as a town's own name is ("Troops killed five militants in Borno": the Nigerian state, not Borno, Italy)."""
    return p.feature in ("province", "region") and bool(p.admin1) and norm(p.admin1) == exact
