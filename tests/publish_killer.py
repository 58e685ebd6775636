"""Crash-test helper: a process that imports newsetl once, then for every job read from stdin forks a
child that runs `publish` with NEWSETL_FAULT_POINT set (the child dies there, as under SIGKILL) and
prints the child's exit code. Forking from this single-threaded process makes each kill cheap."""

import json
import os
import sys
import traceback

from newsetl import locks
from newsetl.lake import Lake
from newsetl.run import publish

for line in sys.stdin:
    job = json.loads(line)
    pid = os.fork()
    if pid == 0:
        os.environ["NEWSETL_FAULT_POINT"] = job["point"]
        try:
            locks.Lease(Lake(job["lake"]), locks.date_lock(job["date"]), job["run_id"], "process").acquire()
            publish(job["final"], job["lake"], job["date"], job["run_id"])
            code = 0
        except BaseException:
            traceback.print_exc()
            code = 1
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status), flush=True)
