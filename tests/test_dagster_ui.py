"""Smoke tests of the real UI: `dagster dev` loads the code location from workspace.yaml.

With 16 shards (a large corpus, forced by NEWSDATA_SHARDS=16): it shows every asset with its
blocking check and both sensors, runs everything as the `Materialize all` button does (a
backfill of every shard, then the tables and the package, through the daemon's backfill loop
and run queue), follows a new article file once the `article_files` sensor is on (one shard's
run, then the package refresh), and leaves no process behind when stopped. Slow (about 4
minutes): the daemons wake every 30 seconds.

With the bundled article (a small corpus, one partition): `Materialize all` is "Launch 1 run",
which publishes in seconds, and a file that cannot be read fails the `every_file_read` check of
`data_package` with a warning, as the asset graph shows it."""

import contextlib
import csv
import json
import os
import shutil
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

from pipeline.defs.executors import EXECUTOR_ENV
from pipeline.defs.resources import INPUT_DIR_ENV, OUT_DIR_ENV
from pipeline.defs.shards import SHARDS_ENV, shard_of
from pipeline.paths import BUNDLED_INPUT_DIR, REPO_ROOT
from tests.processes import session_processes
from tests.published_tables import TABLES

EXPECTED_ASSETS = {"articles", *TABLES, "data_package"}
BUNDLED_ARTICLE = next(BUNDLED_INPUT_DIR.glob("*.txt")).name
# Guards, not speed targets (speed is measured in `make bench`): generous, because a busy
# 2-core machine (other builds, a CI neighbour) slows dagster dev's start several fold.
STARTUP_TIMEOUT = 240  # seconds until the code location is loaded
# The backfill daemon wakes every 30 s: it submits the 16 shard runs, then (once they have
# succeeded) the run of the tables and the package, then marks the backfill done.
BACKFILL_TIMEOUT = 600
# A sensor tick, the shard's run, an automation tick, the refresh run: each tick every 30 s.
REFRESH_TIMEOUT = 480
SHARDS = 16
NEW_ARTICLE = REPO_ROOT / "tests" / "gold" / "india_data_bill_release.txt"
STOP_TIMEOUT = 60  # a code server left behind exits within its 45 s heartbeat timeout

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
SENSORS_QUERY = """
{
  repositoriesOrError {
    ... on RepositoryConnection {
      nodes { name location { name } sensors { name sensorState { status } } }
    }
  }
}
"""
START_SENSOR_MUTATION = """
mutation Start($location: String!, $repository: String!, $sensor: String!) {
  startSensor(sensorSelector: {
    repositoryLocationName: $location, repositoryName: $repository, sensorName: $sensor
  }) {
    __typename
    ... on Sensor { sensorState { status } }
    ... on PythonError { message }
  }
}
"""
# What `Materialize all` sends when every partition is selected.
BACKFILL_MUTATION = """
mutation Backfill($assets: [AssetKeyInput!]!) {
  launchPartitionBackfill(backfillParams: {assetSelection: $assets, allPartitions: true}) {
    __typename
    ... on LaunchBackfillSuccess { backfillId }
    ... on Error { message }
  }
}
"""
BACKFILL_QUERY = """
query Backfill($id: String!) {
  partitionBackfillOrError(backfillId: $id) {
    ... on PartitionBackfill { status runs { runId status tags { key value } } }
  }
}
"""
# What `Materialize all` then "Launch 1 run" sends when the assets have one partition.
LAUNCH_RUN_MUTATION = """
mutation Launch($params: ExecutionParams!) {
  launchRun(executionParams: $params) {
    __typename
    ... on LaunchRunSuccess { run { runId } }
    ... on Error { message }
  }
}
"""
RUN_QUERY = """
query Run($id: ID!) {
  runOrError(runId: $id) { ... on Run { status stats { ... on RunStatsSnapshot {
    startTime endTime } } } }
}
"""
CHECK_QUERY = """
{
  assetNodes(assetKeys: [{path: ["data_package"]}]) {
    assetChecksOrError { ... on AssetChecks { checks { name
      executionForLatestMaterialization { status evaluation { severity
        metadataEntries { label ... on MarkdownMetadataEntry { mdStr } } } } } } }
  }
}
"""
RUNS_QUERY = (
    "{ runsOrError { ... on Runs { results { runId status jobName creationTime"
    " assetSelection { path } tags { key value } } } } }"
)


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
    """SIGTERM dagster dev, as `kill` or `docker stop` would; the processes still alive after.

    Only dagster dev, not its whole group (as Ctrl-C in a terminal does): until it has shut
    its services down, dagster dev restarts a code server it sees exit (it checks every
    DAGSTER_CODE_SERVER_AUTO_RESTART_INTERVAL seconds, 5 by default), so a code server killed
    alongside it can be restarted and outlive it by its 45 s heartbeat timeout. That interval
    cannot simply be made long: the same loop sends the heartbeats, and a code server that
    gets none for 45 s shuts down, after which no run can be launched.
    """
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=STOP_TIMEOUT)
    deadline = time.monotonic() + STOP_TIMEOUT
    while session_processes(process.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    return session_processes(process.pid)


@pytest.fixture
def dagster_dev(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DagsterDev]:
    """`dagster dev` on a copy of the bundled articles; `request.param` (indirect) may give
    `shards` (NEWSDATA_SHARDS) and `files` (name -> bytes) to add to the input folder."""
    setup = getattr(request, "param", {})
    home = tmp_path / "dagster_home"
    home.mkdir()
    input_dir = tmp_path / "articles"
    shutil.copytree(BUNDLED_INPUT_DIR, input_dir)
    for name, data in setup.get("files", {}).items():
        (input_dir / name).write_bytes(data)
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        INPUT_DIR_ENV: str(input_dir),
        OUT_DIR_ENV: str(tmp_path / "datapackage"),
    }
    env.pop(SHARDS_ENV, None)
    if "shards" in setup:
        env[SHARDS_ENV] = setup["shards"]
    env.pop(EXECUTOR_ENV, None)  # in process, whatever the shell says
    env.pop("DAGSTER_CODE_SERVER_AUTO_RESTART_INTERVAL", None)  # see stop()
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


