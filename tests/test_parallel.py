"""Extraction in worker processes gives the same package, byte for byte, as in one process."""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

import pytest

import pipeline.parallel as parallel_module
from pipeline.build import build, build_tables, extract_articles
from pipeline.ingest import discover_articles
from pipeline.parallel import worker_count
from tests.build_helpers import ARTICLES, MARKET, assert_same_tables, snapshot, write_articles


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = write_articles(tmp_path_factory.mktemp("parallel") / "articles")
    (folder / "market.txt").write_text(MARKET, encoding="utf-8")
    (folder / "blank.txt").write_text("\n\n", encoding="utf-8")  # fails, in a worker too
    return folder


def test_jobs_1_and_jobs_2_publish_byte_identical_packages(articles, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # `created` is the build time otherwise
    one = build(articles, tmp_path / "one", jobs=1)
    two = build(articles, tmp_path / "two", jobs=2)
    assert one.errors == two.errors
    assert len(one.tables["documents"]) == len(ARTICLES) + 1
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_failed_article_in_a_worker_is_reported_with_its_file_name(articles):
    paths, _ = discover_articles(articles)
    run = extract_articles(paths, jobs=2)
    assert run.errors == [
        f"{articles / 'blank.txt'}: file is empty; remove it or add the article text"
    ]
    assert [e.article.document_id for e in run.extractions] == sorted(
        ["farm", "harbor", "library", "market", "school"]
    )


def test_workers_fill_the_cache_that_a_build_in_one_process_reads(articles, tmp_path):
    in_workers = build_tables(articles, jobs=2, cache_dir=tmp_path / "cache")
    in_process = build_tables(articles, jobs=1, cache_dir=tmp_path / "cache")
    assert sorted(in_workers.extracted) == sorted([*ARTICLES, "market.txt", "blank.txt"])
    assert in_process.extracted == ["blank.txt"]  # failures are not cached
    assert in_process.from_cache == len(ARTICLES) + 1
    assert_same_tables(in_workers.tables, in_process.tables)


def test_duplicate_document_id_keeps_the_first_file_in_sorted_order_whatever_the_jobs(tmp_path):
    folder = write_articles(
        tmp_path / "articles",
        {**ARTICLES, "harbor.md": MARKET, "market.txt": MARKET},
    )
    paths, _ = discover_articles(folder)
    one = extract_articles(paths, jobs=1)
    two = extract_articles(paths, jobs=2)
    assert (
        one.errors
        == two.errors
        == [f"{folder / 'harbor.txt'}: same document id 'harbor' as harbor.md; rename one of them"]
    )
    harbor = {e.article.document_id: e.article.source for e in two.extractions}["harbor"]
    assert harbor == "harbor.md"


def test_worker_count_never_exceeds_the_articles_to_extract():
    assert worker_count(4, 2) == 2
    assert worker_count(2, 100) == 2
    assert worker_count(1, 100) == 1
    assert worker_count(8, 0) == 1


def test_a_few_articles_stay_in_this_process_unless_jobs_is_given():
    assert worker_count(None, 3) == 1


def test_jobs_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        worker_count(0, 10)


class _Where:
    """Says which process ran each task (sent once to `shared_map`'s worker)."""

    def run(self, number: int) -> tuple[int, int]:
        time.sleep(0.05)  # long enough that a task sent to the worker is still under way
        return number, os.getpid()


def test_shared_map_gives_results_in_task_order_from_this_process_and_its_worker(monkeypatch):
    monkeypatch.setattr(parallel_module, "available_cores", lambda: 2)
    results = list(
        parallel_module.shared_map(
            _Where(),
            "run",
            ((number,) for number in range(8)),
            count=8,
            jobs=2,
            preload=(),
            min_tasks=2,
            per_worker=1,
        )
    )
    assert [number for number, _ in results] == list(range(8))
    ran_in = {pid for _, pid in results}
    assert os.getpid() in ran_in and len(ran_in) == 2  # this process and one worker
    assert gc.get_freeze_count() == 0  # what it froze while it ran is thawed
    assert parallel_module.shared_workers(None, 3, 4) == 0  # too few tasks
    assert parallel_module.shared_workers(None, 5, 4) == 1  # one per core but this one's
    assert parallel_module.shared_workers(1, 50, 4) == 0


def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_stopped_workers_leave_no_thread_that_could_print_a_traceback_at_exit():
    # Python 3.11's exit wakes the pool's manager thread through a pipe that thread closes
    # when it sees its workers killed; when both happen at once, a traceback follows the
    # build's last line. Once stopped, the thread is gone and the exit has nothing to wake.
    pool = parallel_module.worker_pool(2, _sleep, 0.0, preload=())
    futures = [pool.submit(_sleep, 30.0) for _ in range(4)]
    time.sleep(1.0)  # (the workers started and took their first tasks)
    manager = pool._executor_manager_thread
    parallel_module.stop_workers(pool)
    assert all(future.cancelled() or future.done() for future in futures)
    assert not manager.is_alive()
