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
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline.metadata import load_tables
from pipeline.publish.datacard import render_datacard
from pipeline.publish.descriptor import build_descriptor
from pipeline.publish.destination import check_destination, staging_folder, swap_in, write_marker
from pipeline.publish.errors import PublishError
from pipeline.publish.files import to_arrow_table, write_csv, write_parquet
from pipeline.publish.spreadsheet import FOLDER as SPREADSHEET_FOLDER
from pipeline.publish.spreadsheet import write_spreadsheet_csv
from pipeline.publish.validate import validate_tables


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


def write_package(folder: Path, tables: dict[str, pd.DataFrame]) -> dict:
    for subfolder in ("csv", "parquet", SPREADSHEET_FOLDER):
        (folder / subfolder).mkdir(parents=True)
    for name, schema in load_tables().items():
        write_csv(tables[name], folder / "csv" / f"{name}.csv")
        arrow = to_arrow_table(tables[name], schema)
        write_parquet(arrow, folder / "parquet" / f"{name}.parquet")
        write_spreadsheet_csv(arrow, schema, folder / SPREADSHEET_FOLDER / f"{name}.csv")
        del arrow
        # Arrow's allocator keeps freed buffers for reuse; give them back before the next table.
        pa.default_memory_pool().release_unused()
    descriptor = build_descriptor(folder, tables)
    (folder / "datapackage.json").write_text(
        json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (folder / "README.md").write_text(render_datacard(descriptor, tables), encoding="utf-8")
    write_marker(folder)
    return descriptor


def publish_package(
    tables: dict[str, pd.DataFrame],
    out_dir: Path,
    *,
    input_dir: Path | None = None,
    frictionless: bool = True,
    timings: dict[str, float] | None = None,
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
            descriptor = write_package(package, tables)
        with _timed(timings, "frictionless"):
            if frictionless:
                errors = frictionless_errors(package / "datapackage.json")
            else:
                errors = descriptor_errors(descriptor)
            if errors:
                raise PublishError("the written package is not valid:\n" + "\n".join(errors))
        swap_in(package, out_dir, input_dir)
    return descriptor
