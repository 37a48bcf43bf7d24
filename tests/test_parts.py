"""A package in parts (`pipeline.publish.parts`), as its users meet it: the layout and the
descriptor, `frictionless validate` and our own check of the parts it does not read, the same
rows in DuckDB, polars, pandas, mlcroissant and R as a package in one file per table, and
rebuilds that keep every part they do not change (the same file, by inode) while giving the
same bytes as a build from scratch.

The threshold is lowered (`parts_from=4`) so that a dozen articles make two parts."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import pipeline.fragments as fragments_module
import pipeline.parallel as parallel_module
import pipeline.publish.package as package_module
import pipeline.publish.parts as parts_module
from pipeline.build import build, extract_articles, extract_files
from pipeline.cache import SPILLS, ExtractionCache
from pipeline.fragments import Fresh, PartAssembler
from pipeline.ingest import discover_inputs
from pipeline.ingest.discover import discover_articles
from pipeline.inspect import validation_errors
from pipeline.metadata import load_tables
from pipeline.paths import REPO_ROOT
from pipeline.publish.package import frictionless_errors
from pipeline.publish.parts import DOCUMENT_TABLES, part_count, parts_errors, parts_of
from pipeline.publish.validate import TableValidationError
from pipeline.tables import assemble_tables
from tests.build_helpers import MARKET, snapshot, write_articles

PARTS_FROM = 4
EPOCH = "1710331200"
ENTITY_TABLES = [name for name in load_tables() if name not in DOCUMENT_TABLES]


def corpus(folder: Path) -> Path:
    """The build tests' articles and the hand-annotated ones of tests/gold: a dozen articles."""
    write_articles(folder)
    for path in sorted((REPO_ROOT / "tests" / "gold").glob("*.txt")):
        shutil.copy(path, folder / path.name)
        sidecar = path.with_name(f"{path.stem}.meta.json")
        if sidecar.is_file():
            shutil.copy(sidecar, folder / sidecar.name)
    return folder


def written(folder: Path, texts: dict[str, str]) -> Path:
    """A folder of one article per text, named by its key."""
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def build_into(articles: Path, out: Path, cache: Path, parts_from: int = PARTS_FROM) -> None:
    build(articles, out, jobs=1, cache_dir=cache, parts_from=parts_from, git_commit=False)


def inodes(package: Path) -> dict[str, int]:
    return {
        str(path.relative_to(package)): path.stat().st_ino
        for path in package.rglob("part-*")
        if path.is_file()
    }


@pytest.fixture(autouse=True)
def fixed_created(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, Path]:
    """(articles, the package in parts, the same articles in one file per table)."""
    root = tmp_path_factory.mktemp("parts")
    articles = corpus(root / "articles")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", EPOCH)
        build_into(articles, root / "parts", root / "cache")
        build_into(articles, root / "whole", root / "cache", parts_from=1_000_000)
    return articles, root / "parts", root / "whole"


def test_part_count_grows_in_powers_of_two_from_the_threshold():
    assert part_count(1_999) == 1
    assert part_count(2_000) == 2
    assert part_count(2_001) == 4
    assert part_count(10_000) == 16
    assert part_count(100_000) == 128
    assert part_count(3, parts_from=4) == 1


