"""Everything extracted from one article: the single entry point of the extraction stage."""

from __future__ import annotations

from bisect import bisect_right

from pipeline.extract.article_country import article_country, url_country
from pipeline.extract.countries import find_countries
from pipeline.extract.dates import find_dates
from pipeline.extract.documents import find_documents
from pipeline.extract.institutions import find_institutions
from pipeline.extract.laws import find_laws
from pipeline.extract.people import find_people
from pipeline.extract.spans import EntityIndex, EntitySpan
from pipeline.extract.statements import find_statements
from pipeline.extract.statistics import find_statistics
from pipeline.model import Article, DateExpression, Extraction, Mention


def extract_article(article: Article) -> Extraction:
    """Find the people, institutions, laws, statements, statistics, dates and mentions of one article.

    Entities go into one index in a fixed order (laws, titled documents, institutions,
    countries, people) where an earlier rule's span wins: "Data Security Law" is never an
    organization, "China" inside "Bank of China" is not a country mention. An article in
    another language gives its document row only.
    """
    if not is_english(article):
        # the rules read English: on another language they would find wrong numbers and dates
        return Extraction(article=article)
    text = article.text
    index = EntityIndex()
    laws = []
    for start, end, law in find_laws(text):
        if index.add(EntitySpan(start, end, "law", law.law_id, law.name, text[start:end])):
            laws.append(law)
    find_documents(text, index)
    outlets = [name for name in (article.publisher, article.agency) if name]
    institutions = find_institutions(text, index, outlets)
    find_countries(text, index)
    people = find_people(text, index)
    titles = {p.person_id: p.title for p in people if p.title}
    statements = find_statements(text, article.body_start, index, titles)
    law_spans = [(s.start, s.end) for s in index.spans if s.entity_type == "law"]
    # which dollar "$" is, when a fiscal year starts: from the text, else from the page's domain
    country = article_country(text, index) or url_country(article.url)
    dates = [  # "the Relief Act of 2023": a year in a law's name is part of the name
        d for d in find_dates(text, article.published, country) if not _inside_any(d, law_spans)
    ]
    statistics = find_statistics(text, article.body_start, dates, index, country)
    mentions = [Mention(s.entity_type, s.entity_id, s.text, s.start, s.end) for s in index.spans]
    return Extraction(
        article=article,
        people=people,
        institutions=institutions,
        laws=sorted({law.law_id: law for law in laws}.values(), key=lambda law: law.law_id),
        mentions=mentions,
        statements=statements,
        statistics=statistics,
        dates=dates,
    )


def is_english(article: Article) -> bool:
    """Whether the extraction rules can read the article (its language is English or unknown)."""
    return article.language in (None, "en")


def not_english_note(article: Article) -> str:
    """The line that reports an article the rules did not read."""
    return (
        f"{article.source}: language {article.language!r}, not English: published with its "
        "document row only (no people, statements, statistics or dates extracted)"
    )


def _inside_any(date: DateExpression, spans: list[tuple[int, int]]) -> bool:
    """Whether one of `spans` (in order, never overlapping) holds the date: only the last to
    start at or before it can."""
    i = bisect_right(spans, date.char_start, key=lambda span: span[0]) - 1
    return i >= 0 and date.char_end <= spans[i][1]
