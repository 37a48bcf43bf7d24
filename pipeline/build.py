"""The build, as plain functions: read every article, extract, assemble, publish.

The command line and the Dagster assets both call these, so the two write the same package.
Extraction runs on every core (`pipeline.parallel`), skips articles whose extraction is
cached (`pipeline.cache`), and gives the same result in the same order whatever the
number of workers, so the package is byte-identical with `--jobs 1` and `--jobs 8`.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.cache import CacheError, CacheKey, ExtractionCache
from pipeline.fragments import CachedEntry, Fresh, PartAssembler
from pipeline.ingest import discover_inputs
from pipeline.ingest.discover import Inputs, estimated_articles
from pipeline.ingest.exports import FieldMap
from pipeline.ingest.language import is_english, not_english_note
from pipeline.ingest.record import InputRecord, file_record
from pipeline.input_index import InputIndex
from pipeline.memory import fewer_collections
from pipeline.model import ArticleError, Extraction
from pipeline.parallel import (
    ARTICLE_SECONDS,
    MIN_ARTICLES_PER_WORKER,
    Omitted,
    Task,
    available_cores,
    extract_tasks,
    process_file,
    worker_count,
)
from pipeline.progress import Progress
from pipeline.publish import publish_package
from pipeline.publish.config import PackageConfig, load_config
from pipeline.publish.destination import KnownFiles, check_destination
from pipeline.publish.package import PublishOptions
from pipeline.publish.parts import PARTS_FROM, PartedTables, part_count
from pipeline.publish.view import MAX_ARTICLE_PAGES
from pipeline.safe_text import shown
from pipeline.tables import TableAssembler

__all__ = [
    "BuildResult",
    "ExtractionRun",
    "build",
    "build_tables",
    "extract_articles",
    "extract_files",
    "process_file",
    "publish_tables",
]

# (articles, when known before reading them; bytes of the input) -> a Progress to advance
ProgressFactory = Callable[[int | None, int], Progress]

# Above this many rows in all tables, row-by-row Frictionless validation of the written
# files (about 6,000 table rows a second, CSV and Parquet together) takes longer than the
# rest of a build, so `frictionless=None` checks the descriptor only: pandera has already
# checked every row. `frictionless validate` (`make validate`) runs the full check.
FULL_FRICTIONLESS_MAX_ROWS = 50_000
PAGES_WITHOUT_TEXT = "pages with no article text"


@dataclass
class ExtractionRun:
    """What `extract_articles` did: the extractions (sorted by document id) and the failures.

    `extractions` is empty when they were handed on one by one (`into`).
    """

    extractions: list[Extraction]
    errors: list[str]  # one line per article that failed
    extracted: list[str] = field(default_factory=list)  # sources of the records extracted now
    from_cache: int = 0  # articles whose extraction came from the cache
    omitted: int = 0  # pages of a crawl with no article text: counted, not errors


@dataclass
class BuildResult:
    # Every table held whole; or, from `build`, for a package in parts, None and `parted`.
    tables: dict[str, pd.DataFrame] | None
    errors: list[str] = field(default_factory=list)  # one line per article that failed
    skipped: list[str] = field(default_factory=list)  # one line per file that is not an article
    notes: list[str] = field(default_factory=list)  # one line per article not in English
    extracted: list[str] = field(default_factory=list)  # records extracted (not from the cache)
    from_cache: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    frictionless: bool | None = None  # whether the written files were checked row by row
    counted: dict[str, int] = field(default_factory=dict)  # what was only counted, not listed
    unit: str = "file"  # what an error line is about: a file, or a record of a crawl or export
    parts: tuple[int, int] | None = None  # (parts read from their cached fragment, all parts)
    parted: PartedTables | None = None  # the tables, read part by part (`streamed`)

    @property
    def published(self) -> dict[str, pd.DataFrame] | PartedTables:
        """The tables as they go to `publish_tables`."""
        assert self.tables is not None or self.parted is not None
        return self.tables if self.tables is not None else self.parted

    @property
    def rows(self) -> dict[str, int]:
        """The rows of each table."""
        return PartedTables.rows_of(self.published)


# What became of a record: its extraction, an entry of the cache not decoded (`lazy`), or the
# error line naming it.
Outcome = Extraction | CachedEntry | str


class DocumentIds:
    """Which record gets each document id: the first in input order that can be read.

    Records are registered in input order as they are read; their outcomes come back in
    any order. An outcome is decided at once unless an earlier record with the same id is
    still under way: then it waits for that one (only such twins wait, so what is held
    does not grow with the input).
    """

    def __init__(self) -> None:
        self._waiting: dict[str, list[int]] = {}  # id -> positions not decided yet, in order
        self._winner: dict[str, str] = {}  # id -> source of the record that got it
        self._held: dict[int, tuple[str, str, Outcome]] = {}

    def register(self, position: int, document_id: str) -> None:
        self._waiting.setdefault(document_id, []).append(position)

    def settle(
        self, position: int, document_id: str, label: str, outcome: Outcome
    ) -> list[tuple[int, Outcome]]:
        """What can be decided now: (position, the extraction kept, or an error line);
        `label` names the record in an error line."""
        waiting = self._waiting[document_id]
        if waiting[0] != position:
            self._held[position] = (document_id, label, outcome)  # an earlier twin is under way
            return []
        decided = [self._decide(position, document_id, label, outcome)]
        # Twins held behind this one can be decided now, in input order.
        while waiting and waiting[0] in self._held:
            held = waiting[0]
            decided.append(self._decide(held, *self._held.pop(held)))
        if not waiting:
            del self._waiting[document_id]
        return decided

    def _decide(
        self, position: int, document_id: str, label: str, outcome: Outcome
    ) -> tuple[int, Outcome]:
        self._waiting[document_id].remove(position)
        if isinstance(outcome, str):
            return position, outcome
        if document_id in self._winner:
            return position, (
                f"{label}: same document id {document_id!r} as "
                f"{self._winner[document_id]}; rename one of them"
            )
        self._winner[document_id] = (
            outcome.source if isinstance(outcome, CachedEntry) else outcome.article.source
        )
        return position, outcome


def extract_articles(
    records: Iterable[InputRecord | Path],
    *,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
    into: Callable[[Extraction], object] | None = None,
    seconds: float | None = ARTICLE_SECONDS,
    lazy: bool = False,
    index: InputIndex | None = None,
) -> ExtractionRun:
    """Extract every record (from the cache when it holds the same bytes under the same version).

    `records` are read one at a time as workers are free (a `Path` is a file directly in
    its folder), so an input of any size is streamed. The result does not depend on `jobs`
    or the cache: extractions come back sorted by document id, and of two records with the
    same document id the first in input order that can be read wins, as with one process.

    With `into` (e.g. `TableAssembler.add`), each extraction is handed to it as soon as it
    is known to be kept, in no set order, and not kept here (`extractions` stays empty):
    a large build then holds one extraction at a time rather than all of them.
    `seconds` is each article's time budget (None: no limit). `lazy` (with `into` and a
    cache): an article whose entry is in the cache is handed on as a `CachedEntry`, checked
    whole but not decoded, and one extracted now as `Fresh`, with its key. `index` (with
    `lazy`): a file whose status and cache entry are as the last build saw them is taken as
    cached without reading it (`pipeline.input_index`); the caller saves the index.
    """
    kept: list[Extraction] = []
    take = kept.append if into is None else into
    ids = DocumentIds()
    errors: list[tuple[int, str]] = []  # (position, line), to report in input order
    run = ExtractionRun(kept, [])
    # What is known of each record under way: (document id, label, bytes of the input).
    under_way: dict[int, tuple[str, str, int]] = {}
    keys: dict[int, CacheKey | None] = {}  # lazy: the key of each record being extracted

    def settle(position: int, outcome: Outcome) -> None:
        document_id, label, size = under_way.pop(position)
        if progress is not None:
            progress.advance(size=size)
        for decided, result in ids.settle(position, document_id, label, outcome):
            key = keys.pop(decided, None)
            if isinstance(result, Omitted):
                run.omitted += 1  # a crawl's page of links: counted, and its id left free
            elif isinstance(result, str):
                errors.append((decided, result))
            elif lazy and isinstance(result, Extraction):
                take(Fresh(result, key))
            else:
                take(result)

    def tasks() -> Iterator[Task]:
        for position, item in enumerate(records):
            record = file_record(item, item.parent) if isinstance(item, Path) else item
            ids.register(position, record.document_id)
            under_way[position] = (record.document_id, record.label, record.input_bytes)
            unloaded = record
            statuses = None
            if lazy and index is not None:
                known = index.lookup(record)
                if known is not None:  # unchanged since the last build: not read at all
                    run.from_cache += 1
                    again = record if record.is_file else None
                    settle(position, CachedEntry(record.document_id, record.source, known, again))
                    continue
                statuses = index.statuses(record)  # before reading it
            try:
                record = record.loaded()
                key = cache.key(record) if cache is not None else None
            except ArticleError as error:
                settle(position, str(error))
                continue
            if index is not None and key is not None:
                index.note(record, statuses, key)
            if lazy and key is not None and cache.verified(key):
                run.from_cache += 1
                # The record, not loaded, is kept only when it is a file's path, not its text.
                again = unloaded if unloaded.is_file else None
                settle(position, CachedEntry(record.document_id, record.source, key, again))
                continue
            cached = cache.load(key, record) if key is not None and not lazy else None
            if cached is not None:
                run.from_cache += 1
                settle(position, cached)
            else:
                run.extracted.append(record.source)
                if lazy:
                    keys[position] = key
                yield position, record, key

    stream = tasks()
    # As many as it takes to know whether workers pay off; the rest are read as they go.
    head = list(itertools.islice(stream, available_cores() * MIN_ARTICLES_PER_WORKER))
    outcomes = extract_tasks(
        itertools.chain(head, stream),
        cache,
        worker_count(jobs, len(head)),
        seconds=seconds,
        running=progress.running if progress is not None else None,
    )
    for position, outcome in outcomes:
        settle(position, outcome)
    if progress is not None:
        progress.close()
    kept.sort(key=lambda extraction: extraction.article.document_id)
    run.errors = [line for _, line in sorted(errors, key=lambda error: error[0])]
    return run


def extract_files(
    paths: Iterable[InputRecord | Path],
    *,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
) -> tuple[list[Extraction], list[str]]:
    """The extractions of `paths` (sorted by document id) and one error line per failed record."""
    run = extract_articles(paths, jobs=jobs, cache=cache, progress=progress)
    return run.extractions, run.errors


def build_tables(
    input_dir: Path,
    *,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    progress: ProgressFactory | None = None,
    timings: dict[str, float] | None = None,
    seconds: float | None = ARTICLE_SECONDS,
    fields: FieldMap | None = None,
    parts_from: int = PARTS_FROM,
    streamed: bool = False,
) -> BuildResult:
    """Every table from the articles of `input_dir` (a folder, an archive, a crawl or an
    export: `pipeline.ingest.discover`); `cache_dir` None extracts every article.

    `timings` (also `result.timings`) receives each stage's seconds as it ends; `fields`
    maps the fields of a JSONL or CSV export. `streamed`: a package in parts built with a
    cache gives `result.parted`, whose parts are read one at a time, not `result.tables`.
    """
    timings = {} if timings is None else timings
    started = time.perf_counter()
    inputs = discover_inputs(Path(input_dir), fields=fields)
    if cache_dir is not None:
        _check_cache_beside_input(Path(cache_dir), Path(input_dir))
    cache = (
        ExtractionCache(cache_dir, owner=str(Path(input_dir).resolve()))
        if cache_dir is not None
        else None
    )
    expected = part_count(estimated_articles(inputs), parts_from)
    if cache is not None and expected > 1:
        # A package in parts: each part's rows come from its cached fragment when no article
        # of it changed (`pipeline.fragments`), so cached extractions are not decoded. An
        # input of any form: rows beyond a few thousand articles are spilled to the cache,
        # so memory does not grow with an archive or an export either.
        index = InputIndex(cache, Path(input_dir))
        with PartAssembler(cache, expected, seconds) as parts:
            run = extract_articles(
                inputs.records,
                jobs=jobs,
                cache=cache,
                progress=progress(inputs.count, inputs.total_bytes) if progress else None,
                into=parts.add,
                seconds=seconds,
                lazy=True,
                index=index,
            )
            index.save()
            timings["extract"] = time.perf_counter() - started
            started = time.perf_counter()
            count = part_count(parts.articles, parts_from)
            parted, notes = parts.finish(count, jobs)
        # Whole when not streamed, or when fewer articles came than an export's or archive's
        # estimate said: one file per table.
        whole = not streamed or count == 1
        if whole:  # else `build` prunes once the package is written: one pass for all
            # After the spills are read: its clean-up removes spill folders by their age.
            cache.prune_other_versions()
        tables = parted.whole() if whole else None
        run.errors += parts.errors
        run.from_cache -= len(parts.extracted_again)
        run.extracted += parts.extracted_again
        reused = (parted.from_cache, count) if count > 1 else None
        timings["assemble"] = time.perf_counter() - started
    else:
        tables, notes, run = _assemble_all(inputs, cache, jobs, progress, seconds, timings, started)
        reused, parted = None, None
    counted = dict(sorted(inputs.counted.items()))
    if run.omitted:
        counted[PAGES_WITHOUT_TEXT] = run.omitted
    return BuildResult(
        tables,
        run.errors,
        [str(entry) for entry in inputs.skipped],
        sorted(notes),
        run.extracted,
        run.from_cache,
        timings,
        counted=counted,
        unit=inputs.unit,
        parts=reused,
        parted=parted if tables is None else None,
    )


def _assemble_all(
    inputs: Inputs,
    cache: ExtractionCache | None,
    jobs: int | None,
    progress: ProgressFactory | None,
    seconds: float | None,
    timings: dict[str, float],
    started: float,
) -> tuple[dict[str, pd.DataFrame], list[str], ExtractionRun]:
    """Every extraction into one `TableAssembler` as it arrives (each then dropped)."""
    assembler = TableAssembler()
    notes: list[str] = []

    def add(extraction: Extraction) -> None:
        if not is_english(extraction.article):
            notes.append(not_english_note(extraction.article))
        assembler.add(extraction)

    run = extract_articles(
        inputs.records,
        jobs=jobs,
        cache=cache,
        progress=progress(inputs.count, inputs.total_bytes) if progress else None,
        into=add,
        seconds=seconds,
    )
    if cache is not None:
        cache.prune_other_versions()
    timings["extract"] = time.perf_counter() - started
    started = time.perf_counter()
    tables = assembler.tables()
    timings["assemble"] = time.perf_counter() - started
    return tables, notes, run


def full_frictionless(
    tables: dict[str, pd.DataFrame] | PartedTables, frictionless: bool | None
) -> bool:
    """Whether to check the written files row by row: always, never, or (None) when small."""
    if frictionless is None:
        return sum(PartedTables.rows_of(tables).values()) <= FULL_FRICTIONLESS_MAX_ROWS
    return frictionless


def publish_tables(
    tables: dict[str, pd.DataFrame] | PartedTables,
    out_dir: Path,
    input_dir: Path,
    reasons: Iterable[str] = (),
    *,
    frictionless: bool | None = None,
    timings: dict[str, float] | None = None,
    options: PublishOptions | None = None,
    known: KnownFiles | None = None,
    jobs: int | None = 1,
) -> dict:
    """Publish unless no article was read: an empty package must never replace a good one.

    `frictionless`: check the written files row by row (True), only the descriptor (False),
    or row by row up to `FULL_FRICTIONLESS_MAX_ROWS` rows (None). `options`: the package's
    metadata and the files that failed (default: `package.yaml` of `input_dir` or of the
    working folder, no failure). `jobs`: worker processes writing the parts of a package in
    parts (None: one per core; the files are the same whatever the number).
    """
    if PartedTables.rows_of(tables)["documents"] == 0:
        raise ArticleError(
            "\n".join([*reasons, f"{input_dir}: no article could be read; nothing was published"])
        )
    return publish_package(
        tables,
        out_dir,
        input_dir=input_dir,
        frictionless=full_frictionless(tables, frictionless),
        timings=timings,
        options=options or PublishOptions(config=load_config(input_dir)),
        known=known,
        jobs=jobs,
    )


def _check_cache_beside_input(cache_dir: Path, input_dir: Path) -> None:
    """`CacheError` when the cache would go into the articles' folder or hold it: its entries
    would be read as articles, and its clean-up would run among the user's files."""
    cache, source = cache_dir.resolve(), input_dir.resolve()
    # (inside it under a hidden folder is apart: hidden folders are not read for articles)
    inside = source in cache.parents and not any(
        part.startswith(".") for part in cache.relative_to(source).parts
    )
    if cache == source or inside or cache in source.parents:
        raise CacheError(
            f"{shown(cache_dir)}: the cache folder must be apart from the input "
            f"{shown(input_dir)} (neither inside it nor holding it); pass another --cache"
        )


