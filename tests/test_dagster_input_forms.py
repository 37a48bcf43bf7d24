"""The Dagster shards read every form of input as the command line does: an export or a
crawl given as the input is read by every shard, each keeping its own records, and the
package is the command line's, byte for byte, with a broken record reported once."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.build import build
from pipeline.defs.assets import DATA_PACKAGE
from pipeline.defs.definitions import build_definitions
from pipeline.defs.resources import ArticleFolder
from pipeline.ingest.crawls import NOT_PAGES
from tests.input_forms import as_html, crawl_id, gold_articles, page_url, write_jsonl, write_warc
from tests.test_dagster_defs import files_of, run_all_assets

ARTICLES = gold_articles()[:4]


@pytest.fixture(autouse=True)
def dated_builds(monkeypatch):
    """Both packages compared byte for byte are dated alike (`created` is the build time)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def write_input(folder, form):
    if form == "news.jsonl":
        rows = [{"id": article.stem, "text": article.text, **article.meta} for article in ARTICLES]
        return write_jsonl(folder / form, rows, broken={2: '{"id": "cut", "text": "The end'})
    pages = [(page_url(a), as_html(a).encode("utf-8"), "text/html") for a in ARTICLES]
    pages.insert(1, ("https://www.example-news.com/logo.png", b"\x89PNG\r\n", "image/png"))
    return write_warc(folder / form, pages)


@pytest.mark.parametrize("form", ["news.jsonl", "crawl.warc.gz"])
def test_every_shard_reads_its_records_and_the_package_is_the_command_lines(tmp_path, form):
    source = write_input(tmp_path, form)
    folder = ArticleFolder(input_dir=str(source), out_dir=str(tmp_path / "dagster-package"))
    run = run_all_assets(build_definitions(folder))
    assert run.success
    shards = run.shards()
    kept = sum(shard.metadata["dagster/row_count"].value for shard in shards.values())
    assert kept == len(ARTICLES)
    failed = [
        s.metadata["failed_files"].value for s in shards.values() if s.metadata["failed"].value
    ]
    counted = Counter()
    for shard in shards.values():
        counted.update(shard.metadata["counted"].value)
    if form == "news.jsonl":  # the broken line, in the one shard its id falls to
        assert len(failed) == 1 and f"{source}:3: not valid JSON" in failed[0]
        assert run.materialized()[DATA_PACKAGE].metadata["failed_files"].value == 1
        assert counted == {}
    else:  # a request per page, and the image's request and response: each counted once
        assert failed == []
        assert counted == {NOT_PAGES: len(ARTICLES) + 2}
    cli = tmp_path / "cli-package"
    build(source, cli)
    assert files_of(folder.out_path) == files_of(cli)
    documents = (cli / "csv" / "documents.csv").read_text(encoding="utf-8")
    expected = [crawl_id(a) if form == "crawl.warc.gz" else a.stem for a in ARTICLES]
    assert all(f"\n{document_id}," in documents for document_id in expected)
