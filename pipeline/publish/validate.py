"""pandera validation of every table, with failure cases a person can read."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.errors
import pandera.pandas as pa

from pipeline.metadata import TableSchema, load_tables
from pipeline.metadata.pandera_schema import to_pandera

MAX_REPORTED_FAILURES = 20


@dataclass(frozen=True)
class TableValidation:
    table: str
    rows: int
    failures: pd.DataFrame  # pandera's failure cases: column, check, failure_case, index

    @property
    def passed(self) -> bool:
        return self.failures.empty

    def summary(self) -> str:
        if self.passed:
            return f"{self.table}: {self.rows} rows valid"
        lines = [f"{self.table}: {len(self.failures)} failed checks in {self.rows} rows"]
        for case in self.failures.head(MAX_REPORTED_FAILURES).itertuples():
            lines.append(
                f"  row {case.index}: column {case.column}, check {case.check}, value {case.failure_case!r}"
            )
        return "\n".join(lines)


class TableValidationError(Exception):
    def __init__(self, results: list[TableValidation]):
        self.results = results
        super().__init__("\n".join(r.summary() for r in results if not r.passed))


def _cross_table_failures(
    name: str, frame: pd.DataFrame, tables: dict[str, pd.DataFrame]
) -> list[dict]:
    """Foreign keys and spans, which need more than one table to check."""
    failures = []
    schema = load_tables()[name]
    for fk in schema.foreign_keys:
        target = tables.get(fk.reference.table)
        if target is None:
            continue
        (column,) = fk.fields
        (target_column,) = fk.reference.fields
        values = frame[column]
        broken = values.notna() & ~values.isin(target[target_column])
        for index, value in values[broken].items():
            failures.append(
                {
                    "column": column,
                    "check": f"foreign key to {fk.reference.table}.{target_column}",
                    "failure_case": value,
                    "index": index,
                }
            )
    if {"char_start", "char_end", "text", "document_id"} <= set(
        frame.columns
    ) and "documents" in tables:
        failures += _span_failures(frame, tables["documents"])
    return failures


def _empty_required_strings(name: str, frame: pd.DataFrame) -> list[dict]:
    """An empty string in a required column: pandera takes it, but the CSV writes it as an
    empty cell, which Frictionless (and every CSV reader) reads back as null."""
    failures = []
    schema = load_tables()[name]
    for field in schema.fields:
        required = field.required or field.name in schema.primary_key
        if field.type != "string" or not required or field.name not in frame.columns:
            continue
        empty = frame[field.name].eq("").fillna(False)
        failures += [
            {
                "column": field.name,
                "check": "not empty (an empty string is a null cell in CSV)",
                "failure_case": "",
                "index": index,
            }
            for index in frame.index[empty.to_numpy(dtype=bool)]
        ]
    return failures


def _span_failures(frame: pd.DataFrame, documents: pd.DataFrame) -> list[dict]:
    """Rows where `documents.text[char_start:char_end] != text`, one comparison per row.

    Slicing is per row either way; zipping plain lists is ~3x faster than `itertuples`
    (300,000 mentions in 0.2 s) and skips the rows pandera already failed for nulls.
    """
    # A null in a required column is pandera's failure; slicing by it would crash.
    present = frame[["char_start", "char_end", "text", "document_id"]].notna().all(axis=1)
    rows = frame[present]
    texts = dict(zip(documents["document_id"], documents["text"], strict=True))
    bodies = [texts.get(document_id) for document_id in rows["document_id"].tolist()]
    return [
        {
            "column": "text",
            "check": "documents.text[char_start:char_end] == text",
            "failure_case": text,
            "index": index,
        }
        for index, body, start, end, text in zip(
            rows.index.tolist(),
            bodies,
            rows["char_start"].tolist(),
            rows["char_end"].tolist(),
            rows["text"].tolist(),
            strict=True,
        )
        if isinstance(body, str) and body[start:end] != text
    ]


def validate_table(
    name: str,
    frame: pd.DataFrame,
    tables: dict[str, pd.DataFrame] | None = None,
    schema: TableSchema | None = None,
) -> TableValidation:
    """Check one table against its schema (and, given the other tables, its keys and spans);
    `schema`: another than the table's own (the documents of a package without texts)."""
    try:
        to_pandera(schema or load_tables()[name]).validate(frame, lazy=True)
        failures = pd.DataFrame(columns=["column", "check", "failure_case", "index"])
    except pandera.errors.SchemaErrors as errors:
        failures = errors.failure_cases[["column", "check", "failure_case", "index"]].copy()
        failures["check"] = failures["check"].astype(str)
    except pa.errors.SchemaError as error:  # pragma: no cover - lazy=True collects instead
        failures = pd.DataFrame(
            [{"column": None, "check": str(error), "failure_case": None, "index": None}]
        )
    extra = _empty_required_strings(name, frame) + _cross_table_failures(name, frame, tables or {})
    if extra:
        failures = pd.concat([failures, pd.DataFrame(extra)], ignore_index=True)
    return TableValidation(name, len(frame), failures.reset_index(drop=True))


def validate_tables(tables: dict[str, pd.DataFrame]) -> list[TableValidation]:
    """Validate every table; raise `TableValidationError` listing the failures if any fail."""
    results = [validate_table(name, frame, tables) for name, frame in tables.items()]
    if any(not r.passed for r in results):
        raise TableValidationError(results)
    return results
