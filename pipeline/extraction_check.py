"""One article's rows against the table schemas, before they join the corpus.

pandera validates the assembled tables, and a single bad row there stops the whole
publication. The rules of `schemas/` that one article's rows can break on their own (a
required value, an enum, a pattern, a minimum, a finite number, a date a table can hold,
a span that is not the text it names, an id its own entities do not have) are checked
here, per article, where
the article is extracted: a bug that slips a bad row out of extraction then costs that
article one error line, not the package. It reads the same metadata as the pandera
schemas, so the two cannot disagree.

    extraction_problems(extraction)  # [] or ["statistics.value: not a finite number (inf)"]
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache
from operator import attrgetter, lt
from typing import NamedTuple

from pipeline.metadata import TableSchema, load_tables
from pipeline.model import (
    EARLIEST_TABLE_DATE,
    LATEST_TABLE_DATE,
    RECORD_TYPES,
    Extraction,
    date_in_tables,
)

_ABSENT = object()  # a field the record does not have
ENTITY_IDS = {"people": "person_id", "institutions": "institution_id", "laws": "law_id"}


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


class _FieldCheck(NamedTuple):
    """What one field is checked for, read from its schema once per article rather than per row."""

    name: str
    must_have: bool  # required, or part of the primary key
    enum: tuple[str, ...] | None
    pattern: re.Pattern[str] | None
    minimum: int | float | None
    number: bool
    date: bool


# each table's checks, by the identity of its (cached, immutable) schema
_CHECKS: dict[int, tuple[TableSchema, list[_FieldCheck]]] = {}


def _field_checks(table: TableSchema) -> list[_FieldCheck]:
    known = _CHECKS.get(id(table))
    if known is None or known[0] is not table:
        known = _CHECKS[id(table)] = (table, _read_checks(table))
    return known[1]


def _read_checks(table: TableSchema) -> list[_FieldCheck]:
    checks = [
        _FieldCheck(
            field.name,
            field.required or field.name in table.primary_key,
            field.enum,
            None if field.pattern is None else _pattern(field.pattern),
            field.minimum,
            field.type == "number",
            field.type == "date",
        )
        for field in table.fields
    ]
    # (a field that may be null and has no rule cannot fail: it is not read for each row)
    return [check for check in checks if _can_fail(check)]


def _can_fail(check: _FieldCheck) -> bool:
    return (
        check.must_have
        or check.enum is not None
        or check.pattern is not None
        or check.minimum is not None
        or check.number
        or check.date
    )


def _field_problems(record: object, table: TableSchema, checks: list[_FieldCheck]) -> Iterator[str]:
    for name, must_have, enum, pattern, minimum, number, is_date in checks:
        value = getattr(record, name, _ABSENT)
        if value is _ABSENT:
            continue  # an id the assembly adds
        # (the name of the field is written only into a problem: most rows have none)
        if value is None:
            if must_have:
                yield f"{table.name}.{name}: missing"
            continue
        if enum is not None and value not in enum:
            yield f"{table.name}.{name}: {value!r} is not one of {', '.join(enum)}"
        if pattern is not None and not pattern.match(str(value)):
            yield f"{table.name}.{name}: {value!r} does not match {pattern.pattern}"
        if minimum is not None and value < minimum:
            yield f"{table.name}.{name}: {value!r} is below {minimum}"
        if number and not math.isfinite(value):
            yield f"{table.name}.{name}: not a finite number ({value})"
        if is_date and not date_in_tables(value):
            yield (
                f"{table.name}.{name}: {value.isoformat()} is outside "
                f"{EARLIEST_TABLE_DATE}..{LATEST_TABLE_DATE}, the dates a table can hold"
            )


def _span_problem(record: object, table: str, text: str) -> str | None:
    start, end = record.char_start, record.char_end
    if not 0 <= start < end <= len(text):
        return f"{table}: span {start}-{end} is outside the text ({len(text)} characters)"
    if text[start:end] != record.text:
        return f"{table}: span {start}-{end} is {text[start:end]!r}, not {record.text!r}"
    return None


def extraction_problems(extraction: Extraction, most: int = 3) -> list[str]:
    """What in one article's rows the corpus validation would reject (at most `most`).

    Almost every article has no problem: its rows are first checked a column at a time
    (`_columns_pass`), and only an article they do not clear is read again row by row, for
    the problems in the order and words of `_problems_by_row`.
    """
    tables = load_tables()
    if _columns_pass(extraction, tables):
        return []
    return _problems_by_row(extraction, tables, most)


def _columns_pass(extraction: Extraction, tables: dict[str, TableSchema]) -> bool:
    """Whether no row of the extraction can break a rule of `_problems_by_row`, checked a
    column at a time (each rule once for all the rows of a table, in C: `map`, `min`, sets)
    rather than field by field for each row, which cost a worker more than reading the file.

    Never True where the rows would give a problem; False whenever in doubt (a record of
    another type, a value these checks cannot compare), and the rows are then read one by one.
    """
    documents = tables["documents"]
    if any(True for _ in _field_problems(extraction.article, documents, _field_checks(documents))):
        return False
    text = extraction.article.text
    ids = {
        table: set(map(attrgetter(key), getattr(extraction, table)))
        for table, key in ENTITY_IDS.items()
    }
    try:
        for table, record_type in RECORD_TYPES.items():
            records = getattr(extraction, table)
            if not records:
                continue
            plan = _table_plan(tables[table], record_type)
            if not plan.closed or set(map(type, records)) != {record_type}:
                return False
            for check, read, enum in plan.columns:
                if not _column_passes(check, enum, list(map(read, records))):
                    return False
            if plan.spans and not _spans_pass(records, text):
                return False
            for read, target in plan.references:
                values = set(map(read, records))
                values.discard(None)
                if not values <= ids[target]:
                    return False
    except Exception:  # (a value no rule can read: the row-by-row checks say what it is)
        return False
    return True


class _TablePlan(NamedTuple):
    """What `_columns_pass` reads of the rows of one table, made once per table and type."""

    closed: bool  # (see `_closed`)
    # the checks of the fields the records have, with a getter and the enum as a set
    columns: list[tuple[_FieldCheck, attrgetter, frozenset | None]]
    spans: bool  # the records have char_start, char_end and text
    # (getter, table) of each id that must be one of the article's own entities'
    references: list[tuple[attrgetter, str]]


# (schema id, record type) -> (the schema, its plan), as `_CHECKS`
_PLANS: dict[tuple[int, type], tuple[TableSchema, _TablePlan]] = {}


def _table_plan(table: TableSchema, record_type: type) -> _TablePlan:
    """The plan of a table for its records' type, read from its schema once (see `_field_checks`)."""
    known = _PLANS.get((id(table), record_type))
    if known is None or known[0] is not table:
        plan = _TablePlan(
            _closed(record_type),
            [
                (
                    check,
                    attrgetter(check.name),
                    None if check.enum is None else frozenset(check.enum),
                )
                for check in _field_checks(table)
                if hasattr(record_type, check.name)
            ],
            hasattr(record_type, "char_start"),
            [
                (attrgetter(fk.fields[0]), fk.reference.table)
                for fk in table.foreign_keys
                if fk.reference.table in ENTITY_IDS and hasattr(record_type, fk.fields[0])
            ],
        )
        known = _PLANS[(id(table), record_type)] = (table, plan)
    return known[1]


