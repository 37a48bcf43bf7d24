"""Assets: articles, one partition per shard -> one asset per table -> the published data package.

The work is done by the plain functions the command line uses (`discover_inputs`,
`extract_articles`, `assemble_tables`, `publish_package`), so both write the same package.
`articles` is partitioned by shard (`pipeline.defs.shards`): a run extracts the files of
one shard, so a new file costs one shard's run, and shards run side by side. The tables
come from one unpartitioned multi-asset that reads every shard: they are assembled
together (ids tie them to each other), yet each shows as its own asset with its columns,
row count and a preview. The tables and `data_package` refresh themselves (an eager
automation condition) once shards are materialized again; see `pipeline.defs.sensors`.
"""

# No `from __future__ import annotations`: Dagster reads these annotations when decorating.
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import dagster as dg
import pandas as pd

from pipeline.build import PAGES_WITHOUT_TEXT, extract_articles, full_frictionless, publish_tables
from pipeline.cache import CacheError, ExtractionCache, default_cache_dir
from pipeline.codec import shared_strings
from pipeline.defs.executors import dask_executor_chosen
from pipeline.defs.io import SHARDS_IO_MANAGER, ShardFile
from pipeline.defs.metadata_values import column_schema, table_metadata
from pipeline.defs.resources import ARTICLE_FOLDER, INPUT_DIR_ENV, ArticleFolder
from pipeline.defs.shards import (
    SIXTEEN_SHARDS,
    Sharding,
    fingerprint,
    shard_of_document,
)
from pipeline.ingest import discover_inputs
from pipeline.ingest.language import is_english, not_english_note
from pipeline.memory import release_memory
from pipeline.metadata import load_tables
from pipeline.model import ArticleError, Extraction
from pipeline.progress import Progress
from pipeline.publish import PublishError
from pipeline.publish.config import load_config
from pipeline.publish.files import sha256_of
from pipeline.publish.package import PublishOptions
from pipeline.tables import assemble_tables

INGEST = "ingest"
EXTRACT = "extract"
PUBLISH = "publish"

ARTICLES = "articles"
DATA_PACKAGE = "data_package"
# The check on the package that every file of the input folder was read (a warning if not).
EVERY_FILE_READ = "every_file_read"
MAX_LISTED_FILES = 50
TABLES_OP = "tables"  # the step that assembles every table at once
# What the files of a shard looked like when it was extracted; the sensor compares it.
FINGERPRINT_METADATA = "input_fingerprint"

# Dagster runs shards side by side (runs on one machine, steps on Dask workers): a process
# pool inside each would only oversubscribe the cores, and a Dask worker, a daemon
# process, may not start one.
EXTRACTION_JOBS = 1
# A progress line in the run's log every so often; a shard done within the delay logs none.
PROGRESS_DELAY_SECONDS = 2.0
PROGRESS_EVERY_SECONDS = 10.0

Assemble = Callable[[Iterable[Extraction]], dict[str, pd.DataFrame]]

# The tables and the package follow the shards: requested once any shard was materialized
# again, when no shard is missing or still running (see pipeline.defs.sensors).
REFRESH = dg.AutomationCondition.eager()


def _bullets(lines: list[str]) -> dg.MetadataValue:
    return dg.MetadataValue.md("\n".join(f"- {line}" for line in lines) or "_none_")


def _listed(metadata: dict, key: str) -> list[str]:
    """The lines of a `_bullets` metadata value of a shard."""
    value = metadata.get(key)
    text = getattr(value, "value", None) or ""
    return [line[2:] for line in text.splitlines() if line.startswith("- ")]


def files_not_read(
    instance: dg.DagsterInstance, shards: Sharding = SIXTEEN_SHARDS
) -> tuple[list[str], list[str]]:
    """The failed and skipped files of every shard, as recorded by its latest materialization."""
    failed, skipped = [], []
    for shard in shards.keys:
        records = instance.fetch_materializations(
            dg.AssetRecordsFilter(asset_key=dg.AssetKey(ARTICLES), asset_partitions=[shard]),
            limit=1,
        ).records
        if records and records[0].asset_materialization is not None:
            metadata = records[0].asset_materialization.metadata
            failed += _listed(metadata, "failed_files")
            skipped += _listed(metadata, "skipped_files")
    return sorted(failed), sorted(skipped)


