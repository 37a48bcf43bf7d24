"""One blocking check per table: the rows satisfy the table's schema, keys and spans.

Each check runs `validate_table`, the same validation `publish_package` runs, and is
blocking, so a failure stops `data_package` from materializing in that run and the
published package stays the last valid one.

Foreign keys and spans need other tables, so each check takes as inputs the tables its
foreign keys point at (and `documents`, whose text every span indexes), read from the
table metadata. The whole validation of a table, within-table and cross-table, thus shows
on that table, and no separate check on the package's inputs is needed. The checks are
built with `multi_asset_check` holding a single spec because `@asset_check` wants one
named parameter per input, which a factory over tables with different inputs cannot
write without generating code; `multi_asset_check` accepts `**frames`. One consequence:
a check that reads another table runs after that table's check, and is skipped when it
fails; spans are not reported against a `documents` table that is itself invalid.
"""

# No `from __future__ import annotations`: Dagster reads these annotations when decorating.
from collections.abc import Iterator

import dagster as dg
import pandas as pd

from pipeline.defs.metadata_values import markdown_table
from pipeline.metadata import TableSchema, load_tables
from pipeline.publish import validate_table

SCHEMA_CHECK = "pandera_schema"
MAX_LISTED_FAILURES = 20


def tables_checked_against(table: TableSchema) -> list[str]:
    """Other tables `validate_table` needs for `table`: `statements` -> documents, institutions, people."""
    needed = {fk.reference.table for fk in table.foreign_keys}
    if "char_start" in table.field_names:
        needed.add("documents")
    return [name for name in load_tables() if name in needed and name != table.name]


def failure_cases(failures: pd.DataFrame) -> pd.DataFrame:
    """pandera's failure cases as a person reads them: row, column, check, value."""
    return pd.DataFrame(
        {
            "row": failures["index"],
            "column": failures["column"],
            "check": failures["check"],
            "value": failures["failure_case"],
        }
    )


def build_table_check(table: TableSchema) -> dg.AssetChecksDefinition:
    """The blocking `pandera_schema` check of one table."""
    others = tables_checked_against(table)
    spec = dg.AssetCheckSpec(
        name=SCHEMA_CHECK,
        asset=table.name,
        additional_deps=others,
        blocking=True,
        description=(
            f"Types, required columns, enums, patterns and unique primary key of {table.name}"
            + (f"; keys and spans against {', '.join(others)}" if others else "")
            + "."
        ),
    )

    @dg.multi_asset_check(
        name=f"{table.name}_{SCHEMA_CHECK}",
        specs=[spec],
        ins={name: dg.AssetIn(key=name) for name in (table.name, *others)},
    )
    def _check(
        context: dg.AssetCheckExecutionContext, **frames: pd.DataFrame
    ) -> Iterator[dg.AssetCheckResult]:
        result = validate_table(table.name, frames[table.name], frames)
        if not result.passed:
            context.log.error(result.summary())
        yield dg.AssetCheckResult(
            asset_key=table.name,
            check_name=SCHEMA_CHECK,
            passed=result.passed,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={
                "rows": result.rows,
                "failures": len(result.failures),
                "checked_against": ", ".join(others) or "none",
                "failure_cases": dg.MetadataValue.md(
                    markdown_table(failure_cases(result.failures), MAX_LISTED_FAILURES)
                ),
            },
        )

    return _check


def build_table_checks() -> list[dg.AssetChecksDefinition]:
    """A blocking check for every table in `load_tables()`."""
    return [build_table_check(table) for table in load_tables().values()]
