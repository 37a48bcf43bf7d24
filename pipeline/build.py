"""The build, as plain functions: read every article, extract, assemble, publish.

The command line and the Dagster assets both call these, so the two write the same package.
Extraction runs on every core (`pipeline.parallel`), skips articles whose extraction is
cached (`pipeline.cache`), and gives the same result in the same order whatever the
number of workers, so the package is byte-identical with `--jobs 1` and `--jobs 8`.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.cache import CacheKey, ExtractionCache
from pipeline.extract.article import is_english, not_english_note
from pipeline.ingest import discover_articles
from pipeline.ingest.read import document_id_for
from pipeline.model import ArticleError, Extraction
from pipeline.parallel import ARTICLE_SECONDS, Task, extract_tasks, process_file, worker_count
from pipeline.progress import Progress
from pipeline.publish import publish_package
from pipeline.publish.destination import check_destination
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

ProgressFactory = Callable[[int], Progress]  # total articles -> a Progress to advance

# Above this many rows in all tables, row-by-row Frictionless validation of the written
# files (about 6,000 table rows a second, CSV and Parquet together) takes longer than the
# rest of a build, so `frictionless=None` checks the descriptor only: pandera has already
# checked every row. `frictionless validate` (`make validate`) runs the full check.
FULL_FRICTIONLESS_MAX_ROWS = 50_000


@dataclass
class ExtractionRun:
    """What `extract_articles` did: the extractions (sorted by document id) and the failures.

    `extractions` is empty when they were handed on one by one (`into`).
    """

    extractions: list[Extraction]
    errors: list[str]  # one line per article that failed
    extracted: list[str] = field(default_factory=list)  # names of the files extracted this time
    from_cache: int = 0  # articles whose extraction came from the cache


@dataclass
class BuildResult:
    tables: dict[str, pd.DataFrame]
    errors: list[str] = field(default_factory=list)  # one line per article that failed
    skipped: list[str] = field(default_factory=list)  # one line per file that is not an article
    notes: list[str] = field(default_factory=list)  # one line per article not in English
    extracted: list[str] = field(default_factory=list)  # files extracted (not from the cache)
    from_cache: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    frictionless: bool | None = None  # whether the written files were checked row by row


def extract_articles(
    paths: Iterable[Path],
    *,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
    into: Callable[[Extraction], object] | None = None,
    seconds: float | None = ARTICLE_SECONDS,
) -> ExtractionRun:
    """Extract every file (from the cache when it holds the same bytes under the same version).

    The result does not depend on `jobs` or the cache: extractions come back sorted by
    document id, and of two files with the same document id the first in sorted path
    order that can be read wins, as with one process.

    With `into` (e.g. `TableAssembler.add`), each extraction is handed to it as soon as it
    is known to be kept, in no set order, and not kept here (`extractions` stays empty):
    a large build then holds one extraction at a time rather than all of them.
    `seconds` is each article's time budget (None: no limit).
    """
    paths = list(paths)
    kept: list[Extraction] = []
    take = kept.append if into is None else into
    # The document id comes from the file name, so files that would collide are known
    # before any is read: only their outcomes wait until all are in, to pick the winner.
    colliding = {
        document_id
        for document_id, files in Counter(map(document_id_for, paths)).items()
        if files > 1
    }
    waiting: dict[int, Extraction] = {}
    errors: list[tuple[int, str]] = []  # (position, line), to report in path order
    taken: dict[str, Path] = {}

    def keep(position: int, extraction: Extraction) -> None:
        document_id = extraction.article.document_id
        if document_id in taken:
            errors.append(
                (
                    position,
                    f"{paths[position]}: same document id {document_id!r} as "
                    f"{taken[document_id].name}; rename one of them",
                )
            )
            return
        taken[document_id] = paths[position]
        take(extraction)

    def settle(position: int, outcome: Extraction | str) -> None:
        if progress is not None:
            progress.advance()
        if isinstance(outcome, str):
            errors.append((position, outcome))
        elif outcome.article.document_id in colliding:
            waiting[position] = outcome
        else:
            keep(position, outcome)

    tasks: list[Task] = []
    for position, path in enumerate(paths):
        key = _key_or_none(cache, path)
        cached = cache.load(key) if cache is not None and key is not None else None
        if cached is not None:
            settle(position, cached)
        else:
            tasks.append((position, path, key))
    outcomes = extract_tasks(
        tasks,
        cache,
        worker_count(jobs, len(tasks)),
        seconds=seconds,
        running=progress.running if progress is not None else None,
    )
    for position, outcome in outcomes:
        settle(position, outcome)
    if progress is not None:
        progress.close()
    for position in sorted(waiting):
        keep(position, waiting.pop(position))

    kept.sort(key=lambda extraction: extraction.article.document_id)
    return ExtractionRun(
        kept,
        [line for _, line in sorted(errors, key=lambda error: error[0])],
        extracted=[path.name for _, path, _ in tasks],
        from_cache=len(paths) - len(tasks),
    )


def _key_or_none(cache: ExtractionCache | None, path: Path) -> CacheKey | None:
    if cache is None:
        return None
    try:
        return cache.key(path)
    except OSError:
        return None  # unreadable: process_file reports it with the file's name


def extract_files(
    paths: Iterable[Path],
    *,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
) -> tuple[list[Extraction], list[str]]:
    """The extractions of `paths` (sorted by document id) and one error line per failed file."""
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
) -> BuildResult:
    """Every table from the articles in `input_dir`; `cache_dir` None extracts every article.

    `timings` (also `result.timings`) receives each stage's seconds as it ends.
    """
    timings = {} if timings is None else timings
    started = time.perf_counter()
    paths, skipped = discover_articles(Path(input_dir))
    cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    # Each extraction goes into the tables' columns as it arrives and is then dropped.
    assembler = TableAssembler()
    notes: list[str] = []

    def add(extraction: Extraction) -> None:
        if not is_english(extraction.article):
            notes.append(not_english_note(extraction.article))
        assembler.add(extraction)

    run = extract_articles(
        paths,
        jobs=jobs,
        cache=cache,
        progress=progress(len(paths)) if progress else None,
        into=add,
        seconds=seconds,
    )
    if cache is not None:
        cache.prune_other_versions()
    timings["extract"] = time.perf_counter() - started
    started = time.perf_counter()
    tables = assembler.tables()
    timings["assemble"] = time.perf_counter() - started
    return BuildResult(
        tables,
        run.errors,
        [str(s) for s in skipped],
        sorted(notes),
        run.extracted,
        run.from_cache,
        timings,
    )


def full_frictionless(tables: dict[str, pd.DataFrame], frictionless: bool | None) -> bool:
    """Whether to check the written files row by row: always, never, or (None) when small."""
    if frictionless is None:
        return sum(len(frame) for frame in tables.values()) <= FULL_FRICTIONLESS_MAX_ROWS
    return frictionless


def publish_tables(
    tables: dict[str, pd.DataFrame],
    out_dir: Path,
    input_dir: Path,
    reasons: Iterable[str] = (),
    *,
    frictionless: bool | None = None,
    timings: dict[str, float] | None = None,
) -> dict:
    """Publish unless no article was read: an empty package must never replace a good one.

    `frictionless`: check the written files row by row (True), only the descriptor (False),
    or row by row up to `FULL_FRICTIONLESS_MAX_ROWS` rows (None).
    """
    if len(tables["documents"]) == 0:
        raise ArticleError(
            "\n".join([*reasons, f"{input_dir}: no article could be read; nothing was published"])
        )
    return publish_package(
        tables,
        out_dir,
        input_dir=input_dir,
        frictionless=full_frictionless(tables, frictionless),
        timings=timings,
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
) -> BuildResult:
    """Build and publish; the package is published with the articles that succeeded.

    `timings` receives each stage's seconds as it ends, so they are known when a stage fails.
    A destination that may not be published to is refused before any article is read.
    """
    check_destination(out_dir, input_dir)
    result = build_tables(
        input_dir,
        jobs=jobs,
        cache_dir=cache_dir,
        progress=progress,
        timings=timings,
        seconds=seconds,
    )
    result.frictionless = full_frictionless(result.tables, frictionless)
    publish_tables(
        result.tables,
        out_dir,
        input_dir,
        [*result.skipped, *result.errors],
        frictionless=result.frictionless,
        timings=result.timings,
    )
    return result
