"""Publish the tables as a data package: write to a staging folder, validate, swap in.

A failed or invalid build never leaves a half-written `datapackage/` behind: the
published folder is replaced only once the new one has passed validation, and only if it
is a package this tool wrote (`pipeline.publish.destination`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline.cache import extraction_version, read_entry, write_entry
from pipeline.metadata import TableSchema, load_tables
from pipeline.publish.archive import write_checksums, write_zip
from pipeline.publish.citation import render_citation
from pipeline.publish.config import PackageConfig
from pipeline.publish.croissant import build_croissant
from pipeline.publish.datacard import render_datacard
from pipeline.publish.descriptor import (
    build_descriptor,
    package_version,
    sources,
)
from pipeline.publish.destination import (
    KnownFiles,
    PreviousPackage,
    check_destination,
    staging_folder,
    swap_in,
    write_marker,
)
from pipeline.publish.errors import PublishError
from pipeline.publish.files import to_arrow_table, write_csv, write_parquet
from pipeline.publish.parts import (
    DOCUMENT_TABLES,
    PARTS_FROM,
    PartedTables,
    frame_digest,
    part_count,
    table_paths,
    writer_context,
)
from pipeline.publish.provenance import build_provenance
from pipeline.publish.spreadsheet import FOLDER as SPREADSHEET_FOLDER
from pipeline.publish.spreadsheet import write_spreadsheet_csv
from pipeline.publish.validate import TableValidationError, validate_table, validate_tables
from pipeline.publish.view import (
    MAX_ARTICLE_PAGES,
    PartSummary,
    ViewWriter,
    changed_entities,
    pages_of,
)


@dataclass(frozen=True)
class PublishOptions:
    """What the package says about itself and how it was built, besides its tables."""

    config: PackageConfig = field(default_factory=PackageConfig)
    failed: tuple[str, ...] = ()  # one line per input file that could not be read
    skipped: tuple[str, ...] = ()  # one line per file that is not an article
    git_commit: bool = True  # name the checkout's commit in the provenance
    view_pages: int = MAX_ARTICLE_PAGES  # articles that get a page of their own in view/
    parts_from: int = PARTS_FROM  # articles from which tables of documents are split in parts


@contextmanager
def _timed(timings: dict[str, float], stage: str, *, add: bool = False) -> Iterator[None]:
    """Seconds of `stage` into `timings` (added to what it holds with `add`)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = time.perf_counter() - started + (timings.get(stage, 0.0) if add else 0)


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


def _write_table(
    frame: pd.DataFrame, schema: TableSchema, folder: Path, paths: tuple[str, str, str]
) -> None:
    """One table (or one part of it) as CSV, Parquet and the spreadsheet copy."""
    csv_path, parquet_path, spreadsheet_path = (folder / path for path in paths)
    write_csv(frame, csv_path)
    arrow = to_arrow_table(frame, schema)
    write_parquet(arrow, parquet_path)
    write_spreadsheet_csv(arrow, schema, spreadsheet_path, exact=paths[0])
    del arrow
    # Arrow's allocator keeps freed buffers for reuse; give them back before the next table.
    pa.default_memory_pool().release_unused()


def _formats(name: str, count: int) -> list[tuple[str, str, str]]:
    """(csv, parquet, spreadsheet) path of each file of table `name`, part by part."""
    return list(
        zip(
            table_paths(name, count, "csv", ".csv"),
            table_paths(name, count, "parquet", ".parquet"),
            table_paths(name, count, SPREADSHEET_FOLDER, ".csv"),
            strict=True,
        )
    )


def _reuse(previous: Path, folder: Path, paths: tuple[str, ...]) -> bool:
    """Link (else copy) the files `paths` of the package being replaced into `folder`; all or
    none: on failure the ones made are removed, so nothing is ever written through a link
    into the published package. A link of the user's in its place is never followed."""
    made = []
    try:
        for path in paths:
            source, target = previous / path, folder / path
            if source.is_symlink() or not source.is_file():
                raise OSError(f"{path}: not a file of the package")
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(source, target, follow_symlinks=False)
            except OSError:
                shutil.copyfile(source, target, follow_symlinks=False)
            made.append(target)
    except OSError:
        for target in made:
            target.unlink(missing_ok=True)
        return False
    return True


SUMMARY = ".view"  # a part's `PartSummary` in the extraction cache, by the part's source


