"""Every form `--input` may take, built here from the project's own articles, gives the
documents and ids it promises, and the same tables as the same articles in a flat folder
(the ids are the same; only `source` says where each came from)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import pipeline.fragments as fragments_module
from pipeline.build import PAGES_WITHOUT_TEXT, BuildResult, build, build_tables
from pipeline.ingest import discover_inputs
from pipeline.ingest.crawls import NOT_PAGES
from pipeline.ingest.discover import BYTES_PER_RECORD, estimated_articles
from pipeline.paths import PACKAGE_MARKER
from tests.build_helpers import LIBRARY, snapshot
from tests.input_forms import (
    CRAWL_DATE,
    Article,
    archive_members,
    as_html,
    crawl_id,
    flat_name,
    gold_articles,
    page_url,
    tree_path,
    write_csv,
    write_flat,
    write_jsonl,
    write_tar_gz,
    write_tree,
    write_warc,
    write_zip,
)

ARTICLES = gold_articles()
# A bomb of 1,000:1: ten megabytes of one letter pack into ten kilobytes.
BOMB = b"a" * 10_000_000


def built(path: Path, **options) -> BuildResult:
    return build_tables(path, jobs=1, **options)


def sources(result: BuildResult) -> dict[str, str]:
    documents = result.tables["documents"]
    return dict(zip(documents["document_id"], documents["source"], strict=True))


def assert_same_tables_apart_from_source(
    form: BuildResult, flat: BuildResult, articles: int = len(ARTICLES)
) -> None:
    assert form.tables.keys() == flat.tables.keys()
    for name, table in form.tables.items():
        expected = flat.tables[name]
        if name == "documents":
            table, expected = table.drop(columns="source"), expected.drop(columns="source")
        pd.testing.assert_frame_equal(table, expected, obj=name)
    assert len(form.tables["documents"]) == articles


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("forms")


@pytest.fixture(scope="module")
def tree_flat(root) -> BuildResult:
    """The articles of the three-level tree, flat, each named as its id."""
    files = {
        flat_name(tree_path(index, article)): (article.text, article.meta)
        for index, article in enumerate(ARTICLES)
    }
    return built(write_flat(root / "tree-flat", files))


# --- folders ---------------------------------------------------------------------------


def test_a_three_level_folder_tree_is_read_with_ids_from_the_relative_paths(root, tree_flat):
    placed = write_tree(root / "tree", ARTICLES)
    tree = built(root / "tree")
    assert tree.errors == [] and tree.skipped == []
    assert sources(tree)["2023-01-desk-0-afp_eu_summit"] == "2023/01/desk-0/afp_eu_summit.txt"
    assert sources(tree) == {flat_name(relative).rsplit(".", 1)[0]: relative for relative in placed}
    assert_same_tables_apart_from_source(tree, tree_flat)


def test_two_index_pages_in_different_folders_are_two_documents(tmp_path):
    article = ARTICLES[0]
    for folder in ("world", "business"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.html").write_text(as_html(article), encoding="utf-8")
    result = built(tmp_path)
    assert result.errors == []
    assert sources(result) == {
        "business-index": "business/index.html",
        "world-index": "world/index.html",
    }


def test_links_out_of_the_input_a_package_folder_and_hidden_folders_are_reported_not_read(
    tmp_path,
):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "elsewhere.txt").write_text(ARTICLES[1].text, encoding="utf-8")
    articles = tmp_path / "articles"
    (articles / "2024").mkdir(parents=True)
    (articles / "2024" / "harbor.txt").write_text(ARTICLES[0].text, encoding="utf-8")
    (articles / "2024" / "linked.txt").symlink_to(outside / "elsewhere.txt")
    (articles / "elsewhere").symlink_to(outside)
    (articles / "again").symlink_to(articles / "2024")
    package = articles / "package"
    (package / "csv").mkdir(parents=True)
    (package / "README.md").write_text("# A package, not an article\n", encoding="utf-8")
    (package / PACKAGE_MARKER).write_text('{"written_by": "newsdata-pipeline"}\n')
    (articles / ".git").mkdir()
    (articles / ".git" / "notes.txt").write_text(ARTICLES[2].text, encoding="utf-8")
    result = built(articles)
    assert sources(result) == {"2024-harbor": "2024/harbor.txt"}
    assert result.skipped == [
        f"{articles}/.git: skipped, a hidden folder",
        f"{articles}/2024/linked.txt: skipped, a link to a file outside the input folder",
        f"{articles}/again: skipped, a link to a folder (not followed: a folder inside is "
        "read where it is)",
        f"{articles}/elsewhere: skipped, a link to a folder outside the input folder",
        f"{articles}/package: skipped, a data package written by this tool (not read as input)",
    ]


# --- archives --------------------------------------------------------------------------


def test_a_zip_is_read_as_its_tree_would_be_and_hostile_members_are_one_line_each(root, tree_flat):
    members = archive_members(ARTICLES)
    members["notes.pdf"] = b"%PDF-1.4"
    members["../escape.txt"] = ARTICLES[0].text.encode()
    members["/etc/absolute.txt"] = ARTICLES[0].text.encode()
    members["bomb.txt"] = BOMB
    archive = write_zip(root / "news.zip", members)
    packed = zipfile.ZipFile(archive).getinfo("bomb.txt").compress_size
    assert 10_000_000 // packed >= 1_000
    result = built(archive)
    assert result.errors == [
        f"{archive}: ../escape.txt: an unsafe path (absolute, or with ..); not read",
        f"{archive}: /etc/absolute.txt: an unsafe path (absolute, or with ..); not read",
        f"{archive}: bomb.txt: unpacks to 10,000,000 bytes from {packed:,} "
        f"({10_000_000 // packed:,}:1, more than 100:1): a zip bomb?; not read",
    ]
    assert result.skipped == [
        f"{archive}: notes.pdf: skipped, not an article file (expected one of .txt, .md, "
        ".html, .htm)"
    ]
    assert sources(result)["2023-01-desk-0-afp_eu_summit"] == "2023/01/desk-0/afp_eu_summit.txt"
    assert_same_tables_apart_from_source(result, tree_flat)


def test_a_tar_gz_is_read_as_its_tree_would_be(root, tree_flat):
    archive = write_tar_gz(root / "news.tar.gz", archive_members(ARTICLES, prefix="./"))
    result = built(archive)
    assert result.errors == [] and result.skipped == []
    assert sources(result)["2023-01-desk-0-afp_eu_summit"] == "2023/01/desk-0/afp_eu_summit.txt"
    assert_same_tables_apart_from_source(result, tree_flat)


def test_a_bomb_in_a_tar_gz_is_one_line_as_in_a_zip_and_the_rest_is_read(tmp_path):
    members = {f"{article.stem}.txt": article.text.encode() for article in ARTICLES[:3]}
    members["bomb.txt"] = BOMB
    members["zz-after.txt"] = ARTICLES[3].text.encode()
    archive = write_tar_gz(tmp_path / "bomb.tar.gz", members)
    result = built(archive)
    assert len(result.errors) == 1
    assert result.errors[0].startswith(f"{archive}: bomb.txt: unpacks to 10,000,000 bytes from ")
    assert result.errors[0].endswith(":1, more than 100:1): a zip bomb?; not read")
    assert set(sources(result)) == {article.stem for article in ARTICLES[:3]} | {"zz-after"}


def test_a_tar_gz_cut_short_is_one_line_and_the_members_before_are_read(tmp_path):
    members = {f"{article.stem}.txt": article.text.encode() for article in ARTICLES}
    whole = write_tar_gz(tmp_path / "whole.tar.gz", members).read_bytes()
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    result = built(cut)
    assert len(result.errors) == 1
    assert result.errors[0].startswith(f"{cut}: damaged or cut short after ")
    assert result.errors[0].endswith("; the members before it are read")
    read = set(sources(result))
    assert 0 < len(read) < len(ARTICLES)
    assert read == {article.stem for article in ARTICLES[: len(read)]}  # the first ones


# --- exports ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold_flat(root) -> BuildResult:
    files = {article.name: (article.text, article.meta) for article in ARTICLES}
    return built(write_flat(root / "gold-flat", files))


@pytest.mark.parametrize("name", ["news.jsonl", "news.jsonl.gz"])
def test_a_jsonl_export_gives_a_document_per_line_and_a_broken_line_is_one_line(
    root, gold_flat, name
):
    rows = [{"id": article.stem, "text": article.text, **article.meta} for article in ARTICLES]
    export = write_jsonl(root / name, rows, broken={3: '{"id": "cut", "text": "The end'})
    result = built(export)
    assert result.errors == [
        f"{export}:4: not valid JSON (Unterminated string starting at: line 1 column 23 (char 22))"
    ]
    assert sources(result)["afp_eu_summit"] == f"{name}#afp_eu_summit"
    assert set(sources(result)) == {article.stem for article in ARTICLES}
    assert_same_tables_apart_from_source(result, gold_flat)


def test_a_csv_export_with_its_own_field_names_gives_ids_from_the_line_numbers(root):
    header = ["body", "date", "publisher", "section", "language", "title", "url"]
    fields = {"text": "body", "published": "date"}
    rows, files, line = [], {}, 2  # line 1 is the header; a row starts where the last ended
    for article in ARTICLES:
        meta = {
            ("date" if key == "published" else key): value for key, value in article.meta.items()
        }
        rows.append([article.text, *(meta.get(column, "") for column in header[1:])])
        files[f"news-{line}{article.suffix}"] = (article.text, article.meta)
        line += article.text.count("\n") + 1
    export = write_csv(root / "news.csv", header, rows)
    result = built(export, fields=fields)
    assert result.errors == []
    assert sources(result) == {
        name.rsplit(".", 1)[0]: f"news.csv:{name[5:].split('.')[0]}" for name in files
    }
    assert_same_tables_apart_from_source(result, built(write_flat(root / "csv-flat", files)))


def test_a_record_without_text_or_with_a_bad_field_is_one_line_naming_its_line(tmp_path):
    rows = [
        {"id": "good", "text": ARTICLES[0].text},
        {"id": "empty", "text": "  "},
        {"id": "number", "text": 42},
        {"id": "date", "text": ARTICLES[1].text, "published": "yesterday"},
    ]
    export = write_jsonl(tmp_path / "news.jsonl", rows, broken={4: "[1, 2]"})
    result = built(export)
    assert result.errors == [
        f"{export}:2: no article text (no html or text field, or an empty one)",
        f"{export}:3: text must be a string, not int",
        f"{export}:4: published 'yesterday' is not an ISO date (YYYY-MM-DD)",
        f"{export}:5: a JSON list, not an object of fields",
    ]
    assert list(sources(result)) == ["good"]


# --- web crawls ------------------------------------------------------------------------


# A page that gives no date of its own ("on Tuesday" is resolved from the day it was fetched).
UNDATED = Article(
    "library", ".txt", LIBRARY.replace("Riverside GazettePublished: January 15, 2024\n\n", ""), {}
)
CRAWLED = [*ARTICLES, UNDATED]


def crawl_pages() -> list[tuple[str, bytes, str]]:
    pages = [
        (page_url(article), as_html(article).encode("utf-8"), "text/html; charset=utf-8")
        for article in CRAWLED
    ]
    pages.insert(2, ("https://www.example-news.com/logo.png", b"\x89PNG\r\n" * 50, "image/png"))
    script = (
        b"<html><head><title>Sections</title></head><body><script>menu()</script></body></html>"
    )
    pages.insert(5, ("https://www.example-news.com/sections.html", script, "text/html"))
    return pages


def test_a_warc_gives_a_document_per_html_page_with_its_url_and_the_tables_of_its_pages(
    root,
):
    crawl = write_warc(root / "crawl.warc.gz", crawl_pages())
    result = built(crawl)
    assert result.errors == [] and result.skipped == []
    # A request per page, and the image: counted, as the page of links is, never errors.
    assert result.counted == {NOT_PAGES: len(CRAWLED) + 3, PAGES_WITHOUT_TEXT: 1}
    assert sources(result) == {crawl_id(article): page_url(article) for article in CRAWLED}
    documents = result.tables["documents"].set_index("document_id")
    assert list(documents["url"]) == list(documents["source"])
    assert str(documents.loc[crawl_id(UNDATED), "published"].date()) == CRAWL_DATE
    dated = documents.drop(index=crawl_id(UNDATED))["published"]
    assert dated.notna().all() and (dated.dt.strftime("%Y-%m-%d") != CRAWL_DATE).all()

    # The same pages as .html files, with the URL in a sidecar, and the day it was fetched
    # where the page gives no date: the crawl's date is only a fallback.
    files = {f"{crawl_id(a)}.html": (as_html(a), {"url": page_url(a)}) for a in CRAWLED}
    files[f"{crawl_id(UNDATED)}.html"][1]["published"] = CRAWL_DATE
    flat = built(write_flat(root / "crawl-flat", files))
    assert_same_tables_apart_from_source(result, flat, articles=len(CRAWLED))


@pytest.mark.parametrize("compressed", [True, False])
def test_a_warc_cut_short_is_one_line_and_the_pages_before_are_read(tmp_path, compressed):
    name = "crawl.warc.gz" if compressed else "crawl.warc"
    whole = write_warc(tmp_path / f"whole-{name}", crawl_pages(), gzip_records=compressed)
    crawl = tmp_path / name
    crawl.write_bytes(whole.read_bytes()[: whole.stat().st_size * 2 // 3])
    result = built(crawl)
    assert len(result.errors) == 1
    assert result.errors[0].startswith(f"{crawl}: damaged or cut short after ")
    assert result.errors[0].endswith("; the pages before it are read")
    read = set(sources(result))
    assert 0 < len(read) < len(CRAWLED)
    assert read == {crawl_id(article) for article in CRAWLED[: len(read)]}


def test_a_folder_of_crawls_reads_each_and_a_page_fetched_twice_once(tmp_path):
    pages = crawl_pages()
    (tmp_path / "2024").mkdir()
    write_warc(tmp_path / "2024" / "first.warc.gz", pages[:6])
    write_warc(tmp_path / "2024" / "second.warc", pages[4:], gzip_records=False)
    result = built(tmp_path)
    assert result.errors == []
    assert set(sources(result)) == {crawl_id(article) for article in CRAWLED}
    assert result.counted["WARC responses for a URL already read"] == 2


# --- the cache, for every form -----------------------------------------------------------


def test_one_changed_record_of_an_export_re_extracts_that_article_only(tmp_path):
    cache = tmp_path / "cache"
    rows = [{"id": article.stem, "text": article.text, **article.meta} for article in ARTICLES]
    export = write_jsonl(tmp_path / "news.jsonl", rows)
    first = built(export, cache_dir=cache)
    assert len(first.extracted) == len(ARTICLES)
    assert built(export, cache_dir=cache).extracted == []
    rows[4]["text"] = rows[4]["text"].replace("said", "stated", 1)
    rows.insert(0, {"id": "new", "text": ARTICLES[0].text})  # every line below it moves
    write_jsonl(export, rows)
    again = built(export, cache_dir=cache)
    assert again.extracted == ["news.jsonl#new", f"news.jsonl#{ARTICLES[4].stem}"]
    assert again.from_cache == len(ARTICLES) - 1


@pytest.mark.parametrize("form", ["zip", "tar.gz", "warc.gz", "csv"])
def test_a_rebuild_of_an_unchanged_input_of_any_form_comes_from_the_cache(tmp_path, form):
    path = tmp_path / f"input.{form}"
    if form == "zip":
        write_zip(path, archive_members(ARTICLES))
    elif form == "tar.gz":
        write_tar_gz(path, archive_members(ARTICLES))
    elif form == "warc.gz":
        write_warc(path, crawl_pages())
    else:
        write_csv(path, ["id", "text"], [[a.stem, a.text] for a in ARTICLES])
    first = built(path, cache_dir=tmp_path / "cache")
    second = built(path, cache_dir=tmp_path / "cache")
    assert len(first.extracted) >= len(ARTICLES)
    # A page with no text leaves nothing to cache: it is read again, and counted again.
    no_text = ["https://www.example-news.com/sections.html"] if form == "warc.gz" else []
    assert second.extracted == no_text
    articles = len(CRAWLED) if form == "warc.gz" else len(ARTICLES)
    assert_same_tables_apart_from_source(second, first, articles=articles)


# --- large inputs of any form: in parts, in bounded memory --------------------------------


def input_of(form: str, folder: Path) -> Path:
    """The gold articles as an export or archive of `form`."""
    path = folder / f"news.{form}"
    if form == "zip":
        return write_zip(path, archive_members(ARTICLES))
    if form == "tar.gz":
        return write_tar_gz(path, archive_members(ARTICLES))
    if form == "csv":
        return write_csv(path, ["id", "text"], [[a.stem, a.text] for a in ARTICLES])
    return write_jsonl(path, [{"id": a.stem, "text": a.text, **a.meta} for a in ARTICLES])


@pytest.mark.parametrize("form", ["jsonl", "jsonl.gz", "zip", "tar.gz"])
def test_a_large_export_or_archive_is_built_part_by_part_with_its_rows_spilled(
    tmp_path, monkeypatch, form
):
    """As a folder is: the rows of more than a few thousand articles (here two) are spilled to
    the cache as they come, not held, so memory does not grow with the input; and the package
    is the one a build without a cache writes, holding every table whole."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710331200")
    monkeypatch.setattr(fragments_module, "HELD_ARTICLES", 2)
    path = input_of(form, tmp_path)
    parts_from = 4  # the threshold lowered, so that a dozen articles make two parts
    assert estimated_articles(discover_inputs(path)) >= parts_from
    options = {"jobs": 1, "parts_from": parts_from, "git_commit": False}
    streamed = build(path, tmp_path / "parts", cache_dir=tmp_path / "cache", **options)
    assert streamed.parts == (0, 2)  # two parts, each assembled as its articles came
    assert not any((tmp_path / "cache").rglob("*.spill"))  # the spilled rows went with the build
    build(path, tmp_path / "whole", cache_dir=None, **options)
    assert snapshot(tmp_path / "parts") == snapshot(tmp_path / "whole")
    assert build(path, tmp_path / "parts", cache_dir=tmp_path / "cache", **options).parts == (2, 2)


