"""Fault injection for crash tests: `point(name)` kills the process at the named step when
NEWSETL_FAULT_POINT equals that name. `os._exit` runs no `finally` blocks, no atexit handlers and flushes
nothing, as a SIGKILL or a lost machine would. Costs one environment lookup per step otherwise."""

from __future__ import annotations

import os

EXIT_CODE = 137  # what a shell reports for a process killed by SIGKILL


def point(name: str) -> None:
    if os.environ.get("NEWSETL_FAULT_POINT") == name:
        os._exit(EXIT_CODE)
