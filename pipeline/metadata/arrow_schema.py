"""Arrow schemas derived from the table metadata: what the Parquet files are typed as."""

from __future__ import annotations

import pyarrow as pa

from pipeline.metadata.tables import FieldType, TableSchema

ARROW_TYPES: dict[FieldType, pa.DataType] = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
}


def to_arrow(table: TableSchema) -> pa.Schema:
    return pa.schema(
        [
            pa.field(
                f.name,
                ARROW_TYPES[f.type],
                nullable=not (f.required or f.name in table.primary_key),
                metadata={"description": f.description},
            )
            for f in table.fields
        ],
        metadata={"name": table.name, "description": table.description},
    )
