"""Compiled once, shared by every process: the rules' regular expressions and what the guards derive from them.

A process compiles ~1,400 rule patterns (cue sets, word lists, trigger filters) and derives, for most of them, their
trie shape (regex_trie.py), lower-case twins (regex_guard.py), required strings (regex_prefilter.py) and possible first
characters (split/cues.py): each parses the same pattern text again, ~1.2 s of CPU before and during a worker's first
documents, paid again by every `--workers` process and every mapped Airflow task. This store keeps both in one file
of the cache directory (`NEWSETL_CACHE_DIR`, where the gazetteer index is):

- `compile(pattern, flags)`: a pattern's compiled code as `re` produced it (`re._compiler`: parse, then code), handed
  to `_sre.compile` again on the next use. The pattern object is the one `re.compile` gives: `==` on patterns compares
  the flags, the pattern text and the code word for word (tests/test_regex_store.py).
- `derived(kind, key, fn)`: the result of a pure function of pattern texts (a string, a frozenset of strings, None).

The file's name is keyed by the Python build and the `_sre` engine's version (another interpreter ignores it). Its
header holds a hash of the source of the code that derives or compiles what is stored (CODE: this module, the derived
callers and what they import; tests/test_regex_store.py checks the list against every `derived(` call) and a SHA-256
of the payload: a file written by other code (an edited guard function) or damaged on disk (a flipped bit, a
truncation) is ignored whole and rebuilt, so a changed deriving function never reads an old entry and corrupt code
never reaches `_sre.compile`. Entries are keyed by the pattern text, so a changed rule is a new entry and an old one is
simply not asked for. It is read once, on first use, and written back (atomically through a `tempfile.mkstemp` file
beside it: the union of what was read and what this process added) at exit when something was added; a missing,
unreadable, foreign or corrupt file costs nothing but the compiles, and an unusable cache directory at most a one-line
warning. Stale entries are dropped when the file would exceed MAX_ENTRIES. The stored code is handed to
`_sre.compile` as it is (marshal runs no code, but the store decides what the rules match): the cache directory must
be as trusted as the code.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

MAX_ENTRIES = 6_000
_VERSION = 1
_MAGIC = b"newsetl regex store 2\n"  # then the code's hash, the payload's SHA-256 (32 bytes each), the marshal payload
_ROOT = Path(__file__).parent
# The modules (relative to the package) whose functions derive or compile stored values, and what they import from it.
CODE = ("regex_store.py", "regex_trie.py", "regex_guard.py", "regex_prefilter.py", "split/cues.py", "split/cue_set.py")
_STATE: dict[str, Any] = {}  # "file", "code", "entries" (key -> value), "used" (keys asked this process), "added"
_COMPILED: dict[tuple[str, int], re.Pattern] = {}  # this process's pattern objects (a pattern is built once)


def _path() -> Path | None:
    import _sre

    root = os.environ.get("NEWSETL_CACHE_DIR") or str(Path.home() / ".cache" / "newsetl")
    if os.environ.get("NEWSETL_REGEX_STORE", "1") == "0":
        return None
    tag = hashlib.sha256(f"{_VERSION} {sys.version} {_sre.MAGIC} {_sre.CODESIZE} {sys.maxunicode}".encode())
    return Path(root) / f"regex-store-{tag.hexdigest()[:12]}.marshal"


def _code_hash() -> bytes | None:
    """SHA-256 of the source of CODE (None when it cannot be read: then no store)."""
    digest = hashlib.sha256()
    try:
        for name in CODE:
            source = (_ROOT / name).read_bytes()
            digest.update(f"{name} {len(source)}\n".encode() + source)
    except OSError:
        return None
    return digest.digest()


def _load(path: Path, code: bytes) -> dict:
    """The stored entries when the file was written by this code and its payload is intact; else none."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    head = len(_MAGIC)
    if data[:head] != _MAGIC or data[head : head + 32] != code:
        return {}
    payload = data[head + 64 :]
    if hashlib.sha256(payload).digest() != data[head + 32 : head + 64]:
        return {}
    try:
        loaded = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _entries() -> dict:
    entries = _STATE.get("entries")
    if entries is None:
        entries = {}
        path = _path()
        code = _code_hash() if path is not None else None
        if path is not None and code is not None:
            entries = _load(path, code)
            atexit.register(save)
        else:
            path = None
        _STATE.update(file=path, code=code, entries=entries, used=set(), added=False)
    return entries


def _get(key: tuple) -> Any:
    entries = _entries()
    _STATE["used"].add(key)
    return entries.get(key)


def _put(key: tuple, value: Any) -> None:
    _entries()[key] = value
    _STATE["used"].add(key)
    _STATE["added"] = True


def save() -> None:
    """Write the store back when this process added entries (at exit; also callable after a warm-up)."""
    path = _STATE.get("file")
    if path is None or not _STATE.get("added"):
        return
    entries = _STATE["entries"]
    if len(entries) > MAX_ENTRIES:  # keep what this process asked for
        entries = {k: v for k, v in entries.items() if k in _STATE["used"]}
    tmp = None
    try:
        payload = marshal.dumps(entries)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            os.fchmod(out.fileno(), 0o644)  # (mkstemp's 0600 would hide the store from other users of the directory)
            out.write(_MAGIC + _STATE["code"] + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
        _STATE["added"] = False
    except (OSError, ValueError) as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        with contextlib.suppress(Exception):
            print(f"newsetl: regex store not written to {path.parent}: {exc}", file=sys.stderr)


def _code(pattern: str, flags: int) -> tuple:
    """What `_sre.compile` takes after the pattern text, built as `re._compiler.compile` builds it."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(pattern, flags)  # errors raise as from re.compile
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | p.state.flags), [int(x) for x in code], p.state.groups - 1, groupindex, tuple(indexgroup))


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the store's `re.compile`
    """`re.compile(pattern, flags)` for a str pattern, its code read from the store when there."""
    import _sre

    flags = int(flags)
    rx = _COMPILED.get((pattern, flags))
    if rx is not None:
        return rx
    key = ("c", pattern, flags)
    got = _get(key)
    rx = None
    if got is not None:
        try:
            rx = _sre.compile(pattern, *got)
        except Exception:  # noqa: BLE001 - stored code `_sre` refuses is built again below
            rx = None
    if rx is None:
        if flags & re.DEBUG:
            return re.compile(pattern, flags)
        got = _code(pattern, flags)
        _put(key, got)
        rx = _sre.compile(pattern, *got)
    _COMPILED[pattern, flags] = rx
    return rx


def derived(kind: str, key: tuple, fn: Callable[[], Any]) -> Any:
    """`fn()` (a pure function of `key`: str, int, frozenset of str or None; tuples of these) from the store."""
    k = ("d", kind, *key)
    entries = _entries()
    _STATE["used"].add(k)
    if k in entries:
        return entries[k]
    value = fn()
    _put(k, value)
    return value
