"""The Dagster code location: `dagster dev -w workspace.yaml` loads `defs` from here."""

from __future__ import annotations

import dagster as dg

from pipeline.defs.assets import (
    Assemble,
    build_articles_asset,
    build_package_asset,
    build_table_assets,
)
from pipeline.defs.checks import build_table_checks
from pipeline.defs.executors import executor_from_environment
from pipeline.defs.io import SHARDS_IO_MANAGER, ShardsIOManager
from pipeline.defs.resources import ARTICLE_FOLDER, ArticleFolder
from pipeline.defs.sensors import build_article_files_sensor, extract_shard, package_refresh
from pipeline.defs.shards import Sharding, sharding_for
from pipeline.tables import assemble_tables


def build_definitions(
    article_folder: ArticleFolder | None = None,
    assemble: Assemble = assemble_tables,
    executor: dg.ExecutorDefinition | None = None,
    shards: Sharding | None = None,
) -> dg.Definitions:
    """All assets, checks, jobs, sensors and resources; tests pass their own folders (or a broken `assemble`).

    The executor is in-process unless `NEWSDATA_EXECUTOR=dask` (see `pipeline.defs.executors`).
    `shards` is one partition for a small input folder, 16 for a large one, as counted when
    the definitions load (`pipeline.defs.shards.sharding_for`).
    """
    article_folder = article_folder or ArticleFolder()
    shards = shards or sharding_for(article_folder.input_path)
    return dg.Definitions(
        assets=[
            build_articles_asset(shards),
            build_table_assets(assemble, shards),
            build_package_asset(shards),
        ],
        asset_checks=build_table_checks(),
        jobs=[extract_shard],
        sensors=[build_article_files_sensor(shards), package_refresh],
        resources={
            ARTICLE_FOLDER: article_folder,
            SHARDS_IO_MANAGER: ShardsIOManager(),
        },
        executor=executor or executor_from_environment(),
    )


defs = build_definitions()
