"""`python -m pipeline inspect PACKAGE`: what a package holds, and an exit status that says
whether it is valid. And a package published without the article texts (`--no-texts`)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from pipeline.build import build
from pipeline.paths import REPO_ROOT
from pipeline.publish.config import PackageConfig
from pipeline.publish.package import frictionless_errors
from tests.user_package import NOT_UTF8

pytestmark = pytest.mark.slow  # the package is built by the command line once per session


def inspect(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "inspect", *map(str, args)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_inspect_prints_counts_top_speakers_failed_files_and_provenance(user_package):
    result = inspect(user_package)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Who said what in Lakeside, 2024"
    assert "  name lakeside-quotes, version 2.1.0, created 2024-09-04T00:00:00Z" in lines
    statements = pd.read_parquet(user_package / "parquet" / "statements.parquet")
    assert f"  statements    {len(statements)} rows" in lines
    assert "  laws          0 rows" in lines
    assert any(line.strip().endswith("Zoë Müller") for line in lines)
    assert "Input: 5 articles published, 1 file failed, 0 files skipped" in lines
    assert any(line.startswith(f"  failed: {NOT_UTF8}: not UTF-8") for line in lines)
    assert any(line.startswith("  built by newsdata-pipeline ") for line in lines)
    assert lines[-1] == "valid (every row checked)"


def test_inspect_exits_non_zero_when_a_file_was_changed(user_package, tmp_path):
    package = shutil.copytree(user_package, tmp_path / "package")
    statements = package / "csv" / "statements.csv"
    statements.write_text(
        statements.read_text(encoding="utf-8").replace("Zoë Müller", "Zoe Muller"),
        encoding="utf-8",
    )
    result = inspect(package)
    assert result.returncode == 1
    assert "INVALID (every row checked):" in result.stdout
    assert "SHA256SUMS: csv/statements.csv has changed since the package was built" in (
        result.stdout
    )


def test_inspect_exits_non_zero_on_a_descriptor_that_breaks_the_profile(user_package, tmp_path):
    package = shutil.copytree(user_package, tmp_path / "package")
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][0]["name"] = "Not A Name!"
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    result = inspect(package, "--no-validate")
    assert result.returncode == 1
    assert "INVALID (descriptor and checksums checked, rows not):" in result.stdout


def test_inspect_of_a_folder_without_a_package_says_so(tmp_path):
    result = inspect(tmp_path)
    assert result.returncode == 2
    assert "no datapackage.json here" in result.stderr


def test_a_package_without_texts_keeps_offsets_and_hashes_and_stays_valid(user_package, tmp_path):
    articles = user_package.parent / "articles"  # the same articles, built again without texts
    without = build(
        articles, tmp_path / "without", config=PackageConfig(texts=False), git_commit=False
    )
    assert [line.split(":")[0] for line in without.errors] == [str(articles / NOT_UTF8)]
    full = pd.read_parquet(user_package / "parquet" / "documents.parquet")
    bare = pd.read_parquet(tmp_path / "without" / "parquet" / "documents.parquet")
    assert bare["text"].isna().all()
    quote = "Commuters have asked for this for a decade"
    assert quote in full["text"].str.cat()
    assert quote not in (tmp_path / "without" / "csv" / "documents.csv").read_text(encoding="utf-8")
    assert bare["sha256"].tolist() == full["sha256"].tolist()
    # Whoever holds the articles rebuilds every span from the offsets.
    texts = dict(zip(full["document_id"], full["text"], strict=True))
    statements = pd.read_parquet(tmp_path / "without" / "parquet" / "statements.parquet")
    assert len(statements) > 0
    for row in statements.itertuples():
        assert texts[row.document_id][row.char_start : row.char_end] == row.text
    assert frictionless_errors(tmp_path / "without" / "datapackage.json") == []
    card = (tmp_path / "without" / "README.md").read_text(encoding="utf-8")
    assert "not published: `documents.text` is empty in this package" in card
    page = (tmp_path / "without" / "view" / "articles" / "harbor.html").read_text(encoding="utf-8")
    assert "published without the article texts" in page
    assert "after the vote" in full["text"].str.cat() and "after the vote" not in page
