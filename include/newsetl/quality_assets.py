"""Data Docs that open offline: GX's pages load jQuery, Bootstrap, bootstrap-table, Font Awesome and Vega
from public CDNs, so on a machine without internet they are blank and full of console errors.

`newsetl gx-assets` (run by `make install`) fetches the very versions GX's templates name from the npm
registry (`npm pack`, no node_modules) into `<cache_dir>/gx-datadocs-assets/`; the Vega bundle comes from
vl-convert (already installed for the nightly report). After each Checkpoint run the gate copies them once
into the site's `static/vendor/` and points the pages it just built at them (`offline_pages`). Without the
assets the pages keep GX's CDN links, which work on a machine with internet.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)
FOLDER = "gx-datadocs-assets"
# the CDN address in GX 1.24's templates -> (npm package@version, file in the package); None = dropped
# (vega and vega-lite are inside the vega-embed bundle from vl-convert)
CDN: dict[str, tuple[str, str] | None] = {
    "https://code.jquery.com/jquery-3.7.1.min.js": ("jquery@3.7.1", "dist/jquery.min.js"),
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": (
        "popper.js@1.12.9",
        "dist/umd/popper.min.js",
    ),
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": (
        "bootstrap@4.3.1",
        "dist/js/bootstrap.min.js",
    ),
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": (
        "bootstrap@4.3.1",
        "dist/css/bootstrap.min.css",
    ),
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": (
        "bootstrap-table@1.19.1",
        "dist/bootstrap-table.min.js",
    ),
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css": (
        "bootstrap-table@1.19.1",
        "dist/bootstrap-table.min.css",
    ),
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js": (
        "bootstrap-table@1.19.1",
        "dist/extensions/filter-control/bootstrap-table-filter-control.min.js",
    ),
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css": (
        "bootstrap-table@1.19.1",
        "dist/extensions/filter-control/bootstrap-table-filter-control.min.css",
    ),
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css": (
        "bootstrap-table@1.19.1",
        "dist/extensions/filter-control/bootstrap-table-filter-control.css",
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js": (
        "bootstrap-datepicker@1.9.0",
        "dist/js/bootstrap-datepicker.min.js",
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css": (
        "bootstrap-datepicker@1.9.0",
        "dist/css/bootstrap-datepicker.min.css",
    ),
    "https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css": (
        "@forevolve/bootstrap-dark@1.1.0",
        "dist/css/bootstrap-prefers-dark.css",
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css": (
        "@fortawesome/fontawesome-free@6.6.0",
        "css/all.min.css",
    ),
    "https://cdn.jsdelivr.net/npm/vega-embed@6": ("vl-convert", "vega-embed-bundle.js"),
    "https://cdn.jsdelivr.net/npm/vega@5": None,
    "https://cdn.jsdelivr.net/npm/vega-lite@5": None,
}
# files the ones above load in turn (Font Awesome's CSS loads ../webfonts/*)
EXTRA = {
    "@fortawesome/fontawesome-free@6.6.0": [
        f"webfonts/fa-{n}.woff2" for n in ("brands-400", "regular-400", "solid-900", "v4compatibility")
    ]
}


def _dir(spec: str) -> str:
    """Local folder of a package: 'bootstrap@4.3.1' -> 'bootstrap-4.3.1' (kept relative layout inside)."""
    return spec.lstrip("@").replace("/", "-").replace("@", "-")


def local_file(spec: str, member: str) -> str:
    return f"{_dir(spec)}/{member}"


def assets_dir(cache_dir: str) -> Path:
    return Path(cache_dir) / FOLDER


def fetch(cache_dir: str) -> Path:
    """Fetch every asset into the cache (idempotent); returns the folder."""
    out = assets_dir(cache_dir)
    wanted: dict[str, set[str]] = {}
    for v in CDN.values():
        if v and v[0] != "vl-convert":
            wanted.setdefault(v[0], set()).add(v[1])
    for spec, files in EXTRA.items():
        wanted.setdefault(spec, set()).update(files)
    npm = shutil.which("npm")
    if not npm:
        raise FileNotFoundError("npm is not installed (Debian: apt-get install -y npm)")
    with tempfile.TemporaryDirectory() as tmp:
        for spec, needed in sorted(wanted.items()):
            files = sorted(needed)
            if all((out / local_file(spec, f)).is_file() for f in files):
                continue
            res = subprocess.run(
                [npm, "pack", spec, "--pack-destination", tmp, "--json"], capture_output=True, text=True, check=True
            )
            tgz = Path(tmp) / json.loads(res.stdout)[0]["filename"]
            with tarfile.open(tgz) as tf:
                for f in files:
                    data = tf.extractfile(f"package/{f}")
                    if data is None:
                        raise FileNotFoundError(f"{f} not in {spec}")
                    dest = out / local_file(spec, f)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    dest.write_bytes(data.read())
    from .report.page import vega_bundle

    bundle = out / local_file("vl-convert", "vega-embed-bundle.js")
    bundle.parent.mkdir(parents=True, exist_ok=True)
    bundle.write_text(vega_bundle()[1], encoding="utf-8")
    (out / "manifest.json").write_text(json.dumps({"cdn": CDN, "extra": EXTRA}, indent=1), encoding="utf-8")
    return out


def available(cache_dir: str) -> bool:
    return (assets_dir(cache_dir) / "manifest.json").is_file()


def _install(site: Path, cache_dir: str) -> Path:
    """Copy the assets into the site's static/vendor once (a new manifest replaces them)."""
    vendor = site / "static" / "vendor"
    src = assets_dir(cache_dir)
    if (vendor / "manifest.json").is_file() and (vendor / "manifest.json").read_bytes() == (
        src / "manifest.json"
    ).read_bytes():
        return vendor
    tmp = site / "static" / f".vendor-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(src, tmp)
    shutil.rmtree(vendor, ignore_errors=True)
    os.replace(tmp, vendor)
    return vendor


def offline_pages(site: str, pages: list[str], cache_dir: str) -> int:
    """Point `pages` (HTML files of the site) at the local copies; returns how many were rewritten."""
    if not available(cache_dir):
        return 0
    vendor = _install(Path(site), cache_dir)
    done = 0
    for page in pages:
        p = Path(page)
        if not p.is_file():
            continue
        html = p.read_text(encoding="utf-8")
        new = rewrite(html, os.path.relpath(vendor, p.parent).replace(os.sep, "/"))
        if new != html:
            p.write_text(new, encoding="utf-8")
            done += 1
    return done


def rewrite(html: str, vendor_rel: str) -> str:
    """CDN <script>/<link> tags -> local files (integrity/crossorigin dropped: they break file:// loads)."""
    for url, target in CDN.items():
        esc = re.escape(url)
        script = re.compile(rf'<script[^>]*\bsrc="{esc}"[^>]*>\s*</script>')
        link = re.compile(rf'<link[^>]*\bhref="{esc}"[^>]*>')
        if target is None:
            html = script.sub("", html)
            continue
        local = f"{vendor_rel}/{local_file(*target)}"
        html = script.sub(f'<script src="{local}"></script>', html)
        html = link.sub(f'<link rel="stylesheet" href="{local}">', html)
    # GX's logo is fetched from its web-assets bucket (with the context id): use the copy in static/images
    return re.sub(
        r'src="https://great-expectations-web-assets\.[^"]*/logo-long\.png[^"]*"',
        f'src="{vendor_rel}/../images/logo-long.png"',
        html,
    )
