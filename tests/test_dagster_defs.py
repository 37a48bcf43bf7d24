"""The Dagster wiring: what the asset graph looks like, and that running it publishes the
same package as the command line, or nothing at all when a table is invalid.

Running everything means what `Materialize all` does: one run per shard of `articles`,
then one run of the tables, their checks and the package."""

import hashlib
import logging
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

from pipeline.build import build
from pipeline.defs.assets import ARTICLES, DATA_PACKAGE, EVERY_FILE_READ
from pipeline.defs.checks import SCHEMA_CHECK
from pipeline.defs.definitions import build_definitions, defs
from pipeline.defs.resources import INPUT_DIR_ENV, OUT_DIR_ENV, ArticleFolder
from pipeline.defs.shards import ONE_PARTITION, SHARD_KEYS, SIXTEEN_SHARDS, shard_of
from pipeline.metadata import load_tables
from pipeline.model import Extraction
from pipeline.paths import BUNDLED_INPUT_DIR, DEFAULT_PACKAGE_DIR, REPO_ROOT
from pipeline.tables import assemble_tables
from pipeline.wording import plural
from tests.published_tables import TABLES

# Builds compared byte for byte are dated alike (`created` is the build time otherwise).
EPOCH = "1700000000"

GOLD_DIR = REPO_ROOT / "tests" / "gold"
GOLD_ARTICLES = ["india_data_bill_release.txt", "wire_statistics_bulletin.txt"]

# Every asset: (group, partitions, automation condition, upstream assets, checks as (name,
# blocking, other tables it reads)). A rename or a new dependency must show up here, in review.
Snapshot = tuple[str, str | None, str | None, list[str], list[tuple[str, bool, list[str]]]]
SHARDS = "16 shards"
EXPECTED_GRAPH: dict[str, Snapshot] = {
    "articles": ("ingest", SHARDS, None, [], []),
    "documents": ("extract", None, "eager", ["articles"], [("pandera_schema", True, [])]),
    "institutions": ("extract", None, "eager", ["articles"], [("pandera_schema", True, [])]),
    "people": (
        "extract",
        None,
        "eager",
        ["articles"],
        [("pandera_schema", True, ["institutions"])],
    ),
    "laws": ("extract", None, "eager", ["articles"], [("pandera_schema", True, [])]),
    "statements": (
        "extract",
        None,
        "eager",
        ["articles"],
        [("pandera_schema", True, ["documents", "institutions", "people"])],
    ),
    "statistics": (
        "extract",
        None,
        "eager",
        ["articles"],
        [("pandera_schema", True, ["documents", "statements"])],
    ),
    "dates": ("extract", None, "eager", ["articles"], [("pandera_schema", True, ["documents"])]),
    "mentions": (
        "extract",
        None,
        "eager",
        ["articles"],
        [("pandera_schema", True, ["documents"])],
    ),
    "data_package": (
        "publish",
        None,
        "eager",
        [
            "dates",
            "documents",
            "institutions",
            "laws",
            "mentions",
            "people",
            "statements",
            "statistics",
        ],
        [("every_file_read", False, [])],
    ),
}
# Sensor: (default status, what it starts: a job, or the assets it automates).
EXPECTED_SENSORS = {
    "article_files": ("STOPPED", "job extract_shard: articles"),
    "package_refresh": (
        "RUNNING",
        "assets " + ", ".join(sorted(set(EXPECTED_GRAPH) - {"articles"})),
    ),
}


def graph_snapshot(definitions: dg.Definitions) -> dict[str, Snapshot]:
    graph = definitions.resolve_asset_graph()
    snapshot = {}
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        checks = []
        for check_key in sorted(node.check_keys):
            check = graph.get(check_key)
            others = sorted(k.to_user_string() for k in check.parent_entity_keys - {key})
            checks.append((check_key.name, check.blocking, others))
        partitions = node.partitions_def
        automation = node.automation_condition
        snapshot[key.to_user_string()] = (
            node.group_name,
            plural(len(partitions.get_partition_keys()), "shard") if partitions else None,
            automation.get_label() if automation else None,
            sorted(parent.to_user_string() for parent in node.parent_keys),
            checks,
        )
    return snapshot


def sensor_snapshot(definitions: dg.Definitions) -> dict[str, tuple[str, str]]:
    repository = definitions.get_repository_def()
    graph = definitions.resolve_asset_graph()
    snapshot = {}
    for sensor in definitions.sensors:
        if sensor.asset_selection is not None:
            keys = sensor.asset_selection.resolve(graph)
            target = "assets " + ", ".join(sorted(k.to_user_string() for k in keys))
        else:
            job = repository.get_job(sensor.job_name)
            keys = job.asset_layer.executable_asset_keys
            target = f"job {job.name}: " + ", ".join(sorted(k.to_user_string() for k in keys))
        snapshot[sensor.name] = (sensor.default_status.value, target)
    return snapshot


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)


