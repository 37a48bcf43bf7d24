"""Everything extracted from one article: the single entry point of the extraction stage."""

from __future__ import annotations

from bisect import bisect_right

from pipeline.entities import find_entities
from pipeline.extract.article_country import article_country, url_country
from pipeline.extract.dates import find_dates
from pipeline.extract.statements import find_statements
from pipeline.extract.statistics import find_statistics
from pipeline.ingest.language import is_english
from pipeline.model import Article, DateExpression, Extraction, Mention


def extract_article(article: Article) -> Extraction:
    """Find the people, institutions, laws, statements, statistics, dates and mentions of one article.

    The entity layer (`pipeline.entities`) finds every entity and its mentions once; the
    statements, statistics and mentions read its index. An article in another language
    gives its document row only.
    """
    if not is_english(article):
        # the rules read English: on another language they would find wrong numbers and dates
        return Extraction(article=article)
    text = article.text
    entities = find_entities(article)
    index = entities.index
    people = entities.people
    # (every office a person holds, for the description of any of them: "the finance minister")
    titles = {
        p.person_id: entities.offices_held.get(p.person_id, p.title) for p in people if p.title
    }
    kinds = {i.institution_id: i.kind for i in entities.institutions if i.kind}
    employers = {p.person_id: p.institution_id for p in people if p.institution_id}
    statements = find_statements(
        text, article.body_start, index, titles, entities.turns, kinds, employers
    )
    # a law's, an institution's or a person's name holds no date: "the Relief Act of 2023",
    # "the Sunday Times", "the 1922 Committee"
    named_spans = [
        (s.start, s.end) for s in index.spans if s.entity_type in ("law", "institution", "person")
    ]
    # which dollar "$" is, when a fiscal year starts: from the text, else from the page's domain
    country = article_country(text, index) or url_country(article.url)
    dates = [
        d for d in find_dates(text, article.published, country) if not _inside_any(d, named_spans)
    ]
    statistics = find_statistics(text, article.body_start, dates, index, country)
    mentions = [Mention(s.entity_type, s.entity_id, s.text, s.start, s.end) for s in index.spans]
    return Extraction(
        article=article,
        people=people,
        institutions=entities.institutions,
        laws=entities.laws,
        mentions=mentions,
        statements=statements,
        statistics=statistics,
        dates=dates,
    )


def _inside_any(date: DateExpression, spans: list[tuple[int, int]]) -> bool:
    """Whether one of `spans` (in order, never overlapping) holds the date: only the last to
    start at or before it can."""
    i = bisect_right(spans, date.char_start, key=lambda span: span[0]) - 1
    return i >= 0 and date.char_end <= spans[i][1]
