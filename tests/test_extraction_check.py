"""One article's rows are checked against the schemas where it is extracted: a bad row costs
that article one error line, never the validation of the whole corpus."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pipeline.extract.article as article_module
from pipeline.build import build_tables
from pipeline.extraction_check import extraction_problems
from pipeline.model import DateExpression, Person, Statement, Statistic
from tests.build_helpers import ARTICLES, write_articles
from tests.extraction_helpers import extract

TEXT = '"We will build it," said Marta Ilves, chair of the port board. It costs 40 million dollars.'


def clean():
    extraction = extract(TEXT)
    assert extraction.statements and extraction.statistics and extraction.people
    return extraction


def test_a_clean_extraction_has_no_problem():
    assert extraction_problems(clean()) == []


def test_a_number_that_is_not_finite_is_a_problem():
    extraction = clean()
    extraction.statistics[0] = replace(extraction.statistics[0], value=float("inf"))
    assert extraction_problems(extraction) == ["statistics.value: not a finite number (inf)"]


def test_a_span_that_is_not_its_text_is_a_problem():
    extraction = clean()
    statement = extraction.statements[0]
    extraction.statements[0] = replace(statement, char_start=statement.char_start + 1)
    (problem,) = extraction_problems(extraction)
    assert problem.startswith(f"statements: span {statement.char_start + 1}-")


def test_a_span_past_the_end_of_the_text_is_a_problem():
    extraction = clean()
    end = len(extraction.article.text)
    extraction.statistics.append(Statistic(1.0, "=", None, None, "abc", end, end + 3))
    assert extraction_problems(extraction) == [
        f"statistics: span {end}-{end + 3} is outside the text ({end} characters)"
    ]


def test_a_date_no_table_can_hold_is_a_problem():
    extraction = clean()
    extraction.article = replace(extraction.article, published=date(2300, 1, 1))
    start = TEXT.index("40")
    extraction.dates.append(
        DateExpression(
            "2262", "year", True, "40", start, start + 2, date(2262, 1, 1), date(2262, 12, 31)
        )
    )
    assert extraction_problems(extraction) == [
        "documents.published: 2300-01-01 is outside 1678-01-01..2261-12-31, the dates a table "
        "can hold",
        "dates.date_start: 2262-01-01 is outside 1678-01-01..2261-12-31, the dates a table can "
        "hold",
        "dates.date_end: 2262-12-31 is outside 1678-01-01..2261-12-31, the dates a table can hold",
    ]


def test_a_value_outside_its_enum_is_a_problem():
    extraction = clean()
    extraction.statements[0] = replace(extraction.statements[0], speaker_type="alien")
    (problem,) = extraction_problems(extraction)
    assert problem.startswith("statements.speaker_type: 'alien' is not one of person, ")


def test_an_id_the_articles_own_entities_do_not_have_is_a_problem():
    extraction = clean()
    extraction.statements[0] = replace(extraction.statements[0], speaker_person_id="nobody")
    extraction.people.append(Person("p-x", "X", institution_id="no-such-institution"))
    assert extraction_problems(extraction) == [
        "people.institution_id: 'no-such-institution' is not one of its institutions",
        "statements.speaker_person_id: 'nobody' is not one of its people",
    ]


def test_an_article_with_a_bad_row_is_one_error_line_and_the_rest_are_published(
    tmp_path, monkeypatch
):
    articles = write_articles(tmp_path / "articles")
    real = article_module.extract_article

    def with_a_bad_row(article):
        extraction = real(article)
        if article.document_id == "farm":
            extraction.statements.append(
                Statement("X", "person", "direct", "said", "nowhere", 0, 7)
            )
        return extraction

    monkeypatch.setattr(article_module, "extract_article", with_a_bad_row)
    result = build_tables(articles, jobs=1)
    assert result.errors == [
        f"{articles / 'farm.txt'}: extraction made a row the tables reject (statements: span "
        "0-7 is 'Busines', not 'nowhere'); skipped, please report it"
    ]
    assert sorted(result.tables["documents"]["source"]) == sorted(set(ARTICLES) - {"farm.txt"})


def test_an_article_dated_on_the_last_day_the_tables_hold_is_published_with_the_rest(tmp_path):
    # Its "next year" is a year no table can hold: that date is dropped, not the build.
    articles = write_articles(tmp_path / "articles")
    (articles / "next.txt").write_text(
        "Hiring plan\nCity DailyUpdated: December 31, 2261\n\nNext year the agency will hire "
        "200 inspectors, the minister said.\n",
        encoding="utf-8",
    )
    result = build_tables(articles, jobs=1)
    assert result.errors == []
    documents = result.tables["documents"].set_index("source")
    assert sorted(documents.index) == sorted([*ARTICLES, "next.txt"])
    assert str(documents.loc["next.txt", "published"].date()) == "2261-12-31"
    dates = result.tables["dates"]
    assert dates["date_end"].max().year <= 2261
