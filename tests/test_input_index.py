"""The input index (`pipeline.input_index`): a rebuild does not read the article files whose
status is what the last build saw, and reads again any file whose bytes may have changed,
even when its size and modification time were put back."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

import pipeline.ingest.record as record_module
from pipeline.build import build
from pipeline.cache import ExtractionCache
from pipeline.ingest import discover_inputs
from pipeline.ingest.discover import discover_articles
from pipeline.input_index import RACY_SECONDS, InputIndex
from tests.build_helpers import HARBOR, snapshot, write_articles

PARTS_FROM = 2  # the articles are few: the package is in parts, where the index is used


@pytest.fixture(autouse=True)
def fixed_created(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710331200")  # packages compared byte for byte


def rebuild(articles: Path, out: Path, cache: Path):
    return build(articles, out, jobs=1, cache_dir=cache, parts_from=PARTS_FROM, git_commit=False)


def settled(articles: Path, cache: Path, out: Path) -> None:
    """Build once the files are older than the racy window, so the index records them."""
    time.sleep(RACY_SECONDS + 0.2)
    rebuild(articles, out, cache)


def reads(monkeypatch) -> list[str]:
    """The article files read from now on (every read goes through `_read`)."""
    seen: list[str] = []
    real = record_module._read

    def counting(path, label):
        seen.append(label)
        return real(path, label)

    monkeypatch.setattr(record_module, "_read", counting)
    return seen


def test_a_rebuild_reads_no_unchanged_file_and_publishes_the_same_bytes(tmp_path, monkeypatch):
    articles = write_articles(tmp_path / "articles")
    out, cache = tmp_path / "package", tmp_path / "cache"
    rebuild(articles, out, cache)
    settled(articles, cache, out)
    before = snapshot(out)
    read = reads(monkeypatch)
    result = rebuild(articles, out, cache)
    assert read == []
    assert result.from_cache == len(discover_articles(articles)[0]) and result.extracted == []
    assert snapshot(out) == before


def test_a_file_changed_with_its_size_and_time_put_back_is_read_again(tmp_path, monkeypatch):
    articles = write_articles(tmp_path / "articles")
    out, cache = tmp_path / "package", tmp_path / "cache"
    rebuild(articles, out, cache)
    settled(articles, cache, out)
    harbor = articles / "harbor.txt"
    status = harbor.stat()
    edited = HARBOR.replace("40 million", "50 million")
    assert len(edited) == len(HARBOR)
    harbor.write_text(edited, encoding="utf-8")
    os.utime(harbor, ns=(status.st_atime_ns, status.st_mtime_ns))  # as `cp -p` or `touch -r` do
    assert harbor.stat().st_size == status.st_size
    read = reads(monkeypatch)
    result = rebuild(articles, out, cache)
    assert [Path(label).name for label in read] == ["harbor.txt"]
    assert result.extracted == ["harbor.txt"]
    assert (
        b"50 million"
        in (out / "csv" / "statistics").joinpath("part-0.csv").read_bytes()
        + (out / "csv" / "statistics" / "part-1.csv").read_bytes()
    )


def test_a_damaged_cache_entry_costs_nothing_until_its_part_is_assembled_again(tmp_path):
    """The index does not check entries: an unchanged file's entry is read only when its part
    is assembled again, and one damaged by then is extracted again from the file."""
    articles = write_articles(tmp_path / "articles")
    out, cache_dir = tmp_path / "package", tmp_path / "cache"
    rebuild(articles, out, cache_dir)
    settled(articles, cache_dir, out)
    cache = ExtractionCache(cache_dir)
    record = next(r for r in discover_inputs(articles).records if r.source == "harbor.txt")
    key = InputIndex(cache, articles).lookup(record)
    assert key is not None and key == cache.key(record)
    entry = cache.entry(key)
    entry.write_bytes(entry.read_bytes() + b" ")  # damaged
    fresh = tmp_path / "fresh"
    rebuild(articles, fresh, None)
    result = rebuild(articles, out, cache_dir)
    assert result.extracted == [] and result.errors == []  # its part came from its fragment
    assert snapshot(out) == snapshot(fresh)
    for fragment in cache.folder.glob("*/*.part"):  # every part must be assembled again
        fragment.unlink()
    result = rebuild(articles, out, cache_dir)
    assert result.extracted == ["harbor.txt"] and result.errors == []
    assert snapshot(out) == snapshot(fresh)
    assert cache.load(key) is not None  # the entry was replaced


def test_files_modified_just_before_a_build_are_not_recorded(tmp_path):
    articles = write_articles(tmp_path / "articles")
    out, cache_dir = tmp_path / "package", tmp_path / "cache"
    rebuild(articles, out, cache_dir)  # the files were written a moment ago: all racy
    cache = ExtractionCache(cache_dir)
    index = InputIndex(cache, articles)
    assert index.known == {}
    records = list(discover_inputs(articles).records)
    assert all(index.lookup(record) is None for record in records)


def test_a_damaged_index_is_ignored(tmp_path):
    articles = write_articles(tmp_path / "articles")
    out, cache_dir = tmp_path / "package", tmp_path / "cache"
    rebuild(articles, out, cache_dir)
    settled(articles, cache_dir, out)
    index = InputIndex(ExtractionCache(cache_dir), articles)
    assert index.known
    index.path.write_bytes(index.path.read_bytes()[:-5])
    assert InputIndex(ExtractionCache(cache_dir), articles).known == {}
    shutil.rmtree(out)
    result = rebuild(articles, out, cache_dir)
    assert result.errors == [] and result.extracted == []
