"""Finding the processes a test started, to check that none outlives what it tests."""

from __future__ import annotations

from pathlib import Path


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