def materialize_all_and_wait(dev: DagsterDev) -> dict:
    """Launch the backfill `Materialize all` launches and wait for the daemon to finish it."""
    assets = [{"path": [name]} for name in sorted(EXPECTED_ASSETS)]
    launched = dev.query(BACKFILL_MUTATION, assets=assets)["launchPartitionBackfill"]
    assert launched["__typename"] == "LaunchBackfillSuccess", launched
    backfill_id = launched["backfillId"]
    deadline = time.monotonic() + BACKFILL_TIMEOUT
    while time.monotonic() < deadline:
        backfill = dev.query(BACKFILL_QUERY, id=backfill_id)["partitionBackfillOrError"]
        if backfill["status"] not in ("REQUESTED", "CANCELING", "FAILING"):
            return backfill
        time.sleep(1)
    pytest.fail(f"backfill did not finish within {BACKFILL_TIMEOUT} s:\n{dev.log_tail()}")


def documents_published(package: Path) -> list[str]:
    documents = package / "csv" / "documents.csv"
    if not documents.is_file():
        return []
    with documents.open(newline="", encoding="utf-8") as file:
        return sorted(row["source"] for row in csv.DictReader(file))


def tag(run: dict, key: str) -> str | None:
    return next((t["value"] for t in run["tags"] if t["key"] == key), None)


def describe(runs: list[dict]) -> list[str]:
    """One line per run, oldest first: what a failed assertion on runs needs to show."""
    return [
        f"{run['creationTime']:.1f} {run['status']} {run['jobName']} "
        f"{[' / '.join(a['path']) for a in run['assetSelection'] or []]} "
        f"{ {t['key']: t['value'] for t in run['tags'] if not t['key'].startswith('.')} }"
        for run in sorted(runs, key=lambda run: run["creationTime"])
    ]


