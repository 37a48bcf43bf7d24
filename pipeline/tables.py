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
from dataclasses import dataclass, fields
from functools import cache
from itertools import pairwise
from operator import attrgetter

import numpy as np
import pandas as pd

from pipeline.ids import span_id
from pipeline.metadata import TableSchema, load_tables
from pipeline.metadata.pandera_schema import PANDAS_DTYPES
from pipeline.model import Extraction

# Entity tables: one row per id across the corpus, merged from every article naming it.
ENTITY_KEYS = {"people": "person_id", "institutions": "institution_id", "laws": "law_id"}
# The rank of an entity record when records are merged: its document id and arrival number
# as one string that sorts as the pair would (document ids hold no NUL; the number has a
# fixed width), so that the ranks of a part's cached head are used as JSON decodes them,
# with no conversion per column (seconds over the heads of 100,000 articles).
Rank = str


def rank_of(document_id: str, number: int) -> Rank:
    return f"{document_id}\0{number:012d}"


class _StatementOf:
    """The id of the first statement that holds a span: found by a bisect when the statements
    are in order and never overlap but for statements inside another's words, as extraction
    makes them (a scan of every statement for each number was quadratic in an article of
    thousands of both); else by that scan. A statement inside another is never the first to
    hold a span: the one around it holds it too, and is looked at alone."""

    def __init__(self, spans: list[tuple[int, int, str]]):
        self.spans = spans
        outer: list[tuple[int, int, str]] = []
        for span in spans:
            if outer and outer[-1][0] < span[0] and span[1] <= outer[-1][1]:
                continue  # inside the statement before it
            outer.append(span)
        self.ordered = all(start < end for start, end, _ in outer) and all(
            a[1] <= b[0] for a, b in pairwise(outer)
        )
        if self.ordered:
            self.spans = outer
        self.starts = [start for start, _, _ in self.spans]

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
        self._merger = EntityMerger()  # the people, institutions and laws
        self._records = 0  # entity records seen: the tie-break of two in one document
        # Columns of other assemblers' rows (`absorb`), appended to the own at `tables()`.
        self._absorbed: dict[str, list[dict[str, Sequence]]] = {name: [] for name in self._columns}

    def add(self, extraction: Extraction) -> None:
        """Take the rows of one article; the extraction is not kept."""
        article = extraction.article
        doc = article.document_id
        self._extend("documents", [article], {})
        for name, records in (
            ("people", extraction.people),
            ("institutions", extraction.institutions),
            ("laws", extraction.laws),
        ):
            for record in records:
                self._merge_entity(name, doc, record)
        statements = extraction.statements
        statement_ids = [span_id(doc, "st", statement.char_start) for statement in statements]
        self._extend("statements", statements, {"statement_id": statement_ids, "document_id": doc})
        statement_of = _StatementOf(
            [
                (statement.char_start, statement.char_end, statement_id)
                for statement, statement_id in zip(statements, statement_ids, strict=True)
            ]
        )
        # Two numbers at one offset (a range: "6 to 6.5 percent") are told apart by a suffix.
        at_offset: Counter[int] = Counter()
        statistic_ids, containing = [], []
        for statistic in extraction.statistics:
            at_offset[statistic.char_start] += 1
            containing.append(statement_of(statistic.char_start, statistic.char_end))
            statistic_ids.append(
                span_id(doc, "stat", statistic.char_start, f"-{at_offset[statistic.char_start]}")
            )
        self._extend(
            "statistics",
            extraction.statistics,
            {"statistic_id": statistic_ids, "document_id": doc, "statement_id": containing},
        )
        dates = extraction.dates
        date_ids = [span_id(doc, "date", date.char_start) for date in dates]
        self._extend("dates", dates, {"date_id": date_ids, "document_id": doc})
        mentions = extraction.mentions
        mention_ids = [span_id(doc, "m", mention.char_start) for mention in mentions]
        self._extend("mentions", mentions, {"mention_id": mention_ids, "document_id": doc})

    def _extend(self, name: str, records: Sequence[object], given: dict[str, object]) -> None:
        """A row per record: the `given` values (a list, one per record, or one for all), the
        rest read from the record's attributes of the same name (None where it has none).
        Column by column, so the loop over the records runs in C (`map`)."""
        if not records:
            return
        count = len(records)
        attributes = _field_names(type(records[0]))
        for column, values in self._columns[name].items():
            if column in given:
                value = given[column]
                values.extend(value if isinstance(value, list) else [value] * count)
            elif column in attributes:
                values.extend(map(attrgetter(column), records))
            else:
                values.extend([None] * count)

    def _merge_entity(self, name: str, doc: str, record: object) -> None:
        """Each column keeps the value of the earliest record (by document id) that has one."""
        rank = rank_of(doc, self._records)
        self._records += 1
        key = getattr(record, ENTITY_KEYS[name])
        if name == "people":
            affiliation = getattr(record, "institution_id", None)
            self._merger.affiliation_in.setdefault(key, {})[doc] = affiliation
            merged = self._merger.people.setdefault(key, {}).setdefault(affiliation, {})
        else:
            merged = self._merger.entities[name].setdefault(key, {})
        _keep_earliest(merged, rank, record, self._schemas[name].field_names)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table as a typed, sorted DataFrame; the assembler is empty afterwards."""
        frames, renamed = self._merger.tables()
        chunks = {name: [self._columns[name], *self._absorbed[name]] for name in self._absorbed}
        self._columns, self._absorbed = {}, {}
        frames.update(document_frames(chunks, renamed))
        return {name: frames[name] for name in self._schemas}

    # --- the state of an assembler, to cache the tables of a part of the package ----------

    def state(self) -> AssemblerState:
        """What this assembler holds, before `tables()`: to `absorb` in another (`pipeline.fragments`
        stores it). The assembler must not be used afterwards."""
        columns = {}
        for name, chunks in self._absorbed.items():
            own = self._columns[name]
            columns[name] = (
                {
                    column: _concatenate([own[column], *(c[column] for c in chunks)])
                    for column in own
                }
                if chunks
                else own
            )
        return AssemblerState(
            columns=columns,
            entities=self._merger.entities,
            people=self._merger.people,
            affiliation_in=self._merger.affiliation_in,
        )

    def absorb(self, state: AssemblerState) -> None:
        """Take the rows of another assembler's articles, as if they had been added here (no
        article may be in both): entities merge by the same ranks, rows are sorted by `tables()`."""
        for name, columns in state.columns.items():
            if columns and len(next(iter(columns.values()))):
                self._absorbed[name].append(columns)
        self._merger.absorb(state)


@dataclass
class AssemblerState:
    """The rows and entity records of some articles, as `TableAssembler` holds them."""

    columns: dict[str, dict[str, Sequence]]  # table of documents -> column -> values
    entities: dict[str, dict[str, dict[str, tuple[Rank, object]]]]  # institutions, laws
    people: dict[str, dict[str | None, dict[str, tuple[Rank, object]]]]  # id -> affiliation
    affiliation_in: dict[str, dict[str, str | None]]  # person id -> document -> affiliation


# (person id, document id) -> the id of that document's person, where namesakes were told apart
Renamed = dict[tuple[str, str], str]


class EntityMerger:
    """The people, institutions and laws of the states of several assemblers, merged by rank
    as one assembler fed every article would merge them; the rows are not held."""

    def __init__(self) -> None:
        # Entity id -> column -> (rank, value) of the best-ranked record with a value there.
        self.entities: dict[str, dict[str, dict[str, tuple[Rank, object]]]] = {
            name: {} for name in ("institutions", "laws")
        }
        # A person's records by affiliation, and each document's affiliation of the person:
        # namesakes of different organisations get apart ids in `tables()`
        self.people: dict[str, dict[str | None, dict[str, tuple[Rank, object]]]] = {}
        self.affiliation_in: dict[str, dict[str, str | None]] = {}  # id -> document -> id

    def absorb(self, state: AssemblerState) -> None:
        """Merge the entities of another assembler's articles (no article may be in both)."""
        for name, merged in state.entities.items():
            for key, record in merged.items():
                _keep_ranked(self.entities[name].setdefault(key, {}), record)
        for key, by_affiliation in state.people.items():
            mine = self.people.setdefault(key, {})
            for affiliation, record in by_affiliation.items():
                _keep_ranked(mine.setdefault(affiliation, {}), record)
        for key, documents in state.affiliation_in.items():
            self.affiliation_in.setdefault(key, {}).update(documents)

    def tables(self) -> tuple[dict[str, pd.DataFrame], Renamed]:
        """The people, institutions and laws tables, and the people renamed in documents.

        One person per name, unless two documents give it different affiliations: then each
        affiliation is a person of its own ("john-smith--acme", "john-smith--weather-service"),
        and a document that gives none keeps the bare id, since it cannot tell which one."""
        people: dict[str, dict[str, tuple[Rank, object]]] = {}
        renamed: Renamed = {}
        for key, by_affiliation in self.people.items():
            affiliated = sorted(a for a in by_affiliation if a is not None)
            if len(affiliated) < 2:
                merged: dict[str, tuple[Rank, object]] = {}
                for record in by_affiliation.values():
                    for column, (rank, value) in record.items():
                        if column not in merged or rank < merged[column][0]:
                            merged[column] = (rank, value)
                people[key] = merged
                continue
            for affiliation, record in by_affiliation.items():
                own = key if affiliation is None else f"{key}--{affiliation}"
                people[own] = {**record, "person_id": (record["person_id"][0], own)}
            for doc, affiliation in self.affiliation_in.get(key, {}).items():
                if affiliation is not None:
                    renamed[(key, doc)] = f"{key}--{affiliation}"
        schemas = load_tables()
        frames = {}
        for name, merged_records in (("people", people), *self.entities.items()):
            columns = {
                column: [
                    row[column][1] if column in row else None for row in merged_records.values()
                ]
                for column in schemas[name].field_names
            }
            frames[name] = _frame(schemas[name], columns)
        self.entities = {name: {} for name in self.entities}
        self.people, self.affiliation_in = {}, {}
        return frames, renamed


