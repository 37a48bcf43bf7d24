"""What a file is, from its name among the names of its folder: an article, its sidecar, a web
crawl, or something not read (and why). Folders and archives follow the same rules."""

from __future__ import annotations

from collections.abc import Collection

from pipeline.ingest.record import SIDECAR_SUFFIX

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
CRAWL_SUFFIXES = (".warc", ".warc.gz")
ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar")
RECORDS_SUFFIXES = (".jsonl", ".jsonl.gz", ".csv")

ARTICLE = "article"
SIDECAR = "sidecar"  # read with its article
CRAWL = "crawl"  # a WARC file: every HTML response in it is an article
SKIPPED = "skipped"
# The package's own metadata (`pipeline.publish.config`), read by the build, not an article:
# like a sidecar, neither read as one nor reported.
PACKAGE_CONFIG_NAME = "package.yaml"


def kind_of(name: str, siblings: Collection[str], *, crawls: bool) -> tuple[str, str]:
    """(kind, reason not read) of the file `name` in a folder holding `siblings`.

    `crawls`: whether a WARC file is read here (in a folder, yes; inside an archive, no).
    """
    if name.startswith("."):
        return SKIPPED, "a hidden file"
    if name == PACKAGE_CONFIG_NAME:
        return SIDECAR, ""
    if name.endswith(SIDECAR_SUFFIX):
        stem = name[: -len(SIDECAR_SUFFIX)]
        if any(f"{stem}{suffix}" in siblings for suffix in ARTICLE_SUFFIXES):
            return SIDECAR, ""
        return SKIPPED, f"a sidecar with no article ({stem}.txt, .md, .html or .htm) beside it"
    lower = name.lower()
    if lower.endswith(ARTICLE_SUFFIXES):
        return ARTICLE, ""
    if lower.endswith(CRAWL_SUFFIXES):
        if crawls:
            return CRAWL, ""
        return SKIPPED, "a web crawl inside an archive (give the crawl itself as --input)"
    if lower.endswith(ARCHIVE_SUFFIXES + RECORDS_SUFFIXES):
        return SKIPPED, "an archive or a file of records: give it as --input to read it"
    expected = ", ".join(ARTICLE_SUFFIXES + (CRAWL_SUFFIXES if crawls else ()))
    return SKIPPED, f"not an article file (expected one of {expected})"
