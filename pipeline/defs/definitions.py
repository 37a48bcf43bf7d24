"""The Dagster code location: `dagster dev -w workspace.yaml` loads `defs` from here."""

from __future__ import annotations

import dagster as dg

from pipeline.defs.assets import Assemble, articles, build_table_assets, data_package
from pipeline.defs.checks import build_table_checks
from pipeline.defs.executors import executor_from_environment
from pipeline.defs.io import SHARDS_IO_MANAGER, ShardsIOManager
from pipeline.defs.resources import ARTICLE_FOLDER, ArticleFolder
from pipeline.defs.sensors import article_files, extract_shard, package_refresh
from pipeline.tables import assemble_tables


def build_definitions(
    article_folder: ArticleFolder | None = None,
    assemble: Assemble = assemble_tables,
    executor: dg.ExecutorDefinition | None = None,
) -> dg.Definitions:
    """All assets, checks, jobs, sensors and resources; tests pass their own folders (or a broken `assemble`).

    The executor is in-process unless `NEWSDATA_EXECUTOR=dask` (see `pipeline.defs.executors`).
    """
    return dg.Definitions(
        assets=[articles, build_table_assets(assemble), data_package],
        asset_checks=build_table_checks(),
        jobs=[extract_shard],
        sensors=[article_files, package_refresh],
        resources={
            ARTICLE_FOLDER: article_folder or ArticleFolder(),
            SHARDS_IO_MANAGER: ShardsIOManager(),
        },
        executor=executor or executor_from_environment(),
    )


defs = build_definitions()
