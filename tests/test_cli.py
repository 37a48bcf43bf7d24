"""`python -m pipeline build --input DIR --out DIR`, run as a user would, in a subprocess."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import frictionless
import pandas as pd
import pytest

from tests.build_helpers import run_build_command

# Short original news-style articles, written for these tests.
RIVER_PARK = """Local News

City council backs new river park plan

Riverside GazetteUpdated: March 4, 2024

The city council voted on Monday to turn an empty rail yard beside the river into a public park, ending a debate that lasted more than two years.

"People have waited a long time for green space on this side of town," said council member Dana Whitfield after the vote.

The plan sets aside about 12 million dollars for paths, trees and a small boat landing, and work is expected to begin next spring.
"""

BAKERY = """# Bakery reopens after flood repairs

Valley TimesPublished: June 18, 2023

A family bakery on Mill Street reopened on Saturday, three months after floodwater filled its kitchen and ruined two ovens.

"We thought we might have to close for good," the owner, Priya Lund, said as the first customers lined up outside.

Neighbors raised more than 8,000 dollars to help pay for the repairs, according to the shop.
"""

# Each build is a fresh interpreter (~3 s); `-m "not slow"` leaves them out.
pytestmark = pytest.mark.slow

NOT_UTF8 = b"Harbor news \xb5 late edition about the ferry timetable."


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return run_build_command(*args)


def build(input_dir: Path, out_dir: Path) -> subprocess.CompletedProcess:
    return run_cli("--input", str(input_dir), "--out", str(out_dir))


def write_articles(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True)
    for name, content in files.items():
        if isinstance(content, bytes):
            (folder / name).write_bytes(content)
        else:
            (folder / name).write_text(content, encoding="utf-8")
    return folder


def documents(out_dir: Path) -> pd.DataFrame:
    return pd.read_csv(out_dir / "csv" / "documents.csv", dtype=str, keep_default_na=False)


def stderr_lines(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def lines_naming(result: subprocess.CompletedProcess, file_name: str) -> list[str]:
    return [line for line in stderr_lines(result) if file_name in line]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def good_build(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    root = tmp_path_factory.mktemp("good")
    articles = write_articles(
        root / "articles", {"river-park.txt": RIVER_PARK, "bakery.md": BAKERY}
    )
    out = root / "datapackage"
    return build(articles, out), out


def test_good_articles_build_exits_zero_with_a_valid_package(good_build):
    result, out = good_build
    assert result.returncode == 0, result.stderr
    assert lines_naming(result, "river-park.txt") == lines_naming(result, "bakery.md") == []
    assert f"published {out}" in result.stdout
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["taskName", "type", "message"])
    assert documents(out)["document_id"].tolist() == ["bakery", "river-park"]


def test_documents_name_their_input_files_and_raw_hashes(good_build):
    _, out = good_build
    rows = documents(out).set_index("document_id")
    assert rows["source"].to_dict() == {"bakery": "bakery.md", "river-park": "river-park.txt"}
    expected = hashlib.sha256(RIVER_PARK.encode("utf-8")).hexdigest()
    assert rows.loc["river-park", "sha256"] == expected


@pytest.fixture(scope="module")
def mixed_build(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    root = tmp_path_factory.mktemp("mixed")
    articles = write_articles(
        root / "articles", {"river-park.txt": RIVER_PARK, "garbled.txt": NOT_UTF8, "blank.md": ""}
    )
    out = root / "datapackage"
    return build(articles, out), out


def test_bad_files_fail_the_build_with_one_line_each(mixed_build):
    result, _ = mixed_build
    assert result.returncode != 0
    (garbled,) = lines_naming(result, "garbled.txt")
    assert "not UTF-8" in garbled and "byte 0xB5 at offset 12" in garbled
    (blank,) = lines_naming(result, "blank.md")
    assert "empty" in blank
    assert lines_naming(result, "river-park.txt") == []


def test_good_article_is_still_published_next_to_bad_files(mixed_build):
    _, out = mixed_build
    assert documents(out)["document_id"].tolist() == ["river-park"]
    assert frictionless.validate(str(out / "datapackage.json")).valid


@pytest.fixture(scope="module")
def sidecar_build(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    root = tmp_path_factory.mktemp("sidecar")
    sidecar = {
        "title": "Rail yard to become riverside park",
        "publisher": "Harbor Weekly",
        "published": "2024-03-05",
    }
    articles = write_articles(
        root / "articles",
        {
            "river-park.txt": RIVER_PARK,
            "river-park.meta.json": json.dumps(sidecar),
            "scan.pdf": b"%PDF-1.4 not an article",
            "budget-figures.csv": "year,amount\n2024,12000000\n",
        },
    )
    out = root / "datapackage"
    return build(articles, out), out


def test_other_file_types_are_reported_as_skipped_without_failing(sidecar_build):
    result, out = sidecar_build
    assert result.returncode == 0, result.stderr
    for name in ("scan.pdf", "budget-figures.csv"):
        (line,) = lines_naming(result, name)
        assert "skipped" in line
    # The sidecar belongs to its article; it is neither an article nor a skipped file.
    assert lines_naming(result, "meta.json") == []
    assert documents(out)["source"].tolist() == ["river-park.txt"]


def test_sidecar_overrides_title_publisher_and_published(sidecar_build, good_build):
    _, out = sidecar_build
    (row,) = documents(out).to_dict("records")
    assert (row["title"], row["publisher"], row["published"]) == (
        "Rail yard to become riverside park",
        "Harbor Weekly",
        "2024-03-05",
    )
    # Fields the sidecar does not give still come from the page, as without a sidecar.
    without_sidecar = documents(good_build[1]).set_index("document_id").loc["river-park"]
    assert (row["section"], row["text"]) == (without_sidecar["section"], without_sidecar["text"])
    assert (without_sidecar["title"], without_sidecar["publisher"]) != (
        row["title"],
        row["publisher"],
    )


def test_invalid_sidecar_date_is_an_error_naming_the_sidecar(tmp_path):
    articles = write_articles(
        tmp_path / "articles",
        {
            "bakery.md": BAKERY,
            "river-park.txt": RIVER_PARK,
            "river-park.meta.json": json.dumps({"published": "next Tuesday"}),
        },
    )
    result = build(articles, tmp_path / "out")
    assert result.returncode != 0
    (line,) = lines_naming(result, "river-park.meta.json")
    assert "next Tuesday" in line and "ISO date" in line
    assert documents(tmp_path / "out")["document_id"].tolist() == ["bakery"]


def test_missing_input_folder_exits_nonzero_naming_it(tmp_path):
    missing = tmp_path / "no-such-articles"
    result = build(missing, tmp_path / "out")
    assert result.returncode != 0
    assert str(missing) in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "out").exists()


def test_only_bad_files_leave_the_existing_package_untouched(good_build, tmp_path):
    _, good_out = good_build
    out = tmp_path / "site" / "datapackage"
    shutil.copytree(good_out, out)
    before = snapshot(out)
    articles = write_articles(tmp_path / "articles", {"garbled.txt": NOT_UTF8, "blank.txt": "  \n"})
    result = build(articles, out)
    assert result.returncode != 0
    assert str(articles) in result.stderr and "nothing was published" in result.stderr
    assert snapshot(out) == before
    assert [p.name for p in out.parent.iterdir()] == ["datapackage"]


def test_only_bad_files_still_get_one_line_each(tmp_path):
    articles = write_articles(tmp_path / "articles", {"garbled.txt": NOT_UTF8, "blank.txt": ""})
    result = build(articles, tmp_path / "out")
    assert result.returncode != 0
    assert len(lines_naming(result, "garbled.txt")) == 1
    assert len(lines_naming(result, "blank.txt")) == 1
