"""Extraction on every core: worker processes that import only what extraction needs.

Workers start from a fork server with `pipeline.parallel` imported once (not from the
calling process, which may be a threaded Dagster run or hold large tables), so each costs
~40 MB rather than a copy of pandas, pandera and pyarrow. Articles go out in small chunks,
a few chunks per worker at a time, and come back as soon as they are done, in any order:
the caller puts them back in order. A worker encodes each extraction once
(`pipeline.codec`); the same bytes go back to the parent and into the cache.

Every article has a time budget (`ARTICLE_SECONDS`), enforced where it is extracted, so a
pathological input costs one error line, not the build. Workers never outlive the build:
each watches the process that started it and exits when it is gone, whether it finished,
failed, was stopped or was killed.

As with any `multiprocessing` code, a script that calls this must guard its entry point
with `if __name__ == "__main__":` (`python -m pipeline` and Dagster do).
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

from pipeline.cache import CacheKey, ExtractionCache
from pipeline.codec import decode_extraction, encode_extraction
from pipeline.extraction_check import extraction_problems
from pipeline.ingest.read import read_record
from pipeline.ingest.record import InputRecord, file_record
from pipeline.memory import set_apart
from pipeline.model import ArticleError, Extraction, NoArticleText
from pipeline.safe_text import shown
from pipeline.signals import stops_held

# Below this many articles to extract per worker, starting workers costs more than it saves.
MIN_ARTICLES_PER_WORKER = 8
# Articles per task: enough to amortize the round trip, few enough that the workers
# finish together and progress moves.
MAX_CHUNK = 16
# Bytes per task: a long article travels alone, so the build knows which one is running.
MAX_CHUNK_BYTES = 1 << 20
# Chunks in flight per worker: bounds the results waiting in memory for the parent.
CHUNKS_IN_FLIGHT_PER_WORKER = 4
# Seconds one article may take to read and extract; extraction is linear in the text, so
# only a pathological input (tens of MB in one article) comes near it.
ARTICLE_SECONDS = 60.0

# One task: (position in the input, the record with its bytes read, its cache key or None).
Task = tuple[int, InputRecord, CacheKey | None]


class Omitted(str):
    """The line of a record that held no article where that is no error (a crawl's page of
    links): counted, not reported."""


# What comes back: (position, the Extraction, or the error line naming the record).
Outcome = tuple[int, Extraction | str]
# Told which records are being extracted when that changes (None once none is): (label, bytes).
Running = Callable[[list[tuple[str, int]] | None], object]


class ArticleTimeout(Exception):
    """The article's time budget ran out."""


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `ArticleTimeout` in the block once `seconds` have passed.

    A timer signal interrupts Python code and regular expressions alike; it exists only in
    the main thread of a Unix process, so elsewhere (a Dask worker's thread) the block runs
    without a budget.
    """
    if (
        not seconds
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(signal_number: int, frame: object) -> None:
        raise ArticleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_file(path: Path, seconds: float | None = ARTICLE_SECONDS) -> Extraction:
    """Read and extract one article file (directly in its folder) within `seconds`."""
    return process_record(file_record(path, path.parent), seconds)


def process_record(record: InputRecord, seconds: float | None = ARTICLE_SECONDS) -> Extraction:
    """Read and extract one record within `seconds`; any failure becomes an `ArticleError`
    naming it."""
    # Imported here, not with this module: a rebuild that extracts nothing does not pay the
    # half second its rules take to compile (workers have it preloaded: `_pool_context`).
    from pipeline.extract.article import extract_article

    where = record.label
    try:
        with time_budget(seconds):
            extraction = extract_article(read_record(record))
            problems = extraction_problems(extraction)
    except ArticleError:
        raise
    except ArticleTimeout:
        raise ArticleError(
            f"{where}: took more than {seconds:g} s to extract; skipped (a very long or "
            "unusual text; --time-limit sets the budget)"
        ) from None
    except Exception as error:  # a bug on one article must not cost the others
        raise ArticleError(
            f"{where}: extraction failed: {type(error).__name__}: {shown(error)}"
        ) from error
    if problems:  # a bug too, which would fail the validation of the whole corpus
        raise ArticleError(
            f"{where}: extraction made a row the tables reject ({shown(problems[0])}); "
            "skipped, please report it"
        )
    return extraction


def available_cores() -> int:
    """Cores this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def worker_count(jobs: int | None, articles: int) -> int:
    """`jobs` workers (every core when None), never more than there are cores or articles.

    Extraction is CPU-bound: a worker beyond the cores only adds memory. With `jobs=None` a
    small build stays in this process: starting workers takes longer than extracting a few
    articles. `worker_count(None, 3) == 1`, `worker_count(4, 2) == 2`.
    """
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs is None:
        return max(1, min(available_cores(), articles // MIN_ARTICLES_PER_WORKER))
    return max(1, min(jobs, available_cores(), articles))


def extract_tasks(
    tasks: Iterable[Task],
    cache: ExtractionCache | None,
    workers: int,
    *,
    seconds: float | None = ARTICLE_SECONDS,
    running: Running | None = None,
) -> Iterator[Outcome]:
    """Extract every task, in this process when `workers` is 1, storing results in `cache`.

    `tasks` are taken one by one as workers are free, never all at once: an input of any
    size is streamed. `running` is told which records are being extracted, for progress.
    """
    if workers <= 1:
        for position, record, key in tasks:
            if running is not None:
                running([(record.label, record.size)])
            outcome = _extract_one(record, key, cache, seconds)
            yield position, outcome if isinstance(outcome, str) else outcome[0]
        if running is not None:
            running(None)
    else:
        yield from _extract_in_workers(tasks, cache, workers, seconds, running)


def _extract_one(
    record: InputRecord, key: CacheKey | None, cache: ExtractionCache | None, seconds: float | None
) -> tuple[Extraction, bytes] | str:
    """The extraction and its encoding (stored in the cache when there is one), or the error
    line (an `Omitted` one for a crawl's page without article text)."""
    try:
        extraction = process_record(record, seconds)
    except NoArticleText as error:
        return Omitted(error) if record.lenient else str(error)
    except ArticleError as error:
        return str(error)
    encoded = encode_extraction(extraction)
    # The file may have changed between hashing and reading it: then the entry would lie.
    if cache is not None and key is not None and extraction.article.sha256 == key.article_sha256:
        cache.store(key, encoded)
    return extraction, encoded


# Set in each worker by _start_worker.
_worker_cache: ExtractionCache | None = None
_worker_seconds: float | None = ARTICLE_SECONDS


def _start_worker(cache: ExtractionCache | None, seconds: float | None, parent: int) -> None:
    global _worker_cache, _worker_seconds
    _worker_cache, _worker_seconds = cache, seconds
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    """In a worker: wait for the build's process to end, however it ends, then exit at once."""
    try:
        handle = os.pidfd_open(parent)  # Linux: readable once that very process has exited
    except (AttributeError, OSError):
        handle = None
    if handle is not None:
        select.select([handle], [], [])
    else:
        while _alive(parent):
            time.sleep(1.0)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _extract_chunk(tasks: list[Task]) -> list[tuple[int, bytes | str]]:
    """In a worker: each extraction encoded once, for the trip back and for the cache."""
    outcomes: list[tuple[int, bytes | str]] = []
    for position, record, key in tasks:
        outcome = _extract_one(record, key, _worker_cache, _worker_seconds)
        outcomes.append((position, outcome if isinstance(outcome, str) else outcome[1]))
    return outcomes


def _pool_context(preload: tuple[str, ...] = (__name__, "pipeline.extract.article")) -> BaseContext:
    """The fork server (a process's one: `preload` counts only when it is not yet running)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(preload))
        return context
    return multiprocessing.get_context("spawn")  # Windows


def worker_pool(
    workers: int, initializer: Callable[..., object], *args: object, preload: tuple[str, ...]
) -> ProcessPoolExecutor:
    """A pool of `workers` processes, started as extraction's are (from the fork server, never
    a copy of this process), that exit when this process ends however it ends; each runs
    `initializer(*args)` first. Submit its first tasks in `stops_held()`: they start the
    workers. `stop_workers` ends it at once."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_pool_context(preload),
        initializer=_start_pool_worker,
        initargs=(os.getpid(), initializer, args),
    )


def _start_pool_worker(parent: int, initializer: Callable[..., object], args: tuple) -> None:
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    initializer(*args)


def _chunks(tasks: Iterable[Task], workers: int) -> Iterator[list[Task]]:
    """Up to `MAX_CHUNK` tasks and `MAX_CHUNK_BYTES` per chunk (a longer article goes alone).

    The first chunks are small, so that every worker has work at once and a small build
    is spread over all of them; they grow to `MAX_CHUNK` as the input goes on.
    """
    size = 1
    chunk: list[Task] = []
    chunk_bytes = 0
    sent = 0
    for task in tasks:
        task_bytes = task[1].size
        if chunk and (len(chunk) >= size or chunk_bytes + task_bytes > MAX_CHUNK_BYTES):
            yield chunk
            sent += 1
            chunk, chunk_bytes = [], 0
            # A chunk per worker in flight before any grows: `workers * 4` chunks of 1, then 2...
            size = min(MAX_CHUNK, 1 + sent // (workers * CHUNKS_IN_FLIGHT_PER_WORKER))
        chunk.append(task)
        chunk_bytes += task_bytes
    if chunk:
        yield chunk


def _extract_in_workers(
    tasks: Iterable[Task],
    cache: ExtractionCache | None,
    workers: int,
    seconds: float | None,
    running: Running | None,
) -> Iterator[Outcome]:
    chunks = _chunks(tasks, workers)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_pool_context(),
        initializer=_start_worker,
        initargs=(cache, seconds, os.getpid()),
    )
    in_flight: dict = {}  # future -> its chunk's files, oldest first
    try:
        # The fork server and the workers start in these submits: a stop must not cut them short.
        with stops_held():
            for chunk in _take(chunks, workers * CHUNKS_IN_FLIGHT_PER_WORKER):
                in_flight[pool.submit(_extract_chunk, chunk)] = _running(chunk)
        while in_flight:
            if running is not None:
                running(next(iter(in_flight.values())))
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in finished:
                del in_flight[future]
                for position, outcome in future.result():
                    yield (
                        position,
                        outcome
                        if isinstance(outcome, str)
                        else decode_extraction(outcome, checked=False),
                    )
                for chunk in _take(chunks, 1):
                    in_flight[pool.submit(_extract_chunk, chunk)] = _running(chunk)
        if running is not None:
            running(None)
    except BaseException:
        stop_workers(pool)  # stopped, or a worker died: do not wait for the other chunks
        raise
    pool.shutdown()


def shared_workers(jobs: int | None, count: int, min_tasks: int) -> int:
    """The workers `shared_map` starts for `count` tasks beside this process: one per core (or
    `jobs`) but this one's, none below `min_tasks` tasks."""
    if count < min_tasks:
        return 0
    cores = available_cores() if jobs is None else min(jobs, available_cores())
    return max(0, min(cores, count) - 1)


def shared_map(
    worker: object,
    method: str,
    tasks: Iterable[tuple],
    *,
    count: int,
    jobs: int | None,
    preload: tuple[str, ...],
    min_tasks: int = 4,
    per_worker: int = 2,
) -> Iterator[Any]:
    """`getattr(worker, method)(*task)` for each of the `count` tasks, the results in the order
    of the tasks, in this process and `jobs - 1` worker processes (None: one per core), which
    receive `worker` once. A task goes to a worker while it holds fewer than `per_worker`,
    else runs here: `tasks` is read only as its tasks can start, so a few are held at once.
    Below `min_tasks` tasks, or with one job, all run here (a worker takes a second or two to
    start). Reference cycles are collected after each task, here and in the workers: a build
    looks for them seldom (`pipeline.memory.fewer_collections`), and a task's frames leave some.
    """
    workers = shared_workers(jobs, count, min_tasks)
    run_here = getattr(worker, method)
    # What this process holds already (at 100,000 articles, millions of objects: the index,
    # the parts' entities) is set aside from the collections after each task: a full one took
    # about half a second each, a quarter of the time of assembling the parts.
    with set_apart():
        if workers < 1:
            for task in tasks:
                result = run_here(*task)
                del task
                gc.collect()
                yield result
        else:
            yield from _shared_in_workers(
                worker, method, run_here, tasks, workers, preload, per_worker
            )


def _shared_in_workers(
    worker: object,
    method: str,
    run_here: Callable[..., Any],
    tasks: Iterable[tuple],
    workers: int,
    preload: tuple[str, ...],
    per_worker: int,
) -> Iterator[Any]:
    pool = worker_pool(workers, _start_shared_worker, worker, preload=preload)
    pending: deque = deque()  # a future or a result per task, in the order of the tasks
    started = 0
    try:
        for task in tasks:
            while pending and not (isinstance(pending[0], Future) and not pending[0].done()):
                yield _result(pending.popleft())
            sent = sum(1 for item in pending if isinstance(item, Future) and not item.done())
            if sent < workers * per_worker:
                # The first submits start the workers: a stop must not cut that short.
                with stops_held() if started < workers else contextlib.nullcontext():
                    pending.append(pool.submit(_run_shared, method, task))
                started += 1
                del task
            else:
                pending.append(run_here(*task))
                del task
                gc.collect()
        while pending:
            yield _result(pending.popleft())
    except BaseException:  # stopped, a worker died, or the caller stopped reading
        stop_workers(pool)
        raise
    pool.shutdown()


def _result(item: object) -> Any:
    return item.result() if isinstance(item, Future) else item


_shared_worker: object = None  # in a worker of `shared_map`: the object it calls


def _start_shared_worker(worker: object) -> None:
    global _shared_worker
    _shared_worker = worker


def _run_shared(method: str, task: tuple) -> Any:
    result = getattr(_shared_worker, method)(*task)
    del task
    gc.collect()
    return result


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's workers now and reap them. `shutdown` alone waits for the chunks under
    way; a worker has nothing to clean up (cache entries are written atomically)."""
    # Python 3.14 has `terminate_workers()`; before it, the processes are only reachable here,
    # and only until `shutdown` forgets them.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)  # (`shutdown` forgets it too)
    for process in processes:
        with contextlib.suppress(Exception):
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)
    # Its manager thread closes the pipe that wakes it up once it sees the workers gone; at
    # exit, Python 3.11 writes to that pipe without a lock, and when the two meet it prints
    # "Exception ignored in: <module 'threading'>" and a traceback after the build's last
    # line (one stop in about 16 here). Waiting for the thread to end leaves nothing to meet.
    if manager is not None:
        manager.join(timeout=5)


def _running(chunk: list[Task]) -> list[tuple[str, int]]:
    return [(record.label, record.size) for _, record, _ in chunk]


def _take(chunks: Iterator[list[Task]], count: int) -> list[list[Task]]:
    return [chunk for _, chunk in zip(range(count), chunks, strict=False)]