def test_an_export_with_fewer_articles_than_its_lines_is_one_file_per_table(tmp_path, monkeypatch):
    """A CSV's cells may hold line breaks, so its lines overstate its articles: a build that
    expected parts and counted too few articles for them writes one file per table."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710331200")
    path = input_of("csv", tmp_path)
    parts_from = len(ARTICLES) + 1
    assert estimated_articles(discover_inputs(path)) > 4 * parts_from  # a paragraph per line
    options = {"jobs": 1, "parts_from": parts_from, "git_commit": False}
    result = build(path, tmp_path / "cached", cache_dir=tmp_path / "cache", **options)
    assert result.parts is None
    assert (tmp_path / "cached" / "csv" / "statements.csv").is_file()
    build(path, tmp_path / "whole", cache_dir=None, **options)
    assert snapshot(tmp_path / "cached") == snapshot(tmp_path / "whole")


def test_the_articles_of_an_input_are_estimated_before_it_is_read(tmp_path):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_bytes(b'{"text": "a"}\n{"text": "b"}\n{"text": "c"}')  # no newline at the end
    assert estimated_articles(discover_inputs(jsonl)) == 3
    assert estimated_articles(discover_inputs(input_of("jsonl.gz", tmp_path))) == len(ARTICLES)
    sidecars = sum(name.endswith(".meta.json") for name in archive_members(ARTICLES))
    assert sidecars > 0
    assert estimated_articles(discover_inputs(input_of("zip", tmp_path))) == len(ARTICLES)
    tar = input_of("tar.gz", tmp_path)
    assert estimated_articles(discover_inputs(tar)) == tar.stat().st_size // BYTES_PER_RECORD["tar"]
    write_tree(tmp_path / "tree", ARTICLES)
    assert estimated_articles(discover_inputs(tmp_path / "tree")) == len(ARTICLES)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip")
    assert estimated_articles(discover_inputs(broken)) == 0  # reading it says what is wrong


# --- what --input may be -----------------------------------------------------------------


def test_an_input_of_another_form_is_one_line_saying_what_is_read(tmp_path):
    from pipeline.model import ArticleError

    single = tmp_path / "story.txt"
    single.write_text(ARTICLES[0].text, encoding="utf-8")
    with pytest.raises(ArticleError) as raised:
        built(single)
    assert str(raised.value) == (
        f"{single}: --input must be a folder, a .zip or .tar.gz archive, a .warc or .warc.gz "
        "crawl, or a .jsonl, .jsonl.gz or .csv file"
    )


def test_records_are_read_as_extraction_goes_not_all_at_once(tmp_path):
    """A stream of records is pulled as workers are free: after the first article is
    extracted, far fewer than all the records have been read."""
    from pipeline.build import extract_articles
    from pipeline.ingest import discover_inputs

    rows = [{"id": f"copy-{n}", "text": ARTICLES[n % len(ARTICLES)].text} for n in range(200)]
    inputs = discover_inputs(write_jsonl(tmp_path / "news.jsonl", rows))
    pulled = []

    def counted():
        for record in inputs.records:
            pulled.append(record.document_id)
            yield record

    seen_when_first_kept = []
    extract_articles(counted(), jobs=1, into=lambda _: seen_when_first_kept.append(len(pulled)))
    assert len(pulled) == 200
    assert seen_when_first_kept[0] <= 20


def test_an_export_builds_the_same_with_one_or_two_workers(root):
    rows = [{"id": article.stem, "text": article.text, **article.meta} for article in ARTICLES]
    export = write_jsonl(root / "workers.jsonl", rows)
    one, two = build_tables(export, jobs=1), build_tables(export, jobs=2)
    assert_same_tables_apart_from_source(one, two)
    assert json.dumps(sources(one)) == json.dumps(sources(two))
