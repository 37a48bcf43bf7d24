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
    """UTF-8, comma, header row, RFC 4180 quoting, empty cell for null, ISO dates, booleans as
    `true`/`false` (Table Schema's own spelling, which R, pandas, polars and DuckDB all read)."""
    booleans = [name for name, dtype in frame.dtypes.items() if pd.api.types.is_bool_dtype(dtype)]
    if booleans:
        frame = frame.assign(
            **{name: frame[name].map({True: "true", False: "false"}) for name in booleans}
        )
    frame.to_csv(
        path, index=False, lineterminator="\n", na_rep="", date_format="%Y-%m-%d", encoding="utf-8"
    )


def to_arrow_table(frame: pd.DataFrame, table: TableSchema) -> pa.Table:
    schema = to_arrow(table)
    return pa.Table.from_arrays(
        [_arrow_column(frame[f.name], f.type) for f in schema], schema=schema
    )


def _arrow_column(series: pd.Series, arrow_type: pa.DataType) -> pa.Array:
    """Straight from pandas' own buffers (no Python object per cell), the same array either way."""
    try:
        if pa.types.is_date32(arrow_type):
            return pa.array(series, from_pandas=True).cast(arrow_type)  # midnight timestamps
        return pa.array(series, type=arrow_type, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        # Cell by cell: a time of day is dropped from a date, pd.NA in an object column is null.
        if pa.types.is_date32(arrow_type):
            values = [None if pd.isna(v) else v.date() for v in series]
        else:
            values = [None if pd.isna(v) else v for v in series.astype(object)]
        return pa.array(values, type=arrow_type)


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd", write_statistics=True)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
