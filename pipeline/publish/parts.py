"""Large packages split each table of documents into parts, so an update rewrites one part.

A package of fewer than `PARTS_FROM` articles has one file per table and format
(`csv/statements.csv`). From `PARTS_FROM` articles on, the five tables whose rows belong to one
document (documents, statements, statistics, dates, mentions) are written in parts of about
`PART_DOCUMENTS` articles each (`csv/statements/part-03.csv`, `parquet/statements/part-03.parquet`),
every part with its header row and sorted by primary key; the corpus-wide tables (people,
institutions, laws) stay one file each. Each table is one resource of `datapackage.json` whose
`path` lists its parts (Data Package v2).

An article's part is fixed by a hash of its document id, so adding, editing or removing one
article changes the rows of one part only, and a rebuild links every other part's files from
the package it replaces instead of writing them again. The number of parts
is a power of two, so when a corpus grows past a threshold each part splits in two.

Readers take every part with a pattern: DuckDB `read_parquet('parquet/statements/*.parquet')`,
polars `pl.read_parquet("parquet/statements/*.parquet")`, pandas
`pd.read_parquet("parquet/statements")`, R `arrow::open_dataset("parquet/statements")`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from pipeline.metadata import TableSchema
from pipeline.metadata.pandera_schema import PANDAS_DTYPES
from pipeline.paths import SCHEMAS_DIR

if TYPE_CHECKING:
    from pipeline.cache import ExtractionCache

# Articles from which a package is written in parts, and about how many articles go in a part.
PARTS_FROM = 2_000
PART_DOCUMENTS = 1_000
# The tables whose every row belongs to one document, and so to that document's part.
DOCUMENT_TABLES = ("documents", "statements", "statistics", "dates", "mentions")


def part_count(documents: int, parts_from: int = PARTS_FROM) -> int:
    """1 below `parts_from` articles, else the least power of two that keeps parts at or under
    `PART_DOCUMENTS` articles on average (but at least 2)."""
    if documents < parts_from:
        return 1
    count = 2
    while documents > count * PART_DOCUMENTS:
        count *= 2
    return count


def parts_of(document_ids: Sequence[str] | pd.Series, count: int) -> np.ndarray:
    """The part of each document id: the first bits of its SHA-256, so a part splits in two
    when the count doubles and never depends on the other articles."""
    if count == 1:
        return np.zeros(len(document_ids), dtype=np.int64)
    bits = count.bit_length() - 1
    return np.fromiter(
        (
            int.from_bytes(hashlib.sha256(str(value).encode()).digest()[:4], "big") >> (32 - bits)
            for value in document_ids
        ),
        dtype=np.int64,
        count=len(document_ids),
    )


def part_name(index: int, count: int) -> str:
    """`part-03` of 16: zero-padded so that the files sort in part order."""
    return f"part-{index:0{len(str(count - 1))}d}"


def table_paths(table: str, count: int, folder: str, suffix: str) -> list[str]:
    """The files of one table in one format: `csv/statements.csv`, or one per part."""
    if count == 1 or table not in DOCUMENT_TABLES:
        return [f"{folder}/{table}{suffix}"]
    return [f"{folder}/{table}/{part_name(index, count)}{suffix}" for index in range(count)]


def split_positions(frame: pd.DataFrame, count: int) -> list[np.ndarray]:
    """The positions of each part's rows, in the frame's order.

    One hash per document and one stable sort by part: linear in the rows whatever the count.
    """
    codes, documents = pd.factorize(frame["document_id"])
    numbers = parts_of(list(documents), count)[codes] if len(frame) else np.zeros(0, np.int64)
    order = np.argsort(numbers, kind="stable")
    bounds = np.searchsorted(numbers[order], np.arange(count + 1))
    return [order[bounds[index] : bounds[index + 1]] for index in range(count)]


@dataclass
class PartedTables:
    """The tables of a package in parts: the corpus-wide tables whole, the tables of documents
    one part at a time (`part`), so a build need not hold them all at once."""

    entities: dict[str, pd.DataFrame]  # people, institutions, laws
    count: int  # parts
    rows: dict[str, int]  # of each table, in all
    document_ids: list[str]  # every article's, sorted
    load: Callable[[int], dict[str, pd.DataFrame]]  # a part's tables of documents
    # What each part's files are made of, known without loading its rows (a digest of its
    # cached fragment and renames), and the cache that keeps what the view needs of it.
    sources: dict[int, str] = dataclasses.field(default_factory=dict)
    cache: ExtractionCache | None = None
    from_cache: int = 0  # parts whose rows come from a cached fragment

    def part(self, index: int) -> dict[str, pd.DataFrame]:
        """The tables of documents of part `index`, each sorted by primary key."""
        return self.load(index)

    def whole(self) -> dict[str, pd.DataFrame]:
        """Every table whole, as one assembler gives them (held at once: for small packages)."""
        from pipeline.metadata import load_tables

        schemas = load_tables()
        parts = [self.part(index) for index in range(self.count)]
        tables = dict(self.entities)
        for name in DOCUMENT_TABLES:
            frame = pd.concat([part[name] for part in parts], ignore_index=True)
            tables[name] = frame.sort_values(
                list(schemas[name].primary_key), kind="stable"
            ).reset_index(drop=True)
        return {name: tables[name] for name in schemas}

    @staticmethod
    def rows_of(tables: dict[str, pd.DataFrame] | PartedTables) -> dict[str, int]:
        """The rows of each table, of tables held whole or in parts."""
        if isinstance(tables, PartedTables):
            return dict(tables.rows)
        return {name: len(frame) for name, frame in tables.items()}

    @classmethod
    def of(cls, tables: dict[str, pd.DataFrame], count: int) -> PartedTables:
        """Tables held whole, read part by part."""
        positions = {name: split_positions(tables[name], count) for name in DOCUMENT_TABLES}

        def load(index: int) -> dict[str, pd.DataFrame]:
            return {
                name: tables[name].take(positions[name][index]).reset_index(drop=True)
                for name in DOCUMENT_TABLES
            }

        return cls(
            entities={name: frame for name, frame in tables.items() if name not in DOCUMENT_TABLES},
            count=count,
            rows={name: len(frame) for name, frame in tables.items()},
            document_ids=sorted(tables["documents"]["document_id"].tolist()),
            load=load,
        )


def frame_digest(frame: pd.DataFrame, table: TableSchema, context: str) -> str:
    """A digest of a part's rows, column names and types, and of `context` (what else shapes
    its files: the code that writes them, the path): equal digests give byte-identical files."""
    fields = [[field.name, field.type, field.required] for field in table.fields]
    digest = hashlib.sha256(
        json.dumps([context, table.name, fields, list(map(str, frame.dtypes)), len(frame)]).encode()
    )
    digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return digest.hexdigest()


# The code and metadata that shape a written part, besides its rows: a change to any of them
# writes every part again rather than keep parts written by the code before.
WRITER_SOURCES = ("publish", "metadata")


@cache
def writer_context() -> str:
    """What besides the rows shapes a written part: the versions of the pipeline and of the
    libraries that write it, the source of the code that writes and validates it, the schemas."""
    from pipeline.publish.descriptor import package_version

    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for folder in WRITER_SOURCES:
        for path in sorted((package / folder).rglob("*.py")):
            digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    for path in sorted(SCHEMAS_DIR.glob("*")):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return (
        f"pipeline {package_version()} pandas {pd.__version__} pyarrow {pa.__version__} "
        f"code {digest.hexdigest()[:16]}"
    )


def read_table_file(path: Path, table: TableSchema) -> pd.DataFrame:
    """A Parquet file of the package as the build held it (pandas types of the schema)."""
    frame = pq.read_table(path).to_pandas()
    typed = {}
    for field in table.fields:
        values = frame[field.name].astype(object)
        if field.type == "date":
            typed[field.name] = pd.to_datetime(values)
        else:
            typed[field.name] = values.astype(PANDAS_DTYPES[field.type])
    return pd.DataFrame(typed)


def parts_errors(folder: Path, descriptor: dict) -> list[str]:
    """What `frictionless validate` misses in a package in parts: it reads only the first file
    of a Parquet resource with several. Every Parquet part is checked here as the build checked
    it (pandera, keys, foreign keys and spans, with the other tables of its part and the
    corpus-wide tables), and against the rows of its CSV part; one line per failure."""
    from pipeline.metadata import load_tables
    from pipeline.publish.validate import validate_table

    schemas = dict(load_tables())  # a copy: load_tables() is cached, and shared
    resources = {resource["name"]: resource for resource in descriptor.get("resources", [])}
    paths = {
        name: resources[f"{name}-parquet"]["path"]
        for name in schemas
        if f"{name}-parquet" in resources
    }
    parted = [name for name, path in paths.items() if isinstance(path, list)]
    if not parted:
        return []
    # A package published without the texts: `documents.text` is empty, and may be.
    text = next(
        (
            f
            for f in resources.get("documents", {}).get("schema", {}).get("fields", [])
            if f.get("name") == "text"
        ),
        {},
    )
    if "constraints" not in text:
        schemas["documents"] = schemas["documents"].model_copy(
            update={
                "fields": [
                    f.model_copy(update={"required": False}) if f.name == "text" else f
                    for f in schemas["documents"].fields
                ]
            }
        )
    errors: list[str] = []

    def read(path: str, table: TableSchema) -> pd.DataFrame | None:
        try:
            return read_table_file(folder / path, table)
        except (OSError, pa.ArrowException, KeyError, ValueError) as error:
            errors.append(f"{path}: cannot be read ({type(error).__name__}: {error})")
            return None

    whole = {
        name: read(path, schemas[name]) for name, path in paths.items() if isinstance(path, str)
    }
    if any(frame is None for frame in whole.values()):
        return errors
    for index in range(len(paths[parted[0]])):
        own = {name: read(paths[name][index], schemas[name]) for name in parted}
        if any(frame is None for frame in own.values()):
            continue
        for name in parted:
            result = validate_table(name, own[name], {**own, **whole}, schemas[name])
            if not result.passed:
                errors.append(f"{paths[name][index]}: {result.summary()}")
            # Keys are unique across parts when every row is in its document's part.
            misplaced = int((parts_of(own[name]["document_id"], len(paths[name])) != index).sum())
            if misplaced:
                errors.append(f"{paths[name][index]}: {misplaced} rows of another part's documents")
            csv_path = resources[name]["path"][index]
            try:
                csv_rows = pacsv.read_csv(
                    folder / csv_path,
                    parse_options=pacsv.ParseOptions(newlines_in_values=True),
                    convert_options=pacsv.ConvertOptions(
                        column_types=dict.fromkeys(own[name], pa.string())
                    ),
                ).num_rows
            except (OSError, pa.ArrowException) as error:
                errors.append(f"{csv_path}: cannot be read ({type(error).__name__}: {error})")
                continue
            if csv_rows != len(own[name]):
                errors.append(
                    f"{csv_path}: {csv_rows} rows, {len(own[name])} in {paths[name][index]}"
                )
    return errors
