"""Each form `--input` may take, written in the test from the project's own articles
(`tests/gold/`): a folder tree, a zip, a tar.gz, a JSONL, a CSV and a WARC (with `warcio`),
and beside each the same articles as a flat folder, named so that the ids are the same."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.examples import (  # noqa: F401 (the writers, for the tests)
    FETCHED,
    news_page,
    write_csv,
    write_jsonl,
    write_tar_gz,
    write_warc,
    write_zip,
)
from pipeline.ingest.record import SIDECAR_SUFFIX
from pipeline.paths import REPO_ROOT

GOLD_DIR = REPO_ROOT / "tests" / "gold"
CRAWL_DATE = FETCHED[:10]  # the date of the WARC-Date of every page of the test crawl


@dataclass(frozen=True)
class Article:
    stem: str  # the gold file's name without suffix: afp_eu_summit
    suffix: str  # .txt or .md
    text: str
    meta: dict[str, str]  # its sidecar, if any

    @property
    def name(self) -> str:
        return self.stem + self.suffix


def gold_articles() -> list[Article]:
    articles = []
    for path in sorted(GOLD_DIR.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
        meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
        articles.append(Article(path.stem, path.suffix, path.read_text(encoding="utf-8"), meta))
    return articles


def write_flat(folder: Path, files: dict[str, tuple[str, dict[str, str]]]) -> Path:
    """A flat folder: `{file name: (text, sidecar)}`, a sidecar written when not empty."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (text, meta) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        if meta:
            stem = name.rsplit(".", 1)[0]
            (folder / f"{stem}{SIDECAR_SUFFIX}").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def tree_path(index: int, article: Article) -> str:
    """Three levels: `2024/05/wires/afp_eu_summit.txt`, spread over several folders."""
    return f"{2023 + index % 2}/{index % 3 + 1:02d}/desk-{index % 2}/{article.name}"


def flat_name(relative: str) -> str:
    """The flat file whose id is the id of `relative`: `2024/05/a.txt` -> `2024-05-a.txt`."""
    return relative.replace("/", "-")


def write_tree(folder: Path, articles: list[Article]) -> dict[str, Article]:
    """The articles three folders deep, each sidecar beside its article; by relative path."""
    placed = {}
    for index, article in enumerate(articles):
        relative = tree_path(index, article)
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article.text, encoding="utf-8")
        if article.meta:
            sidecar = path.with_name(article.stem + SIDECAR_SUFFIX)
            sidecar.write_text(json.dumps(article.meta), encoding="utf-8")
        placed[relative] = article
    return placed


def archive_members(articles: list[Article], prefix: str = "") -> dict[str, bytes]:
    """The tree of `write_tree` as archive members (sidecars included)."""
    members = {}
    for index, article in enumerate(articles):
        relative = tree_path(index, article)
        members[prefix + relative] = article.text.encode("utf-8")
        if article.meta:
            sidecar = relative.rsplit("/", 1)[0] + f"/{article.stem}{SIDECAR_SUFFIX}"
            members[prefix + sidecar] = json.dumps(article.meta).encode("utf-8")
    return members


def as_html(article: Article) -> str:
    """The article as a news page: its paragraphs in an <article>, and page furniture around."""
    return news_page(article.text)


def page_url(article: Article) -> str:
    return f"https://www.example-news.com/2024/06/{article.stem}.html"


def crawl_id(article: Article) -> str:
    """The document id of the page of `article` in the test crawl (from its URL)."""
    return f"example-news.com-2024-06-{article.stem}"
