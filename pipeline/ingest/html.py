"""HTML pages: the main text is found by trafilatura, a maintained extractor made for news pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pipeline.ingest.clean import clean_text_page
from pipeline.model import Article, NoArticleText


def clean_html_page(html: str, *, document_id: str, source: str, sha256: str) -> Article:
    # Imported on the first page, not with the module: trafilatura and lxml take a quarter of a
    # second to import, which every build of plain-text articles (and every rebuild) would pay.
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body:
        raise NoArticleText("no article text found in the HTML page")  # the caller names it
    article = clean_text_page(body, document_id=document_id, source=source, sha256=sha256)
    published = None
    if getattr(extracted, "date", None):
        try:
            published = date.fromisoformat(extracted.date[:10])
        except ValueError:
            published = None
    # trafilatura gives the body only; the page's own metadata fills what the body lacks.
    return replace(
        article,
        body_start=0,
        title=extracted.title or article.title,
        publisher=extracted.sitename or article.publisher,
        published=published or article.published,
        url=extracted.url or None,
        section=(
            extracted.categories[0] if getattr(extracted, "categories", None) else article.section
        ),
    )
