"""Publishing: the package on disk is valid, described truthfully, typed, atomic and reproducible.

Rows come from small hand-made extractions (not from the extraction stage, which is still
changing), assembled with `assemble_tables` exactly as a build would.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tomllib
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import frictionless
import pandas as pd
import polars as pl
import pytest

import pipeline.publish.package as package_module
from pipeline.metadata import TABLE_ORDER, load_tables
from pipeline.model import (
    Article,
    DateExpression,
    Extraction,
    Institution,
    Law,
    Mention,
    Person,
    Statement,
    Statistic,
)
from pipeline.paths import BUNDLED_INPUT_DIR, REPO_ROOT
from pipeline.publish import (
    DestinationError,
    PublishError,
    TableValidationError,
    publish_package,
    validate_table,
    validate_tables,
)
from pipeline.publish.descriptor import created_timestamp
from pipeline.publish.destination import MARKER
from pipeline.publish.files import sha256_of
from pipeline.tables import assemble_tables
from tests.build_helpers import run_build_command

# --- synthetic corpus: two short original articles ------------------------------------

BUDGET_TEXT = (
    "Harbor City budget adds schools\n\n"
    "Harbor City Council approved a new budget on Tuesday. "
    "\u201cWe will open 12 new schools by 2026,\u201d said Mara Ellison, director of the "
    "Harbor City Education Office. The council said spending on classrooms would rise by "
    "about 3.5 percent under the Public Schools Act, and that between 40 and 45 teachers "
    "would be hired."
)
PORT_TEXT = (
    "River port traffic grows\n\n"
    "The river port handled 1 million containers last year, officials reported."
)
EDUCATION_OFFICE = "harbor-city-council--education-office"


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def budget_extraction() -> Extraction:
    t = BUDGET_TEXT
    quote = "We will open 12 new schools by 2026,"
    reported = "spending on classrooms would rise by about 3.5 percent under the Public Schools Act"
    teachers = "between 40 and 45 teachers"
    article = Article(
        document_id="harbor-budget",
        source="harbor-budget.txt",
        sha256="a" * 64,
        text=t,
        body_start=t.index("Harbor City Council"),
        title="Harbor City budget adds schools",
        publisher="Coastal Ledger",
        published=date(2024, 3, 13),
    )
    return Extraction(
        article=article,
        people=[Person("mara-ellison", "Mara Ellison", "director", EDUCATION_OFFICE)],
        institutions=[
            Institution("harbor-city-council", "Harbor City Council", "government agency"),
            Institution(
                EDUCATION_OFFICE,
                "Harbor City Education Office",
                "government agency",
                "harbor-city-council",
            ),
        ],
        laws=[Law("public-schools-act", "Public Schools Act", "act")],
        mentions=[
            Mention(
                "institution",
                "harbor-city-council",
                "Harbor City Council",
                *span(t, "Harbor City Council"),
            ),
            Mention("person", "mara-ellison", "Mara Ellison", *span(t, "Mara Ellison")),
            Mention(
                "law", "public-schools-act", "Public Schools Act", *span(t, "Public Schools Act")
            ),
        ],
        statements=[
            Statement(
                "Mara Ellison",
                "person",
                "direct",
                "said",
                quote,
                *span(t, quote),
                speaker_person_id="mara-ellison",
            ),
            Statement(
                "Harbor City Council",
                "institution",
                "indirect",
                "said",
                reported,
                *span(t, reported),
                speaker_institution_id="harbor-city-council",
            ),
        ],
        statistics=[
            Statistic(
                12.0, "=", "schools", "new schools", "12 new schools", *span(t, "12 new schools")
            ),
            Statistic(
                3.5,
                "~",
                "percent",
                "classroom spending",
                "about 3.5 percent",
                *span(t, "about 3.5 percent"),
            ),
            Statistic(40.0, ">=", "teachers", "teachers hired", teachers, *span(t, teachers)),
            Statistic(45.0, "<=", "teachers", "teachers hired", teachers, *span(t, teachers)),
        ],
        dates=[
            DateExpression(
                "2024-03-12",
                "day",
                True,
                "on Tuesday",
                *span(t, "on Tuesday"),
                date(2024, 3, 12),
                date(2024, 3, 12),
            ),
            DateExpression(
                "2026",
                "year",
                False,
                "2026",
                *span(t, "2026"),
                date(2026, 1, 1),
                date(2026, 12, 31),
            ),
        ],
    )


def port_extraction() -> Extraction:
    """Unknown publisher, title and date: nulls must survive every format."""
    t = PORT_TEXT
    article = Article(
        document_id="river-port",
        source="river-port.txt",
        sha256="b" * 64,
        text=t,
        body_start=t.index("The river"),
    )
    phrase = "1 million containers"
    return Extraction(
        article=article,
        statistics=[Statistic(1_000_000.0, "=", None, None, phrase, *span(t, phrase))],
    )


def copy_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return {name: frame.copy() for name, frame in tables.items()}


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path, with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def leftovers(parent: Path, name: str) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(f".{name}."))


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return assemble_tables([port_extraction(), budget_extraction()])


EPOCH = "1710331200"  # 2024-03-13T12:00:00Z: `created` of the packages built here


@pytest.fixture(scope="module")
def package(tables, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("publish") / "datapackage"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", EPOCH)
        publish_package(copy_tables(tables), out)
    return out


@pytest.fixture(scope="module")
def descriptor(package) -> dict:
    return json.loads((package / "datapackage.json").read_text(encoding="utf-8"))


def test_synthetic_tables_have_rows_in_every_table(tables):
    # Guards the other tests: an empty table would make many of them vacuous.
    assert {name: len(frame) for name, frame in tables.items()} == {
        "documents": 2,
        "institutions": 2,
        "people": 1,
        "laws": 1,
        "statements": 2,
        "statistics": 5,
        "dates": 2,
        "mentions": 3,
    }


# --- Frictionless validation ----------------------------------------------------------


def frictionless_errors(folder: Path) -> list[tuple[str, str, str]]:
    report = frictionless.validate(str(folder / "datapackage.json"))
    found = [
        (task.name, error.type, error.message) for task in report.tasks for error in task.errors
    ]
    found += [("", error.type, error.message) for error in report.errors]
    assert report.valid == (not found)
    return found


def tampered_copy(package: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "datapackage"
    shutil.copytree(package, copy)
    return copy


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def rehash(folder: Path, resource_name: str) -> None:
    """Make the descriptor's hash and size true again, so only the content problem remains."""
    path = folder / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    (resource,) = [r for r in descriptor["resources"] if r["name"] == resource_name]
    data = (folder / resource["path"]).read_bytes()
    resource["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
    if "bytes" in resource:
        resource["bytes"] = len(data)
    path.write_text(json.dumps(descriptor, indent=2), encoding="utf-8")


def test_written_package_passes_frictionless_validation_for_csv_and_parquet(package, tables):
    report = frictionless.validate(str(package / "datapackage.json"))
    assert report.valid, report.flatten(["taskName", "type", "message"])
    rows = {task.name: task.stats.get("rows", 0) for task in report.tasks}
    # Every resource was read row by row, Parquet as well as CSV.
    assert rows == {
        resource: len(tables[name])
        for name in TABLE_ORDER
        for resource in (name, f"{name}-parquet")
    }


def test_csv_edited_after_writing_fails_the_hash_check(package, tmp_path):
    folder = tampered_copy(package, tmp_path)
    # Same length and still a valid row: only the hash can tell.
    replace_once(folder / "csv" / "laws.csv", ",act\n", ",law\n")
    assert {(name, kind) for name, kind, _ in frictionless_errors(folder)} == {
        ("laws", "hash-count")
    }


def test_csv_grown_after_writing_fails_the_byte_count(package, tmp_path):
    folder = tampered_copy(package, tmp_path)
    replace_once(folder / "csv" / "laws.csv", "Public Schools Act", "Public Schools Act 2024")
    kinds = {(name, kind) for name, kind, _ in frictionless_errors(folder)}
    assert kinds == {("laws", "hash-count"), ("laws", "byte-count")}


def test_duplicate_primary_key_in_csv_is_reported_by_frictionless(package, tmp_path):
    folder = tampered_copy(package, tmp_path)
    path = folder / "csv" / "laws.csv"
    first_row = path.read_text(encoding="utf-8").split("\n")[1]
    path.write_text(path.read_text(encoding="utf-8") + first_row + "\n", encoding="utf-8")
    rehash(folder, "laws")
    assert {(name, kind) for name, kind, _ in frictionless_errors(folder)} == {
        ("laws", "primary-key")
    }


@pytest.mark.parametrize(
    ("table", "old", "new", "column"),
    [
        ("statements", ",mara-ellison,", ",nobody-known,", "speaker_person_id"),
        ("institutions", ",harbor-city-council\n", ",no-such-parent\n", "parent_id"),
        ("mentions", "-m-0000131,harbor-budget,", "-m-0000131,ghost-document,", "document_id"),
        ("statistics", ",harbor-budget-st-0000208,", ",harbor-budget-st-9999999,", "statement_id"),
    ],
)
def test_dangling_foreign_key_in_csv_is_reported_by_frictionless(
    package, tmp_path, table, old, new, column
):
    folder = tampered_copy(package, tmp_path)
    replace_once(folder / "csv" / f"{table}.csv", old, new)
    rehash(folder, table)
    errors = frictionless_errors(folder)
    assert {(name, kind) for name, kind, _ in errors} == {(table, "foreign-key")}
    assert column in errors[0][2]


def test_duplicate_primary_key_in_parquet_is_reported_by_frictionless(package, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tampered_copy(package, tmp_path)
    path = folder / "parquet" / "people.parquet"
    table = pq.read_table(path)
    pq.write_table(pa.concat_tables([table, table]), path)
    rehash(folder, "people-parquet")
    assert {(name, kind) for name, kind, _ in frictionless_errors(folder)} == {
        ("people-parquet", "primary-key")
    }


# --- the descriptor -------------------------------------------------------------------


def test_descriptor_declares_data_package_v2_and_its_provenance(descriptor):
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert descriptor["name"] == "news-statements"
    assert descriptor["title"].strip() and descriptor["description"].strip()
    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert descriptor["version"] == pyproject["project"]["version"]
    assert descriptor["created"] == "2024-03-13T12:00:00Z"  # SOURCE_DATE_EPOCH
    assert [license["name"] for license in descriptor["licenses"]] == ["CC-BY-4.0"]
    assert all(license["path"].startswith("https://") for license in descriptor["licenses"])
    assert descriptor["sources"] == [
        {
            "title": "Coastal Ledger: Harbor City budget adds schools",
            "path": "harbor-budget.txt",
            "sha256": "a" * 64,
        },
        {
            "title": "Unknown publisher: river-port.txt",
            "path": "river-port.txt",
            "sha256": "b" * 64,
        },
    ]
    assert descriptor["contributors"] and all(
        c["title"] and c["roles"] for c in descriptor["contributors"]
    )
    assert frictionless.Package.validate_descriptor(descriptor).valid


def test_source_date_epoch_sets_created(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert created_timestamp() == "2023-11-14T22:13:20Z"


def test_created_is_the_build_time_without_source_date_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(tz=UTC).replace(microsecond=0)
    created = datetime.strptime(created_timestamp(), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert before <= created <= datetime.now(tz=UTC)


def test_every_resource_has_schema_format_mediatype_and_true_hash(descriptor, package):
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert sorted(resources) == sorted(n for t in TABLE_ORDER for n in (t, f"{t}-parquet"))
    for name in TABLE_ORDER:
        csv, parquet = resources[name], resources[f"{name}-parquet"]
        assert (csv["path"], csv["format"], csv["mediatype"]) == (
            f"csv/{name}.csv",
            "csv",
            "text/csv",
        )
        assert (parquet["path"], parquet["format"], parquet["mediatype"]) == (
            f"parquet/{name}.parquet",
            "parquet",
            "application/vnd.apache.parquet",
        )
        for resource in (csv, parquet):
            file = package / resource["path"]
            assert resource["schema"]["fields"], resource["name"]
            assert resource["hash"] == f"sha256:{sha256_file(file)}", resource["name"]
        assert csv["bytes"] == (package / csv["path"]).stat().st_size


def test_package_folder_holds_the_described_files_and_what_people_read(descriptor, package):
    described = {r["path"] for r in descriptor["resources"]} | {"datapackage.json", "README.md"}
    spreadsheet = {f"spreadsheet/{table}.csv" for table in TABLE_ORDER}  # for people, not programs
    view = {
        "view/index.html",
        "view/overview.html",
        "view/articles/harbor-budget.html",
        "view/articles/river-port.html",
    }
    about = {"CITATION.cff", "croissant.json", "news-statements.zip", "SHA256SUMS"}
    assert set(snapshot(package)) == described | spreadsheet | view | about | {MARKER}
    marker = json.loads((package / MARKER).read_text(encoding="utf-8"))
    assert list(marker["files"]) == sorted(described | spreadsheet | view | about)
    assert all(digest == sha256_of(package / path) for path, digest in marker["files"].items())


# --- pandera validation ---------------------------------------------------------------


def failing_columns(name: str, tables: dict[str, pd.DataFrame]) -> set[str]:
    result = validate_table(name, tables[name], tables)
    assert not result.passed
    return set(result.failures["column"])


def test_synthetic_tables_pass_validation(tables):
    results = validate_tables(copy_tables(tables))
    assert [(r.table, r.rows, r.passed) for r in results] == [
        (name, len(tables[name]), True) for name in tables
    ]


def test_enum_violation_is_reported_on_its_column(tables):
    broken = copy_tables(tables)
    broken["statements"].loc[0, "kind"] = "rumour"
    result = validate_table("statements", broken["statements"], broken)
    assert result.failures[["column", "failure_case"]].values.tolist() == [["kind", "rumour"]]
    with pytest.raises(TableValidationError, match="column kind"):
        validate_tables(broken)


def test_duplicate_primary_key_is_reported_on_the_key_column(tables):
    broken = copy_tables(tables)
    broken["laws"] = pd.concat([broken["laws"], broken["laws"]], ignore_index=True)
    assert failing_columns("laws", broken) == {"law_id"}


def test_null_in_required_column_is_reported_on_its_column(tables):
    broken = copy_tables(tables)
    broken["people"].loc[0, "name"] = pd.NA
    assert failing_columns("people", broken) == {"name"}


def test_null_span_offset_is_reported_not_crashed(tables):
    broken = copy_tables(tables)
    broken["statements"].loc[0, "char_start"] = pd.NA
    broken["dates"].loc[0, "text"] = pd.NA
    assert failing_columns("statements", broken) == {"char_start"}
    assert failing_columns("dates", broken) == {"text"}


def test_span_that_does_not_match_the_document_text_is_reported(tables):
    broken = copy_tables(tables)
    broken["dates"].loc[0, "char_start"] += 1  # "n Tuesday" is not "on Tuesday"
    result = validate_table("dates", broken["dates"], broken)
    assert result.failures[["column", "index"]].values.tolist() == [["text", 0]]
    assert "char_start:char_end" in result.failures["check"][0]


def test_span_ending_before_it_starts_is_reported(tables):
    broken = copy_tables(tables)
    broken["mentions"].loc[1, "char_end"] = broken["mentions"].loc[1, "char_start"]
    result = validate_table("mentions", broken["mentions"])
    assert "char_start_before_char_end" in set(result.failures["check"])


FOREIGN_KEYS = [
    (name, fk.fields[0], fk.reference.table)
    for name, table in load_tables().items()
    for fk in table.foreign_keys
]


@pytest.mark.parametrize(
    ("name", "column", "target"), FOREIGN_KEYS, ids=[f"{n}.{c}" for n, c, _ in FOREIGN_KEYS]
)
def test_dangling_foreign_key_is_reported_on_its_column(tables, name, column, target):
    broken = copy_tables(tables)
    broken[name].loc[0, column] = "ghost-id"
    result = validate_table(name, broken[name], broken)
    assert set(result.failures["column"]) == {column}
    assert target in result.failures["check"][0]
    with pytest.raises(TableValidationError, match=f"column {column}"):
        validate_tables(broken)


# --- atomic publish -------------------------------------------------------------------


@pytest.fixture
def existing_package(package, tmp_path) -> Path:
    out = tmp_path / "site" / "datapackage"
    shutil.copytree(package, out)
    return out


def test_invalid_tables_leave_the_published_package_untouched(tables, existing_package):
    before = snapshot(existing_package)
    broken = copy_tables(tables)
    broken["laws"].loc[0, "kind"] = "ordinance"
    with pytest.raises(TableValidationError, match="ordinance"):
        publish_package(broken, existing_package)
    assert snapshot(existing_package) == before
    assert leftovers(existing_package.parent, existing_package.name) == []


def test_package_failing_frictionless_leaves_the_published_package_untouched(
    tables, existing_package, monkeypatch
):
    before = snapshot(existing_package)
    monkeypatch.setattr(
        package_module, "frictionless_errors", lambda path: ["laws: forced failure"]
    )
    with pytest.raises(PublishError, match="forced failure"):
        publish_package(copy_tables(tables), existing_package)
    assert snapshot(existing_package) == before
    assert leftovers(existing_package.parent, existing_package.name) == []


def test_publishing_over_an_existing_package_replaces_it_whole(tables, existing_package):
    # A file an older build wrote (a table since retired) is listed in its marker: it goes.
    (existing_package / "csv" / "retired.csv").write_text("id\n1\n", encoding="utf-8")
    marker = json.loads((existing_package / MARKER).read_text(encoding="utf-8"))
    marker["files"]["csv/retired.csv"] = sha256_of(existing_package / "csv" / "retired.csv")
    (existing_package / MARKER).write_text(json.dumps(marker), encoding="utf-8")
    only_port = assemble_tables([port_extraction()])
    publish_package(only_port, existing_package)
    assert not (existing_package / "csv" / "retired.csv").exists()
    documents = pd.read_csv(existing_package / "csv" / "documents.csv")
    assert documents["document_id"].tolist() == ["river-port"]
    assert leftovers(existing_package.parent, existing_package.name) == []


def test_a_file_the_tool_did_not_write_keeps_the_package_from_being_replaced(
    tables, existing_package
):
    (existing_package / "notes.txt").write_text("my notes", encoding="utf-8")
    before = snapshot(existing_package)
    with pytest.raises(DestinationError, match=r"holds notes\.txt, which this tool did not write"):
        publish_package(assemble_tables([port_extraction()]), existing_package)
    assert snapshot(existing_package) == before
    assert leftovers(existing_package.parent, existing_package.name) == []


def test_publishing_into_a_new_folder_creates_it(tables, tmp_path):
    out = tmp_path / "nested" / "new" / "pkg"
    publish_package(copy_tables(tables), out)
    assert (out / "datapackage.json").is_file()
    assert sorted(p.name for p in (out / "csv").iterdir()) == sorted(
        f"{t}.csv" for t in TABLE_ORDER
    )
    assert leftovers(out.parent, out.name) == []


# --- determinism ----------------------------------------------------------------------


def make_run_epoch() -> str:
    """The SOURCE_DATE_EPOCH `make run` builds the committed datapackage/ with."""
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    return re.search(r"^BUNDLED_SOURCE_DATE_EPOCH := (\d+)$", makefile, re.MULTILINE).group(1)


def run_build(input_dir: Path, out_dir: Path, hash_seed: str) -> subprocess.CompletedProcess:
    """A build as `make run` runs it: dated by its SOURCE_DATE_EPOCH, no commit id."""
    return run_build_command(
        "--input",
        str(input_dir),
        "--out",
        str(out_dir),
        "--no-git-commit",
        env={"PYTHONHASHSEED": hash_seed, "SOURCE_DATE_EPOCH": make_run_epoch()},
    )


@pytest.fixture(scope="module")
def bundled_builds(tmp_path_factory) -> tuple[Path, Path]:
    """Two builds of the bundled articles in separate processes with different hash seeds."""
    root = tmp_path_factory.mktemp("determinism")
    outs = root / "first", root / "second"
    for out, seed in zip(outs, ("1", "2"), strict=True):
        result = run_build(BUNDLED_INPUT_DIR, out, seed)
        assert result.returncode == 0, result.stderr
    return outs


@pytest.mark.slow
def test_two_builds_of_the_same_folder_are_byte_identical(bundled_builds):
    first, second = (snapshot(out) for out in bundled_builds)
    assert sorted(first) == sorted(second)
    assert {
        "datapackage.json",
        "README.md",
        "csv/documents.csv",
        "parquet/documents.parquet",
    } <= set(first)
    assert [path for path in first if first[path] != second[path]] == []


def test_publishing_the_same_tables_twice_is_byte_identical(tables, package, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    publish_package(copy_tables(tables), tmp_path / "again")
    again, first = snapshot(tmp_path / "again"), snapshot(package)
    assert [path for path in first if first[path] != again.get(path)] == []


@pytest.mark.slow
def test_committed_datapackage_equals_a_fresh_build(bundled_builds):
    committed = REPO_ROOT / "datapackage"
    if not committed.is_dir():
        pytest.skip(
            f"{committed} does not exist yet; it is built with `make run` before committing"
        )
    fresh, published = snapshot(bundled_builds[0]), snapshot(committed)
    assert sorted(published) == sorted(fresh)
    stale = [path for path in fresh if fresh[path] != published[path]]
    assert stale == [], f"rebuild with `make run`: {stale}"


def test_rows_are_sorted_by_primary_key(package):
    for name, table in load_tables().items():
        frame = pd.read_csv(package / "csv" / f"{name}.csv", dtype=str, keep_default_na=False)
        keys = frame[list(table.primary_key)].apply(tuple, axis=1).tolist()
        assert keys == sorted(keys) and len(set(keys)) == len(keys), name


# --- Parquet read back ----------------------------------------------------------------


def csv_rows(path: Path) -> int:
    return len(pd.read_csv(path, dtype=str, keep_default_na=False))


@pytest.mark.parametrize("name", TABLE_ORDER)
def test_every_parquet_file_reads_in_duckdb_polars_and_pandas(package, tables, name):
    path = package / "parquet" / f"{name}.parquet"
    columns = load_tables()[name].field_names
    expected_rows = csv_rows(package / "csv" / f"{name}.csv")
    assert expected_rows == len(tables[name])
    relation = duckdb.sql(f"SELECT * FROM '{path}'")
    assert relation.columns == columns and len(relation.fetchall()) == expected_rows
    polars_frame = pl.read_parquet(path)
    assert polars_frame.columns == columns and polars_frame.height == expected_rows
    pandas_frame = pd.read_parquet(path)
    assert list(pandas_frame.columns) == columns and len(pandas_frame) == expected_rows


def duckdb_types(path: Path) -> dict[str, str]:
    relation = duckdb.sql(f"SELECT * FROM '{path}'")
    return dict(zip(relation.columns, map(str, relation.types), strict=True))


def test_parquet_columns_keep_their_types_in_duckdb(package):
    parquet = package / "parquet"
    for name in ("statements", "statistics", "dates", "mentions"):
        types = duckdb_types(parquet / f"{name}.parquet")
        assert (types["char_start"], types["char_end"]) == ("BIGINT", "BIGINT"), name
    assert duckdb_types(parquet / "statistics.parquet")["value"] == "DOUBLE"
    assert duckdb_types(parquet / "dates.parquet")["relative"] == "BOOLEAN"
    assert duckdb_types(parquet / "documents.parquet")["published"] == "DATE"


def test_parquet_columns_keep_their_types_in_polars(package):
    parquet = package / "parquet"
    statistics = pl.read_parquet(parquet / "statistics.parquet")
    assert statistics.schema["char_start"] == pl.Int64 and statistics.schema["char_end"] == pl.Int64
    assert statistics.schema["value"] == pl.Float64
    assert pl.read_parquet(parquet / "dates.parquet").schema["relative"] == pl.Boolean
    assert pl.read_parquet(parquet / "documents.parquet").schema["published"] == pl.Date


def test_parquet_dates_read_back_as_dates(package):
    published = duckdb.sql(
        f"SELECT document_id, published FROM '{package / 'parquet' / 'documents.parquet'}' ORDER BY document_id"
    ).fetchall()
    assert published == [("harbor-budget", date(2024, 3, 13)), ("river-port", None)]
    relative = pl.read_parquet(package / "parquet" / "dates.parquet")["relative"].to_list()
    assert relative == [True, False]


def test_parquet_numbers_read_back_as_numbers_in_pandas(package):
    statistics = pd.read_parquet(
        package / "parquet" / "statistics.parquet", dtype_backend="numpy_nullable"
    )
    assert str(statistics["value"].dtype) == "Float64"
    assert str(statistics["char_start"].dtype) == "Int64"
    assert statistics["value"].tolist() == [12.0, 3.5, 40.0, 45.0, 1_000_000.0]


def cell(value, kind: str):
    """One value as plain Python, whichever format it was read from."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    if kind == "boolean":
        return {"true": True, "false": False}[value] if isinstance(value, str) else bool(value)
    if kind == "date":
        return value if isinstance(value, str) else pd.Timestamp(value).date().isoformat()
    return str(value)


def plain(frame: pd.DataFrame, name: str) -> dict[str, list]:
    return {f.name: [cell(v, f.type) for v in frame[f.name]] for f in load_tables()[name].fields}


@pytest.mark.parametrize("name", TABLE_ORDER)
def test_csv_and_parquet_hold_the_same_values(package, tables, name):
    from_csv = pd.read_csv(
        package / "csv" / f"{name}.csv", dtype=str, keep_default_na=False, na_values=[""]
    )
    from_parquet = pd.read_parquet(package / "parquet" / f"{name}.parquet")
    assert plain(from_csv, name) == plain(from_parquet, name)
    assert plain(from_parquet, name) == plain(tables[name], name)


# --- the data card --------------------------------------------------------------------


def test_datacard_describes_every_table_and_column(package, tables):
    readme = (package / "README.md").read_text(encoding="utf-8")
    sections = {chunk.split("\n", 1)[0]: chunk for chunk in readme.split("\n## ")[1:]}
    for name, table in load_tables().items():
        count = len(tables[name])
        heading = f"{name} ({count:,} {'row' if count == 1 else 'rows'})"
        assert heading in sections, f"README.md has no section for {name}"
        for field in table.fields:
            assert f"\n| {field.name} | {field.type} |" in sections[heading], f"{name}.{field.name}"
