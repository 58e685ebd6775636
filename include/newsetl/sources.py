"""Find and read the dumps that landed: plain .txt, .jsonl, and .gz / .zip / .tar(.gz) archives of them,
from a local folder or any fsspec URI. Every file, container and record yields a ledger entry; records
that can be split yield a `RawDoc`. Bad input becomes a `quarantined` entry with a specific reason.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import posixpath
import tarfile
import zipfile
from dataclasses import dataclass, field
from typing import Iterator

import fsspec

from .config import Settings

ARCHIVE_EXTS = (".tar.gz", ".tgz", ".tar", ".zip", ".gz")
MAX_NESTING = 2


@dataclass
class Entry:
    """One ledger line; `doc` is set when the entry carries a document still to be split."""
    source_file: str
    member: str | None
    kind: str  # file | container | record
    status: str  # loaded | duplicate | quarantined  (documents start as loaded, run.py may change it)
    reason: str | None
    nbytes: int
    sha256: str | None
    doc: "RawDoc | None" = None
    article_id: str | None = None

    def ledger_row(self, shard: int) -> dict:
        return {"source_file": self.source_file, "member": self.member, "kind": self.kind, "status": self.status,
                "reason": self.reason, "bytes": self.nbytes, "sha256": self.sha256,
                "article_id": self.article_id, "shard": shard}


@dataclass
class RawDoc:
    source_file: str
    member: str | None
    text: str  # decoded dump text, or for JSONL with given split: the body
    encoding: str
    fields: dict = field(default_factory=dict)  # JSONL fields: id, url, published_at, title, comments...


class BadInput(Exception):
    """An input that cannot be loaded; `reason` is the specific ledger reason code + detail."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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
    Raises FileNotFoundError with the path when nothing exists there.
    """
    from .lake import protocol as fs_protocol

    fs, root = fsspec.core.url_to_fs(path)
    protocol = fs_protocol(fs)
    if any(ch in root for ch in "*?["):
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
        rel_parts = parts[len(root.rstrip("/").split("/")):] if fs.isdir(root) else parts[-1:]
        if any(part.startswith((".", "_")) for part in rel_parts):
            continue
        if fs.isdir(p):
            continue
        uri = p if protocol in ("file", "local") else f"{protocol}://{p}"
        out.append({"path": uri, "bytes": int(fs.size(p) or 0)})
    return out


def plan_shards(files: list[dict], shard_bytes: int, max_shards: int) -> list[list[str]]:
    """Greedy, order-preserving packing of files into shards of about `shard_bytes` (deterministic)."""
    if not files:
        return []
    total = sum(f["bytes"] for f in files)
    target = max(shard_bytes, -(-total // max_shards))
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
    """Decode dump bytes: BOMs, UTF-8, then cp1252 (which also covers latin-1 text), then charset-normalizer.

    Raises BadInput('empty' | 'binary' | 'undecodable').
    """
    if not raw.strip():
        raise BadInput("empty: no text")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise BadInput(f"undecodable: utf-16 BOM but invalid data ({e.reason})") from None
    sample = raw[:65536]
    if sample.count(0) > 0:
        raise BadInput("binary: contains NUL bytes")
    try:
        text, enc = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, enc = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes

            best = from_bytes(raw).best()
            if best is None:
                raise BadInput("undecodable: not UTF-8, cp1252 or any encoding charset-normalizer recognises") from None
            text, enc = str(best), best.encoding
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\f") + text[:65536].count("\ufffd")
    if controls > max(3, len(text[:65536]) // 200):
        raise BadInput(f"binary: {controls} control characters in the first 64 KiB")
    return text, enc


# ---------------------------------------------------------------- reading
def read_input(path: str, settings: Settings) -> Iterator[Entry]:
    """All ledger entries of one input file (a container yields its own entry first)."""
    try:
        with fsspec.open(path, "rb") as fh:
            raw = fh.read(settings.max_file_bytes + 1)
    except Exception as e:  # unreadable file: permissions, vanished, network
        yield Entry(path, None, "file", "quarantined", f"unreadable: {type(e).__name__}: {e}", 0, None)
        return
    if len(raw) > settings.max_file_bytes:
        yield Entry(path, None, "file", "quarantined", f"too_large: over {settings.max_file_bytes} bytes", len(raw), None)
        return
    yield from _read_blob(path, None, posixpath.basename(path), raw, settings, depth=0)


def _read_blob(source: str, member: str | None, name: str, raw: bytes, settings: Settings, depth: int) -> Iterator[Entry]:
    kind = _kind_of(name)
    digest = sha256(raw)
    file_kind = "file" if member is None else "record"
    if kind == "unsupported":
        yield Entry(source, member, file_kind, "quarantined", f"unsupported_type: '{name}' is not .txt/.jsonl or a .gz/.zip/.tar.gz archive", len(raw), digest)
    elif kind == "txt":
        try:
            text, enc = decode(raw)
        except BadInput as e:
            yield Entry(source, member, file_kind, "quarantined", e.reason, len(raw), digest)
            return
        yield Entry(source, member, file_kind, "loaded", None, len(raw), digest, doc=RawDoc(source, member, text, enc))
    elif kind == "jsonl":
        yield from _read_jsonl(source, member, raw, settings, digest)
    else:
        if depth >= MAX_NESTING:
            yield Entry(source, member, file_kind, "quarantined", f"nested_too_deep: archives nested more than {MAX_NESTING} levels", len(raw), digest)
            return
        yield from _read_archive(source, member, name, raw, settings, digest, depth)


def _join(member: str | None, inner: str) -> str:
    return inner if member is None else f"{member}!{inner}"


def _read_jsonl(source: str, member: str | None, raw: bytes, settings: Settings, digest: str) -> Iterator[Entry]:
    try:
        text, enc = decode(raw)
    except BadInput as e:
        yield Entry(source, member, "container" if member is None else "record", "quarantined", e.reason, len(raw), digest)
        return
    records = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        rec_member = f"{member or ''}:{lineno}"
        line_bytes = line.encode("utf-8")
        entry = Entry(source, rec_member, "record", "quarantined", None, len(line_bytes), sha256(line_bytes))
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            entry.reason = f"malformed_json: {e.msg} at column {e.colno}"
            records.append(entry)
            continue
        problem = _check_record(obj)
        if problem:
            entry.reason = problem
            records.append(entry)
            continue
        entry.status = "loaded"
        entry.doc = RawDoc(source, rec_member, obj.get("text") or obj.get("body") or "", enc, fields=obj)
        records.append(entry)
    yield Entry(source, member, "container", "loaded", f"jsonl: {len(records)} records", len(raw), digest)
    yield from records


def _check_record(obj) -> str | None:
    if not isinstance(obj, dict):
        return f"not_an_object: JSON {type(obj).__name__} instead of an object"
    has_text = isinstance(obj.get("text"), str) and obj["text"].strip()
    has_body = isinstance(obj.get("body"), (str, list)) and obj.get("body")
    if not has_text and not has_body:
        return "missing_field: needs a non-empty 'text' (raw dump) or 'body' (+ optional 'comments')"
    for key in ("id", "url", "title"):
        if key in obj and obj[key] is not None and not isinstance(obj[key], (str, int)):
            return f"bad_field: '{key}' must be a string"
    if "comments" in obj and obj["comments"] is not None and not isinstance(obj["comments"], list):
        return "bad_field: 'comments' must be a list"
    if obj.get("published_at") not in (None, ""):
        from .split import parse_timestamp

        if parse_timestamp(obj["published_at"]) is None:
            return f"bad_field: unparseable published_at {str(obj['published_at'])[:40]!r}"
    return None


def _unsafe(name: str) -> bool:
    n = name.replace("\\", "/")
    return n.startswith("/") or (len(n) > 1 and n[1] == ":") or ".." in n.split("/")


def _read_archive(source: str, member: str | None, name: str, raw: bytes, settings: Settings, digest: str, depth: int) -> Iterator[Entry]:
    low = name.lower()
    kind = "container"
    members: list[Entry] = []
    payloads: list[tuple[str, bytes]] = []
    try:
        if low.endswith(".zip"):
            with zipfile.ZipFile(io.BytesIO(raw)) as zf:
                infos = [i for i in zf.infolist() if not i.is_dir()]
                if len(infos) > settings.max_archive_members:
                    raise BadInput(f"too_many_members: {len(infos)} > {settings.max_archive_members}")
                for info in infos:
                    m = _join(member, info.filename)
                    if _unsafe(info.filename):
                        members.append(Entry(source, m, "record", "quarantined", f"unsafe_path: archive member path '{info.filename}' escapes the archive", info.file_size, None))
                    elif info.file_size > settings.max_file_bytes:
                        members.append(Entry(source, m, "record", "quarantined", f"too_large: {info.file_size} bytes uncompressed", info.file_size, None))
                    else:
                        try:
                            payloads.append((info.filename, zf.read(info)))
                        except Exception as e:  # CRC error, bad compression
                            members.append(Entry(source, m, "record", "quarantined", f"corrupt_member: {type(e).__name__}: {e}", info.file_size, None))
        elif low.endswith((".tar.gz", ".tgz", ".tar")):
            with tarfile.open(fileobj=io.BytesIO(raw), mode="r:*") as tf:
                infos = tf.getmembers()
                if len(infos) > settings.max_archive_members:
                    raise BadInput(f"too_many_members: {len(infos)} > {settings.max_archive_members}")
                for info in infos:
                    if info.isdir():
                        continue
                    m = _join(member, info.name)
                    if _unsafe(info.name):
                        members.append(Entry(source, m, "record", "quarantined", f"unsafe_path: archive member path '{info.name}' escapes the archive", info.size, None))
                    elif not info.isfile():
                        members.append(Entry(source, m, "record", "quarantined", "unsafe_member_type: links and devices are not extracted", 0, None))
                    elif info.size > settings.max_file_bytes:
                        members.append(Entry(source, m, "record", "quarantined", f"too_large: {info.size} bytes uncompressed", info.size, None))
                    else:
                        fh = tf.extractfile(info)
                        payloads.append((info.name, fh.read() if fh else b""))
        elif low.endswith(".gz"):
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as gz:
                data = gz.read(settings.max_file_bytes + 1)
            inner = posixpath.basename(name)[:-3]
            if len(data) > settings.max_file_bytes:
                members.append(Entry(source, _join(member, inner), "record", "quarantined", "too_large: decompressed size over limit", len(data), None))
            else:
                payloads.append((inner, data))
    except BadInput as e:
        yield Entry(source, member, kind, "quarantined", e.reason, len(raw), digest)
        return
    except (zipfile.BadZipFile, tarfile.TarError, gzip.BadGzipFile, EOFError, OSError, ValueError) as e:
        yield Entry(source, member, kind, "quarantined", f"corrupt_archive: {type(e).__name__}: {e}", len(raw), digest)
        return
    n = len(members) + len(payloads)
    yield Entry(source, member, kind, "loaded", f"archive: {n} members", len(raw), digest)
    yield from members
    for inner_name, data in payloads:
        yield from _read_blob(source, _join(member, inner_name), inner_name, data, settings, depth + 1)
