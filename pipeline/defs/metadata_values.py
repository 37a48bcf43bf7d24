"""Dagster metadata derived from the table metadata and the frames: columns, previews, failures.

Kept apart from the assets and checks so both render tables the same way in the UI.
"""

from __future__ import annotations

from collections.abc import Sequence

import dagster as dg
import pandas as pd

from pipeline.metadata import TableSchema

PREVIEW_ROWS = 10
MAX_CELL_CHARS = 60


def column_schema(table: TableSchema) -> dg.TableSchema:
    """The table's columns as Dagster shows them: type, description, nullability, key, enum."""
    columns = []
    for field in table.fields:
        other = []
        if field.enum is not None:
            other.append("one of: " + ", ".join(field.enum))
        if field.pattern is not None:
            other.append(f"matches {field.pattern}")
        if field.minimum is not None:
            other.append(f">= {field.minimum}")
        other += [
            f"foreign key to {fk.reference.table}.{fk.reference.fields[0]}"
            for fk in table.foreign_keys
            if fk.fields == (field.name,)
        ]
        is_key = field.name in table.primary_key
        columns.append(
            dg.TableColumn(
                name=field.name,
                type=field.type,
                description=field.description,
                constraints=dg.TableColumnConstraints(
                    nullable=not (field.required or is_key),
                    unique=table.primary_key == (field.name,),
                    other=other,
                ),
            )
        )
    return dg.TableSchema(columns=columns)


def _cell(value: object) -> str:
    """One markdown cell: empty for null, dates as ISO, long text cut, pipes and newlines escaped."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    text = value.date().isoformat() if isinstance(value, pd.Timestamp) else str(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown_table(frame: pd.DataFrame, max_rows: int = PREVIEW_ROWS) -> str:
    """The first `max_rows` rows as a markdown table, with a line saying how many were left out."""
    if frame.empty:
        return "_no rows_"
    columns: Sequence[str] = [str(c) for c in frame.columns]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in frame.head(max_rows).itertuples(index=False):
        lines.append("| " + " | ".join(_cell(v) for v in row) + " |")
    if len(frame) > max_rows:
        lines += ["", f"_{len(frame) - max_rows} more rows not shown_"]
    return "\n".join(lines)


def table_metadata(frame: pd.DataFrame, table: TableSchema) -> dict[str, object]:
    """What a table's materialization shows: row count, columns and the first rows."""
    return {
        "dagster/row_count": len(frame),
        "dagster/column_schema": column_schema(table),
        "preview": dg.MetadataValue.md(markdown_table(frame)),
    }
