"""Peak memory of a command and every process it starts (workers included)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class RunResult:
    returncode: int
    seconds: float
    # Bytes: the largest sum of PSS over the process tree seen (Linux); elsewhere the
    # largest single descendant process so far (getrusage), a lower bound.
    peak_memory: int
    stdout: str
    stderr: str


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # the process ended while we looked
        # The command name (2nd field) may hold spaces and parentheses: split after the last ')'.
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _memory(pid: int) -> int:
    """Proportional set size: resident memory, with pages shared by k processes counted 1/k
    in each, so summing over forked workers does not count the shared pages again and again.
    Falls back to the resident set size where the kernel has no smaps_rollup."""
    folder = PROC / str(pid)
    try:
        for line in (folder / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    try:
        return int((folder / "statm").read_text().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def tree_memory(root: int) -> int:
    """Memory of `root` and all its descendants (sum of PSS), in bytes."""
    children = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _memory(pid)
        stack.extend(children.get(pid, ()))
    return total


def run_measured(command: list[str], *, interval: float = 0.25, **popen) -> RunResult:
    """Run `command`, sampling the memory of its process tree every `interval` seconds."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen
    )
    peak = [0]
    sampling = PROC.is_dir()

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_memory(process.pid))
            time.sleep(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    if sampling:
        sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if sampling:
        sampler.join()
    if not sampling:  # ru_maxrss is in bytes on macOS, KiB elsewhere
        scale = 1 if sys.platform == "darwin" else 1024
        peak[0] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return RunResult(process.returncode, seconds, peak[0], stdout, stderr)
