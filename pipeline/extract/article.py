"""Everything extracted from one article: the single entry point of the extraction stage."""

from __future__ import annotations

from pipeline.extract.dates import find_dates
from pipeline.model import Article, Extraction


def extract_article(article: Article) -> Extraction:
    """Find the people, institutions, laws, statements, statistics, dates and mentions of one article."""
    extraction = Extraction(article=article)
    extraction.dates = find_dates(article.text, article.published)
    return extraction