def _write_parts(
    folder: Path,
    parted: PartedTables,
    schemas: dict[str, TableSchema],
    config: PackageConfig,
    previous: PreviousPackage | None,
    timings: dict[str, float],
    view: ViewWriter,
    jobs: int | None = 1,
) -> tuple[dict[str, str], dict[str, str], list[dict]]:
    """The tables of documents part by part: a part whose rows are those of the package being
    replaced is linked from it, the others are validated (pandera, keys, spans) and written
    (`_PartWriter`) by this process and `jobs - 1` workers (None: one per core;
    `_written_parts`).
    Each part's articles go to the view, in the order of the parts.

    A part whose source is known (`PartedTables.sources`) is summed up in the cache (its view
    summary and the digest of each file's rows, `PartSummary`): when its files are those of
    the package replaced, and so are its pages, it is not even read: its files and pages are
    linked, and its summary goes to the view.

    Returns the digest of each part file's rows, the sha256 of each reused file, and the
    documents' sources when the package is small enough to list them (`PartSummary.listed`).
    """
    context = writer_context()
    digests: dict[str, str] = {}
    reused: dict[str, str] = {}
    listed: list[dict] = []
    summaries = _Summaries(parted, f"{context} texts={config.texts}")
    formats = {name: _formats(name, parted.count) for name in DOCUMENT_TABLES}
    linked: dict[int, PartSummary] = {}  # the parts taken whole from the package replaced
    for index in range(parted.count):
        summary = summaries.load(parted.sources.get(index))
        if summary is not None and previous is not None:
            paths = tuple(path for name in DOCUMENT_TABLES for path in formats[name][index])
            if _link_part(folder, summary, paths, previous, view, timings):
                digests.update({path: summary.files[path] for path in paths})
                reused.update({path: previous.files[path] for path in paths})
                linked[index] = summary
    writer = _PartWriter(folder, parted.entities, schemas, config, previous, view, formats, context)
    unread = [index for index in range(parted.count) if index not in linked]
    # Closed however the loop ends (a failed part, a stop): its workers stopped, at once.
    with contextlib.closing(_written_parts(parted, writer, unread, jobs)) as written:
        for index in range(parted.count):
            if index in linked:
                summary = linked[index]
            else:
                outcome = next(written)
                if outcome.summary is None:
                    raise TableValidationError(outcome.failed)
                for stage, seconds in outcome.seconds.items():
                    timings[stage] = timings.get(stage, 0.0) + seconds
                digests.update(outcome.digests)
                reused.update(outcome.reused)
                summary = outcome.summary
                summaries.store(parted.sources.get(index), summary)
            view.add_summary(summary)
            listed += summary.listed
        next(written, None)  # the last: its workers shut down
    summaries.prune()
    return digests, reused, listed


def _link_part(
    folder: Path,
    summary: PartSummary,
    paths: tuple[str, ...],
    previous: PreviousPackage,
    view: ViewWriter,
    timings: dict[str, float],
) -> bool:
    """Link a part's files and its articles' pages from the package replaced, all or none,
    when they are what this build would write (`summary.files`); whether they were."""
    pages = view.paged(summary)
    with _timed(timings, "view", add=True):
        kept = view.kept(summary)
    if not (
        all(previous.same((path,), summary.files.get(path, "")) for path in paths)
        and len(kept) == len(pages)
        and _reuse(previous.folder, folder, paths)
    ):
        return False
    with _timed(timings, "view", add=True):
        linked = view.link_pages(kept)
    if len(linked) == len(pages):
        return True
    for path in paths:  # a page could not be linked: the part is read after all
        (folder / path).unlink(missing_ok=True)
    for document_id in linked:
        (view.view / "articles" / f"{document_id}.html").unlink(missing_ok=True)
    return False


@dataclass
class _PartOutcome:
    """What writing one part gave: the digest of each of its files' rows, the sha256 of those
    linked from the package replaced, the failed validations, the view's summary and the
    seconds of each stage."""

    digests: dict[str, str]
    reused: dict[str, str]
    failed: list
    summary: PartSummary | None  # None when a table failed
    seconds: dict[str, float]


