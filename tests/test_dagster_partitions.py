"""Shards, the sensor that follows the input folder, and the package refresh after it.

An article belongs to one shard for good; a change to its files starts a run of that shard
only; once shards are materialized again the tables and the package follow."""

import json
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest

from pipeline.defs import assets
from pipeline.defs.assets import ARTICLES, DATA_PACKAGE
from pipeline.defs.definitions import build_definitions
from pipeline.defs.executors import (
    DASK_ADDRESS_ENV,
    EXECUTOR_ENV,
    dask_cluster_config,
    executor_from_environment,
)
from pipeline.defs.resources import ArticleFolder
from pipeline.defs.sensors import article_files
from pipeline.defs.shards import (
    ONE_PARTITION,
    SHARD_COUNT,
    SHARD_KEYS,
    SHARDS_ENV,
    SIXTEEN_SHARDS,
    SMALL_CORPUS_FILES,
    shard_fingerprints,
    shard_of,
    sharding_for,
)
from pipeline.paths import BUNDLED_INPUT_DIR
from tests.published_tables import TABLES

BUNDLED_ARTICLE = next(BUNDLED_INPUT_DIR.glob("*.txt"))
TABLES_AND_PACKAGE = {*TABLES, DATA_PACKAGE}


def names_in_shard(shard: str, count: int, prefix: str = "story") -> list[str]:
    """`count` article file names that all hash to `shard`."""
    names = (f"{prefix}-{i}.txt" for i in range(100_000))
    return [name for name in names if shard_of(name) == shard][:count]


def write_article(folder: Path, name: str) -> Path:
    path = folder / name
    shutil.copy(BUNDLED_ARTICLE, path)
    return path


# --- Shards ---------------------------------------------------------------------------


def test_an_article_its_sidecar_and_a_file_with_the_same_document_id_share_a_shard():
    shard = shard_of("Reuters Story 01.html")
    assert shard_of("Reuters Story 01.meta.json") == shard
    assert shard_of("reuters-story-01.txt") == shard  # same document id: reuters-story-01


def test_shards_are_stable_and_spread_articles_evenly():
    assert shard_of("000_9965f455ec85e5ac.txt") == "shard-11"  # never changes between releases
    counts = Counter(shard_of(f"article-{i}.txt") for i in range(16_000))
    assert sorted(counts) == SHARD_KEYS
    assert all(800 < count < 1200 for count in counts.values()), counts


def test_a_new_file_changes_the_fingerprint_of_its_shard_only(tmp_path):
    write_article(tmp_path, "first.txt")
    before = shard_fingerprints(tmp_path)
    write_article(tmp_path, "second.txt")
    after = shard_fingerprints(tmp_path)
    changed = [shard for shard in SHARD_KEYS if before[shard] != after[shard]]
    assert changed == [shard_of("second.txt")]


def test_hidden_files_and_folders_do_not_count(tmp_path):
    write_article(tmp_path, "first.txt")
    before = shard_fingerprints(tmp_path)
    (tmp_path / ".first.txt.swp").write_text("editor state")
    (tmp_path / "drafts").mkdir()
    assert shard_fingerprints(tmp_path) == before


def test_a_small_corpus_is_one_partition_and_a_large_one_sixteen_shards(tmp_path, monkeypatch):
    monkeypatch.delenv(SHARDS_ENV, raising=False)
    for index in range(SMALL_CORPUS_FILES):
        (tmp_path / f"a-{index}.txt").touch()
    assert sharding_for(tmp_path) == ONE_PARTITION
    assert ONE_PARTITION.fingerprints(tmp_path).keys() == {"all"}
    (tmp_path / "one-more.txt").touch()
    assert sharding_for(tmp_path) == SIXTEEN_SHARDS
    monkeypatch.setenv(SHARDS_ENV, "1")
    assert sharding_for(tmp_path) == ONE_PARTITION
    monkeypatch.setenv(SHARDS_ENV, "4")
    with pytest.raises(ValueError, match="NEWSDATA_SHARDS='4': expected 1 or 16"):
        sharding_for(tmp_path)


def test_the_bundled_article_loads_as_one_partition():
    from pipeline.defs.definitions import defs

    graph = defs.resolve_asset_graph()
    assert graph.get(dg.AssetKey(ARTICLES)).partitions_def.get_partition_keys() == ["all"]


# --- The sensor -------------------------------------------------------------------------


@pytest.fixture
def instance() -> Iterator[dg.DagsterInstance]:
    with dg.DagsterInstance.ephemeral() as instance:
        yield instance


