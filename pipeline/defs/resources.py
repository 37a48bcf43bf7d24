"""Where the articles are read from and where the package is published.

One resource holds both folders so the launchpad shows them side by side. Defaults come
from `NEWSDATA_INPUT_DIR` / `NEWSDATA_OUT_DIR` (read when the code location loads), else
the bundled articles and `datapackage/`; run config overrides either for a single run.
"""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from pydantic import Field

from pipeline.paths import BUNDLED_INPUT_DIR, DEFAULT_PACKAGE_DIR

ARTICLE_FOLDER = "article_folder"  # resource key the assets ask for
INPUT_DIR_ENV = "NEWSDATA_INPUT_DIR"
OUT_DIR_ENV = "NEWSDATA_OUT_DIR"


class ArticleFolder(dg.ConfigurableResource):
    """A folder of article files in, a data package folder out."""

    input_dir: str = Field(
        default=str(BUNDLED_INPUT_DIR),
        description="Folder of .txt, .md, .html articles (and their .meta.json sidecars).",
    )
    out_dir: str = Field(
        default=str(DEFAULT_PACKAGE_DIR),
        description="Package folder to publish; replaced atomically once the new package is valid.",
    )

    @property
    def input_path(self) -> Path:
        return Path(self.input_dir)

    @property
    def out_path(self) -> Path:
        return Path(self.out_dir)

    @classmethod
    def from_env(cls) -> ArticleFolder:
        """Folders from the environment, falling back to the bundled articles and datapackage/."""
        return cls(
            input_dir=os.environ.get(INPUT_DIR_ENV) or str(BUNDLED_INPUT_DIR),
            out_dir=os.environ.get(OUT_DIR_ENV) or str(DEFAULT_PACKAGE_DIR),
        )
