"""Find and read the dumps that landed: plain .txt, .jsonl, and .gz / .zip / .tar(.gz) archives of them,
from a local folder or any fsspec URI. Every file, container and record yields a ledger entry; records
that can be split yield a `RawDoc`. Bad input becomes a `quarantined` entry with a specific reason.

Every input is read in its own guard (`read_input` never raises): local paths are checked before they
are opened (`sources_paths`), encodings are decided per file (`sources_decode`), archives are streamed
one member at a time under a decompression budget (`sources_archive`) and JSONL records are parsed and
type-checked one by one (`sources_jsonl`). A container's own row comes after the rows of what it holds.
"""

from __future__ import annotations

import io
import logging
import os
import posixpath
from collections.abc import Iterator

import fsspec

from . import sources_archive as arc
from . import sources_jsonl as jsonl
from .config import Settings
from .sources_decode import DecodeError, decode_bytes
from .sources_entry import BadInput, Entry, RawDoc, sha256
from .sources_paths import UnsafeInput, check_local, from_transport, open_regular, transport_path, walk_local

ARCHIVE_EXTS = (".tar.gz", ".tgz", ".tar", ".zip", ".gz")
MAX_NESTING = 2
log = logging.getLogger("newsetl")
__all__ = ["BadInput", "Entry", "RawDoc", "decode", "discover", "input_root", "plan_shards", "read_input", "sha256"]


# ---------------------------------------------------------------- discovery
def _kind_of(name: str) -> str:
    low = name.lower()
    for ext in ARCHIVE_EXTS:
        if low.endswith(ext):
            return "archive"
    if low.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if low.endswith(".txt"):
        return "txt"
    return "unsupported"


def discover(path: str) -> list[dict]:
    """Files under `path` (folder, recursively; a single file; or a glob), sorted, with their sizes.

    Hidden files and folders (starting with '.' or '_') are skipped: they are tooling markers, not dumps.
    On a local disk links and special files are listed without being followed or opened (`read_input`
    gives each its ledger row); names keep undecodable bytes as surrogate escapes.
    Raises FileNotFoundError with the path when nothing exists there.
    """
    from .lake import protocol as fs_protocol

    fs, root = fsspec.core.url_to_fs(path)
    protocol = fs_protocol(fs)
    local = protocol in ("file", "local")
    is_glob = any(ch in root for ch in "*?[")
    if local and not is_glob:
        if os.path.isdir(root):  # a folder given explicitly may itself be a link
            return [{"path": transport_path(p), "bytes": n} for p, n in walk_local(root)]
        if os.path.lexists(root):
            return [{"path": transport_path(root), "bytes": _local_size(root)}]
        raise FileNotFoundError(f"input path does not exist: {path}")
    if is_glob:
        paths = fs.glob(root)
    elif fs.isdir(root):
        paths = fs.find(root)
    elif fs.exists(root):
        paths = [root]
    else:
        raise FileNotFoundError(f"input path does not exist: {path}")
    out = []
    for p in sorted(paths):
        parts = p.replace("\\", "/").split("/")
        rel_parts = parts[len(root.rstrip("/").split("/")) :] if not is_glob and fs.isdir(root) else parts[-1:]
        if any(part.startswith((".", "_")) for part in rel_parts):
            continue
        if local:
            if os.path.isdir(p) and not os.path.islink(p):
                continue
            out.append({"path": transport_path(p), "bytes": _local_size(p)})
            continue
        if fs.isdir(p):
            continue
        uri = f"{protocol}://{p}"
        out.append({"path": uri, "bytes": int(fs.size(p) or 0)})
    return out


def _local_size(p: str) -> int:
    try:
        return os.stat(p).st_size if os.path.isfile(p) else 0
    except OSError:  # a link loop or a dangling link: read_input gives the reason
        return 0


def input_root(path: str) -> str | None:
    """The local folder an input path may not leave (links out of it are `unsafe_path`); None when remote."""
    from .lake import protocol as fs_protocol

    fs, root = fsspec.core.url_to_fs(path)
    if fs_protocol(fs) not in ("file", "local"):
        return None
    if any(ch in root for ch in "*?["):
        parts = root.split("/")
        k = next(i for i, part in enumerate(parts) if any(ch in part for ch in "*?["))
        return os.path.realpath("/".join(parts[:k]) or "/")
    if os.path.isdir(root):
        return os.path.realpath(root)
    return os.path.realpath(os.path.dirname(os.path.abspath(root)))


