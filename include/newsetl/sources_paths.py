"""Local landing files: what may be opened, and names as they are stored.

* Only regular files are ever opened, and without blocking: FIFOs, sockets and devices get
  `not_regular_file` (a FIFO named `pipe.txt` would otherwise block the night forever).
* Symbolic links are resolved first: a loop gets `symlink_loop`, a missing target `dangling_symlink`, a
  target outside the landing root `unsafe_path` (nothing outside the landing folder is ever read), and a
  link to a folder `symlink_to_directory` (not followed: a folder inside the root is read where it is).
* File names are bytes on POSIX. Python keeps undecodable bytes as surrogate escapes; a Parquet string
  must be valid UTF-8, so the tables store `display_name()` (bad bytes as `\\xff`) and the ledger keeps
  the exact bytes in `source_file_raw` / `member_raw` when they differ. Between tasks (Airflow XCom is
  UTF-8 JSON) such a path travels as `rawpath:` + the percent-encoded bytes (`transport_path`).
"""

from __future__ import annotations

import errno
import os
import stat
from urllib.parse import quote_from_bytes, unquote_to_bytes

RAW_PREFIX = "rawpath:"


class UnsafeInput(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def raw_name(name: str | None) -> bytes | None:
    """The exact bytes of a name holding undecodable bytes (surrogate escapes), else None."""
    if name is None:
        return None
    try:
        name.encode("utf-8")
        return None
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape") if _only_escapes(name) else name.encode("utf-8", "surrogatepass")


def _only_escapes(name: str) -> bool:
    return all(not 0xD800 <= ord(ch) <= 0xDFFF or 0xDC80 <= ord(ch) <= 0xDCFF for ch in name)


def display_name(name: str | None) -> str | None:
    """A valid-UTF-8 rendering of a name: undecodable bytes as `\\xNN` (lossless together with raw_name)."""
    if name is None:
        return None
    raw = raw_name(name)
    return name if raw is None else raw.decode("utf-8", "backslashreplace")


def transport_path(path: str) -> str:
    """A path as valid UTF-8 text: itself, or `rawpath:` + its percent-encoded bytes when it holds
    undecodable bytes (a file name with `\\xff`)."""
    if raw_name(path) is None:
        return path
    return RAW_PREFIX + quote_from_bytes(os.fsencode(path), safe="/")


def from_transport(path: str) -> str:
    """The real path (undecodable bytes as surrogate escapes) of a `transport_path`."""
    return os.fsdecode(unquote_to_bytes(path[len(RAW_PREFIX) :])) if path.startswith(RAW_PREFIX) else path


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return f"not a regular file (mode {oct(mode)})"


def within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def check_local(path: str, root: str | None) -> str:
    """The real path of a landing file that may be opened; raises UnsafeInput(reason) otherwise."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        raise UnsafeInput("unreadable: the file vanished before it was read") from None
    if stat.S_ISLNK(st.st_mode):
        target = os.readlink(path)
        try:
            real = os.path.realpath(path, strict=True)
        except FileNotFoundError:
            raise UnsafeInput(f"dangling_symlink: link to {display_name(target)!r}, which does not exist") from None
        except OSError as e:
            if e.errno == errno.ELOOP:
                raise UnsafeInput(f"symlink_loop: link to {display_name(target)!r} loops back on itself") from None
            raise UnsafeInput(f"unreadable: cannot resolve link to {display_name(target)!r}: {e.strerror}") from None
        if root is not None and not within(real, os.path.realpath(root)):
            raise UnsafeInput(f"unsafe_path: symlink leaves the landing folder (to {display_name(real)!r}); not read")
        st = os.stat(real)
        if stat.S_ISDIR(st.st_mode):
            raise UnsafeInput(
                f"symlink_to_directory: link to the folder {display_name(target)!r} is not followed "
                "(a folder inside the landing root is read where it is)"
            )
    else:
        real = path
    if stat.S_ISDIR(st.st_mode):
        raise UnsafeInput("unreadable: a folder that could not be listed")
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeInput(f"not_regular_file: {_kind(st.st_mode)}; never opened")
    return real


def open_regular(real: str):
    """Open a checked path without blocking and confirm it is still a regular file (no race with a swap)."""
    fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeInput(f"not_regular_file: {_kind(st.st_mode)}; never read")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def walk_local(root: str) -> list[tuple[str, int]]:
    """(path, bytes) of every non-folder entry under `root`, links and special files included (they get a
    ledger row), without following links; names starting with '.' or '_' are skipped."""
    out: list[tuple[str, int]] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            if folder != root:
                out.append((folder, 0))  # an unlistable sub-folder still gets its ledger row
                continue
            raise
        for e in entries:
            if e.name.startswith((".", "_")):
                continue
            try:
                if e.is_dir(follow_symlinks=False):
                    stack.append(e.path)
                    continue
                st = e.stat(follow_symlinks=False)
                size = st.st_size if stat.S_ISREG(st.st_mode) else 0
                if stat.S_ISLNK(st.st_mode):
                    try:
                        target = os.stat(e.path)
                        size = target.st_size if stat.S_ISREG(target.st_mode) else 0
                    except OSError:
                        size = 0
            except OSError:
                size = 0
            out.append((e.path, size))
    return sorted(out)
