"""Extraction on every core: worker processes that import only what extraction needs.

Workers start from a fork server with `pipeline.parallel` imported once (not from the
calling process, which may be a threaded Dagster run or hold large tables), so each costs
~40 MB rather than a copy of pandas, pandera and pyarrow. Articles go out in small chunks,
a few chunks per worker at a time, and come back as soon as they are done, in any order:
the caller puts them back in order. A worker pickles each extraction once; the same bytes
go back to the parent and into the cache.

As with any `multiprocessing` code, a script that calls this must guard its entry point
with `if __name__ == "__main__":` (`python -m pipeline` and Dagster do).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from multiprocessing.context import BaseContext
from pathlib import Path

from pipeline.cache import CacheKey, ExtractionCache
from pipeline.extract.article import extract_article
from pipeline.ingest import read_article
from pipeline.model import ArticleError, Extraction

# Below this many articles to extract per worker, starting workers costs more than it saves.
MIN_ARTICLES_PER_WORKER = 8
# Articles per task: enough to amortize the round trip, few enough that the workers
# finish together and progress moves.
MAX_CHUNK = 16
# Chunks in flight per worker: bounds the results waiting in memory for the parent.
CHUNKS_IN_FLIGHT_PER_WORKER = 4

# One task: (position in the caller's list, the file, its cache key or None).
Task = tuple[int, Path, CacheKey | None]
# What comes back: (position, the Extraction, or the error line naming the file).
Outcome = tuple[int, Extraction | str]


def process_file(path: Path) -> Extraction:
    """Read and extract one article file; any failure becomes an `ArticleError` naming the file."""
    try:
        return extract_article(read_article(path))
    except ArticleError:
        raise
    except Exception as error:  # a bug on one article must not cost the others
        raise ArticleError(f"{path}: extraction failed: {type(error).__name__}: {error}") from error


def available_cores() -> int:
    """Cores this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def worker_count(jobs: int | None, articles: int) -> int:
    """`jobs` workers (every core when None), never more than there are articles to extract.

    With `jobs=None` a small build stays in this process: starting workers takes longer
    than extracting a few articles. `worker_count(None, 3) == 1`, `worker_count(4, 2) == 2`.
    """
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs is None:
        return max(1, min(available_cores(), articles // MIN_ARTICLES_PER_WORKER))
    return max(1, min(jobs, articles))


def extract_tasks(
    tasks: list[Task], cache: ExtractionCache | None, workers: int
) -> Iterator[Outcome]:
    """Extract every task, in this process when `workers` is 1, storing results in `cache`."""
    if workers <= 1:
        for position, path, key in tasks:
            outcome = _extract_one(path, key, cache)
            yield position, outcome if isinstance(outcome, str) else outcome[0]
    else:
        yield from _extract_in_workers(tasks, cache, workers)


def _extract_one(
    path: Path, key: CacheKey | None, cache: ExtractionCache | None
) -> tuple[Extraction, bytes | None] | str:
    """The extraction (and its pickle when it was made for the cache), or the error line."""
    try:
        extraction = process_file(path)
    except ArticleError as error:
        return str(error)
    pickled = None
    # The file may have changed between hashing and reading it: then the entry would lie.
    if cache is not None and key is not None and extraction.article.sha256 == key.article_sha256:
        pickled = pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
        cache.store(key, pickled)
    return extraction, pickled


_worker_cache: ExtractionCache | None = None  # set in each worker by _start_worker


def _start_worker(cache: ExtractionCache | None) -> None:
    global _worker_cache
    _worker_cache = cache


def _extract_chunk(tasks: list[Task]) -> list[tuple[int, bytes | str]]:
    """In a worker: each extraction pickled once, for the trip back and for the cache."""
    outcomes: list[tuple[int, bytes | str]] = []
    for position, path, key in tasks:
        outcome = _extract_one(path, key, _worker_cache)
        if isinstance(outcome, str):
            outcomes.append((position, outcome))
        else:
            extraction, pickled = outcome
            outcomes.append(
                (position, pickled or pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
            )
    return outcomes


def _pool_context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")  # Windows


def _chunks(tasks: list[Task], workers: int) -> Iterator[list[Task]]:
    size = max(1, min(MAX_CHUNK, len(tasks) // (workers * CHUNKS_IN_FLIGHT_PER_WORKER)))
    for start in range(0, len(tasks), size):
        yield tasks[start : start + size]


def _extract_in_workers(
    tasks: list[Task], cache: ExtractionCache | None, workers: int
) -> Iterator[Outcome]:
    chunks = _chunks(tasks, workers)
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_pool_context(),
        initializer=_start_worker,
        initargs=(cache,),
    ) as pool:
        running = {
            pool.submit(_extract_chunk, chunk)
            for chunk in _take(chunks, workers * CHUNKS_IN_FLIGHT_PER_WORKER)
        }
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                for position, outcome in future.result():
                    yield position, outcome if isinstance(outcome, str) else pickle.loads(outcome)
                for chunk in _take(chunks, 1):
                    running.add(pool.submit(_extract_chunk, chunk))


def _take(chunks: Iterator[list[Task]], count: int) -> list[list[Task]]:
    return [chunk for _, chunk in zip(range(count), chunks, strict=False)]
