"""forked.in_child: a step in a forked child, its result pickled back, its memory returned when it exits."""

import os

import pytest

from newsetl import forked

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="needs os.fork")


def _grow_and_count(n: int) -> dict:
    blob = bytearray(n)  # allocated in the child only
    return {"pid": os.getpid(), "size": len(blob)}


def _fail() -> None:
    raise ValueError("in the child")


def test_the_child_returns_its_result_and_the_parent_does_not_hold_its_memory():
    held = []
    got = forked.in_child(lambda: held.append(1) or _grow_and_count(64 << 20))
    assert got["size"] == 64 << 20 and got["pid"] != os.getpid()
    assert held == []  # what the child changed stays in the child
    assert forked.children_peak_rss_mb() >= 64  # the child held the 64 MB, reported as a child's peak


def test_a_failed_child_gives_missing_so_the_caller_runs_the_step_itself():
    assert forked.in_child(_fail) is forked.MISSING
    assert forked.in_child(lambda: lambda: None) is forked.MISSING  # a result that does not pickle
