"""Archives (.zip, .tar/.tar.gz/.tgz, .gz), streamed one member at a time.

A member is decompressed only while it fits: its own limit (`max_file_bytes`; for a .txt document
4 bytes per allowed character) and the archive's total budget (`max_archive_bytes`, shared by nested
archives). Only one member's bytes are held at a time. Each member is read in its own guard and gets
exactly one ledger row of its own; two members with the same name are told apart as `name#2`, `name#3`.
The archive's own row comes after its members and says how many there were, or why reading stopped.
"""

from __future__ import annotations

import gzip
import hashlib
import posixpath
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

from .config import Settings
from .sources_entry import Entry

CHUNK = 1 << 20
CORRUPT = (
    zipfile.BadZipFile,
    tarfile.TarError,
    gzip.BadGzipFile,
    EOFError,
    zlib.error,
    OSError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    KeyError,
    IndexError,
    OverflowError,
    UnicodeDecodeError,
)

# an archive reader yields the rows of its members and returns (members, problem)
Reader = Generator[Entry, None, tuple[int, str | None]]


@dataclass
class Context:
    """One top-level input being read: its path, the settings and the decompression budget left."""

    source: str
    settings: Settings
    budget: int
    read_member: Callable[..., Iterator[Entry]]  # (ctx, member, name, data, depth) -> entries


class OverBudget(Exception):
    pass


def member_limit(name: str, settings: Settings) -> tuple[int, str]:
    """(bytes a member may decompress to, the reason when it is larger)."""
    if name.lower().endswith(".txt"):
        limit = min(settings.max_file_bytes, 4 * settings.max_doc_chars + 4)
        if limit < settings.max_file_bytes:
            return (
                limit,
                f"too_long: over {limit} bytes, more than the {settings.max_doc_chars}-character document limit",
            )
    return settings.max_file_bytes, f"too_large: over {settings.max_file_bytes} bytes uncompressed"


def read_limited(fh, limit: int, ctx: Context | None) -> tuple[bytearray | None, int, str | None]:
    """(data, bytes read, sha256) reading at most limit + 1 bytes; data None when the stream is longer.
    Counts against the archive budget; raises OverBudget when that runs out."""
    h = hashlib.sha256()
    data, n = bytearray(), 0  # grown in place: no second copy of a large member
    while True:
        want = min(CHUNK, limit + 1 - n)
        if ctx is not None:
            if ctx.budget <= 0:
                raise OverBudget()
            want = min(want, ctx.budget + 1)
        chunk = fh.read(want)
        if not chunk:
            break
        n += len(chunk)
        if ctx is not None:
            ctx.budget -= len(chunk)
            if ctx.budget < 0:
                raise OverBudget()
        if n > limit:
            return None, n, None
        h.update(chunk)
        data += chunk
    return data, n, h.hexdigest()


def join(member: str | None, inner: str) -> str:
    return inner if member is None else f"{member}!{inner}"


def unique(name: str, used: set[str]) -> str:
    """`name`, or `name#2`, `name#3`... when an archive holds the same name more than once."""
    out, i = name, 1
    while out in used:
        i += 1
        out = f"{name}#{i}"
    used.add(out)
    return out


def unsafe(name: str) -> bool:
    n = name.replace("\\", "/")
    return n.startswith("/") or (len(n) > 1 and n[1] == ":") or ".." in n.split("/")


def _over_budget(ctx: Context) -> str:
    return (
        f"too_large: the archive's decompressed total passed {ctx.settings.max_archive_bytes} bytes; not decompressed"
    )


def _guarded(ctx: Context, member: str, inner: str, nbytes: int, produce) -> Iterator[Entry]:
    """The rows of one member; any failure becomes that member's own row (exactly one row per member)."""
    own = False
    try:
        for e in produce():
            own = own or e.member == member
            yield e
    except OverBudget:
        if not own:
            yield Entry(ctx.source, member, "record", "quarantined", _over_budget(ctx), nbytes, None)
    except CORRUPT as e:
        if not own:
            yield Entry(
                ctx.source, member, "record", "quarantined", f"corrupt_member: {type(e).__name__}: {e}", nbytes, None
            )
    except Exception as e:  # a reader bug: this member only
        if not own:
            yield Entry(
                ctx.source, member, "record", "quarantined", f"internal_error: {type(e).__name__}: {e}", nbytes, None
            )