def plan_shards(files: list[dict], shard_bytes: int, max_shards: int, min_shards: int = 1) -> list[list[str]]:
    """Greedy, order-preserving packing of files into shards of about `shard_bytes` (deterministic: the plan
    depends on the input only, never on how many workers run it). A night smaller than `min_shards` x
    `shard_bytes` is cut into about `min_shards` shards (when it has that many files), so every core has work; a
    larger one into a multiple of `min_shards` shards of at most `shard_bytes` (perf27: 9 equal shards kept one of
    two workers idle for a whole shard; 16 of them end together on 1, 2, 4 or 8 workers)."""
    if not files:
        return []
    total = sum(f["bytes"] for f in files)
    per = max(1, min_shards)
    needed = -(-total // max(1, shard_bytes))  # shards of at most shard_bytes
    count = -(-needed // per) * per  # rounded up to a multiple of min_shards
    target = max(1, min(shard_bytes, -(-total // count)), -(-total // max_shards))
    shards: list[list[str]] = [[]]
    size = 0
    for f in files:
        if shards[-1] and size + f["bytes"] > target:
            shards.append([])
            size = 0
        shards[-1].append(f["path"])
        size += f["bytes"]
    return shards


# ---------------------------------------------------------------- decoding
def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding) of dump bytes, decided with evidence (see `sources_decode`); raises BadInput with
    the ledger reason ('empty' | 'binary' | 'undecodable')."""
    try:
        d = decode_bytes(raw)
    except DecodeError as e:
        raise BadInput(e.reason) from None
    return d.text, d.encoding


# ---------------------------------------------------------------- reading
def read_input(path: str, settings: Settings, root: str | None = None) -> Iterator[Entry]:
    """All ledger entries of one input file; the file's own row (member None) comes last.

    `root` is the landing folder links may not leave (`input_root`). Never raises: whatever goes wrong
    becomes the row of the file, or of the member or record being read.
    """
    path = from_transport(path)
    own = False
    try:
        for e in _read_input(path, settings, root):
            own = own or e.member is None
            yield e
    except Exception as e:  # a reader bug: this file only
        log.exception("reading %r failed", path)
        if not own:
            yield Entry(path, None, "file", "quarantined", f"internal_error: {type(e).__name__}: {e}", 0, None)


def _open(path: str, root: str | None):
    """(binary file object, size). Local paths are checked first: links, special files (UnsafeInput)."""
    from .lake import protocol as fs_protocol

    fs, p = fsspec.core.url_to_fs(path)
    if fs_protocol(fs) in ("file", "local"):
        local = path[len("file://") :] if path.startswith("file://") else path
        fh = open_regular(check_local(local, root))
        return fh, os.fstat(fh.fileno()).st_size
    return fs.open(p, "rb"), int(fs.size(p) or 0)


def _read_input(path: str, settings: Settings, root: str | None) -> Iterator[Entry]:
    name = posixpath.basename(path.rstrip("/"))
    kind = _kind_of(name)
    try:
        fh, size = _open(path, root)
    except UnsafeInput as e:
        yield Entry(path, None, "file", "quarantined", e.reason, 0, None)
        return
    except Exception as e:  # permissions, vanished, network
        yield Entry(path, None, "file", "quarantined", f"unreadable: {type(e).__name__}: {e}", 0, None)
        return
    with fh:
        if size > settings.max_file_bytes:
            yield Entry(
                path, None, "file", "quarantined", f"too_large: over {settings.max_file_bytes} bytes", size, None
            )
            return
        if kind == "archive":
            whole = _hash_stream(fh)
            fh.seek(0)
            ctx = arc.Context(path, settings, settings.max_archive_bytes, _read_member)
            yield from _read_archive(ctx, None, name, fh, size, whole, depth=0)
            return
        limit, over = arc.member_limit(name, settings)
        data, n, digest = arc.read_limited(fh, limit, None)
    if data is None or digest is None:  # (both None when the input is over the limit)
        yield Entry(path, None, "file", "quarantined", over, size, None)
        return
    yield from _read_data(path, None, "file", name, data, digest, settings)


def _hash_stream(fh) -> str:
    import hashlib

    h = hashlib.sha256()
    for chunk in iter(lambda: fh.read(arc.CHUNK), b""):
        h.update(chunk)
    return h.hexdigest()


def _read_member(ctx: arc.Context, member: str, name: str, data: bytes, depth: int) -> Iterator[Entry]:
    """Rows of one archive member whose bytes were read."""
    if _kind_of(name) == "archive":
        digest = sha256(data)
        if depth >= MAX_NESTING:
            yield Entry(
                ctx.source,
                member,
                "record",
                "quarantined",
                f"nested_too_deep: archives nested more than {MAX_NESTING} levels",
                len(data),
                digest,
            )
            return
        yield from _read_archive(ctx, member, name, io.BytesIO(data), len(data), digest, depth)
        return
    yield from _read_data(ctx.source, member, "record", name, data, sha256(data), ctx.settings)


def _read_data(
    source: str, member: str | None, row_kind: str, name: str, data: bytes | bytearray, digest: str, settings: Settings
) -> Iterator[Entry]:
    """Rows of a .txt, .jsonl or unsupported input held in memory."""
    kind = _kind_of(name)
    if kind == "unsupported":
        yield Entry(
            source,
            member,
            row_kind,
            "quarantined",
            f"unsupported_type: '{name}' is not .txt/.jsonl or a .gz/.zip/.tar.gz archive",
            len(data),
            digest,
        )
        return
    try:
        d = decode_bytes(data)
    except DecodeError as e:
        yield Entry(
            source, member, row_kind if kind == "txt" else "container", "quarantined", e.reason, len(data), digest
        )
        return
    if kind == "txt":
        yield Entry(
            source,
            member,
            row_kind,
            "loaded",
            None,
            len(data),
            digest,
            doc=RawDoc(source, member, d.text, d.encoding),
            note=d.note,
        )
        return
    n = 0
    for lineno, line in jsonl.split_lines(d.text):
        if not line.strip():
            continue
        n += 1
        rec = f"{member or ''}:{lineno}"
        raw = line.encode("utf-8", "surrogatepass")
        entry = Entry(source, rec, "record", "quarantined", None, len(raw), sha256(raw))
        try:
            obj = jsonl.parse(line, settings)
            problem = jsonl.check(obj, settings)
        except jsonl.RecordError as e:
            problem = e.reason
        except Exception as e:  # a checker bug: this record only
            problem = f"internal_error: {type(e).__name__}: {e}"
        if problem:
            entry.reason = problem
        elif isinstance(obj, dict):  # (check() passes objects only)
            value = obj.get("text")
            text = value if isinstance(value, str) else ""
            entry.status, entry.doc = "loaded", RawDoc(source, rec, text, d.encoding, fields=obj)
        yield entry
    yield Entry(source, member, "container", "loaded", f"jsonl: {n} records", len(data), digest, note=d.note)


def _read_archive(
    ctx: arc.Context, member: str | None, name: str, fh, nbytes: int, digest: str, depth: int
) -> Iterator[Entry]:
    low = name.lower()
    n: int | None
    problem: str | None
    try:
        if low.endswith(".zip"):
            n, problem = yield from arc.read_zip(ctx, member, fh, depth)
        elif low.endswith((".tar.gz", ".tgz", ".tar")):
            n, problem = yield from arc.read_tar(ctx, member, fh, depth)
        else:
            n, problem = yield from arc.read_gz(ctx, member, name, fh, depth)
    except arc.OverBudget:
        n, problem = None, f"too_large: the archive's decompressed total passed {ctx.settings.max_archive_bytes} bytes"
    except arc.CORRUPT as e:
        n, problem = None, f"corrupt_archive: {type(e).__name__}: {e}"
    if problem:
        yield Entry(ctx.source, member, "container", "quarantined", problem, nbytes, digest)
    else:
        yield Entry(ctx.source, member, "container", "loaded", f"archive: {n} members", nbytes, digest)