@pytest.mark.parametrize("dagster_dev", [{"shards": str(SHARDS)}], indirect=True)
def test_dagster_dev_shows_the_assets_runs_them_and_stops_cleanly(dagster_dev, tmp_path):
    print(f"dagster dev loaded in {dagster_dev.started_in:.1f} s")
    package = tmp_path / "datapackage"

    nodes = dagster_dev.query(ASSETS_QUERY)["assetNodes"]
    checks = {
        "/".join(node["assetKey"]["path"]): node["assetChecksOrError"]["checks"] for node in nodes
    }
    assert set(checks) == EXPECTED_ASSETS
    for table in TABLES:
        assert [(c["name"], c["blocking"]) for c in checks[table]] == [("pandera_schema", True)]

    (repository,) = dagster_dev.query(SENSORS_QUERY)["repositoriesOrError"]["nodes"]
    sensors = {sensor["name"]: sensor["sensorState"]["status"] for sensor in repository["sensors"]}
    assert sensors == {"article_files": "STOPPED", "package_refresh": "RUNNING"}

    # Materialize all: a backfill of every shard, then one run of the tables and the package.
    started = time.monotonic()
    backfill = materialize_all_and_wait(dagster_dev)
    print(f"Materialize all (a backfill) finished in {time.monotonic() - started:.1f} s")
    assert backfill["status"] == "COMPLETED_SUCCESS", (backfill, dagster_dev.log_tail())
    runs = backfill["runs"]
    partitions = [tag(run, "dagster/partition") for run in runs]
    assert len(runs) == SHARDS + 1, "one run per shard, then one of the tables and the package"
    assert sorted(p for p in partitions if p) == [f"shard-{i:02d}" for i in range(SHARDS)]
    assert {run["status"] for run in runs} == {"SUCCESS"}
    assert documents_published(package) == [BUNDLED_ARTICLE]
    all_runs = dagster_dev.query(RUNS_QUERY)["runsOrError"]["results"]
    assert {run["runId"] for run in all_runs} == {run["runId"] for run in runs}, (
        "package_refresh must not refresh what the backfill just materialized"
    )
    nodes = dagster_dev.query(ASSETS_QUERY)["assetNodes"]
    for node in nodes:
        for check in node["assetChecksOrError"]["checks"]:
            assert check["executionForLatestMaterialization"]["status"] == "SUCCEEDED", node

    # The sensor on, a new article: a run of its shard, then the package is refreshed.
    started = time.monotonic()
    location, name = repository["location"]["name"], repository["name"]
    turned_on = dagster_dev.query(
        START_SENSOR_MUTATION, location=location, repository=name, sensor="article_files"
    )["startSensor"]
    assert turned_on["__typename"] == "Sensor", turned_on
    shutil.copy(NEW_ARTICLE, tmp_path / "articles")
    deadline = time.monotonic() + REFRESH_TIMEOUT
    while len(documents_published(package)) < 2 and time.monotonic() < deadline:
        time.sleep(1)
    print(f"a new article was published {time.monotonic() - started:.1f} s after it was added")
    assert documents_published(package) == sorted([BUNDLED_ARTICLE, NEW_ARTICLE.name]), (
        dagster_dev.log_tail()
    )
    backfill_runs = {run["runId"] for run in runs}

    def runs_since() -> list[dict]:
        return [
            run
            for run in dagster_dev.query(RUNS_QUERY)["runsOrError"]["results"]
            if run["runId"] not in backfill_runs
        ]

    # The package is swapped in before the run that wrote it ends (its events, the checks):
    # on a loaded machine that run can still be STARTED here.
    new_runs = runs_since()
    while {r["status"] for r in new_runs} & {"QUEUED", "STARTING", "STARTED"} and (
        time.monotonic() < deadline
    ):
        time.sleep(1)
        new_runs = runs_since()
    print("runs after the new article:", *describe(new_runs), sep="\n  ")
    by_sensor = [run for run in new_runs if tag(run, "dagster/sensor_name") == "article_files"]
    assert [(run["jobName"], tag(run, "dagster/partition")) for run in by_sensor] == [
        ("extract_shard", shard_of(NEW_ARTICLE.name))
    ], "the sensor ran the new article's shard only (its first tick took the backfill's state)"
    # Then package_refresh assembles every table and republishes the package, as one run. On a
    # loaded machine Dagster's eager condition has once requested that refresh a second time
    # (CI, 2026-11-29: three runs after the new article; not reproduced in 4 loaded runs here).
    # Harmless, the package is the same: a second is allowed, a third would be a loop.
    refreshes = [run for run in new_runs if run not in by_sensor]
    assert 1 <= len(refreshes) <= 2, (describe(new_runs), dagster_dev.log_tail())
    for run in refreshes:
        assert tag(run, "dagster/sensor_name") == "package_refresh", describe(new_runs)
        assert {" / ".join(a["path"]) for a in run["assetSelection"]} == EXPECTED_ASSETS - {
            "articles"
        }, describe(new_runs)
    assert {run["status"] for run in new_runs} == {"SUCCESS"}, describe(new_runs)

    started = time.monotonic()
    leftovers = stop(dagster_dev.process)
    print(f"dagster dev stopped in {time.monotonic() - started:.1f} s")
    assert dagster_dev.process.returncode is not None
    assert leftovers == [], f"processes left running: {leftovers}\n{dagster_dev.log_tail()}"


