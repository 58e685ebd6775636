"""The compiled-once store (regex_store.py): a pattern built from stored code is the pattern `re.compile` builds."""

from __future__ import annotations

import marshal
import re

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
    assert sum(1 for k in marshal.loads(stored.read_bytes()) if k[0] == "c") == len(PATTERNS)
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


def test_derived_values_come_back(fresh, tmp_path):
    calls = []

    def fn():
        calls.append(1)
        return frozenset({"said", "told"})

    assert regex_store.derived("required", ("x", 0), fn) == frozenset({"said", "told"})
    assert regex_store.derived("required", ("x", 0), fn) == frozenset({"said", "told"})
    assert regex_store.derived("twin", ("y",), lambda: None) is None
    regex_store.save()
    fresh()
    assert regex_store.derived("required", ("x", 0), fn) == frozenset({"said", "told"})
    assert regex_store.derived("twin", ("y",), lambda: "z") is None
    assert len(calls) == 1


def test_a_broken_file_is_ignored_and_replaced(fresh, tmp_path):
    regex_store.compile("a", 0)
    regex_store.save()
    (stored,) = tmp_path.glob("regex-store-*.marshal")
    stored.write_bytes(b"\x00not marshal")
    fresh()
    _same(regex_store.compile(r"\bb+\b", 0), re.compile(r"\bb+\b"))
    regex_store.save()
    assert ("c", r"\bb+\b", 0) in marshal.loads(stored.read_bytes())


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
