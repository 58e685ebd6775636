"""CPU accounting of one `newsetl run` (prints figures; not a timed test): where the CPU-seconds of a night go, by
process and by step, so the serial part of `--workers N` can be read without trusting wall time on a shared host.

The night runs in a fresh child process (as `newsetl run` would), whose step boundaries (the run's `timings`, in
order) are written with their wall-clock start. This process samples every descendant's /proc/PID/stat (user + sys
CPU) and status (VmHWM) every `--every` seconds; a process's CPU between two samples is booked to the step that was
running then. Per step: each process's CPU-seconds. The serial fraction is the share of the night's CPU-seconds that
no other worker could run beside: everything outside `process_shard` plus, inside it, the seconds the workers were
not all busy (the shard imbalance, measured as the cores left idle: workers x wall - the workers' shard CPU).

    .venv/bin/python benchmarks/cpu_accounting.py CORPUS [--workers 2] [--every 0.05]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

CLK = os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _sample(pid: int) -> tuple[float, int, str] | None:
    """(user + sys seconds, VmHWM kB, short name) of one process, None when gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
        with open(f"/proc/{pid}/status") as f:
            hwm = next((int(line.split()[1]) for line in f if line.startswith("VmHWM")), 0)
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
    except (OSError, StopIteration):
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLK, hwm, cmd


RANK = {"other": 0, "worker": 1, "gate": 2, "run": 3}


def _kind(pid: int, root: int, cmd: str, root_cmd: str) -> str:
    """run (the run process), gate (the gate process and its forked children), worker (a pool process: forked,
    so with the run's command line, or spawned by multiprocessing), other."""
    if pid == root:
        return "run"
    if "gate_process" in cmd:
        return "gate"
    if cmd == root_cmd or "multiprocessing" in cmd:
        return "worker"
    return "other"


def child(corpus: str, lake: str, workers: int, marks: str) -> None:
    """The night in this fresh process; the step marks (name, wall start) are written for the sampler."""
    t0 = time.time()
    from newsetl.config import get_settings
    from newsetl.run import run_pipeline

    settings = get_settings(spacy_model="blank")
    t = time.time()
    s = run_pipeline(corpus, lake, "2026-11-20", f"acct_w{workers}", settings, workers=workers)
    steps = [("imports", t0, t - t0)]
    for name, secs in s["timings"].items():
        steps.append((name, t, secs))
        t += secs
    Path(marks).write_text(json.dumps({"steps": steps, "tables": s["tables"], "stages": s["stages"]}))
    from newsetl import cli

    if hasattr(cli, "exit_now"):  # as `newsetl run` ends (perf19; older code: the interpreter's teardown)
        cli.exit_now(0)


def _step_at(steps: list, when: float) -> str:
    for name, start, secs in steps:
        if start <= when < start + secs:
            return name
    return "exit" if when >= steps[-1][1] else "imports"


