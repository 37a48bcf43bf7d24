"""Where the steps of a run execute: in the run's own process, or on a Dask cluster.

In process is the default: on a laptop a subprocess per step (Dagster's multiprocess
executor) costs more than it saves, about 4x slower on 2 cores; shards already run side by
side as separate runs. `NEWSDATA_EXECUTOR=dask` sends every step of every run (each shard
of `articles`, the tables, their checks, the package) to Dask:

    NEWSDATA_EXECUTOR=dask NEWSDATA_DASK_ADDRESS=tcp://scheduler:8786 make ui

Without an address each run starts a local Dask cluster of its own, which is only useful
to try the setup. The workers import this code, and need the input folder, the package
folder and DAGSTER_HOME's storage at the same paths (shared storage); see the README.
"""

from __future__ import annotations

import os

import dagster as dg

EXECUTOR_ENV = "NEWSDATA_EXECUTOR"
DASK_ADDRESS_ENV = "NEWSDATA_DASK_ADDRESS"
IN_PROCESS = "in_process"
DASK = "dask"


def dask_cluster_config(address: str | None) -> dict:
    """dagster-dask's `cluster` config: the scheduler at `address`, else a local cluster.

    A local cluster gets one thread per worker: Dagster steps are not thread-safe.
    """
    if address:
        return {"existing": {"address": address}}
    return {"local": {"threads_per_worker": 1}}


def executor_from_environment() -> dg.ExecutorDefinition:
    """The executor `NEWSDATA_EXECUTOR` names (`in_process` when unset), configured from the environment."""
    choice = os.environ.get(EXECUTOR_ENV, "").strip().lower() or IN_PROCESS
    if choice == IN_PROCESS:
        return dg.in_process_executor
    if choice == DASK:
        # (imported only here: dagster-dask brings dask.dataframe and dask.array, 2.5 s of
        # every start of the code location, the UI's and each run's, that use no Dask)
        from dagster_dask import dask_executor

        address = os.environ.get(DASK_ADDRESS_ENV, "").strip() or None
        return dask_executor.configured({"cluster": dask_cluster_config(address)})
    raise ValueError(f"{EXECUTOR_ENV}={choice!r}: expected {IN_PROCESS} or {DASK}")


def dask_executor_chosen() -> bool:
    """Whether steps go to Dask workers, daemon processes that may not start a process pool."""
    return os.environ.get(EXECUTOR_ENV, "").strip().lower() == DASK