def test_asset_graph_matches_the_reviewed_snapshot():
    assert graph_snapshot(build_definitions(shards=SIXTEEN_SHARDS)) == EXPECTED_GRAPH


def test_a_small_corpus_has_the_same_graph_with_one_partition():
    one = {**EXPECTED_GRAPH, "articles": ("ingest", "1 shard", None, [], [])}
    assert graph_snapshot(build_definitions(shards=ONE_PARTITION)) == one


def test_sensors_match_the_reviewed_snapshot():
    assert sensor_snapshot(defs) == EXPECTED_SENSORS


def test_articles_are_partitioned_by_shard_and_the_tables_read_every_shard():
    graph = build_definitions(shards=SIXTEEN_SHARDS).resolve_asset_graph()
    assert graph.get(dg.AssetKey(ARTICLES)).partitions_def.get_partition_keys() == SHARD_KEYS
    mapping = graph.get_partition_mapping(dg.AssetKey("documents"), dg.AssetKey(ARTICLES))
    assert isinstance(mapping, dg.AllPartitionMapping)


def test_runs_execute_in_process_by_default(monkeypatch):
    monkeypatch.delenv("NEWSDATA_EXECUTOR", raising=False)
    executor = build_definitions().resolve_implicit_global_asset_job_def().executor_def
    assert executor.name == dg.in_process_executor.name


def test_every_table_asset_shows_its_columns_with_descriptions_before_any_run():
    for name, table in load_tables().items():
        spec = defs.resolve_assets_def(name).specs_by_key[dg.AssetKey(name)]
        columns = spec.metadata["dagster/column_schema"].columns
        assert [c.name for c in columns] == table.field_names
        assert [c.description for c in columns] == [f.description for f in table.fields]
        assert spec.description == table.description.strip()


def test_folders_default_to_bundled_articles_and_datapackage(monkeypatch):
    monkeypatch.delenv(INPUT_DIR_ENV, raising=False)
    monkeypatch.delenv(OUT_DIR_ENV, raising=False)
    folder = ArticleFolder()
    assert (folder.input_path, folder.out_path) == (BUNDLED_INPUT_DIR, DEFAULT_PACKAGE_DIR)


def test_folders_follow_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(INPUT_DIR_ENV, str(tmp_path / "in"))
    monkeypatch.setenv(OUT_DIR_ENV, str(tmp_path / "out"))
    folder = ArticleFolder()
    assert (folder.input_path, folder.out_path) == (tmp_path / "in", tmp_path / "out")


def test_configured_folder_wins_over_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(INPUT_DIR_ENV, str(tmp_path / "from-env"))
    assert (
        ArticleFolder(input_dir=str(tmp_path / "configured")).input_path == tmp_path / "configured"
    )


def test_run_config_for_one_folder_keeps_the_other_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(INPUT_DIR_ENV, str(tmp_path / "in"))
    job = defs.resolve_implicit_global_asset_job_def()
    override = {"resources": {"article_folder": {"config": {"out_dir": str(tmp_path / "out")}}}}
    config = dg.validate_run_config(job, override)["resources"]["article_folder"]["config"]
    folder = ArticleFolder(**config)
    assert (folder.input_path, folder.out_path) == (tmp_path / "in", tmp_path / "out")


# --- Running the assets -----------------------------------------------------------------


@dataclass
class Run:
    results: list[dg.ExecuteInProcessResult]  # one run per shard, then the downstream run
    warnings: list[str]  # messages logged at WARNING level during the runs

    @property
    def success(self) -> bool:
        return all(result.success for result in self.results)

    def materialized(self) -> dict[str, dg.AssetMaterialization]:
        """The latest materialization of each asset (of `articles`: of its last shard)."""
        return {
            event.asset_key.to_user_string(): event.materialization
            for result in self.results
            for event in result.get_asset_materialization_events()
        }

    def shards(self) -> dict[str, dg.AssetMaterialization]:
        """The materialization of each shard of `articles`, by partition key."""
        return {
            event.partition: event.materialization
            for result in self.results
            for event in result.get_asset_materialization_events()
            if event.asset_key == dg.AssetKey(ARTICLES)
        }

    def check_evaluations(self) -> dict[str, dg.AssetCheckEvaluation]:
        return {
            event.asset_key.to_user_string(): event
            for result in self.results
            for event in result.get_asset_check_evaluations()
        }