def account(corpus: str, workers: int, every: float) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="acct-"))  # the night's lake and step marks, removed when accounted
    try:
        return _account(corpus, workers, every, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _account(corpus: str, workers: int, every: float, tmp: Path) -> dict:
    marks = tmp / "marks.json"
    env = {**os.environ, "GX_ANALYTICS_ENABLED": "false", "NEWSETL_SPACY_MODEL": "blank"}
    cmd = [sys.executable, __file__, "--child", corpus, str(tmp / "lake"), str(workers), str(marks)]
    t_start = time.time()
    proc = subprocess.Popen(cmd, env=env)
    series: dict[int, list[tuple[float, float]]] = defaultdict(list)
    info: dict[int, tuple[str, int]] = {}
    root_cmd = ""
    cmds: dict[int, str] = {}
    while proc.poll() is None:
        now = time.time()
        for pid in _tree(proc.pid):
            got = _sample(pid)
            if got is not None:
                root_cmd = root_cmd or (got[2] if pid == proc.pid else "")
                series[pid].append((now, got[0]))
                cmds[pid] = got[2]
                kind, hwm = info.get(pid, ("other", 0))
                if got[2]:  # a zombie's command line is empty; a child between fork and exec has its parent's
                    now_kind = _kind(pid, proc.pid, got[2], root_cmd)
                    kind = now_kind if RANK[now_kind] > RANK[kind] else kind
                info[pid] = (kind, max(got[1], hwm))
        time.sleep(every)
    if proc.returncode != 0:
        raise SystemExit(f"child failed: {proc.returncode}")
    data = json.loads(marks.read_text())
    steps = data["steps"]
    by: dict[tuple[str, str], float] = defaultdict(float)  # (step, process label) -> CPU s
    labels = {}
    seen: dict[str, int] = defaultdict(int)
    for pid, pts in series.items():
        kind = info[pid][0]
        seen[kind] += 1
        if kind == "worker":
            labels[pid] = f"worker{seen[kind]}"
        elif kind == "gate":  # the gate process first, then its forked children (finalize, one per table)
            labels[pid] = "gate" if seen[kind] == 1 else f"gatech{seen[kind] - 1}"
        else:
            labels[pid] = kind
        prev_t, prev_c = (t_start, 0.0) if pid == proc.pid else (pts[0][0], pts[0][1])
        for t, c in pts[1:] if pid != proc.pid else pts:
            col = "gatech" if labels[pid].startswith("gatech") else labels[pid]
            by[(_step_at(steps, (prev_t + t) / 2), col)] += c - prev_c
            prev_t, prev_c = t, c
    return {
        "steps": steps,
        "by": by,
        "labels": labels,
        "info": info,
        "data": data,
        "cmds": cmds,
        "series": series,
        "wall": time.time() - t_start,
    }


def show(r: dict, workers: int) -> float:
    steps, by = r["steps"], r["by"]
    procs = sorted({p for _, p in by})
    total = sum(by.values())
    print(f"\n--workers {workers}: wall {r['wall']:.1f} s, CPU {total:.1f} s (all processes)")
    print(f"  {'step':14s} {'wall':>6s} " + " ".join(f"{p:>8s}" for p in procs))
    names = [s[0] for s in steps] + ["exit"]
    walls = {s[0]: s[2] for s in steps}
    for name in names:
        print(f"  {name:14s} {walls.get(name, 0):6.2f} " + " ".join(f"{by.get((name, p), 0):8.2f}" for p in procs))
    t0 = steps[0][1]
    for pid, (_, hwm) in sorted(r["info"].items()):
        pts = r["series"][pid]
        print(
            f"  {r['labels'][pid]:8s} pid {pid}: peak RSS {hwm / 1024:.0f} MB, CPU {pts[-1][1]:.2f} s, "
            f"seen {pts[0][0] - t0:.2f} -> {pts[-1][0] - t0:.2f} s"
        )
    shard_cpu = sum(v for (s, p), v in by.items() if s == "process_shard" and (p == "run" or p.startswith("worker")))
    n = workers
    idle = max(0.0, n * walls.get("process_shard", 0) - shard_cpu)
    outside = sum(v for (s, p), v in by.items() if s != "process_shard" and not p.startswith("gate"))
    gate = sum(v for (s, p), v in by.items() if p.startswith("gate"))
    gate_tail = sum(v for (s, p), v in by.items() if p.startswith("gate") and s in ("finalize", "validate", "publish"))
    print(
        f"  shard CPU {shard_cpu:.1f} s; cores idle during shards {idle:.1f} s; run/worker CPU outside shards "
        f"{outside:.1f} s; gate CPU {gate:.1f} s (of it in finalize/validate/publish {gate_tail:.1f} s)"
    )
    path = critical_path(by, names, cores=2)
    f = max(0.0, 2 * path / total - 1)
    print(
        f"  on 2 idle cores: {path:.2f} s (per step the larger of its largest process's CPU and half its CPU); "
        f"serial fraction f = 2 x that / CPU - 1 = {f:.3f}, Amdahl bound for 2 cores 1 / (f + (1 - f) / 2) = "
        f"{1 / (f + (1 - f) / 2):.2f}x"
    )
    print("  stages (worker s): " + json.dumps(r["data"]["stages"]))
    print("  tables: " + json.dumps(r["data"]["tables"]))
    return path


def critical_path(by: dict, steps: list[str], cores: int = 2) -> float:
    """Seconds the night would take on `cores` idle cores, from its CPU accounting: per step the larger of the
    CPU of its busiest single process (which no other core can help) and its CPU spread over the cores (the gate's
    forked children, one per table, count as parallel work)."""
    total = 0.0
    for step in steps:
        cpu = {p: v for (s, p), v in by.items() if s == step}
        single = max((v for p, v in cpu.items() if p != "gatech"), default=0.0)
        total += max(single, sum(cpu.values()) / cores)
    return total


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--every", type=float, default=0.05)
    args = ap.parse_args()
    paths = {w: show(account(args.corpus, w, args.every), w) for w in [int(x) for x in args.workers.split(",")]}
    if 1 in paths and 2 in paths:
        print(f"\nimplied two workers / one worker on 2 idle cores: {paths[1] / paths[2]:.2f}x")


if __name__ == "__main__":
    main()
