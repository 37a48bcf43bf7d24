"""Typed table metadata, loaded from one YAML file per table in `schemas/`.

Everything else (Frictionless Table Schemas, pandera schemas, Arrow schemas, the
data card) is derived from these objects, so a column cannot be typed one way in
one place and another way elsewhere.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, model_validator

from pipeline.paths import SCHEMAS_DIR

FieldType = Literal["string", "integer", "number", "boolean", "date"]

# Publication order: referenced tables before the tables that reference them.
TABLE_ORDER = (
    "documents",
    "institutions",
    "people",
    "laws",
    "statements",
    "statistics",
    "dates",
    "mentions",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Field(_Strict):
    name: str
    type: FieldType
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | float | None = None


class Reference(_Strict):
    table: str
    fields: tuple[str, ...]


class ForeignKey(_Strict):
    fields: tuple[str, ...]
    reference: Reference


class TableSchema(_Strict):
    name: str
    title: str
    description: str
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    fields: tuple[Field, ...]

    @model_validator(mode="after")
    def _keys_name_real_fields(self) -> TableSchema:
        names = [f.name for f in self.fields]
        if len(set(names)) != len(names):
            raise ValueError(f"table {self.name}: duplicate field names")
        for key in (*self.primary_key, *(k for fk in self.foreign_keys for k in fk.fields)):
            if key not in names:
                raise ValueError(f"table {self.name}: key {key!r} is not a field")
        return self

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def load_table(path: Path) -> TableSchema:
    try:
        return TableSchema.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except Exception as error:
        raise ValueError(f"{path}: invalid table schema: {error}") from error


@cache
def load_tables(schemas_dir: Path = SCHEMAS_DIR) -> dict[str, TableSchema]:
    """Every table's schema, keyed by name, in publication order."""
    tables: dict[str, TableSchema] = {}
    paths: dict[str, Path] = {}
    for path in sorted(schemas_dir.glob("*.yaml")):
        table = load_table(path)
        if table.name in paths:
            raise ValueError(
                f"{path}: table {table.name} is already defined in {paths[table.name]}"
            )
        tables[table.name], paths[table.name] = table, path
    if set(tables) != set(TABLE_ORDER):
        raise ValueError(
            f"{schemas_dir}: expected schemas for {sorted(TABLE_ORDER)}, found {sorted(tables)}"
        )
    for table in tables.values():
        for fk in table.foreign_keys:
            target = tables.get(fk.reference.table)
            if target is None:
                raise ValueError(
                    f"{paths[table.name]}: foreign key to unknown table {fk.reference.table!r}"
                )
            missing = set(fk.reference.fields) - set(target.field_names)
            if missing:
                raise ValueError(
                    f"{paths[table.name]}: foreign key to missing fields {sorted(missing)} of {target.name}"
                )
    return {name: tables[name] for name in TABLE_ORDER}
