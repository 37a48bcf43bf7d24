"""The data card (`README.md` of the package), for people who read rather than parse.

Generated from the same metadata as `datapackage.json`: the tables and their counts, how
they were made, the accuracy `make eval` last measured (`pipeline.publish.accuracy`, never
typed by hand), known limits, how to cite, snippets that read the tables (tests run them
as written here), provenance, and every column of every table.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.metadata import load_tables
from pipeline.publish.accuracy import read_accuracy
from pipeline.publish.config import PackageConfig
from pipeline.publish.parts import DOCUMENT_TABLES
from pipeline.wording import plural

METHOD = (
    "Each article file is read as UTF-8 (HTML through trafilatura, which finds the main "
    "text); page furniture such as breadcrumbs, share buttons and bylines is removed, and "
    "the title, publisher, section and date are read from the page header or a sidecar "
    "file. Extraction is rule-based, not a trained model: word lists a linguist can edit "
    "(reporting verbs, titles, organization words, units) and small ordered passes find "
    "quotes and reported speech with their cue verb, attribute each to the nearest "
    "speaker (a pronoun or a bare surname goes to the person named before), and find "
    "people, institutions, laws, countries, numbers with their unit and comparator, and "
    "dates, relative ones resolved from the publication date. Every row keeps the "
    "characters it came from, so `documents.text[char_start:char_end] == text` holds in "
    "every table. Every row is checked against the table schemas (pandera), and the "
    "written files against `datapackage.json` (Frictionless), before the package is "
    "published."
)

LIMITS = [
    "English only: articles in other languages are read, but little is found in them.",
    "Tried on news wires, government briefings and press releases, central bank and "
    "statistics office releases, court and company news, and transcripts of press "
    "conferences; opinion pieces, live blogs, interviews in Q&A form and social media "
    "posts were not tried.",
    "Rule-based: a quote without a reporting verb or quote marks, a speaker named only "
    "several sentences away, or a statement spread over a long paragraph may be missed "
    "or attributed to the wrong speaker. See the measured accuracy above.",
    "People and institutions are matched across articles by name only: two people of the "
    "same name are one row, and one organization under two names is two rows.",
    "Dates written without a year take the year of the publication date; an article with "
    "no publication date has its relative dates left unresolved.",
    "`statements.text` and `documents.text` are the publishers' words: the tables' license "
    "does not cover them (see Licenses).",
]

FILES = [
    ("`datapackage.json`", "Frictionless Data Package: every table's schema, keys, hash"),
    ("`csv/<table>.csv`", "UTF-8, RFC 4180, exact: for programs"),
    ("`parquet/<table>.parquet`", "the same rows, typed (dates as date32, integers as int64)"),
    ("`spreadsheet/<table>.csv`", "the copy to open in Excel, LibreOffice or Google Sheets"),
    ("`view/index.html`", "the articles with what was found marked, and an overview with charts"),
    ("`croissant.json`", "Croissant metadata, for ML tools that load datasets by it"),
    ("`CITATION.cff`", "how to cite the package"),
    ("`<name>.zip`", "every file above in one archive"),
    ("`SHA256SUMS`", "the sha256 of every file, for `sha256sum -c SHA256SUMS`"),
]


# In a package in parts (`pipeline.publish.parts`), instead of the rows of FILES above.
FILES_IN_PARTS = {
    "`csv/<table>.csv`": (
        "`csv/<table>.csv`, `csv/<table>/part-*.csv`",
        "UTF-8, RFC 4180, exact: for programs; the tables of documents in parts, each with a "
        "header row",
    ),
    "`parquet/<table>.parquet`": (
        "`parquet/<table>.parquet`, `parquet/<table>/part-*.parquet`",
        "the same rows, typed (dates as date32, integers as int64), in the same parts",
    ),
    "`spreadsheet/<table>.csv`": (
        "`spreadsheet/<table>.csv`, `spreadsheet/<table>/part-*.csv`",
        "the copy to open in Excel, LibreOffice or Google Sheets",
    ),
    "`<name>.zip`": None,  # left out: an update would write it again whole
}


def files_table(count: int) -> list[tuple[str, str]]:
    """The package's files, as written in one file per table or in `count` parts."""
    if count == 1:
        return FILES
    return [
        FILES_IN_PARTS.get(path, (path, what))
        for path, what in FILES
        if FILES_IN_PARTS.get(path, 1)
    ]


def parts_lines(count: int) -> list[str]:
    """What a reader must know of a package in parts."""
    if count == 1:
        return []
    return [
        "",
        f"**This package is large, so the tables of documents ({', '.join(f'`{t}`' for t in DOCUMENT_TABLES)}) "
        f"are split into {count} parts**, by a hash of `document_id`: all rows of one article are in "
        "one part, each part is sorted by primary key and has its header row, and rebuilding after "
        "a change rewrites only the parts that changed. Read every part at once with a pattern, as "
        "below; `datapackage.json` lists the parts of each table as its `path`. No zip is written "
        "(an update would write it again whole): copy or sync the folder.",
    ]


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    return text.split(". ", 1)[0].rstrip(".") + "."


