"""An `Extraction` as JSON and back, checked against the model: data only, never code.

The cache stores extractions with this, and workers send them back to the build with it, so
an entry read from disk can hold nothing but the strings, numbers and dates the model's
records have. Records are written as lists in field order, under a header naming the
fields, so a change to the model shows as a mismatch rather than as shifted values.

    data = encode_extraction(extraction)
    decode_extraction(data) == extraction
"""

from __future__ import annotations

import dataclasses
import json
import math
import sys
import types
import typing
from datetime import date
from functools import cache
from typing import Any

from pipeline.model import RECORD_TYPES, Article, Extraction

FORMAT = "newsdata-extraction/1"
RECORD_LISTS = RECORD_TYPES  # written in this order


class CodecError(ValueError):
    """The data is not an extraction of this model."""


@cache
def _fields(record_type: type) -> tuple[tuple[str, tuple[type, ...]], ...]:
    """(name, accepted Python types) of each field: `str | None` -> (str, NoneType)."""
    hints = typing.get_type_hints(record_type)
    fields = []
    for field in dataclasses.fields(record_type):
        hint = hints[field.name]
        accepted = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        fields.append((field.name, tuple(accepted)))
    return tuple(fields)


def _header() -> dict[str, list[str]]:
    return {
        name: [field for field, _ in _fields(record_type)]
        for name, record_type in {"article": Article, **RECORD_LISTS}.items()
    }


def _row(record: object, record_type: type) -> list[Any]:
    values = []
    for name, _ in _fields(record_type):
        value = getattr(record, name)
        values.append(value.isoformat() if isinstance(value, date) else value)
    return values


def encode_extraction(extraction: Extraction) -> bytes:
    document = {
        "format": FORMAT,
        "fields": _header(),
        "article": _row(extraction.article, Article),
        **{
            name: [_row(record, record_type) for record in getattr(extraction, name)]
            for name, record_type in RECORD_LISTS.items()
        },
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


@cache
def _accepted(record_type: type) -> tuple[frozenset[type], ...]:
    """The exact Python types JSON gives for each field (a date is read from its string)."""
    return tuple(
        frozenset(str if kind is date else kind for kind in accepted)
        for _, accepted in _fields(record_type)
    )


# Strings up to this length are interned as they are read (`sys.intern`): JSON gives a new
# string for every value, where extraction gives one object to all the rows that hold the same
# kind, unit, entity id or name. The tables of 10,000 articles read from the cache held about
# 150 MB more than the same tables extracted, for values such as "person" and "indirect".
INTERNED_LENGTH = 64


def _record(values: object, record_type: type) -> Any:
    """A record from its row, each value of its field's type: checked by exact type, which is
    also fast (a cache of 10,000 articles holds millions of values)."""
    fields = _fields(record_type)
    if type(values) is not list or len(values) != len(fields):
        raise CodecError(f"a {record_type.__name__} must be a list of {len(fields)} values")
    for position, (kinds, value) in enumerate(zip(_accepted(record_type), values, strict=True)):
        kind = type(value)
        if kind is str and len(value) <= INTERNED_LENGTH:
            values[position] = value = sys.intern(value)
        if kind is int and float in kinds and int not in kinds:
            values[position] = value = float(value)  # a hand-written entry may say 3 for 3.0
            kind = float
        if kind not in kinds:
            name = fields[position][0]
            raise CodecError(f"{record_type.__name__}.{name}: unexpected {kind.__name__}")
        if kind is float and not math.isfinite(value):
            name = fields[position][0]
            raise CodecError(f"{record_type.__name__}.{name}: not a finite number")
        if kind is str and date in fields[position][1]:
            try:
                values[position] = date.fromisoformat(value)
            except ValueError:
                name = fields[position][0]
                raise CodecError(f"{record_type.__name__}.{name}: not a date: {value!r}") from None
    return record_type(*values)


@cache
def _date_positions(record_type: type) -> tuple[int, ...]:
    return tuple(
        position for position, (_, accepted) in enumerate(_fields(record_type)) if date in accepted
    )


def _record_as_sent(values: list, record_type: type) -> Any:
    """A record from a row `encode_extraction` wrote in this build's own worker: only its dates
    read from their strings (the checks of `_record` are for data read from disk)."""
    for position in _date_positions(record_type):
        if values[position] is not None:
            values[position] = date.fromisoformat(values[position])
    return record_type(*values)


def decode_extraction(data: bytes, *, checked: bool = True) -> Extraction:
    """The extraction `data` holds; `CodecError` if it is anything else. `checked=False` for
    data this build's own worker encoded a moment ago and sent through a pipe (never data read
    from disk): every value is then taken as the model types it, which is faster."""
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CodecError(f"not JSON: {error}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise CodecError(f"not a {FORMAT} document")
    if document.get("fields") != _header():
        raise CodecError("written by another version of the model")
    lists = {}
    for name, record_type in RECORD_LISTS.items():
        rows = document.get(name)
        if not isinstance(rows, list):
            raise CodecError(f"{name} must be a list")
        if checked:
            lists[name] = [_record(values, record_type) for values in rows]
        else:
            lists[name] = [_record_as_sent(values, record_type) for values in rows]
    return Extraction(article=_record(document.get("article"), Article), **lists)


def shared_strings(extraction: Extraction) -> Extraction:
    """`extraction` with its short strings interned, as `decode_extraction` gives them: one
    object for all the rows that hold the same kind, entity id or name. Extraction slices a
    new string for each mention; a Dagster shard holds and pickles its extractions whole, and
    the tables of 10,000 articles took some 100 MB more without this."""
    lists = {
        name: [_interned(record, record_type) for record in getattr(extraction, name)]
        for name, record_type in RECORD_LISTS.items()
    }
    return Extraction(article=extraction.article, **lists)


def _interned(record: object, record_type: type) -> Any:
    return record_type(
        *(
            sys.intern(value) if type(value) is str and len(value) <= INTERNED_LENGTH else value
            for value in (getattr(record, name) for name, _ in _fields(record_type))
        )
    )
