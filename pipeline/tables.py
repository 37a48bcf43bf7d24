"""Turn per-article extractions into the corpus tables, typed and sorted as published.

The tables are built column by column as extractions arrive (`TableAssembler.add`), so a
build holds one list per column and never every extraction at once, nor a dict per row,
nor the rows and the frames together. The order in which extractions arrive does not
matter: frames are sorted by primary key, and where entities merge the earlier document
id wins, as if they came sorted by id.

    assembler = TableAssembler()
    for extraction in extractions:  # in any order
        assembler.add(extraction)
    tables = assembler.tables()     # {"documents": DataFrame, "people": ..., ...}
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import pandas as pd

from pipeline.ids import span_id
from pipeline.metadata import TableSchema, load_tables
from pipeline.metadata.pandera_schema import PANDAS_DTYPES
from pipeline.model import Extraction

# Entity tables: one row per id across the corpus, merged from every article naming it.
ENTITY_KEYS = {"people": "person_id", "institutions": "institution_id", "laws": "law_id"}
# (document id, arrival number): the rank of an entity record when records are merged.
Rank = tuple[str, int]


class _StatementOf:
    """The id of the first statement that holds a span: found by a bisect when the statements
    are in order and never overlap, as extraction makes them (a scan of every statement for
    each number was quadratic in an article of thousands of both); else by that scan."""

    def __init__(self, spans: list[tuple[int, int, str]]):
        self.spans = spans
        self.ordered = all(start < end for start, end, _ in spans) and all(
            a[1] <= b[0] for a, b in pairwise(spans)
        )
        self.starts = [start for start, _, _ in spans]

    def __call__(self, start: int, end: int) -> str | None:
        if not self.ordered or start >= end:
            return next((i for s, e, i in self.spans if s <= start and end <= e), None)
        at = bisect_right(self.starts, start) - 1  # only the last to start by `start` can hold it
        return self.spans[at][2] if at >= 0 and end <= self.spans[at][1] else None


class TableAssembler:
    """Collects the rows of every table from one extraction at a time; `tables()` types them."""

    def __init__(self) -> None:
        self._schemas = load_tables()
        self._columns: dict[str, dict[str, list]] = {
            name: {column: [] for column in table.field_names}
            for name, table in self._schemas.items()
            if name not in ENTITY_KEYS
        }
        # Entity id -> column -> (rank, value) of the best-ranked record with a value there.
        self._entities: dict[str, dict[str, dict[str, tuple[Rank, object]]]] = {
            name: {} for name in ENTITY_KEYS
        }
        self._records = 0  # entity records seen: the tie-break of two in one document
        # A person's records by affiliation, and each document's affiliation of the person:
        # namesakes of different organisations get apart ids in `tables()`
        self._people: dict[str, dict[str | None, dict[str, tuple[Rank, object]]]] = {}
        self._affiliation_in: dict[str, dict[str, str | None]] = {}  # id -> document -> id
        # Columns of other assemblers' rows (`absorb`), appended to the own at `tables()`.
        self._absorbed: dict[str, list[dict[str, Sequence]]] = {name: [] for name in self._columns}

    def add(self, extraction: Extraction) -> None:
        """Take the rows of one article; the extraction is not kept."""
        article = extraction.article
        doc = article.document_id
        self._append("documents", {}, article)
        for name, records in (
            ("people", extraction.people),
            ("institutions", extraction.institutions),
            ("laws", extraction.laws),
        ):
            for record in records:
                self._merge_entity(name, doc, record)
        statement_spans = []
        for statement in extraction.statements:
            statement_id = span_id(doc, "st", statement.char_start)
            statement_spans.append((statement.char_start, statement.char_end, statement_id))
            self._append(
                "statements", {"statement_id": statement_id, "document_id": doc}, statement
            )
        # Two numbers at one offset (a range: "6 to 6.5 percent") are told apart by a suffix.
        at_offset: Counter[int] = Counter()
        statement_of = _StatementOf(statement_spans)
        for statistic in extraction.statistics:
            at_offset[statistic.char_start] += 1
            containing = statement_of(statistic.char_start, statistic.char_end)
            statistic_id = span_id(
                doc, "stat", statistic.char_start, f"-{at_offset[statistic.char_start]}"
            )
            self._append(
                "statistics",
                {"statistic_id": statistic_id, "document_id": doc, "statement_id": containing},
                statistic,
            )
        for date in extraction.dates:
            date_id = span_id(doc, "date", date.char_start)
            self._append("dates", {"date_id": date_id, "document_id": doc}, date)
        for mention in extraction.mentions:
            mention_id = span_id(doc, "m", mention.char_start)
            self._append("mentions", {"mention_id": mention_id, "document_id": doc}, mention)

    def _append(self, name: str, given: dict[str, object], record: object) -> None:
        """One row: the `given` values, the rest read from the record's attributes of the same name."""
        for column, values in self._columns[name].items():
            values.append(given[column] if column in given else getattr(record, column, None))

    def _merge_entity(self, name: str, doc: str, record: object) -> None:
        """Each column keeps the value of the earliest record (by document id) that has one."""
        rank = (doc, self._records)
        self._records += 1
        key = getattr(record, ENTITY_KEYS[name])
        if name == "people":
            affiliation = getattr(record, "institution_id", None)
            self._affiliation_in.setdefault(key, {})[doc] = affiliation
            merged = self._people.setdefault(key, {}).setdefault(affiliation, {})
        else:
            merged = self._entities[name].setdefault(key, {})
        _keep_earliest(merged, rank, record, self._schemas[name].field_names)

    def _resolve_namesakes(self) -> None:
        """One person per name, unless two documents give it different affiliations: then each
        affiliation is a person of its own ("john-smith--acme", "john-smith--weather-service"),
        and a document that gives none keeps the bare id, since it cannot tell which one."""
        renamed: dict[tuple[str, str], str] = {}  # (id, document) -> id of that document's person
        for key, by_affiliation in self._people.items():
            affiliated = sorted(a for a in by_affiliation if a is not None)
            if len(affiliated) < 2:
                merged: dict[str, tuple[Rank, object]] = {}
                for record in by_affiliation.values():
                    for column, (rank, value) in record.items():
                        if column not in merged or rank < merged[column][0]:
                            merged[column] = (rank, value)
                self._entities["people"][key] = merged
                continue
            for affiliation, record in by_affiliation.items():
                own = key if affiliation is None else f"{key}--{affiliation}"
                self._entities["people"][own] = {
                    **record,
                    "person_id": (record["person_id"][0], own),
                }
            for doc, affiliation in self._affiliation_in[key].items():
                if affiliation is not None:
                    renamed[(key, doc)] = f"{key}--{affiliation}"
        self._people = {}
        self._affiliation_in = {}
        if not renamed:
            return
        documents = {"mentions": "entity_id", "statements": "speaker_person_id"}
        for table, column in documents.items():
            for columns in [self._columns[table], *self._absorbed[table]]:
                ids = columns[column]
                docs = columns["document_id"]
                types = columns.get("entity_type")
                for row, person in enumerate(ids):
                    own = renamed.get((person, docs[row])) if person is not None else None
                    if own is not None and (types is None or types[row] == "person"):
                        ids[row] = own

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table as a typed, sorted DataFrame; the assembler is empty afterwards."""
        self._resolve_namesakes()
        for name in ENTITY_KEYS:
            merged = self._entities.pop(name)
            self._columns[name] = {
                column: [row[column][1] if column in row else None for row in merged.values()]
                for column in self._schemas[name].field_names
            }
            self._entities[name] = {}
        for name, chunks in self._absorbed.items():
            if chunks:
                own = self._columns[name]
                self._columns[name] = {
                    column: _concatenate([own.pop(column), *(c.pop(column) for c in chunks)])
                    for column in list(own)
                }
        self._absorbed = {name: [] for name in self._absorbed}
        return {
            name: _frame(table, self._columns.pop(name)) for name, table in self._schemas.items()
        }

    # --- the state of an assembler, to cache the tables of a part of the package ----------

    def state(self) -> AssemblerState:
        """What this assembler holds, before `tables()`: to `absorb` in another (`pipeline.fragments`
        stores it). The assembler must not be used afterwards."""
        return AssemblerState(
            columns={name: self._columns[name] for name in self._absorbed},
            entities={name: self._entities[name] for name in ("institutions", "laws")},
            people=self._people,
            affiliation_in=self._affiliation_in,
        )

    def absorb(self, state: AssemblerState) -> None:
        """Take the rows of another assembler's articles, as if they had been added here (no
        article may be in both): entities merge by the same ranks, rows are sorted by `tables()`."""
        for name, columns in state.columns.items():
            if columns and len(next(iter(columns.values()))):
                self._absorbed[name].append(columns)
        for name, merged in state.entities.items():
            for key, record in merged.items():
                _keep_ranked(self._entities[name].setdefault(key, {}), record)
        for key, by_affiliation in state.people.items():
            mine = self._people.setdefault(key, {})
            for affiliation, record in by_affiliation.items():
                _keep_ranked(mine.setdefault(affiliation, {}), record)
        for key, documents in state.affiliation_in.items():
            self._affiliation_in.setdefault(key, {}).update(documents)


@dataclass
class AssemblerState:
    """The rows and entity records of some articles, as `TableAssembler` holds them."""

    columns: dict[str, dict[str, Sequence]]  # table of documents -> column -> values
    entities: dict[str, dict[str, dict[str, tuple[Rank, object]]]]  # institutions, laws
    people: dict[str, dict[str | None, dict[str, tuple[Rank, object]]]]  # id -> affiliation
    affiliation_in: dict[str, dict[str, str | None]]  # person id -> document -> affiliation


def _keep_ranked(merged: dict[str, tuple[Rank, object]], record: dict[str, tuple[Rank, object]]):
    """Each column of `merged` keeps the better-ranked of its value and `record`'s."""
    for column, (rank, value) in record.items():
        if column not in merged or rank < merged[column][0]:
            merged[column] = (rank, value)


