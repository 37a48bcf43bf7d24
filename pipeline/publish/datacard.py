"""A README for people who read rather than parse, generated from the same metadata."""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipeline.metadata import load_tables


def rows(count: int) -> str:
    return "1 row" if count == 1 else f"{count:,} rows"


def render_datacard(descriptor: dict[str, Any], tables: dict[str, pd.DataFrame]) -> str:
    lines = [
        f"# {descriptor['title']}",
        "",
        descriptor["description"],
        "",
        f"- Version: {descriptor['version']}",
        f"- Created: {descriptor['created']}",
        f"- License: {descriptor['licenses'][0]['title']}",
        f"- Articles: {len(tables['documents']):,}",
        "",
        "Every table is published with the same rows and columns as `csv/<table>.csv`",
        "(UTF-8, RFC 4180, exact: for programs) and `parquet/<table>.parquet` (typed: dates as",
        "date32, integers as int64). Rows are sorted by primary key. `datapackage.json` describes",
        "both for Frictionless tools.",
        "",
        "**To open a table in Excel, LibreOffice or Google Sheets, use `spreadsheet/<table>.csv`**,",
        "not `csv/`: a quoted text that starts with `=`, `+`, `-` or `@` would run there as a",
        "formula. In the spreadsheet copy such cells start with an apostrophe (shown as text),",
        "the file has a byte-order mark so accents read right, booleans are TRUE/FALSE, and a",
        "cell longer than a spreadsheet holds (32,767 characters) is cut with a note. It is not",
        "described in `datapackage.json`: for programs, `csv/` and `parquet/` are the data.",
        "",
        "```python",
        "import duckdb",
        "duckdb.sql(\"SELECT speaker, kind, text FROM 'parquet/statements.parquet'\").show()",
        "```",
        "",
        "## Sources",
        "",
    ]
    lines += [f"- {source['title']} ({source.get('path', '')})" for source in descriptor["sources"]]
    for name, table in load_tables().items():
        lines += [
            "",
            f"## {table.name} ({rows(len(tables[name]))})",
            "",
            table.description.strip(),
            "",
            f"Primary key: `{', '.join(table.primary_key)}`.",
        ]
        for fk in table.foreign_keys:
            lines.append(
                f"Foreign key: `{', '.join(fk.fields)}` references `{fk.reference.table}.{', '.join(fk.reference.fields)}`."
            )
        lines += ["", "| column | type | required | description |", "|---|---|---|---|"]
        for field in table.fields:
            notes = field.description
            if field.enum:
                notes += " One of: " + ", ".join(f"`{v}`" for v in field.enum) + "."
            required = "yes" if field.required or field.name in table.primary_key else ""
            lines.append(f"| {field.name} | {field.type} | {required} | {notes} |")
    return "\n".join(lines) + "\n"