def _read_member(ctx: Context, member: str, inner: str, fh, declared: int, depth: int) -> Iterator[Entry]:
    limit, over = member_limit(inner, ctx.settings)
    if declared > limit:
        yield Entry(ctx.source, member, "record", "quarantined", over, declared, None)
        return
    data, n, _ = read_limited(fh, limit, ctx)
    if data is None:
        yield Entry(ctx.source, member, "record", "quarantined", over, n, None)
        return
    yield from ctx.read_member(ctx, member, inner, data, depth + 1)


def _refused(ctx: Context, m: str, name: str, size: int, link: bool) -> Entry | None:
    """The quarantine row of an archive member that is never extracted: a path escaping the archive, or (`link`) a link
    or device; None for any other member."""
    if unsafe(name):
        return Entry(
            ctx.source,
            m,
            "record",
            "quarantined",
            f"unsafe_path: archive member path '{name}' escapes the archive",
            size,
            None,
        )
    if link:
        return Entry(
            ctx.source, m, "record", "quarantined", "unsafe_member_type: links and devices are not extracted", 0, None
        )
    return None


def read_zip(ctx: Context, member: str | None, fh, depth: int) -> Reader:
    """Rows of the members; returns (members, problem)."""
    zf = zipfile.ZipFile(fh)
    infos = [i for i in zf.infolist() if not i.is_dir()]
    if len(infos) > ctx.settings.max_archive_members:
        return 0, f"too_many_members: {len(infos)} > {ctx.settings.max_archive_members}"
    used: set[str] = set()
    for info in infos:
        m = join(member, unique(info.filename, used))
        mode = info.external_attr >> 16
        link = bool(stat.S_IFMT(mode)) and not stat.S_ISREG(mode)  # Unix type bits of a link or device
        if (refused := _refused(ctx, m, info.filename, info.file_size, link)) is not None:
            yield refused
        elif info.flag_bits & 0x1:
            yield Entry(
                ctx.source,
                m,
                "record",
                "quarantined",
                "encrypted: the member needs a password; not read",
                info.file_size,
                None,
            )
        elif ctx.budget <= 0:
            yield Entry(ctx.source, m, "record", "quarantined", _over_budget(ctx), info.file_size, None)
        else:

            def produce(info=info, m=m):
                with zf.open(info) as f:
                    yield from _read_member(
                        ctx, m, posixpath.basename(info.filename) or info.filename, f, info.file_size, depth
                    )

            yield from _guarded(ctx, m, info.filename, info.file_size, produce)
    return len(infos), None


def read_tar(ctx: Context, member: str | None, fh, depth: int) -> Reader:
    """Rows of the members, read in stream order; returns (members, problem)."""
    used: set[str] = set()
    n = 0
    try:
        tf = tarfile.open(fileobj=fh, mode="r|*")  # noqa: SIM115 - streamed member by member, closed in finally
        for info in tf:
            if info.isdir():
                continue
            n += 1
            if n > ctx.settings.max_archive_members:
                return n - 1, f"too_many_members: more than {ctx.settings.max_archive_members}; stopped after {n - 1}"
            m = join(member, unique(info.name, used))
            if (refused := _refused(ctx, m, info.name, info.size, not info.isfile())) is not None:
                yield refused
            elif ctx.budget <= 0:
                yield Entry(ctx.source, m, "record", "quarantined", _over_budget(ctx), info.size, None)
            else:

                def produce(info=info, m=m):
                    yield from _read_member(
                        ctx, m, posixpath.basename(info.name), tf.extractfile(info), info.size, depth
                    )

                yield from _guarded(ctx, m, info.name, info.size, produce)
            # stream mode: nothing refers back to earlier members (getmembers() would read the rest of the stream)
            tf.members.clear()  # type: ignore[attr-defined]  # a TarFile attribute typeshed does not declare
    except CORRUPT as e:
        return n, f"corrupt_archive: {type(e).__name__}: {e}" + (f" (after {n} members)" if n else "")
    return n, None


def read_gz(ctx: Context, member: str | None, name: str, fh, depth: int) -> Reader:
    """The one member of a .gz file; returns (members, problem)."""
    inner = posixpath.basename(name)[:-3]
    m = join(member, inner)
    limit, over = member_limit(inner, ctx.settings)
    try:
        data, n, _ = read_limited(gzip.GzipFile(fileobj=fh), limit, ctx)
    except OverBudget:
        yield Entry(ctx.source, m, "record", "quarantined", _over_budget(ctx), 0, None)
        return 1, None
    except CORRUPT as e:
        return 0, f"corrupt_archive: {type(e).__name__}: {e}"
    if data is None:
        yield Entry(ctx.source, m, "record", "quarantined", over, n, None)
    else:
        yield from _guarded(ctx, m, inner, n, lambda: ctx.read_member(ctx, m, inner, data, depth + 1))
    return 1, None
