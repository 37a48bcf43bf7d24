"""The same shards on a Dask cluster: `NEWSDATA_EXECUTOR=dask` with the address of a running
scheduler sends every step to the workers; the package they publish is the one the command
line writes, and an invalid table still publishes nothing.

The cluster is started as the README says to start one: `dask scheduler` and two `dask worker`
commands, each its own process on 127.0.0.1, so the steps cross process boundaries as on a
cluster of machines: the workers rebuild the job from this module and share the instance's
storage and the folders through the filesystem. When the module ends, the scheduler and the
workers are stopped and none of their processes is left.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest
from dask.distributed import Client

from pipeline.build import build
from pipeline.defs.assets import ARTICLES, DATA_PACKAGE
from pipeline.defs.definitions import build_definitions
from pipeline.defs.executors import DASK_ADDRESS_ENV, EXECUTOR_ENV
from pipeline.defs.resources import ArticleFolder
from pipeline.defs.shards import SHARD_KEYS, SIXTEEN_SHARDS, shard_of
from pipeline.metadata import load_tables
from pipeline.model import Extraction
from pipeline.paths import BUNDLED_INPUT_DIR, REPO_ROOT
from pipeline.tables import assemble_tables
from tests.processes import RecordWorkerProcesses, session_processes

pytestmark = pytest.mark.slow  # ~40 s: a cluster, then 17 runs on a persistent instance

DASK = Path(sys.executable).with_name("dask")
STARTUP_SECONDS = 120  # a guard: both workers are usually there within 10 s

GOLD_DIR = REPO_ROOT / "tests" / "gold"
GOLD_ARTICLES = ["india_data_bill_release.txt", "wire_statistics_bulletin.txt"]
EVERY_ASSET_JOB = "every_asset"  # the asset job under a name that may be reconstructed
TABLES = list(load_tables())


def with_duplicate_document(extractions: Iterable[Extraction]) -> dict[str, pd.DataFrame]:
    """The real tables, except that the first document appears twice (a broken primary key)."""
    tables = assemble_tables(extractions)
    documents = tables["documents"]
    tables["documents"] = pd.concat([documents, documents.head(1)], ignore_index=True)
    return tables


EPOCH = "1700000000"  # `created` of both packages the test compares


def asset_job_from_environment(
    input_dir: str, out_dir: str, duplicate_a_document: bool = False
) -> dg.JobDefinition:
    """Every asset, with the executor the environment names; each Dask worker calls this too."""
    folder = ArticleFolder(input_dir=input_dir, out_dir=out_dir)
    assemble = with_duplicate_document if duplicate_a_document else assemble_tables
    definitions = dg.Definitions.merge(
        build_definitions(folder, assemble=assemble, shards=SIXTEEN_SHARDS),
        dg.Definitions(jobs=[dg.define_asset_job(EVERY_ASSET_JOB, dg.AssetSelection.all())]),
    )
    return definitions.resolve_job_def(EVERY_ASSET_JOB)


def reconstructable_job(input_dir: Path, out_dir: Path, duplicate_a_document: bool = False):
    return dg.build_reconstructable_job(
        asset_job_from_environment.__module__,
        asset_job_from_environment.__name__,
        reconstructable_args=(str(input_dir), str(out_dir), duplicate_a_document),
        reconstructor_working_directory=str(Path(__file__).parent),
    )


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@dataclass
class Cluster:
    instance: dg.DagsterInstance  # persistent: the workers open it from its files
    input_dir: Path
    worker_pids_file: Path  # every worker process that ran, restarted ones included
    log: Path  # what the scheduler and the workers printed
    shard_runs: list[dg.JobExecutionResult]  # every shard but the last, one run each

    def worker_pids(self) -> set[int]:
        return {int(line) for line in self.worker_pids_file.read_text().split()}

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of what Dask itself said (not the steps' logs), sizeof noise left out."""
        said = [
            line
            for line in self.log.read_text(errors="replace").splitlines()
            if " - distributed." in line and "distributed.sizeof" not in line
        ]
        return "\n".join(said[-lines:])