def _score(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, int | float) else "-"


def accuracy_lines(extraction_version: str) -> list[str]:
    benchmarks = read_accuracy()
    if not benchmarks:
        return ["Not measured yet: run `make eval` in a checkout of the pipeline.", ""]
    lines = [
        "Precision, recall and F1 of each table against hand annotations, as `make eval` "
        "last measured them (a row matches when its span shares most of its words with the "
        "annotated one; statistics and dates must also have the same value). Held-out sets "
        "come first: they were annotated by someone who had not seen the output, and say "
        "most about articles the pipeline has never met.",
        "",
    ]
    # Held out first, each set's place otherwise as `make eval` wrote it (a stable sort).
    for benchmark in sorted(benchmarks, key=lambda entry: not _held_out(entry)):
        stale = (
            ""
            if benchmark["extraction_version"] == extraction_version
            else " (measured on an earlier version of the rules and code than this package's)"
        )
        lines += [
            f"**{benchmark['title']}**: {plural(benchmark['articles'], 'article')}, measured "
            f"{benchmark['measured']}{stale}.",
            "",
            "| table | precision | recall | F1 |",
            "|---|---|---|---|",
        ]
        for table, score in benchmark["tables"].items():
            lines.append(
                f"| {table} | {_score(score.get('precision'))} | {_score(score.get('recall'))} "
                f"| {_score(score.get('f1'))} |"
            )
            if "speaker_accuracy" in score:
                lines.append(
                    f"| speaker of a statement | {_score(score['speaker_accuracy'])} (right "
                    "speaker among matched statements) | | |"
                )
        lines.append("")
    return lines


def _held_out(benchmark: dict[str, Any]) -> bool:
    """A held-out set not yet used for development, by its title: `tests/heldout*`, and the
    half of PolNeAR's train split "held out from development"."""
    title = benchmark["title"].lower()
    if "held out from development" in title:
        return True
    return benchmark["name"].startswith("real-news-heldout") and "development" not in title


def citation_line(descriptor: dict[str, Any]) -> str:
    authors = "; ".join(c["title"] for c in descriptor["contributors"])
    year = descriptor["created"][:4]
    where = f" {descriptor['homepage']}" if descriptor.get("homepage") else ""
    return f"{authors} ({year}). *{descriptor['title']}* (version {descriptor['version']}).{where}"


def snippet_lines(count: int = 1) -> list[str]:
    """Code that reads the tables from the package folder; `tests/test_datacard.py` runs each.

    In a package in parts, the tables of documents are read with a pattern of their parts.
    """
    parts = count > 1
    statements, statistics, dates = (
        ("parquet/statements/*.parquet", "parquet/statistics", "parquet/dates/*.parquet")
        if parts
        else ("parquet/statements.parquet", "parquet/statistics.parquet", "parquet/dates.parquet")
    )
    python = [
        "Run these in the package folder. Parquet keeps the types; the CSV files are the same rows.",
        "",
        "```python",
        "import duckdb",
        'duckdb.sql("""',
        "    SELECT speaker, count(*) AS statements",
        f"    FROM '{statements}'",
        "    GROUP BY speaker ORDER BY statements DESC, speaker LIMIT 5",
        '""").show()',
        "```",
        "",
        "```python",
        "import pandas as pd",
        f'statistics = pd.read_parquet("{statistics}")',
        'print(statistics[["value", "comparator", "unit", "text"]].head())',
        "```",
        "",
        "```python",
        "import polars as pl",
        f'dates = pl.read_parquet("{dates}")',
        'print(dates.select("value", "granularity", "relative", "text").head())',
        "```",
        "",
    ]
    if parts:
        return [
            *python,
            'In R, with the arrow package, `arrow::open_dataset("parquet/statements")` reads every '
            "part; the CSV parts with base R:",
            "",
            "```r",
            'parts <- Sys.glob("csv/statements/*.csv")',
            'statements <- do.call(rbind, lapply(parts, read.csv, fileEncoding = "UTF-8"))',
            'print(head(statements[, c("speaker", "kind", "cue")]))',
            "```",
        ]
    return [
        *python,
        "In R, the CSV files with base R (`true`/`false` read as logical with `colClasses`); "
        'for Parquet, `arrow::read_parquet("parquet/people.parquet")` with the arrow package.',
        "",
        "```r",
        'statements <- read.csv("csv/statements.csv", fileEncoding = "UTF-8")',
        'dates <- read.csv("csv/dates.csv", fileEncoding = "UTF-8",',
        '                  colClasses = c(relative = "logical", char_start = "integer"))',
        'print(head(statements[, c("speaker", "kind", "cue")]))',
        "str(dates)",
        "```",
    ]