@dataclass
class _PartWriter:
    """Writes one part's files and its articles' pages: in the build's process, or in a worker
    process (it is sent there once; each part's rows follow, so a worker needs no cache)."""

    folder: Path
    entities: dict[str, pd.DataFrame]
    schemas: dict[str, TableSchema]
    config: PackageConfig
    previous: PreviousPackage | None
    view: ViewWriter
    formats: dict[str, list[tuple[str, str, str]]]
    context: str

    def write(self, index: int, own: dict[str, pd.DataFrame]) -> _PartOutcome:
        """Part `index`, whose tables of documents are `own`: each file is linked from the
        package replaced when its rows are the same, else validated and written."""
        timings: dict[str, float] = {}
        folder, entities, previous = self.folder, self.entities, self.previous
        shown = published_tables(own, self.config)
        digests: dict[str, str] = {}
        reused: dict[str, str] = {}
        failed = []
        written_here = False
        for name in DOCUMENT_TABLES:
            paths = self.formats[name][index]
            digest = frame_digest(shown[name], self.schemas[name], f"{self.context} {paths}")
            digests.update(dict.fromkeys(paths, digest))
            if (
                previous is not None
                and previous.same(paths, digest)
                and _reuse(previous.folder, folder, paths)
            ):
                reused.update({path: previous.files[path] for path in paths})
                continue
            written_here = True
            with _timed(timings, "validate-parts", add=True):
                result = validate_table(name, own[name], {**own, **entities})
            if not result.passed:
                failed.append(result)
                continue
            for path in paths:
                (folder / path).parent.mkdir(parents=True, exist_ok=True)
                (folder / path).unlink(missing_ok=True)  # never write through a link
            _write_table(shown[name], self.schemas[name], folder, paths)
        if failed:
            return _PartOutcome(digests, reused, failed, None, timings)
        with _timed(timings, "view", add=True):
            summary = self.view.render({**own, **entities}, unchanged=not written_here)
        summary.files = dict(digests)
        return _PartOutcome(digests, reused, failed, summary, timings)


# Below this many parts to write, a worker costs more than it saves (starting one and
# importing pandas, pyarrow and pandera take about two seconds).
MIN_PARTS_FOR_WORKERS = 4
# Parts sent to each worker and not yet written: one under way, one waiting.
PARTS_PER_WORKER = 2


def _written_parts(
    parted: PartedTables, writer: _PartWriter, indexes: list[int], jobs: int | None
) -> Iterator[_PartOutcome]:
    """`writer` over the parts `indexes`, their outcomes in that order, in `jobs` processes:
    this one, which reads the parts, and `jobs - 1` workers (`parallel.shared_map`; a worker,
    with pandas, pyarrow and pandera imported, takes about 150 MB)."""
    from pipeline.parallel import shared_map

    return shared_map(
        writer,
        "write",
        ((index, parted.part(index)) for index in indexes),
        count=len(indexes),
        jobs=jobs,
        preload=(__name__,),
        min_tasks=MIN_PARTS_FOR_WORKERS,
        per_worker=PARTS_PER_WORKER,
    )


