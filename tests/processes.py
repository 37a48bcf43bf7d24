"""Finding the processes a test started, to check that none outlives what it tests, and
which processes ran its work (a Dask worker plugin, importable by the workers as `tests.processes`)."""

from __future__ import annotations

import os
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin


def session_processes(session_id: int) -> list[int]:
    """Live processes in the session `dagster dev` leads: it and everything it started."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # exited while we looked
            continue
        state, _ppid, _pgrp, session = stat.rsplit(")", 1)[1].split()[:4]
        if int(session) == session_id and state != "Z":
            found.append(int(entry.name))
    return found


class RecordWorkerProcesses(WorkerPlugin):
    """Each worker process appends its pid to a file when it starts.

    The scheduler keeps the plugin and runs it on every worker that joins later, so a worker
    its nanny restarted (a new process, as a real cluster does after a crash or when memory
    runs out) is recorded too.
    """

    def __init__(self, path: str):
        self.path = path

    def setup(self, worker) -> None:
        with open(self.path, "a") as file:
            file.write(f"{os.getpid()}\n")
