"""Start and drive a real Airflow 3 deployment from the project's venv (no Docker): api-server, scheduler,
dag-processor and optionally Celery workers, in a throw-away AIRFLOW_HOME.

Used by tests/dags/test_scheduler_e2e.py (LocalExecutor on SQLite) and scripts/celery_smoke.py
(CeleryExecutor with PostgreSQL and Redis). Everything listens on 127.0.0.1 only. Every process is started in
its own session and stopped by its own process-group id.

State is read straight from the metadata DB (SQLAlchemy URL of the deployment), which is cheaper than a CLI
call per poll; changes (unpause, trigger, clear) go through the `airflow` CLI like an operator would.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def descendants(root: int) -> set[int]:
    """Pids of every live process below `root` (read from /proc)."""
    parent: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    parent[int(d)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                pass
    out: set[int] = set()
    todo = [root]
    while todo:
        cur = todo.pop()
        for pid, pp in parent.items():
            if pp == cur and pid not in out:
                out.add(pid)
                todo.append(pid)
    out.discard(root)
    return out


class AirflowServices:
    def __init__(
        self,
        home: Path,
        env: dict[str, str] | None = None,
        executor: str = "LocalExecutor",
        sql_alchemy_conn: str | None = None,
        api_port: int | None = None,
    ):
        self.home = Path(home)
        self.home.mkdir(parents=True, exist_ok=True)
        (self.home / "logs").mkdir(exist_ok=True)
        self.api_port = api_port or free_port()
        self.conn = sql_alchemy_conn or f"sqlite:///{self.home / 'airflow.db'}"
        self.procs: dict[str, subprocess.Popen] = {}
        self.env = {
            **os.environ,
            "AIRFLOW_HOME": str(self.home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
            "AIRFLOW__CORE__EXECUTOR": executor,
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": self.conn,
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
            # every component signs/verifies the task tokens with the same secret, and tasks find the API here
            "AIRFLOW__API_AUTH__JWT_SECRET": "newsetl-test-jwt-secret-0123456789abcdef",
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(self.api_port),
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{self.api_port}",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{self.api_port}/execution/",
            "AIRFLOW__CORE__AUTH_MANAGER": "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
            # fast feedback: new DAG files and state changes are picked up within seconds
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "0.5",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
            "GX_ANALYTICS_ENABLED": "false",
            "PYTHONUNBUFFERED": "1",
        }
        for name in ("C_BENCH", "CELERY_BENCH"):  # Celery reads these from the environment: any value, even 0,
            self.env.pop(name, None)  # turns on benchmark hooks that stop Celery 5.6 workers after their first tasks
        self.env.update(env or {})

    # ------------------------------------------------------------ processes
    def cli(
        self, *args: str, timeout: float = 300, check: bool = True, env: dict | None = None
    ) -> subprocess.CompletedProcess:
        out = subprocess.run(
            [str(BIN / "airflow"), *args],
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and out.returncode != 0:
            raise RuntimeError(
                f"airflow {' '.join(args)} failed ({out.returncode}):\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
            )
        return out

    def migrate(self) -> None:
        self.cli("db", "migrate", timeout=600)

    def start(self, name: str, *args: str, env: dict | None = None) -> subprocess.Popen:
        log = open(self.home / f"{name}.log", "ab")  # noqa: SIM115 - owned by the child process
        p = subprocess.Popen(
            [str(BIN / "airflow"), *args],
            env={**self.env, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=str(self.home),
        )
        self.procs[name] = p
        return p

    def start_core(self) -> None:
        self.start("api-server", "api-server", "--port", str(self.api_port), "--host", "127.0.0.1", "--workers", "1")
        self.start("scheduler", "scheduler")
        self.start("dag-processor", "dag-processor")
        self.wait_http(f"http://127.0.0.1:{self.api_port}/api/v2/monitor/health", timeout=120)

    def kill(self, name: str, sig: int = signal.SIGTERM, wait: float = 30) -> None:
        p = self.procs.get(name)
        if p is None or p.poll() is not None:
            return
        try:
            os.killpg(p.pid, sig)  # the group of this one process we started (its own session)
        except ProcessLookupError:
            return
        try:
            p.wait(wait)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait(10)

    def descendants(self, name: str) -> set[int]:
        """Pids of every process below the named one (Airflow puts each task in its own process group)."""
        return descendants(self.procs[name].pid)

    def kill_tree(self, name: str) -> None:
        """SIGKILL the named process and everything below it, as if its host died."""
        below = self.descendants(name)
        self.kill(name, signal.SIGKILL)
        for pid in below:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def stop(self) -> None:
        for name in reversed(list(self.procs)):
            below = self.descendants(name) if self.procs[name].poll() is None else set()
            self.kill(name)
            for pid in below:  # task processes live in their own process groups
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

    def log_tail(self, name: str, n: int = 60) -> str:
        path = self.home / f"{name}.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:]) if path.exists() else ""

    def diagnostics(self) -> str:
        return "\n".join(f"----- {n} -----\n{self.log_tail(n)}" for n in self.procs)

    def wait_http(self, url: str, timeout: float) -> None:
        import urllib.request

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for name, p in self.procs.items():
                if p.poll() is not None:
                    raise RuntimeError(f"{name} exited with {p.returncode}:\n{self.log_tail(name)}")
            try:
                with urllib.request.urlopen(url, timeout=5) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            time.sleep(1)
        raise TimeoutError(f"{url} not up after {timeout} s\n{self.diagnostics()}")

    # ------------------------------------------------------------ metadata DB reads
    def query(self, sql: str, **params) -> list[tuple]:
        from sqlalchemy import create_engine, text

        if not hasattr(self, "_engine"):
            self._engine = create_engine(self.conn)
        with self._engine.connect() as c:
            return [tuple(r) for r in c.execute(text(sql), params).fetchall()]

    def wait_for(self, predicate, timeout: float, what: str, interval: float = 1.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            got = predicate()
            if got:
                return got
            time.sleep(interval)
        raise TimeoutError(f"timed out after {timeout} s waiting for {what}\n{self.diagnostics()}")

    def wait_dag_parsed(self, dag_id: str, timeout: float = 120) -> None:
        self.wait_for(
            lambda: self.query("select 1 from dag where dag_id = :d", d=dag_id), timeout, f"DAG {dag_id} parsed"
        )

    def runs(self, dag_id: str) -> list[dict]:
        rows = self.query(
            "select run_id, state, logical_date, run_type from dag_run where dag_id = :d order by id", d=dag_id
        )
        return [{"run_id": r[0], "state": r[1], "logical_date": r[2], "run_type": r[3]} for r in rows]

    def run_state(self, dag_id: str, run_id: str) -> str | None:
        rows = self.query("select state from dag_run where dag_id = :d and run_id = :r", d=dag_id, r=run_id)
        return rows[0][0] if rows else None

    def wait_run_done(self, dag_id: str, run_id: str, timeout: float) -> str:
        return self.wait_for(
            lambda: (s := self.run_state(dag_id, run_id)) in ("success", "failed") and s,
            timeout,
            f"run {run_id} to finish",
        )

    def task_instances(self, dag_id: str, run_id: str) -> list[dict]:
        rows = self.query(
            "select task_id, map_index, state, try_number, hostname from task_instance "
            "where dag_id = :d and run_id = :r order by task_id, map_index",
            d=dag_id,
            r=run_id,
        )
        return [{"task_id": r[0], "map_index": r[1], "state": r[2], "try_number": r[3], "hostname": r[4]} for r in rows]

    def task_log(self, dag_id: str, run_id: str, task_id: str, attempt: int = 1, map_index: int = -1) -> str:
        base = self.home / "logs" / f"dag_id={dag_id}" / f"run_id={run_id}" / f"task_id={task_id}"
        if map_index >= 0:
            base = base / f"map_index={map_index}"
        path = base / f"attempt={attempt}.log"
        return path.read_text(errors="replace") if path.exists() else ""
