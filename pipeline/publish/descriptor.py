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
from pipeline.publish.config import PackageConfig
from pipeline.publish.errors import PublishError
from pipeline.publish.files import sha256_of
from pipeline.publish.parts import table_paths

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


def created_timestamp(now: datetime | None = None) -> str:
    """When the package was built: `SOURCE_DATE_EPOCH` if set (reproducible builds), else now."""
    moment = source_date_epoch() or now or datetime.now(tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def sources(documents: pd.DataFrame, articles: int | None = None) -> list[dict[str, str]]:
    """Each article's URL (or file name) and the sha256 of its bytes; a count above 50.

    `articles`: how many there are, when `documents` holds only those listed (none above 50).
    """
    articles = len(documents) if articles is None else articles
    if articles > MAX_LISTED_SOURCES:
        return [
            {
                "title": f"{articles:,} news articles; the documents table lists each "
                "with its publisher, URL and sha256"
            }
        ]
    listed = []
    for row in documents.itertuples():
        # Unknown metadata is pd.NA in the nullable string columns, and `pd.NA or x` raises.
        publisher, title, url = (_known(v) for v in (row.publisher, row.title, row.url))
        listed.append(
            {
                "title": f"{publisher or 'Unknown publisher'}: {title or row.source}",
                "path": url or row.source,
                "sha256": row.sha256,
            }
        )
    return listed


def _known(value: object) -> str | None:
    return None if pd.isna(value) else str(value)


def documents_schema_without_texts(schema: dict[str, Any]) -> dict[str, Any]:
    """The documents schema of a package published without the article texts."""
    fields = []
    for field in schema["fields"]:
        if field["name"] == "text":
            field = {key: value for key, value in field.items() if key != "constraints"}
            field["description"] += TEXT_LEFT_OUT
        fields.append(field)
    return {**schema, "fields": fields}


TEXT_LEFT_OUT = (
    " Left empty in this package (published without the article texts): with the article "
    "file whose sha256 is given, `python -m pipeline build` gives the same text, which every "
    "char_start/char_end indexes."
)


def build_descriptor(
    folder: Path,
    listed: list[dict[str, str]],
    config: PackageConfig,
    provenance: dict[str, Any],
    count: int = 1,
    known: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Describe the files already written in `folder`; hashes and sizes are read from them.
    `listed`: the `sources` of the package.

    A table in `count` parts (`pipeline.publish.parts`) is one resource whose `path` lists its
    parts, with no bytes or hash: `SHA256SUMS` has each part's (frictionless 5.21 counts the
    bytes of parts without the header rows of all but the first); `known`: the
    sha256 of files taken from the package replaced, not read again.
    """
    known = known or {}
    resources = []
    for name, table in load_tables().items():
        csv_paths = table_paths(name, count, "csv", ".csv")
        parquet_paths = table_paths(name, count, "parquet", ".parquet")
        common: dict[str, Any] = {
            "title": table.title,
            "description": table.description.strip(),
            "type": "table",
        }
        if name == "documents" and config.texts:
            common["licenses"] = [config.text_license]
        schemas = [to_frictionless(table), to_frictionless(table, resource_suffix="-parquet")]
        if name == "documents" and not config.texts:
            schemas = [documents_schema_without_texts(schema) for schema in schemas]
        in_parts = len(csv_paths) > 1
        csv_resource: dict[str, Any] = {
            "name": name,
            "path": csv_paths if in_parts else csv_paths[0],
            **common,
            "scheme": "file",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
        }
        if not in_parts:
            csv_resource["bytes"] = (folder / csv_paths[0]).stat().st_size
            csv_resource["hash"] = (
                f"sha256:{known.get(csv_paths[0]) or sha256_of(folder / csv_paths[0])}"
            )
        resources.append({**csv_resource, "schema": schemas[0]})
        # frictionless cannot count Parquet bytes or hash them right, so only our own hash is given.
        parquet_resource: dict[str, Any] = {
            "name": f"{name}-parquet",
            "path": parquet_paths if in_parts else parquet_paths[0],
            **common,
            "scheme": "file",
            "format": "parquet",
            "mediatype": PARQUET_MEDIATYPE,
        }
        if not in_parts:
            parquet_resource["hash"] = (
                f"sha256:{known.get(parquet_paths[0]) or sha256_of(folder / parquet_paths[0])}"
            )
        resources.append({**parquet_resource, "schema": schemas[1]})
    descriptor: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": config.name,
        "title": config.title,
        "description": config.description,
        "version": config.version or package_version(),
        "created": created_timestamp(),
    }
    if config.homepage:
        descriptor["homepage"] = config.homepage
    descriptor.update(
        {
            "keywords": list(config.keywords),
            "licenses": [config.data_license],
            "sources": listed,
            "contributors": [dict(contributor) for contributor in config.contributors],
            "provenance": provenance,
            "resources": resources,
        }
    )
    return descriptor
