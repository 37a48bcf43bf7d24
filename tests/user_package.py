"""A package as a user would build one: their own `package.yaml`, accents, a quote that begins
like a formula, and a file that cannot be read. Built once per session (`user_package` in
conftest), by the command line in a new process, for the tests of what people open: the
HTML view, the spreadsheet copy, the metadata and `inspect`."""

from __future__ import annotations

from pathlib import Path

from tests.build_helpers import ARTICLES, run_build_command, write_articles

# A quote a spreadsheet would run ("=SUM ..."), and a name a spreadsheet would garble without
# a byte-order mark.
MAYOR = """City Hall

Mayor backs new school budget

Lakeside ObserverPublished: September 3, 2024

"=SUM of what we owe our children is more than this budget," said Zoë Müller, mayor of Lakeside, on Tuesday.

The budget adds 4.5 million dollars for schools, Müller said.
"""
FORMULA_QUOTE = "=SUM of what we owe our children is more than this budget"
ACCENTED_SPEAKER = "Zoë Müller"
NOT_UTF8 = "latin1.txt"  # Latin-1 bytes: the build reports it and publishes the rest

CONFIG = """\
name: lakeside-quotes
title: Who said what in Lakeside, 2024
description: Statements from the Lakeside Observer and its neighbours.
version: 2.1.0
homepage: https://example.org/lakeside
keywords: [lakeside, quotes]
licenses:
  data: CC0-1.0
  texts: {name: publishers-copyright, title: The texts keep their publishers' copyright}
contributors:
  - {title: Ada Lovelace, roles: [creator], email: ada@example.org}
  - Grace Hopper
"""
EPOCH = "1725408000"  # 2024-09-04T00:00:00Z
CREATED = "2024-09-04T00:00:00Z"


def build_user_package(root: Path) -> tuple[Path, str]:
    """Build the package into `root / "package"`; returns it and the build's stderr."""
    articles = write_articles(root / "articles", {**ARTICLES, "mayor.txt": MAYOR})
    (articles / NOT_UTF8).write_bytes(b"Broken\n\n\xb5 caf\xe9 au lait\n")
    (articles / "package.yaml").write_text(CONFIG, encoding="utf-8")
    out = root / "package"
    result = run_build_command(
        "--input", str(articles), "--out", str(out), env={"SOURCE_DATE_EPOCH": EPOCH}
    )
    # Exit 1: one file failed; the rest is published.
    assert result.returncode == 1, result.stderr
    assert (out / "datapackage.json").is_file(), result.stderr
    return out, result.stderr
