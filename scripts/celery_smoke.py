#!/usr/bin/env python
"""Scale-out smoke test without Docker: CeleryExecutor + PostgreSQL + Redis from Debian packages, two Celery
workers on one host, a multi-shard night, a worker killed mid-run.

    make celery-smoke                   # installs what is missing, runs this, exits non-zero on failure
    .venv/bin/python scripts/celery_smoke.py [--docs 2400] [--shards 12] [--keep]

Steps (every server listens on 127.0.0.1 only, on free ports, with its data under a temp folder):
  1. `apt-get install postgresql redis-server` when their binaries are missing (root only), then a private
     PostgreSQL cluster (initdb as the `postgres` user) and a private redis-server;
  2. `airflow db migrate`, then api-server, scheduler, dag-processor and two `airflow celery worker`s
     (--celery-hostname w1@/w2@, distinct worker log-server ports, one shared JWT secret, the execution API
     URL of the api-server, concurrency 2 each);
  3. night A (today, >= --shards shards) is created by unpausing news_ingest; it must publish a lake
     identical (every row of every table) to an in-process `run_pipeline` of the same folder, with shards
     run on both workers; its wall time is compared with the in-process run;
  4. night B (yesterday, as large) is triggered with its logical date; as soon as a worker starts a shard,
     that worker and every process below it are SIGKILLed (as if its host died); the scheduler's heartbeat
     timeout fails the lost shards, they must be retried on the other worker, and
     the night must still publish the same lake as the in-process reference.
The servers and workers are stopped at the end (each by its own process-group id).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))  # airflow_services, when imported from elsewhere (newsetl: the install)

from airflow_services import AirflowServices, free_port  # noqa: E402
from cluster_metrics import cpu_delta, cpu_seconds, frozen, phases, run_wall, timeline  # noqa: E402
from local_servers import Postgres, Redis  # noqa: E402

DAG = "news_ingest"
REFERENCE_CPU: dict[str, float] = {}  # CPU seconds of each in-process reference run, by date
REFERENCE_STEPS: dict[str, dict] = {}  # its seconds per step (newsetl run --json: timings), by date


def say(msg: str) -> None:
    print(f"[celery-smoke {time.strftime('%H:%M:%S')}] {msg}", flush=True)


# ---------------------------------------------------------------- PostgreSQL and Redis from Debian packages
def ensure_debian_packages() -> None:
    missing = []
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        missing.append("postgresql")
    if not shutil.which("redis-server"):
        missing.append("redis-server")
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(f"celery-smoke: install {' '.join(missing)} first (sudo apt-get install -y {' '.join(missing)})")
    say(f"apt-get install {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )


# ---------------------------------------------------------------- input and checks
def make_night(folder: Path, tag: str, n: int) -> tuple[int, int]:
    """n distinct plain-text dumps built from the labelled split documents (eval/split), tagged per night:
    (bytes in all, bytes of the largest dump)."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "eval" / "split").glob("*.gold.json"))]
    total = largest = 0
    for i in range(n):
        g = golds[i % len(golds)]
        parts = [f"{g['title']} ({tag} #{i})", ""]
        if g.get("caption"):
            parts += [g["caption"], ""]
        body = list(g["body"])
        body[0] = f"{body[0]} (report {tag}-{i})"
        for p in body:
            parts += [p, ""]
        for c in g.get("comments") or []:
            if c.get("author"):
                parts += [c["author"], ""]
            for p in c["text"]:
                parts += [p, ""]
        sub = folder / f"batch{i // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        text = "\n".join(parts)
        (sub / f"{tag}_{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
        largest = max(largest, len(text.encode()))
    return total, largest


def lake_diff(a: str, b: str, date: str) -> dict[str, str]:
    """Tables whose partition for `date` differs between lakes a and b (row multisets, any order)."""
    import duckdb

    from newsetl.run import ALL_TABLES

    bad = {}
    for t in ALL_TABLES:
        pa_, pb = f"{a}/{t}/ingest_date={date}/*.parquet", f"{b}/{t}/ingest_date={date}/*.parquet"
        q = (
            f"select (select count(*) from read_parquet('{pa_}')), (select count(*) from read_parquet('{pb}')), "
            f"(select count(*) from (select * from read_parquet('{pa_}') except all select * from read_parquet('{pb}'))), "
            f"(select count(*) from (select * from read_parquet('{pb}') except all select * from read_parquet('{pa_}')))"
        )
        na, nb, only_a, only_b = duckdb.sql(q).fetchall()[0]
        if only_a or only_b or na != nb:
            bad[t] = f"{na} vs {nb} rows, {only_a} only in cluster, {only_b} only in reference"
    return bad


def shard_workers(af: AirflowServices, workers: dict[str, Path], run_id: str) -> dict[str, int]:
    """How many process_shard task messages of `run_id` each Celery worker received (from its log)."""
    out = {}
    for name, _ in workers.items():
        text = af.log_tail(name, 100000)
        out[name] = sum(1 for ln in text.splitlines() if "received" in ln and "execute_workload" in ln)
    return out


def task_startup(af: AirflowServices, run_id: str) -> dict:
    """Per-task start-up from the task logs: first log line of the task process -> first line of task code
    ('extractor ready' for shards, the GX gate line for validate), median over shards."""
    import statistics
    from datetime import datetime as dt

    def ts(line: dict) -> float:
        return dt.fromisoformat(line["timestamp"].replace("Z", "+00:00")).timestamp()

    base = af.home / "logs" / f"dag_id={DAG}" / f"run_id={run_id}"
    shard_starts, shard_total = [], []
    for f in sorted(base.glob("task_id=process_shard/map_index=*/attempt=1.log")):
        lines = [json.loads(x) for x in f.read_text().splitlines() if x.startswith("{")]
        ready = [x for x in lines if "extractor ready" in str(x.get("event"))]
        if lines and ready:
            shard_starts.append(ts(ready[0]) - ts(lines[0]))
            shard_total.append(ts(lines[-1]) - ts(lines[0]))
    out = {}
    if shard_starts:
        out["shard_startup_s"] = round(statistics.median(shard_starts), 2)
        out["shard_task_s"] = round(statistics.median(shard_total), 2)
    return out


def run_reference(env: dict, landing: Path, lake: Path, date: str, workers: int = 1) -> float:
    """Wall seconds of `newsetl run --workers N` on the night's folder (1 = in-process: the issue's yardstick);
    a fresh process, so its start-up (imports, model load) is included, as a cron job would pay it. Its CPU
    seconds go to REFERENCE_CPU[date]."""
    import resource

    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.monotonic()
    out = subprocess.run(
        [
            str(Path(sys.executable).parent / "newsetl"),
            "run",
            "--input",
            str(landing / date),
            "--lake",
            str(lake),
            "--date",
            date,
            "--run-id",
            f"reference__{date}",
            "--workers",
            str(workers),
            "--json",
        ],
        env=env,
        check=True,
        stdout=subprocess.PIPE,
    )
    wall = time.monotonic() - t
    REFERENCE_STEPS[date] = json.loads(out.stdout).get("timings", {})
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    REFERENCE_CPU[date] = round(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime, 1)
    return wall


# ---------------------------------------------------------------- main
def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--docs",
        type=int,
        default=2400,
        help="documents per night (2,400: shards of ~200 documents, ~1 s of work each, so the comparison with one "
        "process measures scale-out, not only Airflow's fixed per-task cost)",
    )
    ap.add_argument("--shards", type=int, default=12, help="shards per night (>= 8)")
    ap.add_argument("--concurrency", type=int, default=2, help="task slots per Celery worker")
    ap.add_argument("--no-kill", action="store_true", help="skip night B (worker killed mid-run)")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder (logs, lakes) for inspection")
    ap.add_argument("--cold", action="store_true", help="no warm worker processes (newsetl.worker preload off)")
    ap.add_argument(
        "--bench", type=int, default=0, help="N more nights timed on the cluster and in one process, interleaved"
    )
    return ap.parse_args()