def every_file_read_result(failed: list[str], skipped: list[str]) -> dg.AssetCheckResult:
    """A warning on the package when a file of the input folder could not be read."""
    shown = failed[:MAX_LISTED_FILES]
    more = [f"... and {len(failed) - len(shown):,} more"] if len(failed) > len(shown) else []
    return dg.AssetCheckResult(
        check_name=EVERY_FILE_READ,
        passed=not failed,
        severity=dg.AssetCheckSeverity.WARN,
        description=(
            f"{len(failed):,} input files could not be read and are not in the package"
            if failed
            else "every article file of the input folder is in the package"
        ),
        metadata={
            "failed": len(failed),
            "skipped": len(skipped),
            "failed_files": _bullets(shown + more),
        },
    )


def build_articles_asset(shards: Sharding) -> dg.AssetsDefinition:
    """`articles`, one partition per shard of `shards`."""
    # One partition: the run is the only one extracting, so it may use every core.
    jobs = None if shards.single and not dask_executor_chosen() else EXTRACTION_JOBS

    @dg.asset(
        name=ARTICLES,
        group_name=INGEST,
        kinds={"python"},
        io_manager_key=SHARDS_IO_MANAGER,  # the table step reads one shard at a time
        # No backfill policy: a backfill runs each shard on its own, which the filesystem IO
        # manager needs (it stores one partition per run) and which spreads shards over workers.
        partitions_def=shards.partitions_def,
    )
    def articles(
        context: dg.AssetExecutionContext, article_folder: ArticleFolder
    ) -> dg.MaterializeResult[list[Extraction]]:
        """What extraction found in the articles of one shard; a record that fails is reported, not fatal."""
        shard = context.partition_key
        input_dir = article_folder.input_path
        try:
            # Taken before any file is read: a file saved during the run shows as a change.
            files = shards.files_by_shard(input_dir)[shard]
            inputs = discover_inputs(
                input_dir,
                fields=article_folder.field_map,
                keep=None
                if shards.single
                else (lambda document_id: shard_of_document(document_id) == shard),
            )
        except (ArticleError, OSError, ValueError) as error:
            raise dg.Failure(
                description=f"{error}; set input_dir of the {ARTICLE_FOLDER} resource or {INPUT_DIR_ENV}"
            ) from error
        try:
            cache = ExtractionCache(default_cache_dir())
        except CacheError as error:
            raise dg.Failure(description=str(error)) from error
        progress = Progress(
            inputs.count,
            total_bytes=inputs.total_bytes,
            label=f"{shard}: extracted",
            report=context.log.info,
            delay_seconds=PROGRESS_DELAY_SECONDS,
            every_seconds=PROGRESS_EVERY_SECONDS,
        )
        run = extract_articles(inputs.records, jobs=jobs, cache=cache, progress=progress)
        extractions, errors = run.extractions, run.errors
        skipped = [str(entry) for entry in inputs.skipped]
        cache.prune_other_versions()  # entries of older rules or code would only pile up
        for line in skipped + errors:
            context.log.warning(line)
        for extraction in extractions:
            if not is_english(extraction.article):
                context.log.info(not_english_note(extraction.article))
        counted = dict(inputs.counted)
        if run.omitted:
            counted[PAGES_WITHOUT_TEXT] = run.omitted
        return dg.MaterializeResult(
            # (held whole by the table step: the same value in every row is one string)
            value=[shared_strings(extraction) for extraction in extractions],
            metadata={
                "input_dir": dg.MetadataValue.path(str(input_dir)),
                FINGERPRINT_METADATA: fingerprint(files),
                "files": len(files),
                "dagster/row_count": len(extractions),
                "failed": len(errors),
                "skipped": len(skipped),
                "failed_files": _bullets(errors),
                "skipped_files": _bullets(skipped),
                "counted": dg.MetadataValue.json(counted),
            },
        )

    return articles


def _drain(articles: dict[str, ShardFile], shards: Sharding) -> Iterator[Extraction]:
    """Every shard's extractions in shard order, each shard read when its turn comes (a
    `ShardFile`) and let go once it is taken."""
    for shard in shards.keys:
        yield from articles.pop(shard)


