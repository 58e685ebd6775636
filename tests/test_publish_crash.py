"""The publisher is killed (os._exit, as SIGKILL) at every step of a publish, in three situations: a rerun
of a published date, the first publish of a new date, and the first publish over the pre-versioned layout.
After each kill DuckDB reads every table and all tables show the same night for every date (all old or all
new); then the next run heals: it publishes, and no staging, temporary link or old version is left.
The GX quality gate is replaced by a pass here (it costs seconds per run and is tested in test_pipeline)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from newsetl import faults, locks
from newsetl import run as run_module
from newsetl.lake import Lake
from newsetl.run import discover, finalize, process_shard, run_pipeline
from newsetl.schemas import TABLES

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "samples" / "landing" / "2026-11-20" / "site_a"
D1, D2 = "2026-11-20", "2026-11-21"
KEYS = {
    "articles": "article_id",
    "comments": "comment_id",
    "events": "event_id",
    "mentions": "mention_id",
    "ingest_ledger": "concat(source_file, '|', coalesce(member, ''), '|', status)",
}
STEPS = (
    ["publish.start"]
    + [f"publish.version.{t}" for t in TABLES]
    + ["publish.manifest", "publish.baseline"]
    + [f"publish.link.{t}" for t in TABLES]
    + ["publish.before_switch", "publish.after_switch", "publish.cleaned"]
)


def _input(tmp: Path, name: str, files: list[str]) -> str:
    d = tmp / name
    d.mkdir()
    for f in files:
        shutil.copy(SITE / f, d / f)
    return str(d)


def _stage(src: str, lake: Path, date: str, run_id: str, settings) -> str:
    """Everything of a run up to (not including) publish; returns the staged final folder."""
    found = discover(src, str(lake), date, run_id, settings)
    for sh in found["shards"]:
        process_shard(sh, found["staging"], str(lake), date, settings)
    fin = finalize(found["staging"], str(lake), date)
    run_module.validate(fin["final"], str(lake), date, run_id)
    os.remove(Lake(str(lake)).path("_locks", f"{locks.date_lock(date)}.lock"))  # the publisher process takes it
    return fin["final"]


class Killer:
    """tests/publish_killer.py: publish jobs, each in a forked child that dies at its fault point."""

    def __init__(self):
        self.p = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "publish_killer.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "NEWSETL_FAULT_POINT": ""},
        )

    def publish(self, lake: Path, final: str, date: str, run_id: str, point: str) -> int:
        self.p.stdin.write(
            json.dumps({"lake": str(lake), "final": final, "date": date, "run_id": run_id, "point": point}) + "\n"
        )
        self.p.stdin.flush()
        return int(self.p.stdout.readline())

    def close(self):
        self.p.stdin.close()
        self.p.wait(timeout=30)


@pytest.fixture(scope="module")
def killer():
    k = Killer()
    yield k
    k.close()


def snapshot(lake: Path) -> dict:
    """Per date: per table the sorted keys DuckDB reads (every table must be readable)."""
    out: dict = {}
    for t, key in KEYS.items():
        rows = duckdb.sql(
            f"select cast(ingest_date as varchar), {key} from read_parquet('{lake}/{t}/*/*.parquet', "
            "hive_partitioning = true)"
        ).fetchall()
        for d, k in rows:
            out.setdefault(d, {}).setdefault(t, []).append(k)
    return {d: {t: tuple(sorted(v.get(t, []))) for t in KEYS} for d, v in out.items()}


def check_refs(lake: Path) -> None:
    """Comments, events and mentions point at articles of the same date; the ledger's loaded rows are the articles."""
    for t in ("comments", "events", "mentions"):
        orphans = duckdb.sql(f"""select count(*) from read_parquet('{lake}/{t}/*/*.parquet', hive_partitioning = true) x
            anti join read_parquet('{lake}/articles/*/*.parquet', hive_partitioning = true) a using (article_id, ingest_date)""").fetchall()[
            0
        ][0]
        assert orphans == 0, f"{orphans} orphan rows in {t}"
    bad = duckdb.sql(f"""
        with l as (select ingest_date, article_id from read_parquet('{lake}/ingest_ledger/*/*.parquet', hive_partitioning = true)
                   where status = 'loaded' and kind in ('file', 'record')),
             a as (select ingest_date, article_id from read_parquet('{lake}/articles/*/*.parquet', hive_partitioning = true))
        select (select count(*) from (select * from l except select * from a)) + (select count(*) from (select * from a except select * from l))
    """).fetchall()[0][0]
    assert bad == 0, "ledger and articles disagree"


