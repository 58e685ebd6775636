"""Compact, memory-mapped storage of the gazetteer index (see `gazetteer` for the file layout):
`write_compact` writes places + name index, `open_compact` maps it back as a lazy `Gazetteer`."""

from __future__ import annotations

import json
import mmap
import os
import struct
import sys
import zlib
from pathlib import Path

from .gazetteer_lookup import Gazetteer, Place

MAGIC = b"NEWSETLGAZ\x04\n"


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