def materialize_all(
    definitions: dg.Definitions, instance: dg.DagsterInstance
) -> list[dg.ExecuteInProcessResult]:
    """What `Materialize all` runs, in process: each shard, then tables, checks and package."""
    job = definitions.resolve_implicit_global_asset_job_def()
    shards = definitions.resolve_asset_graph().get(dg.AssetKey(ARTICLES)).partitions_def
    results = [
        job.execute_in_process(
            instance=instance,
            partition_key=shard,
            asset_selection=[dg.AssetKey(ARTICLES)],
            raise_on_error=False,
        )
        for shard in shards.get_partition_keys()
    ]
    downstream = definitions.resolve_asset_graph().get_all_asset_keys() - {dg.AssetKey(ARTICLES)}
    results.append(
        job.execute_in_process(
            instance=instance, asset_selection=sorted(downstream), raise_on_error=False
        )
    )
    return results


def run_all_assets(definitions: dg.Definitions) -> Run:
    """Everything `Materialize all` in the UI would run, in process, on a throwaway instance."""
    with dg.DagsterInstance.ephemeral() as instance:
        results = materialize_all(definitions, instance)
        logs = [log for result in results for log in instance.all_logs(result.run_id)]
    return Run(results, [log.user_message for log in logs if log.level == logging.WARNING])


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> ArticleFolder:
    """The bundled article and two gold articles (three shards, one with a sidecar), a file
    that cannot be read and one that is not an article."""
    input_dir = tmp_path_factory.mktemp("articles") / "in"
    shutil.copytree(BUNDLED_INPUT_DIR, input_dir)
    for name in GOLD_ARTICLES:
        shutil.copy(GOLD_DIR / name, input_dir)
    (input_dir / "india_data_bill_release.meta.json").write_text('{"section": "Policy"}\n')
    (input_dir / "broken.txt").write_bytes(b"Caf\xe9 owners said the rules were unclear.")
    (input_dir / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    out_dir = tmp_path_factory.mktemp("dagster") / "datapackage"
    return ArticleFolder(input_dir=str(input_dir), out_dir=str(out_dir))


@pytest.fixture(scope="module")
def run(folder: ArticleFolder) -> Run:
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("SOURCE_DATE_EPOCH", EPOCH)
        return run_all_assets(build_definitions(folder, shards=SIXTEEN_SHARDS))


def test_materializing_every_asset_succeeds(run):
    assert run.success
    assert set(run.materialized()) == set(EXPECTED_GRAPH)
    assert sorted(run.shards()) == SHARD_KEYS


def test_each_article_is_extracted_by_its_own_shard_and_empty_shards_are_fine(run, folder):
    rows = {shard: m.metadata["dagster/row_count"].value for shard, m in run.shards().items()}
    readable = sorted(path.name for path in folder.input_path.glob("*.txt"))
    readable.remove("broken.txt")
    assert len({shard_of(name) for name in readable}) > 1
    assert {shard for shard, count in rows.items() if count} == {shard_of(n) for n in readable}
    assert sum(rows.values()) == len(readable)
    assert 0 in rows.values()
    assert run.materialized()["documents"].metadata["dagster/row_count"].value == len(readable)


def test_every_table_check_ran_and_passed(run):
    evaluations = run.check_evaluations()
    assert set(evaluations) == {*TABLES, DATA_PACKAGE}
    for table in TABLES:
        evaluation = evaluations[table]
        assert evaluation.check_name == SCHEMA_CHECK
        assert evaluation.passed, evaluation.metadata["failure_cases"].value
        assert evaluation.metadata["failures"].value == 0, table


def test_a_bad_article_is_reported_without_failing_the_run(run):
    shards = run.shards()
    assert sum(m.metadata["failed"].value for m in shards.values()) == 1
    assert sum(m.metadata["skipped"].value for m in shards.values()) == 1
    broken = shards[shard_of("broken.txt")].metadata
    assert broken["failed"].value == 1
    assert "broken.txt: not UTF-8" in broken["failed_files"].value
    notes = shards[shard_of("notes.csv")].metadata
    assert notes["skipped"].value == 1
    assert "notes.csv" in notes["skipped_files"].value
    assert any("broken.txt: not UTF-8" in message for message in run.warnings)
    assert any("notes.csv: skipped" in message for message in run.warnings)


def test_a_file_that_failed_shows_as_a_warning_on_the_package(run):
    evaluation = run.check_evaluations()[DATA_PACKAGE]
    assert evaluation.check_name == EVERY_FILE_READ
    assert not evaluation.passed
    assert evaluation.severity == dg.AssetCheckSeverity.WARN
    assert evaluation.metadata["failed"].value == 1
    assert evaluation.metadata["skipped"].value == 1
    assert "broken.txt: not UTF-8" in evaluation.metadata["failed_files"].value
    assert run.materialized()[DATA_PACKAGE].metadata["failed_files"].value == 1


def test_every_table_asset_records_row_count_columns_and_preview(run):
    materialized = run.materialized()
    for name, table in load_tables().items():
        metadata = materialized[name].metadata
        rows = metadata["dagster/row_count"].value
        assert isinstance(rows, int)
        schema = metadata["dagster/column_schema"].schema
        assert [column.name for column in schema.columns] == table.field_names
        preview = metadata["preview"].value
        header = "| " + " | ".join(table.field_names) + " |"
        assert preview.startswith(header) if rows else preview == "_no rows_"
        assert preview.count("\n| ") == min(rows, 10)  # header not counted: first line


def test_data_package_records_path_row_counts_and_descriptor_hash(run, folder):
    metadata = run.materialized()[DATA_PACKAGE].metadata
    assert Path(metadata["path"].value) == folder.out_path.resolve()
    assert metadata["frictionless_row_check"].value is True  # a small package: every row
    descriptor = (folder.out_path / "datapackage.json").read_bytes()
    assert metadata["datapackage_sha256"].value == hashlib.sha256(descriptor).hexdigest()
    row_counts = metadata["row_counts"].value
    assert list(row_counts) == TABLES
    assert row_counts == {
        name: run.materialized()[name].metadata["dagster/row_count"].value for name in TABLES
    }


def test_dagster_writes_the_same_package_as_the_command_line(run, folder, tmp_path, monkeypatch):
    assert run.success
    cli_out = tmp_path / "cli-datapackage"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    build(folder.input_path, cli_out)
    dagster_files = files_of(folder.out_path)
    assert "datapackage.json" in dagster_files
    assert sorted(dagster_files) == sorted(files_of(cli_out))
    differ = [name for name, content in files_of(cli_out).items() if dagster_files[name] != content]
    assert differ == [], "these files differ between Dagster and the CLI"


# --- A small corpus: one run does everything ------------------------------------------------


def test_one_run_of_every_asset_publishes_a_small_corpus(folder, tmp_path, monkeypatch):
    """What *Materialize all* then "Launch 1 run" starts on a small corpus: one run with the
    partition `all`, extracting every file, then the tables, their checks and the package."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    out_dir = tmp_path / "datapackage"
    small = ArticleFolder(input_dir=folder.input_dir, out_dir=str(out_dir))
    definitions = build_definitions(small)  # four files: one partition, chosen by size
    job = definitions.resolve_implicit_global_asset_job_def()
    with dg.DagsterInstance.ephemeral() as instance:
        result = job.execute_in_process(
            instance=instance, partition_key="all", raise_on_error=False
        )
    assert result.success
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert materialized == set(EXPECTED_GRAPH)
    (check,) = [e for e in result.get_asset_check_evaluations() if e.check_name == EVERY_FILE_READ]
    assert not check.passed and "broken.txt: not UTF-8" in check.metadata["failed_files"].value
    cli_out = tmp_path / "cli-datapackage"
    build(folder.input_path, cli_out)
    assert files_of(out_dir) == files_of(cli_out)


# --- A blocking check stops publication -------------------------------------------------


def with_duplicate_document(extractions: Iterable[Extraction]) -> dict[str, pd.DataFrame]:
    """The real tables, except that the first document appears twice (a broken primary key)."""
    tables = assemble_tables(extractions)
    documents = tables["documents"]
    tables["documents"] = pd.concat([documents, documents.head(1)], ignore_index=True)
    return tables


def test_failed_blocking_check_keeps_the_published_package(tmp_path):
    out_dir = tmp_path / "datapackage"
    out_dir.mkdir()
    (out_dir / "datapackage.json").write_text('{"name": "the last good package"}\n')
    folder = ArticleFolder(input_dir=str(BUNDLED_INPUT_DIR), out_dir=str(out_dir))

    run = run_all_assets(build_definitions(folder, assemble=with_duplicate_document))

    assert not run.success
    failed = run.check_evaluations()["documents"]
    assert (failed.check_name, failed.passed) == (SCHEMA_CHECK, False)
    assert failed.severity == dg.AssetCheckSeverity.ERROR
    assert failed.metadata["failures"].value >= 2  # both copies of the duplicated id
    cases = failed.metadata["failure_cases"].value
    assert cases.startswith("| row | column | check | value |")
    assert "| document_id |" in cases
    assert DATA_PACKAGE not in run.materialized()
    assert files_of(out_dir) == {"datapackage.json": b'{"name": "the last good package"}\n'}
    assert not list(tmp_path.glob(".datapackage.tmp-*"))
