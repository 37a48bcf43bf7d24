"""The build, as plain functions: read every article, extract, assemble, publish.

The command line and the Dagster assets both call these, so the two write the same package.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.extract.article import extract_article
from pipeline.ingest import discover_articles, read_article
from pipeline.model import ArticleError, Extraction
from pipeline.publish import publish_package
from pipeline.tables import assemble_tables


@dataclass
class BuildResult:
    tables: dict[str, pd.DataFrame]
    errors: list[str] = field(default_factory=list)  # one line per article that failed
    skipped: list[str] = field(default_factory=list)  # one line per file that is not an article


def process_file(path: Path) -> Extraction:
    """Read and extract one article file; any failure becomes an `ArticleError` naming the file."""
    try:
        return extract_article(read_article(path))
    except ArticleError:
        raise
    except Exception as error:  # a bug on one article must not cost the others
        raise ArticleError(f"{path}: extraction failed: {type(error).__name__}: {error}") from error


def extract_files(paths: Iterable[Path]) -> tuple[list[Extraction], list[str]]:
    extractions, errors = [], []
    seen_ids: dict[str, Path] = {}
    for path in paths:
        try:
            extraction = process_file(path)
        except ArticleError as error:
            errors.append(str(error))
            continue
        document_id = extraction.article.document_id
        if document_id in seen_ids:
            errors.append(
                f"{path}: same document id {document_id!r} as {seen_ids[document_id].name}; rename one of them"
            )
            continue
        seen_ids[document_id] = path
        extractions.append(extraction)
    return extractions, errors


def build_tables(input_dir: Path) -> BuildResult:
    paths, skipped = discover_articles(Path(input_dir))
    extractions, errors = extract_files(paths)
    return BuildResult(assemble_tables(extractions), errors, skipped)


def publish_tables(
    tables: dict[str, pd.DataFrame], out_dir: Path, input_dir: Path, reasons: Iterable[str] = ()
) -> dict:
    """Publish unless no article was read: an empty package must never replace a good one."""
    if len(tables["documents"]) == 0:
        raise ArticleError(
            "\n".join([*reasons, f"{input_dir}: no article could be read; nothing was published"])
        )
    return publish_package(tables, out_dir)


def build(input_dir: Path, out_dir: Path) -> BuildResult:
    """Build and publish; the package is published with the articles that succeeded."""
    result = build_tables(input_dir)
    publish_tables(result.tables, out_dir, input_dir, [*result.skipped, *result.errors])
    return result
