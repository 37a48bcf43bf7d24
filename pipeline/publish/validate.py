"""pandera validation of every table, with failure cases a person can read."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.errors
import pandera.pandas as pa

from pipeline.metadata import load_tables
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
        texts = dict(
            zip(tables["documents"]["document_id"], tables["documents"]["text"], strict=True)
        )
        for row in frame.itertuples():
            if pd.isna(row.char_start) or pd.isna(row.char_end) or pd.isna(row.text):
                continue  # a null in a required column is pandera's failure; slicing by it would crash
            body = texts.get(row.document_id)
            if body is not None and body[row.char_start : row.char_end] != row.text:
                failures.append(
                    {
                        "column": "text",
                        "check": "documents.text[char_start:char_end] == text",
                        "failure_case": row.text,
                        "index": row.Index,
                    }
                )
    return failures


def validate_table(
    name: str, frame: pd.DataFrame, tables: dict[str, pd.DataFrame] | None = None
) -> TableValidation:
    """Check one table against its schema (and, given the other tables, its keys and spans)."""
    try:
        to_pandera(load_tables()[name]).validate(frame, lazy=True)
        failures = pd.DataFrame(columns=["column", "check", "failure_case", "index"])
    except pandera.errors.SchemaErrors as errors:
        failures = errors.failure_cases[["column", "check", "failure_case", "index"]].copy()
        failures["check"] = failures["check"].astype(str)
    except pa.errors.SchemaError as error:  # pragma: no cover - lazy=True collects instead
        failures = pd.DataFrame(
            [{"column": None, "check": str(error), "failure_case": None, "index": None}]
        )
    extra = _cross_table_failures(name, frame, tables or {})
    if extra:
        failures = pd.concat([failures, pd.DataFrame(extra)], ignore_index=True)
    return TableValidation(name, len(frame), failures.reset_index(drop=True))


def validate_tables(tables: dict[str, pd.DataFrame]) -> list[TableValidation]:
    """Validate every table; raise `TableValidationError` listing the failures if any fail."""
    results = [validate_table(name, frame, tables) for name, frame in tables.items()]
    if any(not r.passed for r in results):
        raise TableValidationError(results)
    return results
