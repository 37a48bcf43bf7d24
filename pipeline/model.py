"""Records that flow between the stages: an article after ingest, and what extraction finds in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# The days a date column of the tables can hold: pandas' datetime64[ns] spans 1677-09-21 to
# 2262-04-11, so whole years 1678-2261. Every date that reaches a table (a publication date,
# a date expression's first and last day) is checked against this one range.
EARLIEST_TABLE_DATE = date(1678, 1, 1)
LATEST_TABLE_DATE = date(2261, 12, 31)


def date_in_tables(day: date) -> bool:
    """Whether a table's date column can hold `day`."""
    return EARLIEST_TABLE_DATE <= day <= LATEST_TABLE_DATE


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned article: the text every span indexes, and its metadata."""

    document_id: str
    source: str
    sha256: str
    text: str
    body_start: int  # offset where the body begins; headline, section and byline come before
    title: str | None = None
    publisher: str | None = None
    section: str | None = None
    language: str | None = "en"
    published: date | None = None
    url: str | None = None
    agency: str | None = None  # the wire agency of a dateline ("BEIJING (Xinhua) --"), if any


@dataclass(frozen=True, slots=True)
class Person:
    person_id: str
    name: str
    title: str | None = None
    institution_id: str | None = None


@dataclass(frozen=True, slots=True)
class Institution:
    institution_id: str
    name: str
    kind: str
    parent_id: str | None = None
    abbreviation: str | None = None


@dataclass(frozen=True, slots=True)
class Law:
    law_id: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class Mention:
    entity_type: str
    entity_id: str
    text: str
    char_start: int
    char_end: int


@dataclass(frozen=True, slots=True)
class Statement:
    speaker: str
    speaker_type: str
    kind: str
    cue: str
    text: str
    char_start: int
    char_end: int
    speaker_person_id: str | None = None
    speaker_institution_id: str | None = None


@dataclass(frozen=True, slots=True)
class Statistic:
    value: float
    comparator: str
    unit: str | None
    subject: str | None
    text: str
    char_start: int
    char_end: int
    currency: str | None = None  # ISO 4217 code when the number is money
    unit_normalized: str | None = None  # the unit in one vocabulary: "college", "dollar"


@dataclass(frozen=True, slots=True)
class DateExpression:
    value: str
    granularity: str
    relative: bool
    text: str
    char_start: int
    char_end: int
    date_start: date | None = None  # the first day `value` covers
    date_end: date | None = None  # the last day `value` covers


@dataclass
class Extraction:
    """Everything found in one article, before ids tie it to the rest of the corpus."""

    article: Article
    people: list[Person] = field(default_factory=list)
    institutions: list[Institution] = field(default_factory=list)
    laws: list[Law] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    dates: list[DateExpression] = field(default_factory=list)


# The record lists of an Extraction, each named as the table its rows go to, and their type.
RECORD_TYPES: dict[str, type] = {
    "people": Person,
    "institutions": Institution,
    "laws": Law,
    "mentions": Mention,
    "statements": Statement,
    "statistics": Statistic,
    "dates": DateExpression,
}


class ArticleError(Exception):
    """An input file that cannot be turned into an article; the message names the file and the fix."""


class NoArticleText(ArticleError):
    """The input holds no article: an empty file, a page of links. An error for a file; for a
    page of a web crawl, where most such pages are menus and indexes, only counted."""
