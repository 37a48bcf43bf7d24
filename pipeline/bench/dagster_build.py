"""A cold Dagster build, as *Materialize all* runs it, without the UI: figures (f) of `make bench`.

    DAGSTER_HOME=/tmp/home NEWSDATA_INPUT_DIR=articles NEWSDATA_OUT_DIR=/tmp/package \\
        .venv/bin/python -m pipeline.bench.dagster_build

Runs what *Materialize all* launches, on the instance in `DAGSTER_HOME` with the project's
own definitions (`pipeline.defs.definitions.defs`, resources read from `NEWSDATA_INPUT_DIR` /
`NEWSDATA_OUT_DIR`). A small corpus has one partition (`pipeline.defs.shards`): one run
extracts it, assembles and checks the tables and publishes ("Launch 1 run"). A large one has
16 shards: one run of `extract_shard` per shard, as many side by side as there are cores,
each in its own process (as the run queue starts runs), then one run of the tables, their
blocking checks and `data_package` (the backfill). Prints one JSON line.

Why not the UI's backfill itself: the daemon advances a backfill every 30 seconds, so the
figure would count its ticks, not the build; and `dagster asset materialize --partition`
per shard starts a process and loads the code location sixteen times, one after the
other, which nobody waiting for a package would do. The runs, their storage (the
filesystem IO manager under `DAGSTER_HOME`) and their events are the same either way.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from pipeline.parallel import available_cores


def _materialize_shard(shard: str) -> tuple[str, bool, float]:
    """In a worker process: one run of `extract_shard` for `shard`, recorded in the instance."""
    import dagster as dg

    from pipeline.defs.definitions import defs
    from pipeline.defs.sensors import EXTRACT_SHARD_JOB

    started = time.perf_counter()
    with dg.DagsterInstance.get() as instance:
        job = defs.resolve_job_def(EXTRACT_SHARD_JOB)
        result = job.execute_in_process(
            instance=instance, partition_key=shard, raise_on_error=False
        )
    return shard, result.success, time.perf_counter() - started


def _publish(partition: str | None = None) -> dict:
    """One run of every table, their checks and the package, as the backfill's last run; with
    `partition`, of the articles of that partition too (the one run of a small corpus)."""
    import dagster as dg

    from pipeline.defs.assets import ARTICLES, DATA_PACKAGE
    from pipeline.defs.definitions import defs
    from pipeline.metadata import load_tables

    names = [*load_tables(), DATA_PACKAGE] + ([ARTICLES] if partition else [])
    keys = [dg.AssetKey(name) for name in names]
    with dg.DagsterInstance.get() as instance:
        job = defs.resolve_implicit_global_asset_job_def()
        result = job.execute_in_process(
            instance=instance, asset_selection=keys, partition_key=partition, raise_on_error=False
        )
    checks = result.get_asset_check_evaluations()
    package = [
        event.materialization
        for event in result.get_asset_materialization_events()
        if event.asset_key == dg.AssetKey(DATA_PACKAGE)
    ]
    row_counts = package[0].metadata["row_counts"].value if package else {}
    return {
        "documents": row_counts.get("documents", 0),
        "success": result.success,
        "materialized": len(result.get_asset_materialization_events()),
        "checks_passed": sum(check.passed for check in checks),
        "checks": len(checks),
    }


def main(workers: int | None = None) -> int:
    import dagster as dg

    from pipeline.defs.assets import ARTICLES
    from pipeline.defs.definitions import defs

    workers = workers or available_cores()
    started = time.perf_counter()
    # Its storage is created here once: two runs creating it at once would race.
    with dg.DagsterInstance.get() as instance:
        instance.get_runs(limit=1)
        instance.get_latest_materialization_event(dg.AssetKey(ARTICLES))
    partitions = defs.resolve_asset_graph().get(dg.AssetKey(ARTICLES)).partitions_def
    keys = partitions.get_partition_keys()
    if len(keys) == 1:
        published = _publish(keys[0])
        print(
            json.dumps(
                {"mode": "one run", "seconds": round(time.perf_counter() - started, 1), **published}
            )
        )
        return 0 if published["success"] else 1
    # forkserver/spawn: a worker must not inherit a half-initialized Dagster instance.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        shards = list(pool.map(_materialize_shard, keys))
    shards_seconds = time.perf_counter() - started
    publish_started = time.perf_counter()
    published = _publish()
    summary = {
        "mode": "backfill",
        "workers": workers,
        "shards_ok": sum(ok for _, ok, _ in shards),
        "shards": len(shards),
        "shards_seconds": round(shards_seconds, 1),
        "slowest_shard_seconds": round(max(seconds for _, _, seconds in shards), 1),
        "publish_seconds": round(time.perf_counter() - publish_started, 1),
        **published,
    }
    print(json.dumps(summary))
    return 0 if published["success"] and summary["shards_ok"] == len(shards) else 1


if __name__ == "__main__":
    sys.exit(main())