def build(
    input_dir: Path,
    out_dir: Path,
    *,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    progress: ProgressFactory | None = None,
    frictionless: bool | None = None,
    timings: dict[str, float] | None = None,
    seconds: float | None = ARTICLE_SECONDS,
    fields: FieldMap | None = None,
    config: PackageConfig | None = None,
    git_commit: bool = True,
    view_pages: int = MAX_ARTICLE_PAGES,
    parts_from: int = PARTS_FROM,
) -> BuildResult:
    """Build and publish; the package is published with the articles that succeeded.

    `timings` receives each stage's seconds as it ends, so they are known when a stage fails.
    A destination that may not be published to, or a broken `package.yaml`, is refused
    before any article is read. `config`: the package's metadata (default: `package.yaml`
    of `input_dir`, else of the working folder). `parts_from`: the articles from which the
    tables of documents are written in parts (`pipeline.publish.parts`).
    """
    with fewer_collections():
        return _build(
            input_dir,
            out_dir,
            jobs=jobs,
            cache_dir=cache_dir,
            progress=progress,
            frictionless=frictionless,
            timings=timings,
            seconds=seconds,
            fields=fields,
            config=config,
            git_commit=git_commit,
            view_pages=view_pages,
            parts_from=parts_from,
        )


def _build(
    input_dir: Path,
    out_dir: Path,
    *,
    jobs: int | None,
    cache_dir: Path | None,
    progress: ProgressFactory | None,
    frictionless: bool | None,
    timings: dict[str, float] | None,
    seconds: float | None,
    fields: FieldMap | None,
    config: PackageConfig | None,
    git_commit: bool,
    view_pages: int,
    parts_from: int,
) -> BuildResult:
    # The files of the package there, as the last build left them: not hashed again if so.
    known = KnownFiles(cache_dir) if cache_dir is not None else None
    check_destination(out_dir, input_dir, known.load(out_dir) if known is not None else None)
    config = config or load_config(input_dir)
    result = build_tables(
        input_dir,
        jobs=jobs,
        cache_dir=cache_dir,
        progress=progress,
        timings=timings,
        seconds=seconds,
        fields=fields,
        parts_from=parts_from,
        streamed=True,
    )
    result.frictionless = full_frictionless(result.published, frictionless)
    publish_tables(
        result.published,
        out_dir,
        input_dir,
        [*result.skipped, *result.errors],
        frictionless=result.frictionless,
        timings=result.timings,
        options=PublishOptions(
            config=config,
            failed=tuple(result.errors),
            skipped=tuple(result.skipped),
            git_commit=git_commit,
            view_pages=view_pages,
            parts_from=parts_from,
        ),
        known=known,
        jobs=jobs,
    )
    if result.parted is not None and result.parts is not None:
        # A fragment found damaged while the part was written was assembled again.
        result.parts = (result.parted.from_cache, result.parts[1])
    if result.parted is not None and result.parted.cache is not None:
        # Other versions, stale temporaries, and the fragments and summaries no longer used.
        result.parted.cache.prune_other_versions()
    return result
