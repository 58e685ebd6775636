"""The compiled-once store (regex_store.py): a pattern built from stored code is the pattern `re.compile` builds."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsetl import regex_store

PATTERNS = [
    (r"\b(said|says|told|sources said|officials?)\b", 0),
    (r"\b(?P<month>jan|june|july)[a-z]*\.?\s+(?P<day>\d{1,2})", re.I),
    (r"(?<![\w-])(?:al\-shabaab|Army\s+chief)(?![\w-])", re.I),
    (r"^\s*(?:reply|like\s*·\s*reply.*)$", re.I | re.M),
    (r"(\w+)\s+\1", 0),
    (r"(?x) a \s+ b  # spaced", 0),
    (r"[«“\"]\s*(?:dear|hi)\b", re.I | re.S),
    (r"K\u212a", re.I),
]
TEXT = "Officials said: the Army chief told us. June 4, jul 12. Reply\nlike · reply x\nthe the a b “Dear K\u212a"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The store with its file under tmp_path, nothing read yet; `fresh()` forgets this process's state again."""
    monkeypatch.setenv("NEWSETL_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("NEWSETL_REGEX_STORE", "1")
    monkeypatch.setattr(regex_store, "_STATE", {})
    monkeypatch.setattr(regex_store, "_COMPILED", {})

    def forget():
        regex_store._STATE.clear()
        regex_store._COMPILED.clear()

    return forget


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b  # flags, pattern text and compiled code, word for word
    assert (a.groups, a.groupindex, a.flags, a.pattern) == (b.groups, b.groupindex, b.flags, b.pattern)
    assert [m.span() + m.groups() for m in a.finditer(TEXT)] == [m.span() + m.groups() for m in b.finditer(TEXT)]


def test_stored_code_builds_the_pattern_re_builds(fresh, tmp_path):
    for p, f in PATTERNS:
        _same(regex_store.compile(p, f), re.compile(p, f))
    regex_store.save()
    (stored,) = tmp_path.glob("regex-store-*.marshal")
    assert sum(1 for k in _stored(stored) if k[0] == "c") == len(PATTERNS)
    fresh()  # another process: every pattern from the file, none parsed
    parsed: list = []
    real = re._parser.parse  # type: ignore[attr-defined]
    try:
        re._parser.parse = lambda *a, **k: parsed.append(a) or real(*a, **k)  # type: ignore[attr-defined]
        again = [regex_store.compile(p, f) for p, f in PATTERNS]
    finally:
        re._parser.parse = real  # type: ignore[attr-defined]
    assert parsed == []
    for (p, f), rx in zip(PATTERNS, again, strict=True):
        _same(rx, re.compile(p, f))


def test_errors_raise_as_from_re(fresh):
    with pytest.raises(re.error):
        regex_store.compile(r"(unclosed", 0)
    with pytest.raises(re.error):
        regex_store.compile(r"(unclosed", 0)  # a failing pattern is not stored


def _code_copy(tmp_path, monkeypatch):
    """A copy of the store's CODE files, used as the package's source from now on (`edit(name)` changes one)."""
    root = tmp_path / "src"
    for name in regex_store.CODE:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(regex_store._ROOT / name, root / name)
    monkeypatch.setattr(regex_store, "_ROOT", root)

    def edit(name: str) -> None:
        (root / name).write_text((root / name).read_text().replace("return", "return  ", 1))

    return edit


def test_derived_values_come_back_for_the_same_code_only(fresh, tmp_path, monkeypatch):
    edit = _code_copy(tmp_path, monkeypatch)
    calls = []

    def fn():
        calls.append(1)
        return frozenset({"said", "told"})

    assert regex_store.derived("required", ("x", 0), fn) == frozenset({"said", "told"})
    assert regex_store.derived("required", ("x", 0), fn) == frozenset({"said", "told"})
    assert regex_store.derived("twin", ("y",), lambda: None) is None
    regex_store.save()
    fresh()  # the same code: the stored values come back, no function is called
    assert regex_store.derived("required", ("x", 0), fn) == frozenset({"said", "told"})
    assert regex_store.derived("twin", ("y",), lambda: "z") is None
    assert len(calls) == 1
    for name in ("regex_trie.py", "split/cues.py"):  # a deriving function changed: its own value, not the stored one
        edit(name)
        fresh()
        assert regex_store.derived("twin", ("y",), lambda name=name: name) == name
        regex_store.save()
    fresh()
    assert regex_store.derived("twin", ("y",), lambda: "z") == "split/cues.py"


def test_an_edited_guard_function_is_not_answered_from_the_store(tmp_path):
    """Two processes with one cache: the second runs a copy of the package whose `regex_trie.rewrite` changed, and
    gets its own trie text; the first's code then gets its own again."""
    import newsetl

    real = Path(newsetl.__file__).parent
    copy = tmp_path / "pkg"
    shutil.copytree(real, copy / "newsetl", ignore=shutil.ignore_patterns("data", "__pycache__"))
    trie = copy / "newsetl" / "regex_trie.py"
    source = trie.read_text()
    assert "def rewrite(" in source
    trie.write_text(source + '\n_rewrite = rewrite\nrewrite = lambda p, ci: "CHANGED:" + _rewrite(p, ci)  # noqa\n')
    prog = "from newsetl import regex_trie; print(regex_trie.compile_trie(r'(?:foo|food|bar)\\b').pattern)"

    def run(root: Path) -> str:
        env = dict(os.environ, NEWSETL_CACHE_DIR=str(tmp_path / "cache"), NEWSETL_REGEX_STORE="1", PYTHONPATH=str(root))
        done = subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    first = run(real.parent)
    assert not first.startswith("CHANGED:")
    assert run(copy).startswith("CHANGED:")
    assert run(real.parent) == first


def test_a_broken_file_is_ignored_and_replaced(fresh, tmp_path):
    regex_store.compile("a", 0)
    regex_store.save()
    (stored,) = tmp_path.glob("regex-store-*.marshal")
    stored.write_bytes(b"\x00not marshal")
    fresh()
    _same(regex_store.compile(r"\bb+\b", 0), re.compile(r"\bb+\b"))
    regex_store.save()
    assert ("c", r"\bb+\b", 0) in _stored(stored)


def _stored(path) -> dict:
    """The entries of a store file written by this code (the header checked as the store checks it)."""
    return regex_store._load(path, regex_store._code_hash())


def test_a_file_damaged_on_disk_is_ignored_whole(fresh, tmp_path):
    """A store that still loads after a changed byte gives neither another pattern's code nor another value."""
    regex_store.compile(r"abc", 0)
    regex_store.compile(r"\b(said|told)\b", re.I)
    regex_store.derived("required", ("k",), lambda: "said")
    regex_store.save()
    (stored,) = tmp_path.glob("regex-store-*.marshal")
    good = stored.read_bytes()
    assert good.count(b"abc") == 1 and good.count(b"said") == 2
    stored.write_bytes(good.replace(b"abc", b"abd").replace(b"said", b"saie"))
    fresh()
    _same(regex_store.compile(r"abd", 0), re.compile(r"abd"))
    assert regex_store.derived("required", ("k",), lambda: "said") == "said"
    for at in range(len(good) // 2, len(good), max(1, len(good) // 40)):  # one flipped bit anywhere in the payload
        stored.write_bytes(good[:at] + bytes([good[at] ^ 4]) + good[at + 1 :])
        fresh()
        assert regex_store._entries() == {}
        _same(regex_store.compile(r"\b(said|told)\b", re.I), re.compile(r"\b(said|told)\b", re.I))
    regex_store.save()  # rebuilt
    assert ("c", r"\b(said|told)\b", re.I) in _stored(stored)


def test_stored_code_sre_refuses_is_built_again(fresh, tmp_path):
    regex_store._entries()[("c", "a+", 0)] = (0, [999_999], 0, {}, (None,))
    regex_store._STATE["added"] = True
    regex_store.save()
    fresh()
    _same(regex_store.compile("a+", 0), re.compile("a+"))


def test_the_write_takes_a_temp_file_of_its_own(fresh, tmp_path):
    """Another process's leftover (containers sharing a cache volume can share a pid) does not stop the write."""
    regex_store.compile("a", 0)
    target = regex_store._path()
    assert target is not None
    (tmp_path / f"{target.name}.{os.getpid()}.tmp").mkdir()
    regex_store.save()
    assert target.exists()
    assert ("c", "a", 0) in _stored(target)
    assert [p.name for p in tmp_path.glob("*.tmp")] == [f"{target.name}.{os.getpid()}.tmp"]


def test_an_unusable_cache_dir_costs_one_line_at_most(fresh, tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NEWSETL_CACHE_DIR", str(blocker))
    _same(regex_store.compile("a", 0), re.compile("a"))
    regex_store.save()
    assert len(capsys.readouterr().err.splitlines()) <= 1
    prog = "from newsetl import regex_store; regex_store.compile('b+')"
    env = dict(os.environ, NEWSETL_CACHE_DIR=str(blocker), NEWSETL_REGEX_STORE="1")
    done = subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True, text=True, check=True)
    assert len(done.stderr.splitlines()) <= 1 and "Traceback" not in done.stderr
    assert blocker.read_text() == "not a directory"


def test_code_holds_every_deriving_module_and_what_it_imports():
    """CODE (hashed into the store's header) lists each module calling `derived(` and the package modules they
    import, so no change to a deriving function can leave an old value in use."""
    root = regex_store._ROOT
    callers = {
        p.relative_to(root).as_posix()
        for p in root.rglob("*.py")
        if re.search(r"(?<![\w])derived\(", p.read_text()) and "data" not in p.relative_to(root).parts
    }
    assert {"regex_trie.py", "regex_guard.py", "regex_prefilter.py", "split/cues.py"} <= callers
    needed, todo = set(callers) | {"regex_store.py"}, list(callers)
    while todo:
        name = todo.pop()
        package = Path(name).parent.parts
        for node in ast.walk(ast.parse((root / name).read_text())):
            if not isinstance(node, ast.ImportFrom) or (
                node.level == 0 and not (node.module or "").startswith("newsetl")
            ):
                continue
            base = list(package[: len(package) - node.level + 1]) if node.level else []
            module = (node.module or "").removeprefix("newsetl").lstrip(".").split(".") if node.module else []
            for target in [base + module] if node.module else [base + [a.name] for a in node.names]:
                path = "/".join(x for x in target if x)
                found = path + ".py" if (root / (path + ".py")).exists() else path + "/__init__.py"
                if found not in needed and (root / found).exists():
                    needed.add(found)
                    todo.append(found)
    assert needed - {"__init__.py", "split/__init__.py"} <= set(regex_store.CODE)
    assert set(regex_store.CODE) <= needed | {"regex_store.py"}


def test_every_rule_pattern_in_the_store_is_re_s_own(extractor):
    """After the pipeline's load and a document, each stored pattern (the rules' tries, twins, cues, frames) builds
    the same pattern object as `re.compile`."""
    from datetime import date

    from newsetl.extract.extractor import ArticleText
    from newsetl.split import split_dump

    dump = "Rebels attacked Hama on Monday, officials said.\n\nThe army said it repelled them.\n\nGreat article!"
    list(extractor.run([ArticleText("t", split_dump(dump).body, date(2026, 11, 20))]))
    entries = regex_store._entries()
    keys = [k for k in entries if k[0] == "c" and k in regex_store._STATE["used"]]
    assert len(keys) > 300
    for _, p, f in keys:
        assert regex_store.compile(p, f) == re.compile(p, f), p
