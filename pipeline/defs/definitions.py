"""The Dagster code location: `dagster dev -w workspace.yaml` loads `defs` from here."""

from __future__ import annotations

import dagster as dg

from pipeline.defs.assets import Assemble, articles, build_table_assets, data_package
from pipeline.defs.checks import build_table_checks
from pipeline.defs.resources import ARTICLE_FOLDER, ArticleFolder
from pipeline.tables import assemble_tables


def build_definitions(
    article_folder: ArticleFolder | None = None, assemble: Assemble = assemble_tables
) -> dg.Definitions:
    """All assets, checks and resources; tests pass their own folders (or a broken `assemble`)."""
    return dg.Definitions(
        assets=[articles, build_table_assets(assemble), data_package],
        asset_checks=build_table_checks(),
        resources={ARTICLE_FOLDER: article_folder or ArticleFolder()},
        # One small corpus on few cores: a subprocess per step costs more than it saves.
        executor=dg.in_process_executor,
    )


defs = build_definitions()