def rename_people(columns: dict[str, dict[str, Sequence]], renamed: Renamed) -> None:
    """Give each person named in `columns` (of statements and mentions) its own id where
    namesakes were told apart (`EntityMerger.tables`)."""
    if not renamed:
        return
    for table, column in (("mentions", "entity_id"), ("statements", "speaker_person_id")):
        if table not in columns:
            continue
        ids = columns[table][column]
        docs = columns[table]["document_id"]
        types = columns[table].get("entity_type")
        for row, person in enumerate(ids):
            own = renamed.get((person, docs[row])) if person is not None else None
            if own is not None and (types is None or types[row] == "person"):
                ids[row] = own


def document_frames(
    chunks: dict[str, list[dict[str, Sequence]]], renamed: Renamed
) -> dict[str, pd.DataFrame]:
    """The tables of documents from columns in chunks (of one assembler, or of several whose
    articles differ), with namesakes renamed, typed and sorted by primary key."""
    schemas = load_tables()
    for index in range(max((len(c) for c in chunks.values()), default=0)):
        rename_people({name: c[index] for name, c in chunks.items() if index < len(c)}, renamed)
    frames = {}
    for name in list(chunks):
        parts = [c for c in chunks.pop(name) if len(next(iter(c.values()), ()))] or [
            {column: [] for column in schemas[name].field_names}
        ]
        columns = (
            parts[0]
            if len(parts) == 1
            else {column: _concatenate([p.pop(column) for p in parts]) for column in list(parts[0])}
        )
        frames[name] = _frame(schemas[name], dict(columns))
    return frames


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


@cache
def _field_names(record_type: type) -> frozenset[str]:
    return frozenset(field.name for field in fields(record_type))


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
