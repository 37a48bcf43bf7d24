"""Publish the tables as a data package: write to a staging folder, validate, swap in.

A failed or invalid build never leaves a half-written `datapackage/` behind: the
published folder is replaced only once the new one has passed validation, and only if it
is a package this tool wrote (`pipeline.publish.destination`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline.cache import extraction_version
from pipeline.metadata import TableSchema, load_tables
from pipeline.publish.archive import write_checksums, write_zip
from pipeline.publish.citation import render_citation
from pipeline.publish.config import PackageConfig
from pipeline.publish.croissant import build_croissant
from pipeline.publish.datacard import render_datacard
from pipeline.publish.descriptor import build_descriptor, package_version
from pipeline.publish.destination import check_destination, staging_folder, swap_in, write_marker
from pipeline.publish.errors import PublishError
from pipeline.publish.files import to_arrow_table, write_csv, write_parquet
from pipeline.publish.provenance import build_provenance
from pipeline.publish.spreadsheet import FOLDER as SPREADSHEET_FOLDER
from pipeline.publish.spreadsheet import write_spreadsheet_csv
from pipeline.publish.validate import validate_tables
from pipeline.publish.view import MAX_ARTICLE_PAGES, write_view


@dataclass(frozen=True)
class PublishOptions:
    """What the package says about itself and how it was built, besides its tables."""

    config: PackageConfig = field(default_factory=PackageConfig)
    failed: tuple[str, ...] = ()  # one line per input file that could not be read
    skipped: tuple[str, ...] = ()  # one line per file that is not an article
    git_commit: bool = True  # name the checkout's commit in the provenance
    view_pages: int = MAX_ARTICLE_PAGES  # articles that get a page of their own in view/


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = time.perf_counter() - started


def descriptor_errors(descriptor: dict) -> list[str]:
    """The descriptor against the Data Package profile, without reading any row."""
    import frictionless

    report = frictionless.Package.validate_descriptor(descriptor)
    return [f"{error.type}: {error.message}" for error in report.errors[:10]]


def frictionless_errors(descriptor_path: Path) -> list[str]:
    """Row-by-row Frictionless validation of every resource, CSV and Parquet."""
    import frictionless

    # From the descriptor, not `frictionless.validate(path)`: that reads a path with `[` or `*`
    # in a folder name as a pattern of files.
    report = frictionless.Package.from_descriptor(str(descriptor_path)).validate()
    if report.valid:
        return []
    return [
        f"{task.name}: {error.type}: {error.message}"
        for task in report.tasks
        for error in task.errors[:10]
    ] or [f"{error.type}: {error.message}" for error in report.errors[:10]]


def _json(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def published_tables(
    tables: dict[str, pd.DataFrame], config: PackageConfig
) -> dict[str, pd.DataFrame]:
    """The tables as written: without the article texts when the config says so."""
    if config.texts:
        return tables
    return {
        **tables,
        "documents": tables["documents"].assign(
            text=pd.Series(pd.NA, dtype="string", index=tables["documents"].index)
        ),
    }


def published_schemas(config: PackageConfig) -> dict[str, TableSchema]:
    """The table schemas as written: `documents.text` may be null without the texts."""
    schemas = load_tables()
    if config.texts:
        return schemas
    documents = schemas["documents"]
    fields = [
        field.model_copy(update={"required": False}) if field.name == "text" else field
        for field in documents.fields
    ]
    return {**schemas, "documents": documents.model_copy(update={"fields": fields})}


def write_package(
    folder: Path,
    tables: dict[str, pd.DataFrame],
    options: PublishOptions = PublishOptions(),
    input_dir: Path | None = None,
    timings: dict[str, float] | None = None,
) -> dict:
    """Every file of the package into `folder`, the marker last; returns the descriptor."""
    timings = {} if timings is None else timings
    config = options.config
    written = published_tables(tables, config)
    for subfolder in ("csv", "parquet", SPREADSHEET_FOLDER):
        (folder / subfolder).mkdir(parents=True)
    for name, schema in published_schemas(config).items():
        write_csv(written[name], folder / "csv" / f"{name}.csv")
        arrow = to_arrow_table(written[name], schema)
        write_parquet(arrow, folder / "parquet" / f"{name}.parquet")
        write_spreadsheet_csv(arrow, schema, folder / SPREADSHEET_FOLDER / f"{name}.csv")
        del arrow
        # Arrow's allocator keeps freed buffers for reuse; give them back before the next table.
        pa.default_memory_pool().release_unused()
    provenance = build_provenance(
        tables["documents"],
        pipeline_version=package_version(),
        extraction_version=extraction_version(),
        failed=list(options.failed),
        skipped=list(options.skipped),
        input_dir=input_dir,
        with_git=options.git_commit,
    )
    descriptor = build_descriptor(folder, written, config, provenance)
    (folder / "datapackage.json").write_text(_json(descriptor), encoding="utf-8")
    (folder / "README.md").write_text(
        render_datacard(descriptor, written, config), encoding="utf-8"
    )
    (folder / "CITATION.cff").write_text(render_citation(descriptor), encoding="utf-8")
    (folder / "croissant.json").write_text(_json(build_croissant(descriptor)), encoding="utf-8")
    with _timed(timings, "view"):
        write_view(folder, tables, descriptor, with_text=config.texts, max_pages=options.view_pages)
    with _timed(timings, "zip"):
        write_zip(folder, descriptor["name"], descriptor["created"])
        write_checksums(folder)
    write_marker(folder)
    return descriptor


def publish_package(
    tables: dict[str, pd.DataFrame],
    out_dir: Path,
    *,
    input_dir: Path | None = None,
    frictionless: bool = True,
    timings: dict[str, float] | None = None,
    options: PublishOptions = PublishOptions(),
) -> dict:
    """Validate `tables`, write them as a data package into `out_dir`, return the descriptor.

    `out_dir` must be new, empty or a package this tool wrote, and not `input_dir` or a
    folder holding it (`DestinationError` otherwise). `frictionless=False` checks only the
    descriptor, not the written files row by row (pandera has checked every row of the
    tables); `timings` receives each stage's seconds.
    """
    timings = {} if timings is None else timings
    out_dir = Path(out_dir).resolve()
    check_destination(out_dir, input_dir)
    with _timed(timings, "validate"):
        validate_tables(tables)
    with staging_folder(out_dir) as staging:
        package = staging / "package"
        with _timed(timings, "write"):
            descriptor = write_package(package, tables, options, input_dir, timings)
        with _timed(timings, "frictionless"):
            if frictionless:
                errors = frictionless_errors(package / "datapackage.json")
            else:
                errors = descriptor_errors(descriptor)
            if errors:
                raise PublishError("the written package is not valid:\n" + "\n".join(errors))
        swap_in(package, out_dir, input_dir)
    return descriptor
