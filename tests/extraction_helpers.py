"""Small helpers for extraction tests: run the rules on a snippet written for the test."""

from __future__ import annotations

from datetime import date

from pipeline.extract.article import extract_article
from pipeline.model import Article, Extraction


def extract(
    text: str, published: date | None = date(2024, 3, 5), publisher: str | None = None
) -> Extraction:
    article = Article(
        document_id="t",
        source="t.txt",
        sha256="0" * 64,
        text=text,
        body_start=0,
        published=published,
        publisher=publisher,
    )
    return extract_article(article)


def statements(text: str, **kwargs) -> list[tuple[str, str, str]]:
    """(speaker, kind, text) of every statement."""
    return [(s.speaker, s.kind, s.text) for s in extract(text, **kwargs).statements]
