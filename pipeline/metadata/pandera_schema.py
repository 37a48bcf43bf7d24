"""pandera schemas derived from the table metadata: what every published row must satisfy."""

from __future__ import annotations

import pandera.pandas as pa

from pipeline.metadata.tables import Field, FieldType, TableSchema

# Dtypes of the DataFrames the pipeline builds (pandas nullable types, dates as datetime64).
PANDAS_DTYPES: dict[FieldType, str] = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "date": "datetime64[ns]",
}


def _checks(field: Field) -> list[pa.Check]:
    checks = []
    if field.enum is not None:
        checks.append(pa.Check.isin(list(field.enum)))
    if field.pattern is not None:
        checks.append(pa.Check.str_matches(field.pattern))
    if field.minimum is not None:
        checks.append(pa.Check.ge(field.minimum))
    if field.type == "number":
        # Table Schema's numbers admit INF and NaN; a count or a measure in news never is one.
        checks.append(pa.Check(lambda s: s.isna() | s.abs().lt(float("inf")), name="finite"))
    return checks


def _spans_index_their_own_rows(df) -> bool:
    return (df["char_start"] < df["char_end"]) | df["char_start"].isna()


def to_pandera(table: TableSchema) -> pa.DataFrameSchema:
    """Column types, nullability, enums, patterns and bounds, plus the primary key's uniqueness."""
    columns = {
        f.name: pa.Column(
            PANDAS_DTYPES[f.type],
            checks=_checks(f),
            nullable=not (f.required or f.name in table.primary_key),
            description=f.description,
        )
        for f in table.fields
    }
    checks = []
    if {"char_start", "char_end"} <= set(columns):
        checks.append(pa.Check(_spans_index_their_own_rows, name="char_start_before_char_end"))
    return pa.DataFrameSchema(
        columns,
        name=table.name,
        description=table.description,
        strict=True,
        ordered=True,
        unique=list(table.primary_key),
        checks=checks,
        coerce=False,
    )