class Sensor:
    """`article_files` ticking over a folder, keeping its cursor between ticks as the daemon does."""

    def __init__(self, instance: dg.DagsterInstance, folder: Path):
        self.instance = instance
        self.folder = folder
        self.cursor: str | None = None

    def tick(self) -> list[dg.RunRequest]:
        context = dg.build_sensor_context(
            instance=self.instance,
            cursor=self.cursor,
            resources={"article_folder": ArticleFolder(input_dir=str(self.folder))},
        )
        result = article_files(context)
        if isinstance(result, dg.SkipReason):
            return []
        assert isinstance(result, dg.SensorResult)
        self.cursor = result.cursor
        return list(result.run_requests or [])


def requested_shards(requests: list[dg.RunRequest]) -> list[str]:
    return [request.partition_key for request in requests]


@pytest.fixture
def sensor(instance, tmp_path) -> Sensor:
    folder = tmp_path / "in"
    folder.mkdir()
    write_article(folder, "first.txt")
    return Sensor(instance, folder)


def test_first_tick_requests_every_shard_even_empty_ones(sensor):
    requests = sensor.tick()
    assert requested_shards(requests) == SHARD_KEYS
    assert len({request.run_key for request in requests}) == SHARD_COUNT
    assert set(json.loads(sensor.cursor)) == set(SHARD_KEYS)


def test_nothing_changed_nothing_requested(sensor):
    sensor.tick()
    assert sensor.tick() == []


def test_a_new_article_requests_its_shard_only(sensor):
    sensor.tick()
    write_article(sensor.folder, "second.txt")
    assert requested_shards(sensor.tick()) == [shard_of("second.txt")]


def test_an_edited_sidecar_requests_the_shard_of_its_article(sensor):
    sensor.tick()
    (sensor.folder / "first.meta.json").write_text('{"section": "World"}')
    assert requested_shards(sensor.tick()) == [shard_of("first.txt")]


def test_a_removed_article_requests_its_shard(sensor):
    sensor.tick()
    (sensor.folder / "first.txt").unlink()
    assert requested_shards(sensor.tick()) == [shard_of("first.txt")]


def test_an_article_removed_and_put_back_runs_its_shard_each_time(sensor, tmp_path):
    sensor.tick()
    article = sensor.folder / "first.txt"
    aside = tmp_path / "first.txt"
    article.rename(aside)
    removed = sensor.tick()
    aside.rename(article)  # same name, size and mtime: the fingerprint of the first tick
    restored = sensor.tick()
    assert requested_shards(removed) == requested_shards(restored) == [shard_of("first.txt")]
    assert removed[0].run_key != restored[0].run_key  # or Dagster would drop the second run


def test_a_missing_folder_is_a_skip_with_the_reason(instance, tmp_path):
    context = dg.build_sensor_context(
        instance=instance,
        resources={"article_folder": ArticleFolder(input_dir=str(tmp_path / "nowhere"))},
    )
    result = article_files(context)
    assert isinstance(result, dg.SkipReason)
    assert "nowhere: input does not exist" in result.skip_message


# --- Materializing shards, and the package following them --------------------------------


def asset_job(folder: Path, out_dir: Path) -> dg.JobDefinition:
    definitions = build_definitions(
        ArticleFolder(input_dir=str(folder), out_dir=str(out_dir)), shards=SIXTEEN_SHARDS
    )
    return definitions.resolve_implicit_global_asset_job_def()


def materialize_shards(
    job: dg.JobDefinition, instance: dg.DagsterInstance, shards: list[str]
) -> dict[str, dg.AssetMaterialization]:
    materialized = {}
    for shard in shards:
        result = job.execute_in_process(
            instance=instance, partition_key=shard, asset_selection=[dg.AssetKey(ARTICLES)]
        )
        (event,) = result.get_asset_materialization_events()
        materialized[shard] = event.materialization
    return materialized


def materialize_downstream(
    job: dg.JobDefinition, instance: dg.DagsterInstance
) -> dg.ExecuteInProcessResult:
    keys = [dg.AssetKey(name) for name in sorted(TABLES_AND_PACKAGE)]
    return job.execute_in_process(instance=instance, asset_selection=keys, raise_on_error=False)


def test_an_empty_shard_materializes_no_articles(sensor):
    empty = next(shard for shard in SHARD_KEYS if shard != shard_of("first.txt"))
    job = asset_job(sensor.folder, sensor.folder.parent / "out")
    result = job.execute_in_process(
        instance=sensor.instance, partition_key=empty, asset_selection=[dg.AssetKey(ARTICLES)]
    )
    assert result.asset_value(ARTICLES) == []
    metadata = result.get_asset_materialization_events()[0].materialization.metadata
    assert (metadata["files"].value, metadata["dagster/row_count"].value) == (0, 0)


