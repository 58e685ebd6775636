"""Code shape: every tracked Python module has at most 600 lines, every function (or method) at most 80."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("include", "dags", "plugins", "scripts", "tests", "benchmarks", "eval")
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80

# TEMPORARY: being split on other branches; the lead removes these at merge.
# Each entry may not grow past the length it had when it was listed, and an entry that is no longer over the
# limit fails the test too, so the list only shrinks.
TEMPORARY_ALLOWED: dict[str, int] = {}


def tracked_files() -> list[str]:
    """The .py files git tracks (or would: new files not ignored) under FOLDERS; without git, the files on disk."""
    try:
        out = subprocess.run(
            [
                "git",
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard",
                "--",
                *(f"{d}/*.py" for d in FOLDERS),
            ],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        files = [f for f in out.decode().split("\0") if f]
    except (OSError, subprocess.CalledProcessError):
        files = [str(p.relative_to(ROOT)) for d in FOLDERS for p in (ROOT / d).rglob("*.py")]
    return sorted(f for f in files if (ROOT / f).is_file())


def functions(tree: ast.AST, prefix: str = ""):
    """(qualified name, lines) of every function and method, nested ones included ("outer.inner")."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            name = prefix + node.name
            yield name, node.end_lineno - node.lineno + 1
            yield from functions(node, name + ".")
        elif isinstance(node, ast.ClassDef):
            yield from functions(node, prefix + node.name + ".")
        else:
            yield from functions(node, prefix)


def measure(files: list[str]) -> dict[str, int]:
    """Every module (by path) and function (path::qualname) with its length in lines."""
    sizes = {}
    for f in files:
        src = (ROOT / f).read_text(encoding="utf-8")
        sizes[f] = len(src.splitlines())
        for name, n in functions(ast.parse(src, filename=f)):
            sizes[f"{f}::{name}"] = n
    return sizes


def over_limits(sizes: dict[str, int]) -> dict[str, int]:
    return {k: n for k, n in sizes.items() if n > (MAX_FUNCTION_LINES if "::" in k else MAX_MODULE_LINES)}


def test_tracked_files_are_found():
    files = tracked_files()
    assert "tests/test_code_shape.py" in files and "dags/news_ingest.py" in files
    assert any(f.startswith("include/newsetl/") for f in files)


def test_modules_and_functions_are_short():
    sizes = measure(tracked_files())
    over = over_limits(sizes)
    new = {k: n for k, n in over.items() if k not in TEMPORARY_ALLOWED}
    assert not new, f"over {MAX_MODULE_LINES} lines per module / {MAX_FUNCTION_LINES} per function: {new}"
    grown = {
        k: (n, TEMPORARY_ALLOWED[k]) for k, n in over.items() if k in TEMPORARY_ALLOWED and n > TEMPORARY_ALLOWED[k]
    }
    assert not grown, f"allow-listed code grew (now, listed): {grown}"
    done = sorted(k for k in TEMPORARY_ALLOWED if k not in over)
    assert not done, f"no longer over the limit (or gone): remove from TEMPORARY_ALLOWED: {done}"


def test_the_check_sees_violations(tmp_path):
    """The measure itself: a long module, a long method and a long nested function are each reported."""

    def block(indent: int) -> str:
        return "".join(f"{' ' * indent}x{i} = {i}\n" for i in range(80))

    src = "class C:\n    def m(self):\n" + block(8) + "\n\ndef f():\n    def g():\n" + block(8) + "\n" * 700
    (tmp_path / "m.py").write_text(src)
    sizes = {k.replace(str(tmp_path / "m.py"), "m.py"): n for k, n in measure([str(tmp_path / "m.py")]).items()}
    assert set(over_limits(sizes)) == {"m.py", "m.py::C.m", "m.py::f", "m.py::f.g"}


def test_no_tracked_symlinks():
    """Helpers link `.venv` and `data` into their worktrees; a committed symlink (`data` -> a local path) replaced the
    project's ignored data directory on merge and breaks a clean clone, so no tracked path may be a symlink."""
    try:
        out = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    links = [line.split("\t", 1)[1] for line in out.splitlines() if line.startswith("120000 ")]
    assert links == []
