"""Smoke test of the real UI: `dagster dev` loads the code location from workspace.yaml,
shows every asset with its blocking check, runs everything from a GraphQL launch, and
leaves no process behind when stopped."""

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.defs.resources import INPUT_DIR_ENV, OUT_DIR_ENV
from pipeline.paths import BUNDLED_INPUT_DIR, REPO_ROOT

TABLES = [
    "documents",
    "institutions",
    "people",
    "laws",
    "statements",
    "statistics",
    "dates",
    "mentions",
]
EXPECTED_ASSETS = {"articles", *TABLES, "data_package"}
STARTUP_TIMEOUT = 90  # seconds until the code location is loaded
RUN_TIMEOUT = 90
STOP_TIMEOUT = 30

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds leftover processes in /proc"),
]

ASSETS_QUERY = """
{
  assetNodes {
    assetKey { path }
    groupName
    assetChecksOrError {
      __typename
      ... on AssetChecks { checks { name blocking executionForLatestMaterialization { status } } }
    }
  }
}
"""
LOCATION_QUERY = "{ workspaceOrError { ... on Workspace { locationEntries { name loadStatus } } } }"
REPOSITORY_QUERY = (
    "{ repositoriesOrError { ... on RepositoryConnection { nodes { name location { name } } } } }"
)
LAUNCH_MUTATION = """
mutation Launch($location: String!, $repository: String!) {
  launchRun(executionParams: {selector: {
    repositoryLocationName: $location, repositoryName: $repository, jobName: "__ASSET_JOB"
  }}) {
    __typename
    ... on LaunchRunSuccess { run { runId } }
    ... on PythonError { message }
    ... on RunConfigValidationInvalid { errors { message } }
  }
}
"""
RUN_STATUS_QUERY = "query Status($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }"


@dataclass
class DagsterDev:
    process: subprocess.Popen
    url: str
    log: Path
    started_in: float

    def query(self, query: str, **variables: object) -> dict:
        body = json.dumps({"query": query, "variables": variables}).encode()
        request = urllib.request.Request(
            self.url, data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            answer = json.load(response)
        assert "errors" not in answer, answer["errors"]
        return answer["data"]

    def log_tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-30:])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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


def wait_until_loaded(dev: DagsterDev) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        assert dev.process.poll() is None, f"dagster dev exited:\n{dev.log_tail()}"
        try:
            entries = dev.query(LOCATION_QUERY)["workspaceOrError"]["locationEntries"]
            if entries and all(entry["loadStatus"] == "LOADED" for entry in entries):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass  # the webserver is not listening yet
        time.sleep(0.5)
    pytest.fail(f"dagster dev did not load within {STARTUP_TIMEOUT} s:\n{dev.log_tail()}")


def stop(process: subprocess.Popen) -> list[int]:
    """SIGTERM the process group as a supervisor would; the processes still alive after."""
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=STOP_TIMEOUT)
    deadline = time.monotonic() + STOP_TIMEOUT
    while session_processes(process.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    return session_processes(process.pid)


@pytest.fixture
def dagster_dev(tmp_path: Path) -> Iterator[DagsterDev]:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        INPUT_DIR_ENV: str(BUNDLED_INPUT_DIR),
        OUT_DIR_ENV: str(tmp_path / "datapackage"),
        # dagster dev restarts a code server it sees exit, every 5 s, even while shutting
        # down: when the whole group gets SIGTERM, the restarted one outlives dagster dev by
        # its 45 s heartbeat timeout. A long interval keeps that dagster race out of the test.
        "DAGSTER_CODE_SERVER_AUTO_RESTART_INTERVAL": "3600",
    }
    port = free_port()
    log = tmp_path / "dagster-dev.log"
    command = [str(Path(sys.executable).parent / "dagster"), "dev", "-w", "workspace.yaml"]
    # dagster dev turns SIGTERM into its SIGINT handler; a child inherits SIGINT "ignored"
    # (as under a background shell job), so give it the default handler to inherit instead.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    started = time.monotonic()
    try:
        process = subprocess.Popen(
            [*command, "-h", "127.0.0.1", "-p", str(port)],
            cwd=REPO_ROOT,
            env=env,
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so all of it can be stopped
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    dev = DagsterDev(process, f"http://127.0.0.1:{port}/graphql", log, 0.0)
    try:
        wait_until_loaded(dev)
        dev.started_in = time.monotonic() - started
        yield dev
    finally:
        if process.poll() is None or session_processes(process.pid):
            with contextlib.suppress(ProcessLookupError):  # a failed test must not leak them
                os.killpg(process.pid, signal.SIGKILL)


def launch_and_wait(dev: DagsterDev) -> str:
    (repository,) = dev.query(REPOSITORY_QUERY)["repositoriesOrError"]["nodes"]
    launched = dev.query(
        LAUNCH_MUTATION, location=repository["location"]["name"], repository=repository["name"]
    )["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["run"]["runId"]
    deadline = time.monotonic() + RUN_TIMEOUT
    while time.monotonic() < deadline:
        status = dev.query(RUN_STATUS_QUERY, id=run_id)["runOrError"]["status"]
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            return status
        time.sleep(0.5)
    pytest.fail(f"run {run_id} did not finish within {RUN_TIMEOUT} s:\n{dev.log_tail()}")


def test_dagster_dev_shows_the_assets_runs_them_and_stops_cleanly(dagster_dev, tmp_path):
    print(f"dagster dev loaded in {dagster_dev.started_in:.1f} s")

    nodes = dagster_dev.query(ASSETS_QUERY)["assetNodes"]
    checks = {
        "/".join(node["assetKey"]["path"]): node["assetChecksOrError"]["checks"] for node in nodes
    }
    assert set(checks) == EXPECTED_ASSETS
    for table in TABLES:
        assert [(c["name"], c["blocking"]) for c in checks[table]] == [("pandera_schema", True)]

    started = time.monotonic()
    assert launch_and_wait(dagster_dev) == "SUCCESS", dagster_dev.log_tail()
    print(f"run launched from GraphQL finished in {time.monotonic() - started:.1f} s")
    assert (tmp_path / "datapackage" / "datapackage.json").is_file()
    nodes = dagster_dev.query(ASSETS_QUERY)["assetNodes"]
    for node in nodes:
        for check in node["assetChecksOrError"]["checks"]:
            assert check["executionForLatestMaterialization"]["status"] == "SUCCEEDED", node

    started = time.monotonic()
    leftovers = stop(dagster_dev.process)
    print(f"dagster dev stopped in {time.monotonic() - started:.1f} s")
    assert dagster_dev.process.returncode is not None
    assert leftovers == [], f"processes left running: {leftovers}\n{dagster_dev.log_tail()}"