def require_extras() -> None:
    try:
        import airflow.providers.celery  # noqa: F401
        import psycopg2  # noqa: F401
    except ImportError:
        sys.exit(
            "celery-smoke: the scale-out extras are missing: pip install -r requirements.txt -r requirements-celery.txt "
            "(make install-celery)"
        )


def cluster(base: Path, args: argparse.Namespace, conn: str, broker: str, newsetl_env: dict) -> AirflowServices:
    """The Airflow services of the CeleryExecutor on PostgreSQL + Redis (not started yet)."""
    return AirflowServices(
        base / "airflow",
        executor="CeleryExecutor",
        sql_alchemy_conn=conn,
        env={
            **newsetl_env,
            "AIRFLOW__CELERY__BROKER_URL": broker,
            "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + conn.replace("+psycopg2", ""),
            "AIRFLOW__CELERY__WORKER_CONCURRENCY": str(args.concurrency),
            **({} if args.cold else {"AIRFLOW__CELERY__CELERY_CONFIG_OPTIONS": "newsetl.worker.CELERY_CONFIG"}),
            "AIRFLOW__CORE__PARALLELISM": "16",
            # the scheduler sleeps this long when a loop found nothing to do, so each step of a night waits up to
            # that long before its upstream's end is noticed. 0.1 s saved ~1 s of gaps per night but cost 2-5 s
            # more scheduler and PostgreSQL CPU, which slowed the shards and the gate more (README, at load 1-11)
            "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "0.5",
            # the DAG file is parsed when the dag-processor starts; re-parsing it every 30 s costs CPU in the night
            "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "600",
            # the task supervisor notices a finished task process only when its select() times out (at most
            # this many seconds) if the process closed its sockets before it exited: ~5 s per task by default
            "AIRFLOW__WORKERS__MIN_HEARTBEAT_INTERVAL": "1",
            # a SIGKILLed worker's running tasks are failed (then retried) after this many seconds without heartbeat
            "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "30",
            "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": "5",
            # a task the killed worker had taken from Redis but not yet started is still QUEUED: it has no
            # heartbeat, and is only requeued after this timeout (600 s by default: one CI run's night B took
            # 11 min). 120 s stays above the longest legitimate wait for a free slot (12 shards on one worker's
            # 2 slots, ~5-10 s each)
            "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT": "120",
            "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT_CHECK_INTERVAL": "10",
        },
    )