@pytest.mark.parametrize(
    "dagster_dev", [{"files": {"latin1.txt": b"Broken\n\n\xb5 caf\xe9\n"}}], indirect=True
)
def test_materialize_all_on_the_bundled_article_is_one_run_and_a_failed_file_warns(
    dagster_dev, tmp_path
):
    package = tmp_path / "datapackage"
    (repository,) = dagster_dev.query(SENSORS_QUERY)["repositoriesOrError"]["nodes"]
    params = {
        "selector": {
            "repositoryLocationName": repository["location"]["name"],
            "repositoryName": repository["name"],
            "pipelineName": "__ASSET_JOB",
            "assetSelection": [{"path": [name]} for name in sorted(EXPECTED_ASSETS)],
        },
        "mode": "default",
        "executionMetadata": {"tags": [{"key": "dagster/partition", "value": "all"}]},
    }
    started = time.monotonic()
    launched = dagster_dev.query(LAUNCH_RUN_MUTATION, params=params)["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["run"]["runId"]
    deadline = started + BACKFILL_TIMEOUT
    while time.monotonic() < deadline:
        run = dagster_dev.query(RUN_QUERY, id=run_id)["runOrError"]
        if run["status"] in ("SUCCESS", "FAILURE", "CANCELED"):
            break
        time.sleep(0.5)
    seconds = time.monotonic() - started
    print(f"Materialize all (1 run) finished in {seconds:.1f} s")
    assert run["status"] == "SUCCESS", dagster_dev.log_tail()
    assert documents_published(package) == [BUNDLED_ARTICLE]
    # One run did it all: no backfill, no shard runs, no refresh after it. Its time is printed,
    # not asserted (a busy machine is slower); `make bench` measures it against 20 s.
    runs = dagster_dev.query(RUNS_QUERY)["runsOrError"]["results"]
    assert [run["runId"] for run in runs] == [run_id]
    (node,) = dagster_dev.query(CHECK_QUERY)["assetNodes"]
    checks = {check["name"]: check for check in node["assetChecksOrError"]["checks"]}
    execution = checks["every_file_read"]["executionForLatestMaterialization"]
    assert execution["status"] == "FAILED"
    assert execution["evaluation"]["severity"] == "WARN"
    listed = {
        entry["label"]: entry.get("mdStr") for entry in execution["evaluation"]["metadataEntries"]
    }
    assert "latin1.txt: not UTF-8" in listed["failed_files"]
    assert stop(dagster_dev.process) == []