@contextmanager
def dask_cluster(root: Path, workers: int = 2) -> Iterator[tuple[str, list[subprocess.Popen]]]:
    """`dask scheduler` and `dask worker ... --nthreads 1`, as in the README, on 127.0.0.1.

    Each command leads a session of its own, so that stopping it stops every process it
    started (a worker's nanny and the worker), and so that the test can see none is left.
    """
    scheduler_file = root / "scheduler.json"
    log = (root / "dask.log").open("ab")
    common = {"stdout": log, "stderr": subprocess.STDOUT, "start_new_session": True}
    processes = [
        subprocess.Popen(
            [
                DASK,
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--no-dashboard",
                "--scheduler-file",
                scheduler_file,
            ],
            **common,
        )
    ]
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not scheduler_file.exists() or not scheduler_file.read_text().strip():
            assert time.monotonic() < deadline, "the Dask scheduler did not start"
            assert processes[0].poll() is None, (root / "dask.log").read_text()
            time.sleep(0.2)
        address = json.loads(scheduler_file.read_text())["address"]
        processes += [
            subprocess.Popen(
                [
                    DASK,
                    "worker",
                    address,
                    "--nthreads",
                    "1",
                    "--no-dashboard",
                    "--host",
                    "127.0.0.1",
                    "--local-directory",
                    root / f"worker-{number}",
                ],
                cwd=REPO_ROOT,
                # This module, which the workers rebuild the job from, imports from tests/.
                # Dated as the command line's package it is compared with (created is the
                # build time otherwise); the package is written on a worker.
                env={**os.environ, "PYTHONPATH": str(REPO_ROOT), "SOURCE_DATE_EPOCH": EPOCH},
                **common,
            )
            for number in range(workers)
        ]
        with Client(address) as client:
            client.wait_for_workers(workers, timeout=STARTUP_SECONDS)
        yield address, processes
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """Two Dask workers, `NEWSDATA_EXECUTOR=dask` pointing at them, and all shards but one run there."""
    root = tmp_path_factory.mktemp("dask")
    input_dir = root / "in"
    shutil.copytree(BUNDLED_INPUT_DIR, input_dir)
    for name in GOLD_ARTICLES:
        shutil.copy(GOLD_DIR / name, input_dir)
    dagster_home = root / "dagster_home"
    dagster_home.mkdir()
    with (
        dask_cluster(root) as (address, processes),
        Client(address) as client,
        pytest.MonkeyPatch.context() as environment,
        dg.instance_for_test(temp_dir=str(dagster_home)) as instance,
    ):
        environment.setenv(EXECUTOR_ENV, "dask")
        environment.setenv(DASK_ADDRESS_ENV, address)
        job = reconstructable_job(input_dir, root / "datapackage")
        worker_pids_file = root / "worker-pids"
        client.register_plugin(RecordWorkerProcesses(str(worker_pids_file)))
        assert set(client.run(os.getpid).values()) == {
            int(line) for line in worker_pids_file.read_text().split()
        }, "the plugin runs on the workers already there"

        # One after the other: run from a thread pool, these runs hung.
        shard_runs = [
            dg.execute_job(
                job,
                instance,
                tags={"dagster/partition": shard},
                asset_selection=[dg.AssetKey(ARTICLES)],
            )
            for shard in SHARD_KEYS[:-1]
        ]
        cluster = Cluster(instance, input_dir, worker_pids_file, root / "dask.log", shard_runs)
        # A worker restarted by its nanny is a new process; the plugin records it too.
        first_worker = sorted(client.scheduler_info()["workers"])[0]
        before = cluster.worker_pids()
        client.restart_workers([first_worker])
        client.wait_for_workers(2, timeout=STARTUP_SECONDS)
        assert len(cluster.worker_pids() - before) == 1
        assert cluster.worker_pids().isdisjoint(process.pid for process in processes), (
            "the workers run under their nannies, as `dask worker` starts them"
        )
        yield cluster
    left = [pid for process in processes for pid in session_processes(process.pid)]
    assert not left, f"processes of the Dask cluster outlived it: {left}"


def test_every_shard_and_the_package_run_on_the_dask_workers(cluster, tmp_path):
    out_dir = tmp_path / "datapackage"
    # The last shard and everything downstream in one run: the tables wait for the shard,
    # the checks run side by side on both workers, the package waits for the checks.
    last = dg.execute_job(
        reconstructable_job(cluster.input_dir, out_dir),
        cluster.instance,
        tags={"dagster/partition": SHARD_KEYS[-1]},
    )
    results = [*cluster.shard_runs, last]

    assert all(result.success for result in results)
    materialized = {
        event.asset_key.to_user_string() for event in last.get_asset_materialization_events()
    }
    assert materialized == {ARTICLES, *TABLES, DATA_PACKAGE}
    step_pids = {
        event.pid for result in results for event in result.all_events if event.is_step_success
    }
    assert os.getpid() not in step_pids, "a step ran in the test's own process"
    if len(cluster.worker_pids()) > 3:  # two workers, and the one the fixture restarted
        # Seen once on CI: a shard run took 10 minutes and one worker was replaced. The run
        # still succeeded on the new worker; the log says why the nanny restarted it.
        warnings.warn(
            f"a Dask worker was restarted; the log ends with:\n{cluster.log_tail()}", stacklevel=1
        )
    assert step_pids and step_pids <= cluster.worker_pids(), (
        f"a step ran outside the Dask workers; the cluster's log ends with:\n{cluster.log_tail()}"
    )
    shards_with_articles = {
        event.partition
        for result in results
        for event in result.get_asset_materialization_events()
        if event.asset_key == dg.AssetKey(ARTICLES)
        and event.materialization.metadata["dagster/row_count"].value
    }
    assert shards_with_articles == {shard_of(p.name) for p in cluster.input_dir.glob("*.txt")}
    cli_out = tmp_path / "cli-datapackage"
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("SOURCE_DATE_EPOCH", EPOCH)
        build(cluster.input_dir, cli_out)
    assert files_of(out_dir) == files_of(cli_out)


def test_an_invalid_table_on_dask_publishes_nothing(cluster, tmp_path):
    """dagster-dask does not skip the steps after a failed blocking check, as the in-process
    executor does: `data_package` runs, and fails on the same validation before publishing."""
    out_dir = tmp_path / "datapackage"
    out_dir.mkdir()
    (out_dir / "datapackage.json").write_text('{"name": "the last good package"}\n')
    job = reconstructable_job(cluster.input_dir, out_dir, duplicate_a_document=True)
    # Every shard exists by now; the tables and the package alone, as package_refresh runs them.
    downstream = [dg.AssetKey(name) for name in [*TABLES, DATA_PACKAGE]]
    result = dg.execute_job(job, cluster.instance, asset_selection=downstream)

    assert not result.success
    evaluations = {
        evaluation.asset_key.to_user_string(): evaluation.passed
        for evaluation in (
            event.asset_check_evaluation_data
            for event in result.all_events
            if event.event_type_value == "ASSET_CHECK_EVALUATION"
        )
    }
    assert evaluations["documents"] is False
    failed_steps = {event.step_key for event in result.all_events if event.is_step_failure}
    assert "documents_pandera_schema" in failed_steps
    materialized = {
        event.asset_key.to_user_string() for event in result.get_asset_materialization_events()
    }
    assert DATA_PACKAGE not in materialized
    assert files_of(out_dir) == {"datapackage.json": b'{"name": "the last good package"}\n'}