class _Summaries:
    """The view summaries of parts (`PartSummary`), kept in the extraction cache by the part's
    source and the code that writes the package; those no build used last are removed."""

    def __init__(self, parted: PartedTables, context: str):
        self.cache = parted.cache
        self.context = context
        self.used: set[str] = set()

    def _key(self, source: str) -> str:
        return hashlib.sha256(f"view {source} {self.context}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        assert self.cache is not None
        return self.cache.folder / key[:2] / f"{key}{SUMMARY}"

    def load(self, source: str | None) -> PartSummary | None:
        if self.cache is None or source is None:
            return None
        key = self._key(source)
        body = read_entry(self._path(key))
        if body is None:
            return None
        try:
            summary = PartSummary.decode(body)
        except (ValueError, KeyError, TypeError):
            return None
        self.used.add(key)
        return summary

    def store(self, source: str | None, summary: PartSummary) -> None:
        if self.cache is None or source is None:
            return
        key = self._key(source)
        with contextlib.suppress(OSError):
            write_entry(self._path(key), summary.encode())
            self.used.add(key)

    def prune(self) -> None:
        if self.cache is not None:
            self.cache.prune_entries((SUMMARY,), self.used)


def write_package(
    folder: Path,
    tables: dict[str, pd.DataFrame] | PartedTables,
    options: PublishOptions = PublishOptions(),
    input_dir: Path | None = None,
    timings: dict[str, float] | None = None,
    previous: PreviousPackage | None = None,
    jobs: int | None = 1,
) -> dict:
    """Every file of the package into `folder`, the marker last; returns the descriptor.

    A package in parts (`pipeline.publish.parts`; `tables` held whole or `PartedTables`) takes
    unchanged parts from `previous`, the package it replaces, and validates the others as it
    writes them, in `jobs` worker processes (None: one per core); the other tables must have
    been validated before. The files are the same whatever `jobs`.
    """
    timings = {} if timings is None else timings
    config = options.config
    schemas = published_schemas(config)
    parted = _parted(tables, options.parts_from)
    whole = None if parted is not None else published_tables(tables, config)
    count = parted.count if parted is not None else 1
    entities = parted.entities if parted is not None else tables
    rows = (
        parted.rows if parted is not None else {name: len(frame) for name, frame in tables.items()}
    )
    for subfolder in ("csv", "parquet", SPREADSHEET_FOLDER):
        (folder / subfolder).mkdir(parents=True)
    for name, schema in schemas.items():
        if count == 1 or name not in DOCUMENT_TABLES:
            (paths,) = _formats(name, 1)
            _write_table(
                whole[name] if whole is not None else entities[name], schema, folder, paths
            )
    same_title = previous is not None and previous.same_title(config.title)
    view = ViewWriter(
        folder,
        title=config.title,
        with_text=config.texts,
        pages=pages_of(
            parted.document_ids
            if parted is not None
            else tables["documents"]["document_id"].tolist(),
            options.view_pages,
        ),
        previous=previous.folder if same_title else None,
        changed=changed_entities(previous.folder, entities) if same_title else None,
    )
    parts: dict[str, str] = {}
    reused: dict[str, str] = {}
    if parted is not None:
        parts, reused, listed = _write_parts(
            folder, parted, schemas, config, previous, timings, view, jobs
        )
        documents = pd.DataFrame(sorted(listed, key=lambda row: row["document_id"]))
    else:
        documents = tables["documents"]
        with _timed(timings, "view", add=True):
            view.add(tables)
    provenance = build_provenance(
        rows["documents"],
        pipeline_version=package_version(),
        extraction_version=extraction_version(),
        failed=list(options.failed),
        skipped=list(options.skipped),
        input_dir=input_dir,
        with_git=options.git_commit,
    )
    listed_sources = sources(documents, rows["documents"])
    descriptor = build_descriptor(folder, listed_sources, config, provenance, count, reused)
    (folder / "datapackage.json").write_text(_json(descriptor), encoding="utf-8")
    (folder / "README.md").write_text(
        render_datacard(descriptor, rows, config, count), encoding="utf-8"
    )
    (folder / "CITATION.cff").write_text(render_citation(descriptor), encoding="utf-8")
    (folder / "croissant.json").write_text(_json(build_croissant(descriptor)), encoding="utf-8")
    with _timed(timings, "view", add=True):
        view.finish(entities, descriptor)
    with _timed(timings, "zip"):
        if count == 1:
            # A package in parts is large, and its zip would be written again whole by every
            # update: it is left out (the data card says so).
            write_zip(folder, descriptor["name"], descriptor["created"])
        write_checksums(folder, known=reused)
    write_marker(folder, parts=parts)
    return descriptor


def _parted(tables: dict[str, pd.DataFrame] | PartedTables, parts_from: int) -> PartedTables | None:
    """The tables as parts, or None when the package is one file per table."""
    if isinstance(tables, PartedTables):
        return tables if tables.count > 1 else None
    count = part_count(len(tables["documents"]), parts_from)
    return PartedTables.of(tables, count) if count > 1 else None


def publish_package(
    tables: dict[str, pd.DataFrame] | PartedTables,
    out_dir: Path,
    *,
    input_dir: Path | None = None,
    frictionless: bool = True,
    timings: dict[str, float] | None = None,
    options: PublishOptions = PublishOptions(),
    known: KnownFiles | None = None,
    jobs: int | None = 1,
) -> dict:
    """Validate `tables`, write them as a data package into `out_dir`, return the descriptor.

    `tables`: every table held whole, or `PartedTables`, whose tables of documents are read
    one part at a time (validated and written part by part).

    `out_dir` must be new, empty or a package this tool wrote, and not `input_dir` or a
    folder holding it (`DestinationError` otherwise). `frictionless=False` checks only the
    descriptor, not the written files row by row (pandera has checked every row of the
    tables); `timings` receives each stage's seconds; `known`: where the files of the package
    published are recorded, so the next build need not hash them all (`KnownFiles`); `jobs`:
    worker processes for the parts of a package in parts (None: one per core).
    """
    timings = {} if timings is None else timings
    out_dir = Path(out_dir).resolve()
    recorded = known.load(out_dir) if known is not None else None
    check_destination(out_dir, input_dir, recorded)
    parted = _parted(tables, options.parts_from)
    if parted is None and isinstance(tables, PartedTables):
        tables = tables.whole()  # one part: one file per table
    in_parts = parted is not None
    with _timed(timings, "validate"):
        # In parts, the tables of documents are validated part by part as they are written,
        # and only the parts that changed.
        validate_tables(dict(parted.entities) if parted is not None else tables)
    with staging_folder(out_dir) as staging:
        package = staging / "package"
        previous = PreviousPackage.read(out_dir) if in_parts else None
        with _timed(timings, "write"):
            descriptor = write_package(
                package, parted or tables, options, input_dir, timings, previous, jobs
            )
        with _timed(timings, "frictionless"):
            if frictionless:
                errors = frictionless_errors(package / "datapackage.json")
            else:
                errors = descriptor_errors(descriptor)
            if errors:
                raise PublishError("the written package is not valid:\n" + "\n".join(errors))
        staged = KnownFiles.of(package) if known is not None else {}
        swap_in(package, out_dir, input_dir, recorded)
    if known is not None:
        known.save(out_dir, staged)
    return descriptor