def test_a_part_splits_in_two_when_the_count_doubles():
    ids = pd.Series([f"article-{number}" for number in range(500)])
    four, eight = parts_of(ids, 4), parts_of(ids, 8)
    assert (eight // 2 == four).all()
    assert set(four) == {0, 1, 2, 3}


def test_tables_of_documents_are_written_in_parts_and_the_rest_whole(built):
    _, package, _ = built
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    for name in DOCUMENT_TABLES:
        assert resources[name]["path"] == [f"csv/{name}/part-0.csv", f"csv/{name}/part-1.csv"]
        assert resources[f"{name}-parquet"]["path"] == [
            f"parquet/{name}/part-0.parquet",
            f"parquet/{name}/part-1.parquet",
        ]
        for path in resources[name]["path"]:
            header = ",".join(field.name for field in load_tables()[name].fields)
            assert (package / path).read_text(encoding="utf-8").startswith(header + "\n")
        assert sorted((package / "spreadsheet" / name).iterdir())  # the copy in parts too
    for name in ENTITY_TABLES:
        assert resources[name]["path"] == f"csv/{name}.csv"
        assert resources[name]["hash"].startswith("sha256:")
    assert not list(package.glob("*.zip"))
    card = (package / "README.md").read_text(encoding="utf-8")
    assert "are split into 2 parts" in card
    sums = (package / "SHA256SUMS").read_text(encoding="utf-8")
    assert "  csv/statements/part-1.csv\n" in sums


def test_every_row_of_a_document_is_in_its_documents_part(built):
    _, package, _ = built
    for name in DOCUMENT_TABLES:
        for index in (0, 1):
            ids = pq.read_table(package / "parquet" / name / f"part-{index}.parquet")
            numbers = parts_of(ids.column("document_id").to_pandas(), 2)
            assert (numbers == index).all(), (name, index)


def test_the_package_in_parts_is_valid_for_frictionless_and_our_own_check(built):
    _, package, _ = built
    assert frictionless_errors(package / "datapackage.json") == []
    assert validation_errors(package / "datapackage.json", rows=True) == []


def test_a_bad_row_in_a_later_parquet_part_is_found_though_frictionless_misses_it(built, tmp_path):
    _, package, _ = built
    copy = tmp_path / "package"
    shutil.copytree(package, copy)
    path = copy / "parquet" / "statements" / "part-1.parquet"
    table = pq.read_table(path)
    pq.write_table(pa.concat_tables([table, table.slice(0, 1)]), path)  # a key twice
    descriptor = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    # frictionless 5.21 reads only the first Parquet file of a resource
    assert frictionless_errors(copy / "datapackage.json") == []
    errors = parts_errors(copy, descriptor)
    assert any(
        "parquet/statements/part-1.parquet" in line and "statement_id" in line for line in errors
    )
    assert any("csv/statements/part-1.csv" in line for line in errors)  # the CSV has fewer rows


@pytest.mark.parametrize("name", DOCUMENT_TABLES)
def test_readers_get_the_same_rows_from_the_parts_as_from_one_file(built, name):
    _, package, whole = built
    one = pd.read_parquet(whole / "parquet" / f"{name}.parquet")
    key = list(load_tables()[name].primary_key)
    from_pandas = pd.read_parquet(package / "parquet" / name)
    pd.testing.assert_frame_equal(
        from_pandas.sort_values(key).reset_index(drop=True), one, check_dtype=False
    )
    from_polars = pl.read_parquet(str(package / "parquet" / name / "*.parquet")).sort(key)
    assert from_polars.to_dicts() == pl.from_pandas(one).to_dicts()
    glob = str(package / "parquet" / name / "*.parquet")
    assert duckdb.sql(f"SELECT count(*) FROM '{glob}'").fetchall()[0][0] == len(one)
    csv_rows = sum(
        len(pd.read_csv(path, keep_default_na=False))
        for path in sorted((package / "csv" / name).glob("*.csv"))
    )
    assert csv_rows == len(one)


def test_entity_tables_are_those_of_one_file(built):
    _, package, whole = built
    for name in ENTITY_TABLES:
        assert (package / "csv" / f"{name}.csv").read_bytes() == (
            whole / "csv" / f"{name}.csv"
        ).read_bytes()


def test_python_snippets_of_the_card_read_every_part(built):
    _, package, whole = built
    card = (package / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```$", card, re.MULTILINE | re.DOTALL)
    assert len(blocks) == 3 and all(
        "/*.parquet" in b or '"parquet/statistics"' in b for b in blocks
    )
    for block in blocks:
        result = subprocess.run(
            [sys.executable, "-c", block], cwd=package, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip()
    duckdb_block = next(block for block in blocks if "duckdb" in block)
    shown = subprocess.run(
        [sys.executable, "-c", duckdb_block],
        cwd=package,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    speakers = pd.read_parquet(whole / "parquet" / "statements.parquet")["speaker"]
    top = sorted(speakers.value_counts().items(), key=lambda item: (-item[1], item[0]))[:5]
    assert [line.split("│")[1].strip() for line in shown.splitlines() if "│" in line][2:] == [
        speaker for speaker, _ in top
    ]


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="R is not installed (make test-tools)")
def test_r_snippet_of_the_card_reads_every_csv_part(built):
    _, package, whole = built
    card = (package / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"^```r\n(.*?)^```$", card, re.MULTILINE | re.DOTALL)
    rows = len(pd.read_parquet(whole / "parquet" / "statements.parquet"))
    result = subprocess.run(
        ["Rscript", "-e", block + f"stopifnot(nrow(statements) == {rows})\n"],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_croissant_reads_the_parts_as_one_record_set(built):
    mlc = pytest.importorskip("mlcroissant")
    _, package, whole = built
    dataset = mlc.Dataset(jsonld=str(package / "croissant.json"))
    rows = list(dataset.records(record_set="statements"))
    assert len(rows) == len(pd.read_parquet(whole / "parquet" / "statements.parquet"))


def test_a_rebuild_keeps_every_part_and_adding_one_article_rewrites_one(built, tmp_path):
    articles, package, _ = built
    work = tmp_path / "articles"
    shutil.copytree(articles, work)
    out = tmp_path / "package"
    cache = tmp_path / "cache"
    build_into(work, out, cache)
    first = inodes(out)
    build_into(work, out, cache)
    assert inodes(out) == first  # nothing changed: every part file is the one written before
    assert snapshot(out) == snapshot(package)

    (work / "market.txt").write_text(MARKET, encoding="utf-8")
    build_into(work, out, cache)
    after = inodes(out)
    kept = {path for path in first if after[path] == first[path]}
    changed = {Path(path).stem for path in first if after[path] != first[path]}
    assert len(changed) == 1  # one part, in every table and format
    assert len(kept) == len(first) // 2
    fresh = tmp_path / "fresh"
    build_into(work, fresh, tmp_path / "cache-fresh")
    assert snapshot(out) == snapshot(fresh)  # the same bytes as a build from scratch

    (work / "market.txt").unlink()  # and removing it again
    build_into(work, out, cache)
    assert snapshot(out) == snapshot(package)
    assert sum(inodes(out)[path] == first[path] for path in first) >= len(first) // 2


def test_a_part_file_edited_by_hand_keeps_the_package_from_being_replaced(built, tmp_path):
    articles, package, _ = built
    out = tmp_path / "package"
    shutil.copytree(package, out)
    part = out / "csv" / "dates" / "part-1.csv"
    part.write_text(part.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"part-1\.csv"):
        build_into(articles, out, tmp_path / "cache")
    assert part.read_text(encoding="utf-8").endswith("\n\n")


def test_a_rebuild_reads_unchanged_parts_from_their_fragments_with_the_same_bytes(built, tmp_path):
    articles, _, _ = built
    work = tmp_path / "articles"
    shutil.copytree(articles, work)
    cache = tmp_path / "cache"
    out = tmp_path / "package"

    def rebuild():
        return build(work, out, jobs=1, cache_dir=cache, parts_from=PARTS_FROM, git_commit=False)

    def fragments() -> list[Path]:
        return sorted(cache.rglob("*.part"))

    assert rebuild().parts == (0, 2)  # the first build makes a fragment of each part
    assert len(fragments()) == 2
    assert rebuild().parts == (2, 2)
    (work / "market.txt").write_text(MARKET, encoding="utf-8")
    assert rebuild().parts == (1, 2)  # the part of the new article is assembled again
    assert len(fragments()) == 2  # the fragment it replaces is removed
    # A damaged fragment is assembled again, to the same package, when its rows are read:
    # here for a package written anew (unchanged parts of a package replaced are not read).
    fragment = fragments()[0]
    fragment.write_bytes(fragment.read_bytes()[:-10] + b"0123456789")
    shutil.rmtree(out)
    assert rebuild().parts == (1, 2)
    fresh = tmp_path / "fresh"
    # Without a cache, every article goes into one TableAssembler: the same package.
    build(work, fresh, jobs=1, cache_dir=None, parts_from=PARTS_FROM, git_commit=False)
    assert snapshot(out) == snapshot(fresh)


def test_the_files_a_build_left_are_recorded_in_the_cache_and_an_edit_is_still_seen(
    built, tmp_path
):
    articles, _, _ = built
    cache = tmp_path / "cache"
    out = tmp_path / "package"
    build_into(articles, out, cache)
    (index,) = (cache / "packages").glob("*.json")
    recorded = json.loads(index.read_text(encoding="utf-8"))
    info = (out / "csv" / "people.csv").stat()
    size, mtime, inode, digest = recorded["csv/people.csv"]
    assert (size, mtime, inode) == (info.st_size, info.st_mtime_ns, info.st_ino)
    assert digest == hashlib.sha256((out / "csv" / "people.csv").read_bytes()).hexdigest()
    build_into(articles, out, cache)  # recorded as left: published again
    people = out / "csv" / "people.csv"
    people.write_bytes(people.read_bytes().replace(b",", b";", 1))  # same size, new time
    with pytest.raises(Exception, match=r"csv/people\.csv"):
        build_into(articles, out, cache)


# --- found by review: a damaged cache, texts left out, a missing part, a failed link, a race


def run(articles, out, cache, parts_from=PARTS_FROM):
    return build(articles, out, jobs=1, cache_dir=cache, parts_from=parts_from, git_commit=False)


def test_a_whole_but_wrong_cache_entry_does_not_drop_its_article_from_every_rebuild(tmp_path):
    articles = corpus(tmp_path / "articles")
    cache = tmp_path / "cache"
    run(articles, tmp_path / "out", cache)
    extraction_cache = ExtractionCache(cache)
    records = list(discover_inputs(articles).records)
    # an entry whole (right sha256 line) but not what its key promises
    shutil.copyfile(
        extraction_cache.entry(extraction_cache.key(records[0])),
        extraction_cache.entry(extraction_cache.key(records[1])),
    )
    (articles / "market.txt").write_text(MARKET, encoding="utf-8")
    for fragment in cache.rglob("*.part"):
        fragment.unlink()
    run(articles, tmp_path / "out", cache)
    result = run(articles, tmp_path / "out", cache)  # "build again", as the error line says
    fresh = run(articles, tmp_path / "fresh", None)
    assert result.rows == fresh.rows
    assert result.errors == fresh.errors == []


def test_inspect_checks_a_package_in_parts_published_without_texts(tmp_path):
    articles = corpus(tmp_path / "articles")
    (articles / "package.yaml").write_text("texts: false\n", encoding="utf-8")
    run(articles, tmp_path / "out", tmp_path / "cache")
    assert validation_errors(tmp_path / "out" / "datapackage.json", rows=True) == []


def test_inspect_reports_a_missing_parquet_part_instead_of_crashing(tmp_path):
    articles = corpus(tmp_path / "articles")
    run(articles, tmp_path / "out", tmp_path / "cache")
    (tmp_path / "out" / "parquet" / "dates" / "part-1.parquet").unlink()
    errors = validation_errors(tmp_path / "out" / "datapackage.json", rows=True)
    assert any("parquet/dates/part-1.parquet" in line for line in errors)


def test_a_part_that_cannot_be_linked_whole_is_not_written_through_the_links(tmp_path, monkeypatch):
    articles = corpus(tmp_path / "articles")
    out = tmp_path / "out"
    run(articles, out, tmp_path / "cache")
    live = out / "csv" / "dates" / "part-1.csv"
    before = live.stat()
    (out / "spreadsheet" / "dates" / "part-1.csv").unlink()  # one of our files, deleted

    def fail(*args, **kwargs):  # the build fails after writing (killed, a full disk, ...)
        raise RuntimeError("stop before the swap")

    monkeypatch.setattr(package_module, "swap_in", fail)
    with pytest.raises(RuntimeError):
        run(articles, out, tmp_path / "cache")
    after = live.stat()
    # the live package is not touched before the swap
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_an_edit_right_after_the_swap_is_not_recorded_as_the_builds_own(tmp_path, monkeypatch):
    articles = corpus(tmp_path / "articles")
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(articles, out, cache)
    swap = package_module.swap_in
    people = out / "csv" / "people.csv"

    def swap_then_edit(new, destination, *args, **kwargs):
        swap(new, destination, *args, **kwargs)
        people.write_bytes(people.read_bytes().replace(b"marta", b"MARTA", 1))

    monkeypatch.setattr(package_module, "swap_in", swap_then_edit)
    run(articles, out, cache)
    monkeypatch.setattr(package_module, "swap_in", swap)
    with pytest.raises(Exception, match=r"people\.csv"):
        run(articles, out, cache)  # must refuse: the user's edit would be lost
    assert b"MARTA" in people.read_bytes()


def test_pages_of_the_view_are_kept_for_unchanged_parts_when_the_entities_are_the_same(
    built, tmp_path
):
    articles, _, _ = built
    work = tmp_path / "articles"
    shutil.copytree(articles, work)
    out, cache = tmp_path / "package", tmp_path / "cache"
    build_into(work, out, cache)
    pages = {path.name: path.stat().st_ino for path in (out / "view" / "articles").iterdir()}
    harbor = work / "harbor.txt"  # an edit that names no one: the entity tables stay the same
    harbor.write_text(harbor.read_text(encoding="utf-8") + "\nIt rained all day.\n", "utf-8")
    build_into(work, out, cache)
    after = {path.name: path.stat().st_ino for path in (out / "view" / "articles").iterdir()}
    kept = {name for name in pages if after[name] == pages[name]}
    assert "harbor.html" not in kept and kept  # the edited article's page is made again
    part = parts_of(["harbor"], 2)[0]
    assert all(parts_of([name.removesuffix(".html")], 2)[0] != part for name in kept)
    fresh = tmp_path / "fresh"
    build_into(work, fresh, tmp_path / "cache-fresh")
    assert snapshot(out) == snapshot(fresh)


# --- bounded memory: rows held up to a limit, then spilled; parts read one at a time


def _assert_same_tables(got: dict[str, pd.DataFrame], expected: dict[str, pd.DataFrame]) -> None:
    assert list(got) == list(expected)
    for name in expected:
        pd.testing.assert_frame_equal(got[name], expected[name], obj=name)


def test_rows_beyond_the_held_limit_are_spilled_and_read_back_to_the_same_tables(built, tmp_path):
    articles, _, _ = built
    extractions, errors = extract_files(discover_inputs(articles).records, jobs=1)
    assert not errors
    cache = ExtractionCache(tmp_path / "cache")
    with PartAssembler(cache, expected=2, held=3) as parts:
        extract_articles(
            discover_inputs(articles).records, jobs=1, cache=cache, into=parts.add, lazy=True
        )
        # every three articles, the rows held are written out, a file per part and round
        spilled = [path.name for path in cache.folder.glob(f"{SPILLS}*/*.spill")]
        assert {name.split("-")[0] for name in spilled} == {"0", "1"} and len(spilled) > 2
        parted, _ = parts.finish(2)
        assert not list(cache.folder.glob(f"{SPILLS}*"))
    assert parted.rows == {name: len(frame) for name, frame in assemble_tables(extractions).items()}
    _assert_same_tables(parted.whole(), assemble_tables(extractions))
    # Each part is read alone, with only its own documents' rows.
    for index in range(2):
        part = parted.part(index)
        numbers = parts_of(part["documents"]["document_id"], 2)
        assert len(part["documents"]) and (numbers == index).all()


def test_articles_grouped_by_another_count_of_parts_are_regrouped(built, tmp_path):
    """The count of parts is fixed by the articles that succeeded, known only at the end: rows
    held (or spilled) under the count the input's size gave are read again from the cache, and
    articles whose cache entry could not be written from memory."""
    articles, _, _ = built
    extractions, _ = extract_files(discover_inputs(articles).records, jobs=1)
    cache = ExtractionCache(tmp_path / "cache")
    with PartAssembler(cache, expected=4, held=5) as parts:
        extract_articles(
            discover_inputs(articles).records, jobs=1, cache=cache, into=parts.add, lazy=True
        )
    cache = ExtractionCache(tmp_path / "cache")  # every entry is cached now
    with PartAssembler(cache, expected=8, held=5) as parts:
        for extraction in extractions[::2]:  # as if their entries could not be written
            parts.add(Fresh(extraction, None))
        run = extract_articles(
            [
                r
                for r in discover_inputs(articles).records
                if r.document_id not in {e.article.document_id for e in extractions[::2]}
            ],
            jobs=1,
            cache=cache,
            into=parts.add,
            lazy=True,
        )
        assert run.from_cache == len(extractions) - len(extractions[::2])
        parted, _ = parts.finish(2)
    assert parted.count == 2
    _assert_same_tables(parted.whole(), assemble_tables(extractions))


def test_a_build_that_spills_publishes_the_same_bytes(built, tmp_path, monkeypatch):
    articles, in_parts, _ = built
    monkeypatch.setattr(fragments_module, "HELD_ARTICLES", 2)
    build_into(articles, tmp_path / "package", tmp_path / "cache")
    assert snapshot(tmp_path / "package") == snapshot(in_parts)
    assert not list((tmp_path / "cache").rglob(f"{SPILLS}*"))
    assert gc.get_freeze_count() == 0


def test_a_rebuild_does_not_read_the_rows_of_parts_it_does_not_change(built, tmp_path):
    articles, _, _ = built
    out, cache = tmp_path / "package", tmp_path / "cache"
    build_into(articles, out, cache)
    # Rows of every part made unreadable (same size): a build that read one would find it
    # damaged and assemble the part again, and say so.
    for fragment in cache.rglob("*.part"):
        body = fragment.read_bytes()
        fragment.write_bytes(body[:-10] + b"0123456789")
    files = inodes(out)
    result = build(articles, out, jobs=1, cache_dir=cache, parts_from=PARTS_FROM, git_commit=False)
    assert result.parts == (2, 2)
    assert inodes(out) == files  # every part linked from the package replaced


def test_a_new_person_keeps_the_pages_that_do_not_show_a_changed_entity(built, tmp_path):
    articles, _, _ = built
    work = tmp_path / "articles"
    shutil.copytree(articles, work)
    out, cache = tmp_path / "package", tmp_path / "cache"
    build_into(work, out, cache)
    entity_files = {name: (out / "csv" / f"{name}.csv").read_bytes() for name in ENTITY_TABLES}
    pages = {path.name: path.stat().st_ino for path in (out / "view" / "articles").iterdir()}
    (work / "market.txt").write_text(MARKET, encoding="utf-8")
    build_into(work, out, cache)
    assert any(
        (out / "csv" / f"{name}.csv").read_bytes() != before
        for name, before in entity_files.items()
    ), "the new article changes the entity tables"
    after = {path.name: path.stat().st_ino for path in (out / "view" / "articles").iterdir()}
    part = parts_of(["market"], 2)[0]
    other_part = {name for name in pages if parts_of([name.removesuffix(".html")], 2)[0] != part}
    kept = {name for name in pages if after[name] == pages[name]}
    assert kept and kept <= other_part
    fresh = tmp_path / "fresh"
    build_into(work, fresh, tmp_path / "cache-fresh")
    assert snapshot(out) == snapshot(fresh)


# --- found by review: spills and a cache that cannot be written


def test_a_build_longer_than_the_clean_up_age_keeps_its_spills(built, tmp_path, monkeypatch):
    """The cache's clean-up removes spill folders older than an hour (of killed builds): a
    build's own are touched at each spill, and its clean-up runs after they were read."""
    articles, in_parts, _ = built
    monkeypatch.setattr(fragments_module, "HELD_ARTICLES", 2)
    real = ExtractionCache.prune_other_versions

    def an_hour_later(self):
        for folder in self.folder.glob(f"{SPILLS}*"):
            os.utime(folder, (time.time() - 7200, time.time() - 7200))
        return real(self)

    monkeypatch.setattr(ExtractionCache, "prune_other_versions", an_hour_later)
    build_into(articles, tmp_path / "package", tmp_path / "cache")
    assert snapshot(tmp_path / "package") == snapshot(in_parts)


@pytest.mark.parametrize("failing", ["folder", "file"])
def test_rows_that_cannot_be_spilled_stay_in_memory(built, tmp_path, monkeypatch, failing):
    """A cache that cannot be written (read-only, full) costs memory, never the build: whether
    the spill folder cannot be made, or a spill file cannot be written."""
    articles, in_parts, _ = built
    monkeypatch.setattr(fragments_module, "HELD_ARTICLES", 2)
    real_write, real_folder = fragments_module.write_entry, fragments_module.tempfile.mkdtemp

    def full_disk(path, body):
        if path.suffix == ".spill":
            raise OSError(28, "No space left on device")
        return real_write(path, body)

    def read_only(*args, **kwargs):
        if kwargs.get("prefix") == SPILLS:
            raise OSError(30, "Read-only file system")
        return real_folder(*args, **kwargs)

    if failing == "file":
        monkeypatch.setattr(fragments_module, "write_entry", full_disk)
    else:
        monkeypatch.setattr(fragments_module.tempfile, "mkdtemp", read_only)
    build_into(articles, tmp_path / "package", tmp_path / "cache")
    assert snapshot(tmp_path / "package") == snapshot(in_parts)
    assert not list((tmp_path / "cache").rglob("*.spill"))


def test_an_article_not_cached_and_regrouped_is_keyed_by_its_bytes(tmp_path, monkeypatch):
    """Articles whose cache entry could not be written are regrouped from memory when the
    count of parts changes; their part's fragment must still change when they do."""
    articles = corpus(tmp_path / "articles")
    for name in ("school.txt", "farm.txt", "library.md"):
        (articles / name).unlink()
    for name in ("empty-1.txt", "empty-2.txt"):  # counted, then failing: fewer parts
        (articles / name).write_bytes(b"")
    monkeypatch.setattr(parts_module, "PART_DOCUMENTS", 3)  # 13 inputs: 8 parts; 11 read: 4
    monkeypatch.setattr(ExtractionCache, "store", lambda self, key, encoded: None)
    out, cache = tmp_path / "package", tmp_path / "cache"
    first = build(articles, out, jobs=1, cache_dir=cache, parts_from=2, git_commit=False)
    assert first.parts[1] != part_count(len(discover_articles(articles)[0]), 2)  # regrouped
    harbor = articles / "harbor.txt"
    harbor.write_text(
        harbor.read_text(encoding="utf-8").replace("40 million", "95 million"), "utf-8"
    )
    build(articles, out, jobs=1, cache_dir=cache, parts_from=2, git_commit=False)
    fresh = tmp_path / "fresh"
    build(articles, fresh, jobs=1, cache_dir=None, parts_from=2, git_commit=False)
    assert snapshot(out) == snapshot(fresh)


def test_namesakes_in_different_parts_are_told_apart_through_the_parts_heads(tmp_path):
    """Two organisations' John Smiths, and one with none, in articles of different parts: the
    people come from each part's cached head (which keeps only the documents that give an
    affiliation), and the package is the one a build without a cache writes."""
    texts = {
        "smith-a": "John Smith, chief executive of Acme Corp., said sales rose 5 percent this year.",
        "smith-c": "Weather Service spokesman John Smith said rain would fall all week.",
        "smith-b": "John Smith said the plan would work well for everyone involved.",
        "jones": "Mary Jones said the council would meet again on Friday.",
    }
    articles = written(tmp_path / "articles", texts)
    acme, weather = parts_of(["smith-a", "smith-c"], part_count(len(texts), PARTS_FROM))
    assert acme != weather
    cached, fresh, cache = tmp_path / "cached", tmp_path / "fresh", tmp_path / "cache"
    build_into(articles, cached, cache)
    result = build(
        articles, cached, jobs=1, cache_dir=cache, parts_from=PARTS_FROM, git_commit=False
    )
    assert result.parts == (2, 2)  # both parts from their fragments: the people from the heads
    build(articles, fresh, jobs=1, cache_dir=None, parts_from=PARTS_FROM, git_commit=False)
    assert snapshot(cached) == snapshot(fresh)
    people = pd.read_parquet(cached / "parquet" / "people.parquet")
    assert {"john-smith", "john-smith--acme-corp", "john-smith--weather-service"} <= set(
        people["person_id"]
    )


def test_the_page_of_an_unchanged_article_is_made_again_when_an_entity_it_shows_changes(tmp_path):
    """A new article in another part gives a person of an unchanged article a title: that
    article's page (which lists the person's title) is made again, the others are kept."""
    texts = {
        "smith-a": "John Smith said the harbour would reopen next week.",
        "smith-b": "Mary Jones said the council would meet again on Friday.",
        "jones": "Peter Brown said the bridge was safe for traffic.",
        "green": "Anna Green said the school would hire more teachers.",
    }
    articles = written(tmp_path / "articles", texts)
    out, cache = tmp_path / "package", tmp_path / "cache"
    build_into(articles, out, cache)
    pages = {path.name: path.stat().st_ino for path in (out / "view" / "articles").iterdir()}
    new, unchanged = parts_of(["smith-c", "smith-a"], part_count(len(texts) + 1, PARTS_FROM))
    assert new != unchanged  # the page to make again is in a part whose rows did not change
    (articles / "smith-c.txt").write_text(
        "John Smith, chief executive of Acme Corp., said sales rose 5 percent.\n", encoding="utf-8"
    )
    build_into(articles, out, cache)
    people = pd.read_csv(out / "csv" / "people.csv").set_index("person_id")
    assert people.loc["john-smith", "title"] == "chief executive"
    after = {path.name: path.stat().st_ino for path in (out / "view" / "articles").iterdir()}
    assert after["smith-a.html"] != pages["smith-a.html"]
    assert after["smith-b.html"] == pages["smith-b.html"]  # shows no entity that changed
    fresh = tmp_path / "fresh"
    build_into(articles, fresh, tmp_path / "cache-fresh")
    assert snapshot(out) == snapshot(fresh)


def test_fragments_and_summaries_of_a_part_no_longer_built_are_removed(built, tmp_path):
    articles, _, _ = built
    work = tmp_path / "articles"
    shutil.copytree(articles, work)
    out, cache = tmp_path / "package", tmp_path / "cache"

    def kept() -> dict[str, set[str]]:
        return {
            suffix: {path.name for path in cache.rglob(f"*{suffix}")}
            for suffix in (".part", ".head", ".view")
        }

    build_into(work, out, cache)
    before = kept()
    assert all(len(names) == 2 for names in before.values())  # one of each per part
    harbor = work / "harbor.txt"
    harbor.write_text(harbor.read_text(encoding="utf-8") + "\nIt rained all day.\n", "utf-8")
    build_into(work, out, cache)
    after = kept()
    for suffix, names in after.items():
        assert len(names) == 2 and len(names & before[suffix]) == 1, suffix
    assert not list(cache.rglob(".*.tmp"))


def test_building_a_second_folder_with_the_same_cache_keeps_the_first_ones_parts(built, tmp_path):
    """The cache prunes the fragments and summaries no input folder built lately uses: a
    second folder's build keeps the first's, whose rebuild then assembles no part again."""
    articles, _, _ = built
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(articles, first)
    second.mkdir()
    for path in sorted(articles.iterdir())[::2]:
        shutil.copy(path, second / path.name)
    cache = tmp_path / "cache"

    def rebuild(folder: Path) -> tuple[int, int]:
        out = tmp_path / f"package-{folder.name}"
        return build(
            folder, out, jobs=1, cache_dir=cache, parts_from=PARTS_FROM, git_commit=False
        ).parts

    assert rebuild(first) == (0, 2)
    assert rebuild(second)[0] == 0
    assert rebuild(first) == (2, 2)  # the second folder's build removed none of its parts
    # a part the first folder no longer builds is still removed at its next build
    harbor = first / "harbor.txt"
    harbor.write_text(harbor.read_text(encoding="utf-8") + "\nIt rained all day.\n", "utf-8")
    fragments = {path.name for path in cache.rglob("*.part")}
    assert rebuild(first) == (1, 2)
    after = {path.name for path in cache.rglob("*.part")}
    assert len(after) == len(fragments)  # one new fragment, the one it replaces removed


def test_a_build_collects_cycles_less_often_and_puts_the_thresholds_back(tmp_path, monkeypatch):
    import gc

    import pipeline.build as build_module
    from pipeline.memory import BUILD_GC_THRESHOLD

    seen = []
    real = build_module.publish_tables

    def publishing(*args, **kwargs):
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "publish_tables", publishing)
    before = gc.get_threshold()
    articles = write_articles(tmp_path / "articles")
    build_into(articles, tmp_path / "package", tmp_path / "cache")
    assert seen == [BUILD_GC_THRESHOLD] and gc.get_threshold() == before
    (articles / "harbor.txt").write_bytes(b"\xff\xfe not UTF-8")  # a build that reports errors
    shutil.rmtree(tmp_path / "package")
    monkeypatch.setattr(build_module, "publish_tables", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        build_into(articles, tmp_path / "package", tmp_path / "cache")
    assert gc.get_threshold() == before


def _spied_pools(monkeypatch) -> list[tuple[int, list, list]]:
    """Every pool of part writers the build starts: (its workers, the processes it started, the
    parts sent to it). Parts go to workers from two parts on, whatever the machine's cores."""
    pools: list[tuple[int, list, list]] = []
    real = parallel_module.worker_pool

    def worker_pool(workers, *args, **kwargs):
        pool = real(workers, *args, **kwargs)
        processes: list = []
        sent: list = []
        submit = pool.submit

        def submitted(function, method, task):
            future = submit(function, method, task)
            processes.extend(p for p in pool._processes.values() if p not in processes)
            sent.append(task[0])  # the part's index (writing) or digest (assembling)
            return future

        pool.submit = submitted
        pools.append((workers, processes, sent))
        return pool

    monkeypatch.setattr(parallel_module, "worker_pool", worker_pool)
    monkeypatch.setattr(parallel_module, "available_cores", lambda: 2)
    monkeypatch.setattr(package_module, "MIN_PARTS_FOR_WORKERS", 2)
    return pools


def test_parts_written_by_a_worker_and_by_the_build_are_the_bytes_one_process_writes(
    built, tmp_path, monkeypatch
):
    articles, package, _ = built
    pools = _spied_pools(monkeypatch)
    # one part sent to the worker at a time: the other is written by the build's process
    monkeypatch.setattr(package_module, "PARTS_PER_WORKER", 1)
    here: list[int] = []
    write = package_module._PartWriter.write

    def written_here(self, index, own):
        here.append(index)
        return write(self, index, own)

    monkeypatch.setattr(package_module._PartWriter, "write", written_here)
    out = tmp_path / "two"
    build(
        articles, out, jobs=2, cache_dir=tmp_path / "cache", parts_from=PARTS_FROM, git_commit=False
    )
    ((workers, processes, sent),) = pools
    assert (workers, len(processes)) == (1, 1)  # `--jobs 2`: the build's process and one worker
    assert sent and here and sorted(sent + here) == [0, 1]
    assert snapshot(out) == snapshot(package)
    assert gc.get_freeze_count() == 0
    # each part's view summary was cached under its own source: a rebuild links every part
    before = inodes(out)
    build(
        articles, out, jobs=2, cache_dir=tmp_path / "cache", parts_from=PARTS_FROM, git_commit=False
    )
    assert inodes(out) == before
    # `--jobs 1`: no worker
    build(articles, tmp_path / "one", jobs=1, cache_dir=tmp_path / "cache", parts_from=PARTS_FROM)
    assert len(pools) == 1


def test_a_part_failing_validation_in_a_worker_stops_the_build_and_its_workers(
    built, tmp_path, monkeypatch
):
    articles, package, _ = built
    out = tmp_path / "out"
    shutil.copytree(package, out)
    before = snapshot(out)
    pools = _spied_pools(monkeypatch)
    read = parts_module.PartedTables.part

    def part(self, index):  # a bug in a later part: a statement of no document
        tables = read(self, index)
        if index == 1:
            statements = tables["statements"].copy()
            statements.loc[0, "document_id"] = "no-such-document"
            tables = {**tables, "statements": statements}
        return tables

    monkeypatch.setattr(parts_module.PartedTables, "part", part)
    # `raised` keeps the traceback, and so the build's frames, alive: the workers must have
    # been stopped by the build itself, not by the collection of its frames.
    with pytest.raises(TableValidationError, match="statements") as raised:
        build(articles, out, jobs=2, cache_dir=tmp_path / "cache", parts_from=PARTS_FROM)
    assert raised.traceback
    assert snapshot(out) == before  # the published package is untouched
    assert gc.get_freeze_count() == 0
    ((_, processes, sent),) = pools
    assert 1 in sent  # the bad part was the worker's
    for process in processes:
        process.join(timeout=10)
        assert not process.is_alive()


def test_parts_assembled_in_a_worker_from_spilled_rows_publish_the_same_bytes(
    built, tmp_path, monkeypatch
):
    articles, in_parts, _ = built
    monkeypatch.setattr(fragments_module, "HELD_ARTICLES", 2)  # rows spilled every 2 articles
    monkeypatch.setattr(fragments_module, "MIN_PARTS_FOR_WORKERS", 2)
    monkeypatch.setattr(fragments_module, "PARTS_PER_WORKER", 1)  # one part here, one there
    pools = _spied_pools(monkeypatch)
    build(
        articles,
        tmp_path / "package",
        jobs=2,
        cache_dir=tmp_path / "cache",
        parts_from=PARTS_FROM,
        git_commit=False,
    )
    # the first pool assembled the parts, the second wrote them
    assert [workers for workers, _, _ in pools] == [1, 1]
    assert pools[0][2]  # some part was assembled in the worker
    assert snapshot(tmp_path / "package") == snapshot(in_parts)
    assert not list((tmp_path / "cache").rglob(f"{SPILLS}*"))
    assert gc.get_freeze_count() == 0


def test_what_a_build_holds_between_spills_is_set_aside_and_thawed_at_its_end(tmp_path, built):
    articles, _, _ = built
    extractions, _ = extract_files(discover_inputs(articles).records, jobs=1)
    cache = ExtractionCache(tmp_path / "cache")
    with PartAssembler(cache, expected=4, held=3) as parts:
        for extraction in extractions[:2]:
            parts.add(Fresh(extraction, None))
        before = gc.get_freeze_count()
        parts.add(Fresh(extractions[2], None))  # the third: a spill
        assert parts.spills
        assert gc.get_freeze_count() > before  # what the spill left is set aside
    assert gc.get_freeze_count() == 0