def _closed(record_type: type) -> bool:
    """Whether a record of this type has no attribute but those of its class (slots, no
    `__dict__`, no `__getattr__`): an attribute the class lacks is absent from every row."""
    return record_type.__dictoffset__ == 0 and not hasattr(record_type, "__getattr__")


def _column_passes(check: _FieldCheck, enum: frozenset | None, values: list) -> bool:
    """Whether no value of one field, in every row of a table, breaks `check` (whose `enum`
    is given as a set)."""
    if None in values:
        if check.must_have:
            return False
        values = [value for value in values if value is not None]
        if not values:
            return True
    if enum is not None and not enum.issuperset(values):
        return False
    if check.pattern is not None and not all(map(check.pattern.match, set(map(str, values)))):
        return False
    if check.minimum is not None and not min(values) >= check.minimum:
        return False
    if check.number and not all(map(math.isfinite, values)):
        return False
    return not check.date or (
        min(values) >= EARLIEST_TABLE_DATE and max(values) <= LATEST_TABLE_DATE
    )


def _spans_pass(records: list, text: str) -> bool:
    """Whether every row's span is inside the text and is its `text` (see `_span_problem`)."""
    starts = list(map(attrgetter("char_start"), records))
    ends = list(map(attrgetter("char_end"), records))
    return (
        min(starts) >= 0
        and max(ends) <= len(text)
        and all(map(lt, starts, ends))
        and list(map(text.__getitem__, map(slice, starts, ends)))
        == list(map(attrgetter("text"), records))
    )


def _problems_by_row(
    extraction: Extraction, tables: dict[str, TableSchema], most: int
) -> list[str]:
    """The problems of each row in turn, field by field (at most `most`)."""
    text = extraction.article.text
    documents = tables["documents"]
    problems = list(_field_problems(extraction.article, documents, _field_checks(documents)))
    ids = {
        table: {getattr(record, key) for record in getattr(extraction, table)}
        for table, key in ENTITY_IDS.items()
    }
    for table in RECORD_TYPES:  # ids made at assembly (statement_id, ...) are not in the records
        schema = tables[table]
        checks = _field_checks(schema)
        references = [
            (fk.fields[0], fk.reference.table)
            for fk in schema.foreign_keys
            if fk.reference.table in ids
        ]
        for record in getattr(extraction, table):
            problems.extend(_field_problems(record, schema, checks))
            if hasattr(record, "char_start"):
                span = _span_problem(record, table, text)
                if span is not None:
                    problems.append(span)
            for column, target in references:
                value = getattr(record, column, None)
                if value is not None and value not in ids[target]:
                    problems.append(f"{table}.{column}: {value!r} is not one of its {target}")
            if len(problems) >= most:
                return problems[:most]
    return problems[:most]
