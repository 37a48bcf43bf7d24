"""Publish the tables as a data package: write to a temporary folder, validate, swap in.

A failed or invalid build never leaves a half-written `datapackage/` behind: the
published folder is replaced only once the new one has passed validation.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from pipeline.metadata import load_tables
from pipeline.publish.datacard import render_datacard
from pipeline.publish.descriptor import build_descriptor
from pipeline.publish.files import write_csv, write_parquet
from pipeline.publish.validate import validate_tables


class PublishError(Exception):
    """The package could not be published; the one at the destination is untouched."""


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

    report = frictionless.validate(str(descriptor_path))
    if report.valid:
        return []
    return [
        f"{task.name}: {error.type}: {error.message}"
        for task in report.tasks
        for error in task.errors[:10]
    ] or [f"{error.type}: {error.message}" for error in report.errors[:10]]


def write_package(folder: Path, tables: dict[str, pd.DataFrame]) -> dict:
    (folder / "csv").mkdir(parents=True)
    (folder / "parquet").mkdir()
    for name, table in load_tables().items():
        write_csv(tables[name], folder / "csv" / f"{name}.csv")
        write_parquet(tables[name], table, folder / "parquet" / f"{name}.parquet")
    descriptor = build_descriptor(folder, tables)
    (folder / "datapackage.json").write_text(
        json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (folder / "README.md").write_text(render_datacard(descriptor, tables), encoding="utf-8")
    return descriptor


def _swap_in(new: Path, destination: Path) -> None:
    if destination.exists():
        old = destination.with_name(f".{destination.name}.old-{os.getpid()}")
        destination.rename(old)
        new.rename(destination)
        shutil.rmtree(old)
    else:
        new.rename(destination)


def publish_package(
    tables: dict[str, pd.DataFrame],
    out_dir: Path,
    *,
    frictionless: bool = True,
    timings: dict[str, float] | None = None,
) -> dict:
    """Validate `tables`, write them as a data package into `out_dir`, return the descriptor.

    `frictionless=False` checks only the descriptor, not the written files row by row
    (pandera has checked every row of the tables); `timings` receives each stage's seconds.
    """
    timings = {} if timings is None else timings
    out_dir = Path(out_dir).resolve()
    with _timed(timings, "validate"):
        validate_tables(tables)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
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
        _swap_in(package, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return descriptor
