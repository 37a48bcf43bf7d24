"""Write one table as CSV and Parquet, byte for byte the same on every run."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.metadata import TableSchema
from pipeline.metadata.arrow_schema import to_arrow


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """UTF-8, comma, header row, RFC 4180 quoting, empty cell for null, ISO dates."""
    frame.to_csv(
        path, index=False, lineterminator="\n", na_rep="", date_format="%Y-%m-%d", encoding="utf-8"
    )


def to_arrow_table(frame: pd.DataFrame, table: TableSchema) -> pa.Table:
    schema = to_arrow(table)
    columns = []
    for field in schema:
        series = frame[field.name]
        if pa.types.is_date32(field.type):
            values = [None if pd.isna(v) else v.date() for v in series]
        else:
            values = [None if pd.isna(v) else v for v in series.astype(object)]
        columns.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def write_parquet(frame: pd.DataFrame, table: TableSchema, path: Path) -> None:
    pq.write_table(to_arrow_table(frame, table), path, compression="zstd", write_statistics=True)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
