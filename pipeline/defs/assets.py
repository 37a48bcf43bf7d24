"""Assets: articles -> one asset per table -> the published data package.

The work is done by the plain functions the command line uses (`discover_articles`,
`extract_files`, `assemble_tables`, `publish_package`), so both write the same package.
The tables come from one multi-asset: they are assembled together (ids tie them to each
other), yet each shows as its own asset with its columns, row count and a preview.
"""

# No `from __future__ import annotations`: Dagster reads these annotations when decorating.
from collections.abc import Callable, Iterable, Iterator

import dagster as dg
import pandas as pd

from pipeline.build import extract_files, publish_tables
from pipeline.defs.metadata_values import column_schema, table_metadata
from pipeline.defs.resources import ARTICLE_FOLDER, INPUT_DIR_ENV, ArticleFolder
from pipeline.ingest import discover_articles
from pipeline.metadata import load_tables
from pipeline.model import ArticleError, Extraction
from pipeline.publish.files import sha256_of
from pipeline.tables import assemble_tables

INGEST = "ingest"
EXTRACT = "extract"
PUBLISH = "publish"

ARTICLES = "articles"
DATA_PACKAGE = "data_package"
TABLES_OP = "tables"  # the step that assembles every table at once

Assemble = Callable[[Iterable[Extraction]], dict[str, pd.DataFrame]]


def _bullets(lines: list[str]) -> dg.MetadataValue:
    return dg.MetadataValue.md("\n".join(f"- {line}" for line in lines) or "_none_")


@dg.asset(name=ARTICLES, group_name=INGEST, kinds={"python"})
def articles(
    context: dg.AssetExecutionContext, article_folder: ArticleFolder
) -> dg.MaterializeResult[list[Extraction]]:
    """What extraction found in each article file; a file that fails is reported, not fatal."""
    try:
        paths, skipped = discover_articles(article_folder.input_path)
    except FileNotFoundError as error:
        raise dg.Failure(
            description=f"{error}; set input_dir of the {ARTICLE_FOLDER} resource or {INPUT_DIR_ENV}"
        ) from error
    extractions, errors = extract_files(paths)
    for line in skipped + errors:
        context.log.warning(line)
    return dg.MaterializeResult(
        value=extractions,
        metadata={
            "input_dir": dg.MetadataValue.path(str(article_folder.input_path)),
            "dagster/row_count": len(extractions),
            "failed": len(errors),
            "skipped": len(skipped),
            "failed_files": _bullets(errors),
            "skipped_files": _bullets(skipped),
        },
    )


def build_table_assets(assemble: Assemble = assemble_tables) -> dg.AssetsDefinition:
    """One asset per table of `load_tables()`, all computed by one call of `assemble`.

    `assemble` is `assemble_tables` except in tests that need a table to go wrong.
    """
    tables = load_tables()

    @dg.multi_asset(
        name=TABLES_OP,
        ins={ARTICLES: dg.AssetIn(key=ARTICLES)},
        outs={
            name: dg.AssetOut(
                key=name,
                description=table.description.strip(),
                group_name=EXTRACT,
                dagster_type=pd.DataFrame,
                metadata={"dagster/column_schema": column_schema(table)},
                kinds={"pandas"},
            )
            for name, table in tables.items()
        },
    )
    def _tables(articles: list[Extraction]) -> Iterator[dg.MaterializeResult]:
        frames = assemble(articles)
        for name, table in tables.items():
            yield dg.MaterializeResult(
                asset_key=name, value=frames[name], metadata=table_metadata(frames[name], table)
            )

    return _tables


@dg.asset(
    name=DATA_PACKAGE,
    group_name=PUBLISH,
    ins={name: dg.AssetIn(key=name) for name in load_tables()},
    kinds={"csv", "parquet"},
)
def data_package(
    context: dg.AssetExecutionContext, article_folder: ArticleFolder, **tables: pd.DataFrame
) -> dg.MaterializeResult:
    """The Frictionless data package (CSV and Parquet), published only once every table is valid."""
    out_dir = article_folder.out_path.resolve()
    try:
        descriptor = publish_tables(tables, out_dir, article_folder.input_path)
    except ArticleError as error:
        raise dg.Failure(description=str(error)) from error
    context.log.info(f"published {out_dir} with {len(descriptor['resources'])} resources")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(out_dir)),
            "datapackage_sha256": sha256_of(out_dir / "datapackage.json"),
            "row_counts": dg.MetadataValue.json(
                {name: len(tables[name]) for name in load_tables()}
            ),
            "version": descriptor["version"],
        }
    )