def test_sensor_turned_on_after_materialize_all_waits_for_a_change(sensor):
    job = asset_job(sensor.folder, sensor.folder.parent / "out")
    materialize_shards(job, sensor.instance, SHARD_KEYS)
    assert sensor.tick() == []
    (sensor.folder / "first.txt").write_text("An edited article.\n\nIt said more.\n")
    assert requested_shards(sensor.tick()) == [shard_of("first.txt")]


def test_tables_name_the_shards_never_materialized(sensor):
    job = asset_job(sensor.folder, sensor.folder.parent / "out")
    materialize_shards(job, sensor.instance, SHARD_KEYS[:-2])
    result = materialize_downstream(job, sensor.instance)
    assert not result.success
    (failure,) = [event for event in result.all_events if event.is_step_failure]
    message = failure.step_failure_data.user_failure_data.description
    assert message.startswith(f"articles: {SHARD_KEYS[-2]}, {SHARD_KEYS[-1]} never materialized")


def test_package_refreshes_once_every_shard_is_there_and_after_each_new_shard(sensor):
    job = asset_job(sensor.folder, sensor.folder.parent / "out")
    definitions = build_definitions(
        ArticleFolder(input_dir=str(sensor.folder)), shards=SIXTEEN_SHARDS
    )

    def requested() -> set[str]:
        nonlocal cursor
        result = dg.evaluate_automation_conditions(definitions, sensor.instance, cursor=cursor)
        cursor = result.cursor
        every_asset = [ARTICLES, *TABLES_AND_PACKAGE]
        return {name for name in every_asset if result.get_num_requested(dg.AssetKey(name))}

    cursor = None
    assert requested() == set()
    materialize_shards(job, sensor.instance, SHARD_KEYS[:-1])
    assert requested() == set(), "a shard is still missing: the tables must wait"
    materialize_shards(job, sensor.instance, SHARD_KEYS[-1:])
    assert requested() == TABLES_AND_PACKAGE
    assert materialize_downstream(job, sensor.instance).success
    assert requested() == set(), "the tables are up to date: nothing to refresh"
    write_article(sensor.folder, "second.txt")
    materialize_shards(job, sensor.instance, [shard_of("second.txt")])
    assert requested() == TABLES_AND_PACKAGE


def test_a_long_shard_logs_its_progress(instance, tmp_path, monkeypatch):
    monkeypatch.setattr(assets, "PROGRESS_DELAY_SECONDS", 0.0)
    shard = "shard-05"
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names_in_shard(shard, 10):
        write_article(folder, name)
    result = asset_job(folder, tmp_path / "out").execute_in_process(
        instance=instance, partition_key=shard, asset_selection=[dg.AssetKey(ARTICLES)]
    )
    lines = [
        log.user_message
        for log in instance.all_logs(result.run_id)
        if log.user_message.startswith(f"{shard}: extracted")
    ]
    assert lines, "no progress line in the run's log"
    assert lines[-1].startswith(f"{shard}: extracted 10/10 articles, ")  # then the bytes read
    assert "(100%)" in lines[-1]
    assert "done in" in lines[-1]


# --- Executors ----------------------------------------------------------------------------


def test_in_process_unless_the_environment_says_dask(monkeypatch):
    monkeypatch.delenv(EXECUTOR_ENV, raising=False)
    assert executor_from_environment() is dg.in_process_executor


def test_dask_on_the_scheduler_at_the_given_address(monkeypatch):
    monkeypatch.setenv(EXECUTOR_ENV, "dask")
    monkeypatch.setenv(DASK_ADDRESS_ENV, "tcp://scheduler:8786")
    executor = executor_from_environment()
    assert executor.name == "dask"
    job = build_definitions(executor=executor).resolve_implicit_global_asset_job_def()
    assert job.executor_def is executor
    assert dask_cluster_config(os.environ[DASK_ADDRESS_ENV]) == {
        "existing": {"address": "tcp://scheduler:8786"}
    }


def test_dask_without_an_address_starts_a_local_cluster_with_one_thread_per_worker():
    assert dask_cluster_config(None) == {"local": {"threads_per_worker": 1}}


def test_an_unknown_executor_is_an_error_naming_the_choices(monkeypatch):
    monkeypatch.setenv(EXECUTOR_ENV, "spark")
    with pytest.raises(ValueError, match="NEWSDATA_EXECUTOR='spark': expected in_process or dask"):
        executor_from_environment()
