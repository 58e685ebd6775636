"""perf27 (issue 11): shards handed out largest first, a large night cut into a multiple of min_shards shards; a
rule pattern list searched from its built cache."""

from newsetl import sources
from newsetl.night import parallel
from newsetl.night.discover import discover


def test_a_large_night_is_cut_into_a_multiple_of_min_shards():
    files = [{"path": f"f{i:03d}", "bytes": 100_000} for i in range(720)]  # 72 MB: 9 shards of 8 MB before
    plan = sources.plan_shards(files, 8_000_000, 64, min_shards=8)
    assert [p for s in plan for p in s] == [f["path"] for f in files]  # order kept, nothing lost
    assert len(plan) == 16 and {len(s) for s in plan} == {45}  # equal shards: 8 each on two workers
    assert max(len(s) * 100_000 for s in plan) <= 8_000_000


def test_a_small_night_keeps_its_plan():
    files = [{"path": f"f{i}", "bytes": 1000 + i} for i in range(100)]
    total = sum(f["bytes"] for f in files)
    plan = sources.plan_shards(files, 8_000_000, 64, min_shards=8)
    target = -(-total // 8)
    assert all(sum(1000 + int(p[1:]) for p in s) <= target for s in plan)
    assert len(plan) in (8, 9)


def test_shards_are_handed_out_largest_first():
    shards = [{"shard": 0, "bytes": 5}, {"shard": 1, "bytes": 9}, {"shard": 2, "bytes": 9}, {"shard": 3, "bytes": 1}]
    order = parallel.largest_first(shards)
    assert order == [1, 2, 0, 3]  # shard order among equals
    assert parallel.largest_first([{"shard": 0}, {"shard": 1}]) == [0, 1]  # no sizes: shard order
    idle: list[int] = []
    plan = parallel._Plan(4, 2, lambda: idle.append(plan.next), order)
    assert [plan.take() for _ in range(5)] == [1, 2, 0, 3, None]
    assert idle == [1]  # once, when at most two rounds were left (as in shard order)


def test_discover_gives_each_shard_its_input_bytes(tmp_path, settings):
    night = tmp_path / "in"
    night.mkdir()
    for i, n in enumerate([300, 100, 200]):
        (night / f"d{i}.txt").write_text("x" * n)
    s = settings.model_copy(update={"min_shards": 3})
    found = discover(str(night), str(tmp_path / "lake"), "2026-11-20", "r1", s, wait_seconds=0)
    assert [sh["bytes"] for sh in found["shards"]] == [300, 100, 200]
    assert parallel.largest_first(found["shards"]) == [0, 2, 1]


def test_pattern_search_builds_a_list_once_and_then_searches_without_a_call_to_build_it(monkeypatch):
    from newsetl.extract.rules import load_rules

    res = load_rules()
    text = "The army denied reports that its soldiers had "  # (the window before a trigger)
    first = res.pattern_search("denied_report", text)
    built = res.patterns_re("denied_report")
    calls: list[str] = []
    monkeypatch.setattr(type(res), "patterns_re", lambda self, name, flags=0: calls.append(name) or built)
    again = res.pattern_search("denied_report", text)
    assert calls == []  # read from the built cache
    assert (first and first.span()) == (again and again.span()) and first is not None
    assert res.pattern_search("denied_report", text, 10, 20) is None