def _concatenate(chunks: list[Sequence]) -> np.ndarray:
    """Columns of several assemblers as one array of Python objects."""
    arrays = []
    for chunk in chunks:
        array = np.empty(len(chunk), dtype=object)
        array[:] = chunk
        arrays.append(array)
    return np.concatenate(arrays)


def _keep_earliest(
    merged: dict[str, tuple[Rank, object]], rank: Rank, record: object, columns: list[str]
) -> None:
    """Each column of `merged` keeps the value of the earliest-ranked record that has one."""
    for column in columns:
        value = getattr(record, column, None)
        if value is not None and (column not in merged or rank < merged[column][0]):
            merged[column] = (rank, value)


def _frame(table: TableSchema, columns: dict[str, list]) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns, types and primary-key order.

    Each list is typed and dropped in turn, so the lists and the frame are not all held at once.
    """
    typed = {}
    for field in table.fields:
        values = pd.Series(columns.pop(field.name), dtype=object)
        if field.type == "date":
            typed[field.name] = pd.to_datetime(values)
        else:
            typed[field.name] = values.astype(PANDAS_DTYPES[field.type])
        del values
    frame = pd.DataFrame(typed, copy=False)
    del typed
    # Span ids start with their document's id, so only rows of one document can tie, and
    # those came in together, in the extraction's order, which the stable sort keeps.
    return frame.sort_values(list(table.primary_key), kind="stable").reset_index(drop=True)


def assemble_tables(extractions: Iterable[Extraction]) -> dict[str, pd.DataFrame]:
    """Every table of the package from the extractions of all articles (in any order)."""
    assembler = TableAssembler()
    for extraction in extractions:
        assembler.add(extraction)
    return assembler.tables()
