"""The YAML files in schemas/ are the one source of truth; every derived schema must agree.

The expectations here are read from the YAML with plain `yaml.safe_load`, not through
`load_tables`, so a bug in the loader cannot hide a disagreement.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from pipeline.metadata import TABLE_ORDER, load_tables
from pipeline.metadata.arrow_schema import to_arrow
from pipeline.metadata.frictionless_schema import to_frictionless
from pipeline.metadata.pandera_schema import to_pandera
from pipeline.paths import BUNDLED_INPUT_DIR, SCHEMAS_DIR

TYPES = ("string", "integer", "number", "boolean", "date")

# Independent of the mapping tables in pipeline.metadata: what each type must become.
PANDAS_TYPE_TESTS = {
    "string": pd.api.types.is_string_dtype,
    "integer": pd.api.types.is_integer_dtype,
    "number": pd.api.types.is_float_dtype,
    "boolean": pd.api.types.is_bool_dtype,
    "date": pd.api.types.is_datetime64_any_dtype,
}
ARROW_TYPE_TESTS = {
    "string": pa.types.is_string,
    "integer": pa.types.is_int64,
    "number": pa.types.is_float64,
    "boolean": pa.types.is_boolean,
    "date": pa.types.is_date32,
}


def yaml_table(name: str) -> dict:
    return yaml.safe_load((SCHEMAS_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


def yaml_required(raw: dict) -> set[str]:
    """Required columns: those marked required, and every primary-key column."""
    return {f["name"] for f in raw["fields"] if f.get("required")} | set(raw["primary_key"])


def yaml_enums(raw: dict) -> dict[str, list[str]]:
    return {f["name"]: list(f["enum"]) for f in raw["fields"] if "enum" in f}


def yaml_foreign_keys(raw: dict, suffix: str = "") -> list[dict]:
    return [
        {
            "fields": list(fk["fields"]),
            "reference": {
                "resource": fk["reference"]["table"] + suffix,
                "fields": list(fk["reference"]["fields"]),
            },
        }
        for fk in raw.get("foreign_keys", [])
    ]


@pytest.fixture(scope="module")
def built_package(tmp_path_factory) -> Path:
    """A package built from the bundled article (structure only; its rows may change)."""
    from pipeline.build import build

    out = tmp_path_factory.mktemp("schemas") / "datapackage"
    build(BUNDLED_INPUT_DIR, out)
    return out


def test_there_is_one_yaml_file_per_table_named_after_it():
    assert sorted(p.stem for p in SCHEMAS_DIR.glob("*.yaml")) == sorted(TABLE_ORDER)
    for name in TABLE_ORDER:
        assert yaml_table(name)["name"] == name
        assert all(f["type"] in TYPES for f in yaml_table(name)["fields"])


def test_loaded_tables_come_in_publication_order_with_yaml_columns():
    tables = load_tables()
    assert list(tables) == list(TABLE_ORDER)
    for name, table in tables.items():
        assert table.field_names == [f["name"] for f in yaml_table(name)["fields"]]


@pytest.mark.parametrize("name", TABLE_ORDER)
def test_frictionless_schema_matches_yaml(name):
    raw, table = yaml_table(name), load_tables()[name]
    schema = to_frictionless(table)
    fields = schema["fields"]
    assert [f["name"] for f in fields] == [f["name"] for f in raw["fields"]]
    assert [f["type"] for f in fields] == [f["type"] for f in raw["fields"]]
    required = {f["name"] for f in fields if f.get("constraints", {}).get("required")}
    assert required == yaml_required(raw)
    enums = {
        f["name"]: f["constraints"]["enum"] for f in fields if "enum" in f.get("constraints", {})
    }
    assert enums == yaml_enums(raw)
    patterns = {
        f["name"]: f["constraints"]["pattern"]
        for f in fields
        if "pattern" in f.get("constraints", {})
    }
    assert patterns == {f["name"]: f["pattern"] for f in raw["fields"] if "pattern" in f}
    assert schema["primaryKey"] == list(raw["primary_key"])
    assert schema.get("foreignKeys", []) == yaml_foreign_keys(raw)


@pytest.mark.parametrize("name", TABLE_ORDER)
def test_parquet_resource_foreign_keys_point_at_parquet_resources(name):
    raw = yaml_table(name)
    schema = to_frictionless(load_tables()[name], resource_suffix="-parquet")
    assert schema.get("foreignKeys", []) == yaml_foreign_keys(raw, "-parquet")
    assert schema["fields"] == to_frictionless(load_tables()[name])["fields"]


@pytest.mark.parametrize("name", TABLE_ORDER)
def test_pandera_schema_matches_yaml(name):
    raw = yaml_table(name)
    schema = to_pandera(load_tables()[name])
    assert list(schema.columns) == [f["name"] for f in raw["fields"]]
    assert schema.strict is True and schema.ordered is True
    for field in raw["fields"]:
        dtype = schema.columns[field["name"]].dtype.type
        assert PANDAS_TYPE_TESTS[field["type"]](dtype), (field["name"], field["type"], dtype)
    not_nullable = {n for n, c in schema.columns.items() if not c.nullable}
    assert not_nullable == yaml_required(raw)
    enums = {
        n: check.statistics["allowed_values"]
        for n, column in schema.columns.items()
        for check in column.checks
        if check.name == "isin"
    }
    assert enums == yaml_enums(raw)
    assert list(schema.unique) == list(raw["primary_key"])


@pytest.mark.parametrize("name", TABLE_ORDER)
def test_arrow_schema_matches_yaml(name):
    raw = yaml_table(name)
    schema = to_arrow(load_tables()[name])
    assert schema.names == [f["name"] for f in raw["fields"]]
    for field in raw["fields"]:
        arrow_type = schema.field(field["name"]).type
        assert ARROW_TYPE_TESTS[field["type"]](arrow_type), (field["name"], arrow_type)
    not_nullable = {f.name for f in schema if not f.nullable}
    assert not_nullable == yaml_required(raw)
    descriptions = [
        schema.field(f["name"]).metadata[b"description"].decode() for f in raw["fields"]
    ]
    assert descriptions == [f["description"] for f in raw["fields"]]


def test_every_foreign_key_names_an_existing_table_and_field():
    raws = {name: yaml_table(name) for name in TABLE_ORDER}
    for name, raw in raws.items():
        own_fields = {f["name"] for f in raw["fields"]}
        for fk in raw.get("foreign_keys", []):
            assert set(fk["fields"]) <= own_fields, (name, fk)
            target = fk["reference"]["table"]
            assert target in raws, f"{name}: foreign key to unknown table {target}"
            target_fields = {f["name"] for f in raws[target]["fields"]}
            assert set(fk["reference"]["fields"]) <= target_fields, (name, fk)
            # A reference must be unique on the other side, which the primary key guarantees.
            assert list(fk["reference"]["fields"]) == list(raws[target]["primary_key"]), (name, fk)


def test_referenced_tables_are_published_before_the_tables_that_reference_them():
    position = {name: i for i, name in enumerate(TABLE_ORDER)}
    for name in TABLE_ORDER:
        for fk in yaml_table(name).get("foreign_keys", []):
            assert position[fk["reference"]["table"]] <= position[name], (name, fk)


def test_written_datapackage_carries_exactly_the_derived_schemas(built_package):
    descriptor = json.loads((built_package / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    expected_names = [n for name in TABLE_ORDER for n in (name, f"{name}-parquet")]
    assert [r["name"] for r in descriptor["resources"]] == expected_names
    for name, table in load_tables().items():
        assert resources[name]["schema"] == to_frictionless(table)
        assert resources[f"{name}-parquet"]["schema"] == to_frictionless(table, "-parquet")
        assert [f["name"] for f in resources[name]["schema"]["fields"]] == [
            f["name"] for f in yaml_table(name)["fields"]
        ]


def test_written_parquet_files_have_the_derived_arrow_schema(built_package):
    for name, table in load_tables().items():
        written = pq.read_schema(built_package / "parquet" / f"{name}.parquet")
        assert written.equals(to_arrow(table), check_metadata=False), name
        # Nullability survives the round trip: required columns are REQUIRED in Parquet.
        assert [f.nullable for f in written] == [f.nullable for f in to_arrow(table)], name


def test_written_csv_headers_are_the_yaml_columns(built_package):
    for name in TABLE_ORDER:
        header = (built_package / "csv" / f"{name}.csv").read_text(encoding="utf-8").split("\n")[0]
        assert header.split(",") == [f["name"] for f in yaml_table(name)["fields"]]


# --- malformed schema files -------------------------------------------------------------


@pytest.fixture
def schemas_copy(tmp_path) -> Path:
    folder = tmp_path / "schemas"
    shutil.copytree(SCHEMAS_DIR, folder)
    return folder


def edit_yaml(path: Path, change) -> None:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(raw)
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")


def test_copied_schemas_load_like_the_originals(schemas_copy):
    assert load_tables(schemas_copy) == load_tables()


def test_yaml_syntax_error_raises_value_error_naming_the_file(schemas_copy):
    broken = schemas_copy / "laws.yaml"
    broken.write_text("name: laws\nfields: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"laws\.yaml") as error:
        load_tables(schemas_copy)
    assert str(broken) in str(error.value)


@pytest.mark.parametrize(
    ("file", "change"),
    [
        ("people.yaml", lambda raw: raw["fields"][1].update(type="text")),
        ("people.yaml", lambda raw: raw.update(primary_key=["no_such_column"])),
        ("dates.yaml", lambda raw: raw["fields"].append(dict(raw["fields"][0]))),
        ("statements.yaml", lambda raw: raw["fields"][0].update(nullable=True)),
        ("documents.yaml", lambda raw: raw.pop("fields")),
    ],
    ids=[
        "unknown-type",
        "missing-primary-key-column",
        "duplicate-column",
        "unknown-key",
        "no-fields",
    ],
)
def test_invalid_table_schema_raises_value_error_naming_the_file(schemas_copy, file, change):
    edit_yaml(schemas_copy / file, change)
    with pytest.raises(ValueError) as error:
        load_tables(schemas_copy)
    assert str(schemas_copy / file) in str(error.value)


@pytest.mark.parametrize(
    "reference",
    [{"table": "nowhere", "fields": ["document_id"]}, {"table": "documents", "fields": ["nope"]}],
    ids=["unknown-table", "unknown-field"],
)
def test_foreign_key_to_missing_target_raises_value_error_naming_the_file(schemas_copy, reference):
    edit_yaml(
        schemas_copy / "mentions.yaml",
        lambda raw: raw["foreign_keys"][0].update(reference=reference),
    )
    with pytest.raises(ValueError) as error:
        load_tables(schemas_copy)
    assert str(schemas_copy / "mentions.yaml") in str(error.value)


def test_missing_table_schema_raises_value_error_naming_the_folder(schemas_copy):
    (schemas_copy / "laws.yaml").unlink()
    with pytest.raises(ValueError, match="laws") as error:
        load_tables(schemas_copy)
    assert str(schemas_copy) in str(error.value)


def test_two_files_defining_the_same_table_raise_value_error_naming_both(schemas_copy):
    shutil.copy(schemas_copy / "laws.yaml", schemas_copy / "laws_copy.yaml")
    with pytest.raises(ValueError) as error:
        load_tables(schemas_copy)
    assert "laws_copy.yaml" in str(error.value) and "laws.yaml" in str(error.value)