def clean(lake: Path, date: str) -> None:
    """After a healthy run: no staging, no temporary links, only the current version of the date."""
    assert not any((lake / "_staging").glob("*/*")), list((lake / "_staging").glob("*/*"))
    assert not (lake / "_tmp").exists() or not any((lake / "_tmp").iterdir())
    v = lake / "_versions" / f"ingest_date={date}"
    assert sorted(p.name for p in v.iterdir()) == sorted(["current", os.readlink(v / "current")])
    assert not list(lake.glob("*/ingest_date=*/ingest_date=*")), "nested partition folders"


@pytest.fixture(scope="module", autouse=True)
def no_quality_gate():
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(
            run_module, "validate", lambda *a, **k: {"success": True, "results": None, "warnings": 0, "evaluated": 0}
        )
        yield


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory, settings, killer):
    """(name, template lake, staged final, date, old snapshot, new snapshot, input of the new night)."""
    s = settings.model_copy(update={"spacy_model": "blank"})
    tmp = tmp_path_factory.mktemp("crash")
    old = _input(tmp, "old", ["000_idlib_night_raid_shelling.txt", "001_iraq_pmu_drone_strike_qaim.txt"])
    new = _input(
        tmp,
        "new",
        [
            "001_iraq_pmu_drone_strike_qaim.txt",
            "002_yemen_hodeidah_truce_violations.txt",
            "003_afghanistan_kunduz_mosque_blast.txt",
        ],
    )
    out = []
    for name, date in (("rerun", D1), ("new_date", D2), ("legacy", D1)):
        lake = tmp / name / "lake"
        run_pipeline(old, str(lake), D1, "old_night", s)
        if name == "legacy":  # the layout before versions: real partition folders
            for t in TABLES:
                p = lake / t / f"ingest_date={D1}"
                target = p.resolve()
                p.unlink()
                shutil.copytree(target, p)
            shutil.rmtree(lake / "_versions")
        before = snapshot(lake)
        final = _stage(new, lake, date, "new_night", s)
        after_lake = tmp / name / "after"
        shutil.copytree(lake, after_lake, symlinks=True)
        rc = killer.publish(after_lake, final.replace(str(lake), str(after_lake)), date, "new_night", "")
        assert rc == 0
        out.append((name, lake, final, date, before, snapshot(after_lake), new))
    return out, s


HEAL_WITH_A_RUN = {  # after these kills the full next run is made; after every kill the run's first step (recover)
    "rerun": {"publish.start", "publish.manifest", "publish.before_switch", "publish.after_switch", "publish.cleaned"},
    "new_date": {"publish.baseline", "publish.link.articles", "publish.before_switch"},
    "legacy": {"publish.baseline", "publish.link.events", "publish.before_switch"},
}


@pytest.mark.parametrize("which", ["rerun", "new_date", "legacy"])
def test_kill_at_every_publish_step(scenarios, killer, which, tmp_path):
    from newsetl.run import recover

    all_scenarios, s = scenarios
    name, template, final, date, before, after, src = next(x for x in all_scenarios if x[0] == which)
    assert before != after
    lakes = [tmp_path / f"k{i}" for i in range(len(STEPS))]
    for lake in lakes:
        shutil.copytree(template, lake, symlinks=True)
    rcs = [
        killer.publish(lake, final.replace(str(template), str(lake)), date, "new_night", point)
        for lake, point in zip(lakes, STEPS)
    ]
    reached = 0
    for i, (point, lake, rc) in enumerate(zip(STEPS, lakes, rcs)):
        assert rc in (faults.EXIT_CODE, 0), (point, rc)
        reached += rc == faults.EXIT_CODE
        snap = snapshot(lake)  # every table readable by DuckDB
        check_refs(lake)
        assert snap in (before, after), f"killed at {point}: tables show a mix of old and new"
        if point == "publish.after_switch":
            assert snap == after
        if point in ("publish.start", "publish.before_switch"):
            assert snap == before
        recover(
            Lake(str(lake)), s
        )  # what every run does first: the dead publisher's lock is stale (its process is gone)
        assert snapshot(lake) == snap
        check_refs(lake)
        clean(lake, date) if snap == after or which == "rerun" or (
            lake / "_versions" / f"ingest_date={date}" / "current"
        ).exists() else None
        if point in HEAL_WITH_A_RUN[which]:
            run_pipeline(src, str(lake), date, f"heal_{i}", s)  # the next run publishes the night
            assert snapshot(lake) == after
            clean(lake, date)
            check_refs(lake)
        shutil.rmtree(lake)
    assert reached >= len(STEPS) - (1 if which == "rerun" else 0)  # a rerun has no baseline step
