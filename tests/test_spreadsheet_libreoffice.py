"""The spreadsheet copy opened by a real spreadsheet: LibreOffice Calc (Debian's
`libreoffice-calc-nogui`, installed by `.ci/system-packages`), headless, converts each CSV to a
flat OpenDocument spreadsheet, whose cells say what LibreOffice made of them: text, number,
boolean or date, and whether it is a formula.

The import options are those of Calc's Text Import dialog: comma, double quotes, the
character set left to LibreOffice (it reads the byte-order mark, as the dialog does), and
"Evaluate formulas" on, the setting under which a cell can run; once with "Detect special
numbers" on (TRUE and FALSE become booleans, ISO dates dates, and so does a text that reads
as a date, a limit the data card states), once off (every text stays text, booleans too).
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from pipeline.metadata import load_tables
from tests.user_package import ACCENTED_SPEAKER, FORMULA_QUOTE

SOFFICE = shutil.which("soffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SOFFICE is None, reason="LibreOffice is not installed: `make test-tools` installs it"
    ),
]
# CSV filter tokens: separator 44 (,), text delimiter 34 ("), character set (empty: detected),
# first line 1, column types (standard), language en-US, quoted field as text off, detect
# special numbers (token 8), ..., evaluate formulas on (token 13).
SPECIAL_NUMBERS = "44,34,,1,,1033,false,true,false,false,false,,true"
PLAIN = "44,34,,1,,1033,false,false,false,false,false,,true"
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


@dataclass(frozen=True)
class Cell:
    kind: str  # string, float, boolean, date, or "" for an empty cell
    shown: str  # the text the cell shows
    value: str | None  # office:value, office:boolean-value or office:date-value
    formula: str | None


def convert(
    files: list[Path], out: Path, profile: Path, options: str = SPECIAL_NUMBERS
) -> dict[str, list[list[Cell]]]:
    """Each CSV as LibreOffice reads it: its rows of cells, by file stem."""
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            f"--infilter=CSV:{options}",
            "--convert-to",
            "fods",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {path.stem: read_fods(out / f"{path.stem}.fods") for path in files}


def read_fods(path: Path) -> list[list[Cell]]:
    office, table = f"{{{NS['office']}}}", f"{{{NS['table']}}}"
    sheet = ET.parse(path).getroot().find(".//table:table", NS)
    rows = []
    for row in sheet.iterfind("table:table-row", NS):
        cells = []
        for element in row.iterfind("table:table-cell", NS):
            repeat = int(element.get(f"{table}number-columns-repeated", "1"))
            kind = element.get(f"{office}value-type", "")
            value = next(
                (
                    element.get(f"{office}{name}")
                    for name in ("value", "boolean-value", "date-value")
                    if element.get(f"{office}{name}") is not None
                ),
                None,
            )
            shown = "\n".join("".join(p.itertext()) for p in element.iterfind("text:p", NS))
            cells += [Cell(kind, shown, value, element.get(f"{table}formula"))] * min(repeat, 64)
        if any(cell.kind for cell in cells):
            rows.append(cells)
    return rows


def by_column(rows: list[list[Cell]]) -> list[dict[str, Cell]]:
    header = [cell.shown for cell in rows[0]]
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


def convert_copies(package: Path, root: Path, options: str) -> dict[str, list[list[Cell]]]:
    files = sorted((package / "spreadsheet").glob("*.csv"))
    return convert(files, root / "out", root / "profile", options)


@pytest.fixture(scope="module", params=[SPECIAL_NUMBERS, PLAIN], ids=["special", "plain"])
def libreoffice(request, user_package, tmp_path_factory) -> dict[str, list[list[Cell]]]:
    """The copies as read with either setting of "Detect special numbers"."""
    return convert_copies(user_package, tmp_path_factory.mktemp("libreoffice"), request.param)


@pytest.fixture(scope="module")
def special(user_package, tmp_path_factory) -> dict[str, list[list[Cell]]]:
    return convert_copies(user_package, tmp_path_factory.mktemp("special"), SPECIAL_NUMBERS)


@pytest.fixture(scope="module")
def plain(user_package, tmp_path_factory) -> dict[str, list[list[Cell]]]:
    return convert_copies(user_package, tmp_path_factory.mktemp("plain"), PLAIN)


@pytest.fixture(scope="module")
def tables(user_package) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(user_package / "parquet" / f"{name}.parquet") for name in TABLES}


TABLES = list(load_tables())


def test_libreoffice_reads_every_table_with_its_header_and_every_row(libreoffice, tables):
    assert sorted(libreoffice) == sorted(TABLES)
    for name, rows in libreoffice.items():
        # The byte-order mark is read as one, not shown as "ï»¿" before the first name.
        assert [cell.shown for cell in rows[0]] == load_tables()[name].field_names, name
        assert len(rows) - 1 == len(tables[name]), name


def test_accents_read_back_intact(libreoffice, tables):
    speakers = [row["speaker"].shown for row in by_column(libreoffice["statements"])]
    assert ACCENTED_SPEAKER in speakers
    assert sorted(speakers) == sorted(tables["statements"]["speaker"])
    titles = {row["title"].shown for row in by_column(libreoffice["documents"])}
    assert "Mayor backs new school budget" in titles


def test_no_cell_is_a_formula_and_the_formula_like_quote_is_text(libreoffice):
    formulas = [
        (name, cell.formula)
        for name, rows in libreoffice.items()
        for row in rows
        for cell in row
        if cell.formula
    ]
    assert formulas == []
    texts = {row["text"].shown: row["text"] for row in by_column(libreoffice["statements"])}
    # LibreOffice shows the apostrophe that made the cell text (Excel hides it).
    cell = texts[f"'{FORMULA_QUOTE}"]
    assert cell.kind == "string"


def test_offsets_and_values_are_numbers(libreoffice, tables):
    expected = tables["statements"].set_index("statement_id")
    for row in by_column(libreoffice["statements"]):
        source = expected.loc[row["statement_id"].shown]
        assert row["char_start"].kind == row["char_end"].kind == "float"
        assert int(row["char_start"].value) == source["char_start"]
        assert int(row["char_end"].value) == source["char_end"]
    values = tables["statistics"].set_index("statistic_id")["value"]
    for row in by_column(libreoffice["statistics"]):
        assert row["value"].kind == "float"
        assert float(row["value"].value) == pytest.approx(values[row["statistic_id"].shown])


def test_with_special_numbers_booleans_are_booleans_and_dates_dates(special, tables):
    relative = tables["dates"].set_index("date_id")["relative"]
    for row in by_column(special["dates"]):
        assert row["relative"].kind == "boolean"
        assert (row["relative"].value == "true") == bool(relative[row["date_id"].shown])
    published = {
        row["document_id"].shown: row["published"] for row in by_column(special["documents"])
    }
    assert published["mayor"].kind == "date" and published["mayor"].value == "2024-09-03"


def test_with_special_numbers_a_text_that_reads_as_a_date_becomes_one(special):
    """The limit the data card states: `dates.text` "September 3, 2024" is not kept as text."""
    texts = {row["date_id"].shown: row["text"] for row in by_column(special["dates"])}
    assert texts["mayor-date-0000071"].kind == "date"


def test_without_special_numbers_every_text_is_shown_as_written(plain, tables):
    for name, key, column in [
        ("statements", "statement_id", "text"),
        ("statements", "statement_id", "speaker"),
        ("dates", "date_id", "text"),
        ("documents", "document_id", "title"),
    ]:
        written = tables[name].set_index(key)[column]
        for row in by_column(plain[name]):
            expected = written[row[key].shown]
            if expected.startswith(("=", "+", "-", "@")):
                expected = f"'{expected}"  # made text by the copy
            assert row[column].shown == expected, (name, column)
            # A text that is a plain number ("2026") is read as that number, shown the same.
            assert row[column].kind == ("float" if expected.isdigit() else "string")
    relative = [row["relative"] for row in by_column(plain["dates"])]
    assert {(cell.kind, cell.shown) for cell in relative} == {
        ("string", "TRUE"),
        ("string", "FALSE"),
    }


def test_the_exact_csv_would_run_the_quote_as_a_formula(user_package, tmp_path):
    """Why the copy exists: the same import of csv/statements.csv makes a live formula."""
    rows = convert(
        [user_package / "csv" / "statements.csv"], tmp_path / "out", tmp_path / "profile"
    )["statements"]
    cells = [row["text"] for row in by_column(rows)]
    assert any(cell.formula and cell.formula.lower().startswith("of:=sum") for cell in cells)