def provenance_lines(descriptor: dict[str, Any]) -> list[str]:
    provenance = descriptor["provenance"]
    pipeline = provenance["pipeline"]
    built = f"{pipeline['name']} {pipeline['version']}"
    if "git_commit" in pipeline:
        modified = " with local changes" if pipeline["git_modified"] else ""
        built += f", git commit `{pipeline['git_commit']}`{modified}"
    libraries = ", ".join(f"{name} {version}" for name, version in provenance["libraries"].items())
    lines = [
        f"- Built by {built}, on {descriptor['created']}",
        f"- Extraction version `{provenance['extraction_version']}` (a hash of the rules, the "
        "extraction code and the versions of the libraries it calls)",
        f"- Python {provenance['python']}; {libraries}",
    ]
    failed, skipped = provenance["failed"], provenance["skipped"]
    lines.append(
        f"- Input: {plural(provenance['articles'], 'article')} published, "
        f"{plural(failed['count'], 'file')} that could not be read, "
        f"{plural(skipped['count'], 'file')} that are not articles"
    )
    for line in failed["files"]:
        lines.append(f"  - failed: {line}")
    if failed["count"] > len(failed["files"]):
        lines.append(f"  - ... and {failed['count'] - len(failed['files']):,} more")
    lines += ["", "Sources (each article's address or file, and the sha256 of its bytes):", ""]
    for source in descriptor["sources"]:
        digest = f", sha256 `{source['sha256']}`" if source.get("sha256") else ""
        where = f" ({source['path']})" if source.get("path") else ""
        lines.append(f"- {source['title']}{where}{digest}")
    return lines


def license_lines(config: PackageConfig) -> list[str]:
    def named(license: dict[str, str]) -> str:
        title = license.get("title") or license.get("name") or license.get("path")
        return f"{title} ({license['path']})" if license.get("path") else title

    texts = (
        named(config.text_license)
        if config.texts
        else "not published: `documents.text` is empty in this package (offsets and sha256 stay)"
    )
    return [
        f"- The tables: {named(config.data_license)}",
        f"- The article texts (`documents.text`) and the quoted words (`statements.text`): {texts}",
    ]


def render_datacard(
    descriptor: dict[str, Any],
    rows: Mapping[str, int],
    config: PackageConfig,
    count: int = 1,
) -> str:
    """The package's README; `rows`: of each table; `count`: the parts of its tables of
    documents (1: not split)."""
    schemas = load_tables()
    contributors = ", ".join(c["title"] for c in descriptor["contributors"])
    lines = [f"# {descriptor['title']}", "", descriptor["description"], ""]
    lines += [
        f"- Name: `{descriptor['name']}`, version {descriptor['version']}",
        f"- Created: {descriptor['created']}",
        f"- Contributors: {contributors}",
    ]
    if descriptor.get("homepage"):
        lines.append(f"- Homepage: {descriptor['homepage']}")
    lines += ["", "## What it holds", "", "| table | rows | holds |", "|---|---|---|"]
    for name, table in schemas.items():
        lines.append(f"| {name} | {rows[name]:,} | {first_sentence(table.description)} |")
    lines += ["", "## Files", "", "| file | what |", "|---|---|"]
    lines += [f"| {path} | {what} |" for path, what in files_table(count)]
    lines += parts_lines(count)
    lines += [
        "",
        "**To open a table in Excel, LibreOffice or Google Sheets, use `spreadsheet/<table>.csv`**,",
        "not `csv/`: a quoted text that starts with `=`, `+`, `-` or `@` would run there as a",
        "formula. In the spreadsheet copy such cells start with an apostrophe, which makes them",
        "text (LibreOffice shows it), the file has a byte-order mark so accents read right,",
        "booleans are TRUE/FALSE, and a cell longer than a spreadsheet holds (32,767 characters)",
        "is cut with a note. A spreadsheet still converts a text that reads as a number or a",
        'date (a `dates.text` of "2026" or "September 3, 2024"; LibreOffice does the latter with',
        '"Detect special numbers" on): import such a column as Text to keep it as written. The',
        "copy is not described in `datapackage.json`: for programs, `csv/` and `parquet/` are",
        "the data.",
        "",
        "## How it was made",
        "",
        METHOD,
        "",
        "## Measured accuracy",
        "",
        *accuracy_lines(descriptor["provenance"]["extraction_version"]),
        "## Known limits",
        "",
        *(f"- {limit}" for limit in LIMITS),
        "",
        "## Licenses",
        "",
        *license_lines(config),
        "",
        "## How to cite",
        "",
        citation_line(descriptor),
        "",
        "`CITATION.cff` beside this file holds the same for citation managers and GitHub.",
        "",
        "## Reading the tables",
        "",
        *snippet_lines(count),
        "",
        "## Provenance",
        "",
        *provenance_lines(descriptor),
    ]
    for name, table in schemas.items():
        lines += [
            "",
            f"## {table.name} ({plural(rows[name], 'row')})",
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
            if name == "documents" and field.name == "text" and not config.texts:
                notes += " Empty in this package (published without the article texts)."
            required = "yes" if field.required or field.name in table.primary_key else ""
            lines.append(f"| {field.name} | {field.type} | {required} | {notes} |")
    return "\n".join(lines) + "\n"
