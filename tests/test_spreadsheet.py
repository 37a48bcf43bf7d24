"""The spreadsheet copy of each table: what Excel or LibreOffice would run or garble is made safe,
while `csv/` stays exact."""

from __future__ import annotations

import csv
import io

import pandas as pd

from pipeline.metadata import load_tables
from pipeline.publish.files import to_arrow_table, write_csv
from pipeline.publish.spreadsheet import MAX_CELL, spreadsheet_table, write_spreadsheet_csv

STATEMENTS = load_tables()["statements"]
DATES = load_tables()["dates"]


def statements(*texts: str) -> pd.DataFrame:
    rows = len(texts)
    return pd.DataFrame(
        {
            "statement_id": [f"d-st-{i}" for i in range(rows)],
            "document_id": ["d"] * rows,
            "speaker": ["Zoë Müller"] * rows,
            "speaker_type": ["person"] * rows,
            "speaker_person_id": [None] * rows,
            "speaker_institution_id": [None] * rows,
            "kind": ["direct"] * rows,
            "cue": ["said"] * rows,
            "text": list(texts),
            "char_start": range(rows),
            "char_end": range(1, rows + 1),
        }
    )[STATEMENTS.field_names]


def read_back(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_text_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe(tmp_path):
    texts = ["=SUM(A1:A9)", "+1 555 0100", "-2 percent, he said", "@cell", "\tindent", "fine"]
    path = tmp_path / "statements.csv"
    write_spreadsheet_csv(to_arrow_table(statements(*texts), STATEMENTS), STATEMENTS, path)
    assert [row["text"] for row in read_back(path)] == [
        "'=SUM(A1:A9)",
        "'+1 555 0100",
        "'-2 percent, he said",
        "'@cell",
        "'\tindent",
        "fine",
    ]


def test_the_exact_csv_keeps_the_text_as_written(tmp_path):
    path = tmp_path / "statements.csv"
    write_csv(statements("=SUM(A1:A9)"), path)
    assert [row["text"] for row in read_back(path)] == ["=SUM(A1:A9)"]
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_spreadsheet_copy_starts_with_a_byte_order_mark_so_accents_read_right(tmp_path):
    path = tmp_path / "statements.csv"
    write_spreadsheet_csv(to_arrow_table(statements("fine"), STATEMENTS), STATEMENTS, path)
    data = path.read_bytes()
    assert data.startswith(b'\xef\xbb\xbf"statement_id",')
    assert "Zoë Müller".encode() in data


def test_a_cell_longer_than_a_spreadsheet_holds_is_cut_with_a_note():
    long = statements("é" * (MAX_CELL + 10), "short")  # characters, not bytes, are counted
    texts = spreadsheet_table(to_arrow_table(long, STATEMENTS), STATEMENTS)["text"].to_pylist()
    assert len(texts[0]) == MAX_CELL
    assert texts[0].endswith("[cut: the whole text is in csv/statements.csv]")
    assert texts[1] == "short"


def test_booleans_are_true_false_in_both_spellings_their_readers_expect(tmp_path):
    frame = pd.DataFrame(
        {
            "date_id": ["d-date-1", "d-date-2"],
            "document_id": ["d", "d"],
            "value": ["2024-03", "2024"],
            "granularity": ["month", "year"],
            "relative": pd.array([True, False], dtype="boolean"),
            "text": ["March", "2024"],
            "char_start": [0, 10],
            "char_end": [5, 14],
            "date_start": pd.to_datetime(["2024-03-01", "2024-01-01"]),
            "date_end": pd.to_datetime(["2024-03-31", "2024-12-31"]),
        }
    )[DATES.field_names]
    exact, sheet = tmp_path / "exact.csv", tmp_path / "sheet.csv"
    write_csv(frame, exact)
    write_spreadsheet_csv(to_arrow_table(frame, DATES), DATES, sheet)
    assert [row["relative"] for row in read_back(exact)] == ["true", "false"]
    assert [row["relative"] for row in read_back(sheet)] == ["TRUE", "FALSE"]
