"""Where the articles are read from and where the package is published.

One resource holds both folders so the launchpad shows them side by side. A folder left
empty resolves, when the run reads it, to `NEWSDATA_INPUT_DIR` / `NEWSDATA_OUT_DIR`, else
to the bundled articles and `datapackage/`. The environment is not baked into the
resource's defaults because Dagster replaces a resource's whole config when run config
sets one field: overriding `out_dir` would silently drop an `input_dir` given that way.
"""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from pydantic import Field

from pipeline.ingest.exports import parse_fields
from pipeline.paths import BUNDLED_INPUT_DIR, DEFAULT_PACKAGE_DIR

ARTICLE_FOLDER = "article_folder"  # resource key the assets ask for
INPUT_DIR_ENV = "NEWSDATA_INPUT_DIR"
OUT_DIR_ENV = "NEWSDATA_OUT_DIR"
FIELDS_ENV = "NEWSDATA_FIELDS"


class ArticleFolder(dg.ConfigurableResource):
    """The articles in (a folder, an archive, a crawl or an export), a data package folder out."""

    input_dir: str = Field(
        default="",
        description=(
            "Folder of .txt, .md, .html articles (and their .meta.json sidecars, subfolders "
            "and .warc crawls), or a .zip, .tar.gz, .warc, .warc.gz, .jsonl, .jsonl.gz or "
            f".csv file; empty: ${INPUT_DIR_ENV}, else the bundled articles/."
        ),
    )
    fields: str = Field(
        default="",
        description=(
            "Names of the fields of a JSONL or CSV export, as --fields: "
            f"text=maintext,published=date_publish; empty: ${FIELDS_ENV}, else the defaults."
        ),
    )
    out_dir: str = Field(
        default="",
        description=(
            f"Package folder, replaced only by a valid package; "
            f"empty: ${OUT_DIR_ENV}, else datapackage/."
        ),
    )

    @property
    def input_path(self) -> Path:
        return Path(self.input_dir or os.environ.get(INPUT_DIR_ENV) or BUNDLED_INPUT_DIR)

    @property
    def field_map(self) -> dict[str, str]:
        """The --fields mapping; `ValueError` with the reason when it is not one."""
        return parse_fields(self.fields or os.environ.get(FIELDS_ENV) or "")

    @property
    def out_path(self) -> Path:
        return Path(self.out_dir or os.environ.get(OUT_DIR_ENV) or DEFAULT_PACKAGE_DIR)
