"""A copy of every table for spreadsheets: safe to open in Excel, LibreOffice or Google Sheets.

The exact CSV (`csv/`) is for programs and stays exact. Spreadsheet programs misread it in
three ways, which this copy (`spreadsheet/<table>.csv`) avoids:

- A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula
  (CSV injection, as OWASP describes it): a quoted statement "=HYPERLINK(...)" would become a
  live link. Such text cells get a leading apostrophe, which spreadsheets read as "this is
  text" and do not show. Numbers are left as they are: a negative number runs nothing.
- Without a byte-order mark, LibreOffice and Excel read UTF-8 as Latin-1 ("ZoÃ«"): the
  file starts with one.
- A cell holds at most 32,767 characters in Excel, and a longer one (an article's text)
  overflows into the rows below: it is cut, with a note saying where the whole text is.

Booleans are written TRUE and FALSE, as spreadsheets write them.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.metadata import TableSchema

FOLDER = "spreadsheet"
# What makes a spreadsheet read a cell as a formula, at the start of the cell.
FORMULA_START = r"^[=+\-@\t\r]"
MAX_CELL = 32_767  # characters in one Excel cell


def cut_note(table: str, column: str) -> str:
    return f" [cut: the whole {column} is in csv/{table}.csv]"


def spreadsheet_frame(frame: pd.DataFrame, table: TableSchema) -> pd.DataFrame:
    """The table as a spreadsheet should receive it (see the module docstring)."""
    safe = {}
    for field in table.fields:
        column = frame[field.name]
        if field.type == "string":
            text = column.astype("string")
            note = cut_note(table.name, field.name)
            long = text.str.len() > MAX_CELL
            if long.any():
                text = text.where(~long, text.str.slice(0, MAX_CELL - len(note)) + note)
            formula = text.str.match(FORMULA_START).fillna(False).astype(bool)
            safe[field.name] = text.where(~formula, "'" + text)
        elif field.type == "boolean":
            safe[field.name] = column.map({True: "TRUE", False: "FALSE"}).astype("string")
        else:
            safe[field.name] = column
    return pd.DataFrame(safe)


def write_spreadsheet_csv(frame: pd.DataFrame, table: TableSchema, path: Path) -> None:
    spreadsheet_frame(frame, table).to_csv(
        path,
        index=False,
        lineterminator="\r\n",  # what spreadsheets write; every one reads it
        na_rep="",
        date_format="%Y-%m-%d",
        encoding="utf-8-sig",
    )
