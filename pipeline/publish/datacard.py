"""A README for people who read rather than parse, generated from the same metadata."""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipeline.metadata import load_tables


def render_datacard(descriptor: dict[str, Any], tables: dict[str, pd.DataFrame]) -> str:
    lines = [
        f"# {descriptor['title']}",
        "",
        descriptor["description"],
        "",
        f"- Version: {descriptor['version']}",
        f"- Created: {descriptor['created']}",
        f"- License: {descriptor['licenses'][0]['title']}",
        f"- Articles: {len(tables['documents'])}",
        "",
        "Every table is published twice, with the same rows and columns: `csv/<table>.csv`",
        "(UTF-8, RFC 4180) and `parquet/<table>.parquet` (typed: dates as date32, integers as int64).",
        "Rows are sorted by primary key. `datapackage.json` describes both for Frictionless tools.",
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
            f"## {table.name} ({len(tables[name])} rows)",
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
