"""A private PostgreSQL cluster and redis-server on 127.0.0.1 (free ports, data under a temp folder), from the
Debian packages, for scripts/celery_smoke.py. Each runs in its own session and is stopped by its process-group id.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

from airflow_services import free_port


class Postgres:
    def __init__(self, base: Path):
        self.bin = Path(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))[-1]).parent
        self.dir = base / "pg"
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def start(self) -> str:
        self.dir.mkdir(parents=True)
        if self.as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")
        subprocess.run(
            [
                *self.as_postgres,
                str(self.bin / "initdb"),
                "-D",
                str(self.dir / "data"),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self.proc = subprocess.Popen(
            [
                *self.as_postgres,
                str(self.bin / "postgres"),
                "-D",
                str(self.dir / "data"),
                "-p",
                str(self.port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                f"unix_socket_directories={self.dir}",
                "-c",
                "max_connections=200",
                "-c",
                "fsync=off",
            ],
            stdout=open(self.dir / "postgres.log", "ab"),  # noqa: SIM115 - owned by the child
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        psql = [
            *self.as_postgres,
            str(self.bin / "psql"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            "-q",
        ]
        for _ in range(60):
            if subprocess.run([*psql, "-c", "select 1"], capture_output=True).returncode == 0:
                break
            time.sleep(0.5)
        subprocess.run([*psql, "-c", "create role airflow login password 'airflow'"], check=True)
        subprocess.run([*psql, "-c", "create database airflow owner airflow"], check=True)
        return f"postgresql+psycopg2://airflow:airflow@127.0.0.1:{self.port}/airflow"

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)  # fast shutdown
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)


class Redis:
    def __init__(self, base: Path):
        self.port = free_port()
        self.dir = base / "redis"
        self.proc: subprocess.Popen | None = None

    def start(self) -> str:
        self.dir.mkdir(parents=True)
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=open(self.dir / "redis.log", "ab"),  # noqa: SIM115 - owned by the child
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        for _ in range(60):
            if (
                subprocess.run(
                    ["redis-cli", "-p", str(self.port), "ping"], capture_output=True, text=True
                ).stdout.strip()
                == "PONG"
            ):
                return f"redis://127.0.0.1:{self.port}/0"
            time.sleep(0.25)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(30)