def start_cluster(af: AirflowServices, base: Path, args: argparse.Namespace) -> dict[str, Path]:
    """Migrate; api-server, scheduler, dag-processor and two Celery workers; wait until news_ingest is parsed."""
    af.migrate()
    af.start_core()
    workers = {}
    for i in (1, 2):
        name = f"worker{i}"
        workers[name] = base / "airflow" / f"{name}.pid"
        af.start(
            name,
            "celery",
            "worker",
            "--celery-hostname",
            f"w{i}@%h",
            "--concurrency",
            str(args.concurrency),
            "--pid",
            str(workers[name]),
            "--without-mingle",
            "--without-gossip",
            # two workers on one host: each serves its task logs on its own port
            env={"AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port())},
        )
    af.wait_for(lambda: all("ready" in af.log_tail(n, 400) for n in workers), 90, "both Celery workers ready")
    if not args.cold:  # a resident worker is warm long before its night: do not time the preload as the night's
        af.wait_for(
            lambda: all(_warmed(af.log_tail(n, 2000)) >= args.concurrency for n in workers),
            300,
            "every Celery pool process warmed (newsetl.worker)",
        )
    af.wait_dag_parsed(DAG)
    # the api-server's first Execution API request initialises its database and auth paths (7 s on a loaded
    # machine); a resident api-server has done so long before the night
    af.wait_http(f"http://127.0.0.1:{af.api_port}/execution/health/ping", timeout=60)
    return workers


def _warmed(log: str) -> int:
    """Celery pool processes of a worker log that finished newsetl.worker's preload and warm-up (or gave up)."""
    return log.count("newsetl: worker process warmed")


def night_a(af: AirflowServices, workers: dict[str, Path], t_ref: float, failures: list[str]) -> dict:
    """The scheduled night created by unpausing: success, >= 8 shards, tasks on both workers."""
    say("cluster up; unpausing news_ingest (creates night A's scheduled run)")
    t0 = time.monotonic()
    af.cli("dags", "unpause", DAG)
    run_a = af.wait_for(
        lambda: [r["run_id"] for r in af.runs(DAG) if r["run_type"] == "scheduled"], 90, "night A's run"
    )[0]
    state = af.wait_run_done(DAG, run_a, 900)
    rows = af.query("select extract(epoch from end_date - start_date) from dag_run where run_id = :r", r=run_a)
    wall_a = float(rows[0][0]) if rows and rows[0][0] is not None else time.monotonic() - t0
    tis = af.task_instances(DAG, run_a)
    shards = [t for t in tis if t["task_id"] == "process_shard"]
    used = shard_workers(af, workers, run_a)
    say(
        f"night A: {state} in {wall_a:.1f} s on two workers ({len(shards)} shards; task messages per worker: {used}) "
        f"vs {t_ref:.1f} s in-process (newsetl run --workers 1, one process)"
    )
    steps = phases(timeline(af, DAG, run_a), wall_a)
    say(f"night A, seconds per step: {steps}")
    if state != "success":
        failures.append(f"night A ended {state}: {tis}")
    if len(shards) < 8:
        failures.append(f"night A had {len(shards)} shards (< 8)")
    if not all(used.values()):
        failures.append(f"not every worker ran tasks: {used}")
    return {
        "shards": len(shards),
        "steps": steps,
        "cluster_seconds": round(wall_a, 1),
        "in_process_seconds": round(t_ref, 1),
        "tasks_per_worker": used,
        **task_startup(af, run_a),
    }


def young_shards(af: AirflowServices, run_id: str, max_age: float) -> tuple[str, list[int]] | None:
    """(worker, shards of the run it started less than max_age s ago), for the first worker running one."""
    rows = af.query(
        "select map_index, pid, start_date from task_instance where dag_id = :d and run_id = :r "
        "and task_id = 'process_shard' and state = 'running'",
        d=DAG,
        r=run_id,
    )
    now = datetime.now(UTC)
    for worker in ("worker1", "worker2"):
        below = af.descendants(worker)  # task processes run in their own process groups
        young = [
            m
            for m, pid, start in rows
            if pid in below
            and start is not None
            and (now - (start if start.tzinfo else start.replace(tzinfo=UTC))).total_seconds() < max_age
        ]
        if young:
            return worker, young
    return None


def night_b(af: AirflowServices, night: str, failures: list[str]) -> None:
    """Triggered by logical date; the first worker to start a shard is SIGKILLed while it runs it: the lost shards
    are retried on the other worker. (Celery decides where shards go: on a loaded machine one worker may take
    all of a night's shards, so waiting for a given worker can time out.)"""
    run_b = f"manual__{night}"
    af.cli("dags", "trigger", DAG, "--logical-date", f"{night}T00:00:00+00:00", "--run-id", run_b)
    victim, lost = af.wait_for(lambda: young_shards(af, run_b, 1.0), 300, "a night B shard just started", interval=0.1)
    say(f"night B: SIGKILL {victim} and every process below it while it runs shard(s) {lost}")
    af.kill_tree(victim)
    state = af.wait_run_done(DAG, run_b, 900)
    tis = af.task_instances(DAG, run_b)
    retried = [t for t in tis if t["try_number"] > 1]
    say(f"night B: {state}; task instances retried after the kill: {[(t['task_id'], t['map_index']) for t in retried]}")
    if not {t["map_index"] for t in retried if t["task_id"] == "process_shard"} & set(lost):
        failures.append(f"the shards killed with {victim} ({lost}) were not retried: {tis}")
    if state != "success":
        failures.append(f"night B ended {state} after the worker kill: {tis}")


def bench_nights(
    af: AirflowServices, servers: dict, args: argparse.Namespace, dirs: dict[str, Path], ref_env: dict
) -> dict:
    """`--bench N` more nights, each timed on the cluster and in one process (`newsetl run --workers 1`) on the
    same input, the order alternating; both lakes must agree. While the reference runs, the idle cluster is
    stopped (SIGSTOP), so it takes no CPU from it. Medians of both, and CPU seconds of both."""
    import statistics

    idle0 = cpu_seconds(af, servers)
    time.sleep(10)
    idle = cpu_delta(idle0, cpu_seconds(af, servers))
    say(f"cluster idle CPU over 10 s (seconds per component): {idle}")
    everything = [*af.procs.values(), *servers.values()]

    def reference(night: str) -> float:
        with frozen(everything):
            return run_reference(ref_env, dirs["landing"], dirs["ref"], night, 1)

    rows = []
    for i in range(args.bench):
        night = (datetime.now(UTC).date() - timedelta(days=2 + i)).isoformat()
        make_night(dirs["landing"] / night, f"C{i}", args.docs)
        t_ref = reference(night) if i % 2 == 0 else None
        cpu0 = cpu_seconds(af, servers)
        run_id = f"manual__{night}"
        af.cli("dags", "trigger", DAG, "--logical-date", f"{night}T00:00:00+00:00", "--run-id", run_id)
        state = af.wait_run_done(DAG, run_id, 900)
        cpu = cpu_delta(cpu0, cpu_seconds(af, servers))
        wall = run_wall(af, run_id) or float("nan")
        if t_ref is None:
            t_ref = reference(night)
        n_shards = sum(1 for t in timeline(af, DAG, run_id) if t["task"] == "process_shard")
        steps = phases(timeline(af, DAG, run_id), wall)
        say(f"bench {night}: {state}, {n_shards} shards: cluster {wall:.1f} s vs in-process {t_ref:.1f} s")
        say(f"bench {night}: seconds per step: cluster {steps}; in-process {REFERENCE_STEPS[night]}")
        say(f"bench {night}: CPU seconds: cluster {cpu} = {sum(cpu.values()):.1f}; in-process {REFERENCE_CPU[night]}")
        same_lake(dirs["lake"], dirs["ref"], night, f"bench {night}", "", [])
        rows.append(
            {
                "cluster": wall,
                "in_process": t_ref,
                "cluster_cpu": sum(cpu.values()),
                "in_process_cpu": REFERENCE_CPU[night],
            }
        )
    med = {k: round(statistics.median(r[k] for r in rows), 1) for k in rows[0]}
    say(
        f"bench: {len(rows)} nights, median wall: cluster {med['cluster']} s vs in-process {med['in_process']} s; "
        f"median CPU: cluster {med['cluster_cpu']} s vs in-process {med['in_process_cpu']} s"
    )
    return {"bench_nights": len(rows), "bench_median": med, "bench": rows}


def same_lake(lake: Path, ref: Path, night: str, label: str, note: str, failures: list[str]) -> None:
    diff = lake_diff(str(lake), str(ref), night)
    if diff:
        failures.append(f"{label} lake differs from the in-process run: {diff}")
    else:
        say(f"{label}: lake identical to the in-process run {note}")


def main() -> int:
    args = parse_args()
    require_extras()
    ensure_debian_packages()
    base = Path(tempfile.mkdtemp(prefix="newsetl-celery-"))
    if os.geteuid() == 0:
        os.chmod(base, 0o755)
    today = datetime.now(UTC).date()
    date_a, date_b = today.isoformat(), (today - timedelta(days=1)).isoformat()
    landing, lake, ref = base / "landing", base / "lake", base / "lake_ref"
    size, largest = make_night(landing / date_a, "A", args.docs)
    make_night(landing / date_b, "B", args.docs)
    # greedy packing closes a shard before the dump that would overflow it: with this target every shard holds
    # more than size / shards bytes, so the night has exactly --shards shards (when it has that many dumps)
    shard_bytes = max(1, -(-size // args.shards) + largest)
    cache = os.environ.get("NEWSETL_CACHE_DIR") or str(ROOT / "data" / "cache")
    newsetl_env = {
        "NEWSETL_LANDING_DIR": str(landing),
        "NEWSETL_LAKE_URI": str(lake),
        "NEWSETL_CACHE_DIR": cache,
        "NEWSETL_SHARD_BYTES": str(shard_bytes),
        "NEWSETL_RETRY_DELAY_SECONDS": "5",
        # one shard per worker queued ahead of the slots: a freed slot starts the next shard at once, without
        # waiting for a scheduler loop (each worker's memory is capped by its concurrency, not by this)
        "NEWSETL_MAX_ACTIVE_SHARDS": str(2 * args.concurrency + 2),
        "GX_ANALYTICS_ENABLED": "false",
    }
    say(
        f"nights {date_a} and {date_b}: {args.docs} documents each, {size} bytes, shard_bytes={shard_bytes}; temp {base}"
    )
    pg, rd = Postgres(base), Redis(base)
    af = None
    failures: list[str] = []
    try:
        ref_env = {**os.environ, **newsetl_env, "NEWSETL_LAKE_URI": str(ref)}
        t_ref_a = run_reference(ref_env, landing, ref, date_a)
        t_ref_b = run_reference(ref_env, landing, ref, date_b)
        say(f"in-process reference: night A {t_ref_a:.1f} s, night B {t_ref_b:.1f} s")
        conn = pg.start()
        broker = rd.start()
        say(f"postgres on 127.0.0.1:{pg.port}, redis on 127.0.0.1:{rd.port}")
        af = cluster(base, args, conn, broker, newsetl_env)
        workers = start_cluster(af, base, args)
        summary = night_a(af, workers, t_ref_a, failures)
        same_lake(lake, ref, date_a, "night A", "(all tables, all rows)", failures)
        if args.bench:
            servers = {"postgres": pg.proc, "redis": rd.proc}
            summary.update(bench_nights(af, servers, args, {"landing": landing, "lake": lake, "ref": ref}, ref_env))
        if not args.no_kill:
            night_b(af, date_b, failures)
            same_lake(lake, ref, date_b, "night B", "despite the killed worker", failures)
        say("RESULT " + json.dumps(summary))
    except Exception as exc:  # report, then clean up
        failures.append(f"{type(exc).__name__}: {exc}")
    finally:
        if failures and af is not None:
            print(af.diagnostics()[-12000:], file=sys.stderr)
        if af is not None:
            af.stop()
        rd.stop()
        pg.stop()
        if not args.keep and not failures:
            shutil.rmtree(base, ignore_errors=True)
    if failures:
        for f in failures:
            print(f"celery-smoke: FAILED: {f}", file=sys.stderr)
        print(f"celery-smoke: logs kept in {base}", file=sys.stderr)
        return 1
    say("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
