"""The `datapackage.json` descriptor (Data Package v2), built from the table metadata."""

from __future__ import annotations

import os
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import __version__
from pipeline.metadata import load_tables
from pipeline.metadata.frictionless_schema import to_frictionless
from pipeline.paths import REPO_ROOT
from pipeline.publish.errors import PublishError
from pipeline.publish.files import sha256_of

PACKAGE_NAME = "news-statements"
PACKAGE_TITLE = "Statements, people, institutions and statistics from news articles"
PACKAGE_DESCRIPTION = (
    "Who said what in news articles, direct quotes and reported speech with the speaker "
    "resolved, with the people, institutions, laws, dates and statistics the articles name. "
    "Every row points back to the exact characters of the article it came from "
    "(documents.text[char_start:char_end] == text)."
)
LICENSES = [
    {
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0 (the compiled tables; quoted words and article text keep their source's copyright)",
    }
]
MAX_LISTED_SOURCES = 50
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"


def package_version() -> str:
    """The project version from pyproject.toml in a checkout, whether or not it was pip-installed.

    `pipeline.__version__` is 0.0.0 in a checkout that was never installed, which would make
    the same input give a different datapackage.json depending on how the venv was set up.
    """
    pyproject = REPO_ROOT / "pyproject.toml"
    if pyproject.is_file():
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    return __version__


def source_date_epoch() -> datetime | None:
    """The moment `SOURCE_DATE_EPOCH` gives (reproducible builds), or None when it is not set."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return datetime.fromtimestamp(int(value), tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise PublishError(
            f"SOURCE_DATE_EPOCH={value[:40]!r} is not a number of seconds since 1970-01-01 "
            "(e.g. 1700000000); unset it or fix it"
        ) from None


def created_timestamp(documents: pd.DataFrame) -> str:
    """Deterministic: SOURCE_DATE_EPOCH if set, else the latest publication date of the corpus."""
    moment = source_date_epoch()
    if moment is None and documents["published"].notna().any():
        moment = documents["published"].max().to_pydatetime().replace(tzinfo=UTC)
    moment = moment or datetime(1970, 1, 1, tzinfo=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def sources(documents: pd.DataFrame) -> list[dict[str, str]]:
    if len(documents) > MAX_LISTED_SOURCES:
        return [
            {
                "title": f"{len(documents)} news articles; the documents table lists each with its publisher, URL and sha256"
            }
        ]
    listed = []
    for row in documents.itertuples():
        # Unknown metadata is pd.NA in the nullable string columns, and `pd.NA or x` raises.
        publisher, title, url = (_known(v) for v in (row.publisher, row.title, row.url))
        source = {
            "title": f"{publisher or 'Unknown publisher'}: {title or row.source}",
            "path": url or row.source,
        }
        listed.append(source)
    return listed


def _known(value: object) -> str | None:
    return None if pd.isna(value) else str(value)


def build_descriptor(folder: Path, tables: dict[str, pd.DataFrame]) -> dict[str, Any]:
    """Describe the files already written in `folder`; hashes and sizes are read from them."""
    resources = []
    for name, table in load_tables().items():
        csv_path = folder / "csv" / f"{name}.csv"
        parquet_path = folder / "parquet" / f"{name}.parquet"
        common = {"title": table.title, "description": table.description.strip(), "type": "table"}
        resources.append(
            {
                "name": name,
                "path": f"csv/{name}.csv",
                **common,
                "scheme": "file",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": csv_path.stat().st_size,
                "hash": f"sha256:{sha256_of(csv_path)}",
                "schema": to_frictionless(table),
            }
        )
        # frictionless cannot count Parquet bytes or hash them right, so only our own hash is given.
        resources.append(
            {
                "name": f"{name}-parquet",
                "path": f"parquet/{name}.parquet",
                **common,
                "scheme": "file",
                "format": "parquet",
                "mediatype": PARQUET_MEDIATYPE,
                "hash": f"sha256:{sha256_of(parquet_path)}",
                "schema": to_frictionless(table, resource_suffix="-parquet"),
            }
        )
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": PACKAGE_NAME,
        "title": PACKAGE_TITLE,
        "description": PACKAGE_DESCRIPTION,
        "version": package_version(),
        "created": created_timestamp(tables["documents"]),
        "keywords": ["news", "quotations", "attribution", "named entities", "statistics"],
        "licenses": LICENSES,
        "sources": sources(tables["documents"]),
        "contributors": [
            {"title": "newsdata-pipeline contributors", "roles": ["creator"]},
        ],
        "resources": resources,
    }
