"""A copy of every table for spreadsheets: safe to open in Excel, LibreOffice or Google Sheets.

The exact CSV (`csv/`) is for programs and stays exact. Spreadsheet programs misread it in
three ways, which this copy (`spreadsheet/<table>.csv`) avoids:

- A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula
  (CSV injection, as OWASP describes it): a quoted statement "=HYPERLINK(...)" would become a
  live link. Such text cells get a leading apostrophe, which makes them text (LibreOffice
  shows the apostrophe; tests/test_spreadsheet_libreoffice.py reads the copies back with it).
  Numbers are left as they are: a negative number runs nothing.
- Without a byte-order mark, LibreOffice and Excel read UTF-8 as Latin-1 ("ZoÃ«"): the
  file starts with one.
- A cell holds at most 32,767 characters in Excel, and a longer one (an article's text)
  overflows into the rows below: it is cut, with a note saying where the whole text is.

Booleans are written TRUE and FALSE, as spreadsheets write them.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from pipeline.metadata import TableSchema

FOLDER = "spreadsheet"
# What makes a spreadsheet read a cell as a formula, at the start of the cell.
FORMULA_START = r"^[=+\-@\t\r]"
MAX_CELL = 32_767  # characters in one Excel cell
BYTE_ORDER_MARK = "\ufeff".encode()


def cut_note(table: str, column: str, exact: str | None = None) -> str:
    """What a cut cell ends with; `exact`: the CSV file of the same rows (`csv/<table>.csv`)."""
    return f" [cut: the whole {column} is in {exact or f'csv/{table}.csv'}]"


def spreadsheet_table(table: pa.Table, schema: TableSchema, exact: str | None = None) -> pa.Table:
    """The table as a spreadsheet should receive it (see the module docstring), computed by
    Arrow in C++ (a pass in Python over every cell would cost as much as the rest of a build)."""
    columns = []
    for field in schema.fields:
        column = table[field.name]
        if field.type == "string":
            note = cut_note(schema.name, field.name, exact)
            long = pc.greater(pc.utf8_length(column), MAX_CELL)
            cut = pc.binary_join_element_wise(
                pc.utf8_slice_codeunits(column, 0, MAX_CELL - len(note)), note, ""
            )
            column = pc.if_else(long, cut, column)
            formula = pc.match_substring_regex(column, FORMULA_START)
            column = pc.if_else(formula, pc.binary_join_element_wise("'", column, ""), column)
        elif field.type == "boolean":
            column = pc.if_else(column, "TRUE", "FALSE")
        columns.append(column)
    return pa.table(columns, names=[field.name for field in schema.fields])


def write_spreadsheet_csv(
    table: pa.Table, schema: TableSchema, path: Path, exact: str | None = None
) -> None:
    """The copy of `table` at `path`; `exact`: the CSV file it copies, if not `csv/<table>.csv`."""
    with path.open("wb") as file:
        file.write(BYTE_ORDER_MARK)
        pa_csv.write_csv(
            spreadsheet_table(table, schema, exact),
            file,
            # CRLF, as spreadsheets write; Arrow quotes every string cell, numbers stay bare
            pa_csv.WriteOptions(eol="\r\n", quoting_style="needed"),
        )
