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

The file is keyed by the Python build and the `_sre` engine's version (another interpreter ignores it); entries are
keyed by the pattern text, so a changed rule is a new entry and an old one is simply not asked for. It is read once,
on first use, and written back (atomically, the union of what was read and what this process added) at exit when
something was added; a missing, unreadable or foreign file costs nothing but the compiles. Stale entries are dropped
when the file would exceed MAX_ENTRIES.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

MAX_ENTRIES = 6_000
_VERSION = 1
_STATE: dict[str, Any] = {}  # "file", "entries" (key -> value), "used" (keys asked this process), "added"
_COMPILED: dict[tuple[str, int], re.Pattern] = {}  # this process's pattern objects (a pattern is built once)


def _path() -> Path | None:
    import _sre

    root = os.environ.get("NEWSETL_CACHE_DIR") or str(Path.home() / ".cache" / "newsetl")
    if os.environ.get("NEWSETL_REGEX_STORE", "1") == "0":
        return None
    tag = hashlib.sha256(f"{_VERSION} {sys.version} {_sre.MAGIC} {_sre.CODESIZE} {sys.maxunicode}".encode())
    return Path(root) / f"regex-store-{tag.hexdigest()[:12]}.marshal"


def _entries() -> dict:
    entries = _STATE.get("entries")
    if entries is None:
        entries = {}
        path = _path()
        if path is not None:
            try:
                loaded = marshal.loads(path.read_bytes())
                if isinstance(loaded, dict):
                    entries = loaded
            except (OSError, ValueError, EOFError, TypeError):
                entries = {}
            atexit.register(save)
        _STATE.update(file=path, entries=entries, used=set(), added=False)
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
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps(entries))
        os.replace(tmp, path)
        _STATE["added"] = False
    except (OSError, ValueError):
        tmp.unlink(missing_ok=True)


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the store's `re.compile`
    """`re.compile(pattern, flags)` for a str pattern, its code read from the store when there."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    flags = int(flags)
    rx = _COMPILED.get((pattern, flags))
    if rx is not None:
        return rx
    key = ("c", pattern, flags)
    got = _get(key)
    if got is None:
        if flags & re.DEBUG:
            return re.compile(pattern, flags)
        p = _parser.parse(pattern, flags)  # as re._compiler.compile does; errors raise as from re.compile
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        got = (int(flags | p.state.flags), [int(x) for x in code], p.state.groups - 1, groupindex, tuple(indexgroup))
        _put(key, got)
    out_flags, code, groups, groupindex, indexgroup = got
    rx = _sre.compile(pattern, out_flags, code, groups, groupindex, indexgroup)
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