def build_table_assets(
    assemble: Assemble = assemble_tables, shards: Sharding = SIXTEEN_SHARDS
) -> dg.AssetsDefinition:
    """One asset per table of `load_tables()`, all computed by one call of `assemble`.

    `assemble` is `assemble_tables` except in tests that need a table to go wrong.
    """
    tables = load_tables()

    @dg.multi_asset(
        name=TABLES_OP,
        ins={
            ARTICLES: dg.AssetIn(
                key=ARTICLES,
                partition_mapping=dg.AllPartitionMapping(),
                # A shard never materialized is reported below by name, not as a missing pickle.
                metadata={"allow_missing_partitions": True},
            )
        },
        outs={
            name: dg.AssetOut(
                key=name,
                description=table.description.strip(),
                group_name=EXTRACT,
                dagster_type=pd.DataFrame,
                metadata={"dagster/column_schema": column_schema(table)},
                kinds={"pandas"},
                automation_condition=REFRESH,
            )
            for name, table in tables.items()
        },
    )
    # A dict of shards, or the one partition's list itself: the IO manager gives either.
    def _tables(articles: Any) -> Iterator[dg.MaterializeResult]:
        if isinstance(articles, list):  # one partition, read whole by the IO manager
            articles = {shards.keys[0]: articles}
        missing = [shard for shard in shards.keys if shard not in articles]
        if missing:
            raise dg.Failure(
                description=(
                    f"{ARTICLES}: {', '.join(missing)} never materialized; materialize every "
                    f"shard first (Materialize all, or the article_files sensor)"
                )
            )
        frames = assemble(_drain(articles, shards))
        release_memory()  # the extractions are gone; their memory is not needed by the next step
        for name, table in tables.items():
            yield dg.MaterializeResult(
                asset_key=name, value=frames[name], metadata=table_metadata(frames[name], table)
            )

    return _tables


def build_package_asset(shards: Sharding = SIXTEEN_SHARDS) -> dg.AssetsDefinition:
    """`data_package`, with the check that every file of the input folder was read."""

    @dg.asset(
        name=DATA_PACKAGE,
        group_name=PUBLISH,
        ins={name: dg.AssetIn(key=name) for name in load_tables()},
        kinds={"csv", "parquet"},
        automation_condition=REFRESH,
        check_specs=[
            dg.AssetCheckSpec(
                EVERY_FILE_READ,
                asset=DATA_PACKAGE,
                description="Every article file of the input folder was read: a warning lists "
                "the files that failed (not UTF-8, empty, a broken sidecar, ...)",
            )
        ],
    )
    def data_package(
        context: dg.AssetExecutionContext, article_folder: ArticleFolder, **tables: pd.DataFrame
    ) -> dg.MaterializeResult:
        """The Frictionless data package (CSV and Parquet), published only once every table is valid."""
        release_memory()  # what the tables step freed, before this step's own files are written
        out_dir = article_folder.out_path.resolve()
        # As the command line: a large package is checked row by row by pandera (here and in
        # the blocking checks), and only its descriptor by Frictionless.
        frictionless = full_frictionless(tables, None)
        # What the package records of the files that failed is what the shards recorded.
        failed, skipped = files_not_read(context.instance, shards)
        input_dir = article_folder.input_path
        try:
            options = PublishOptions(
                config=load_config(input_dir), failed=tuple(failed), skipped=tuple(skipped)
            )
            descriptor = publish_tables(
                tables, out_dir, input_dir, frictionless=frictionless, options=options
            )
        except (ArticleError, PublishError) as error:
            raise dg.Failure(description=str(error)) from error
        context.log.info(f"published {out_dir} with {len(descriptor['resources'])} resources")
        if failed:
            context.log.warning(
                f"{len(failed):,} input files could not be read: {'; '.join(failed[:5])}"
            )
        return dg.MaterializeResult(
            check_results=[every_file_read_result(failed, skipped)],
            metadata={
                "path": dg.MetadataValue.path(str(out_dir)),
                "datapackage_sha256": sha256_of(out_dir / "datapackage.json"),
                "row_counts": dg.MetadataValue.json(
                    {name: len(tables[name]) for name in load_tables()}
                ),
                "version": descriptor["version"],
                "frictionless_row_check": frictionless,
                "failed_files": len(failed),
            },
        )

    return data_package
