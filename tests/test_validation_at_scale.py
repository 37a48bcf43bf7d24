"""Validation that stays fast on thousands of articles, and the full Frictionless check only when small."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.build import FULL_FRICTIONLESS_MAX_ROWS, build, build_tables, full_frictionless
from pipeline.publish.validate import validate_table
from tests.build_helpers import write_articles


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> dict[str, pd.DataFrame]:
    result = build_tables(write_articles(tmp_path_factory.mktemp("scale") / "articles"), jobs=1)
    assert result.errors == []
    return result.tables


def checks_failed(name: str, frame: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> set:
    failures = validate_table(name, frame, tables).failures
    return set(zip(failures["column"], failures["check"], failures["index"], strict=True))


def test_shifted_span_is_reported_with_its_row(tables):
    mentions = tables["mentions"].copy()
    mentions.loc[2, "char_start"] += 1
    assert checks_failed("mentions", mentions, tables) == {
        ("text", "documents.text[char_start:char_end] == text", 2)
    }


def test_span_of_an_unknown_document_is_left_to_the_foreign_key_check(tables):
    mentions = tables["mentions"].copy()
    mentions.loc[0, "document_id"] = "no-such-document"
    assert checks_failed("mentions", mentions, tables) == {
        ("document_id", "foreign key to documents.document_id", 0)
    }


def test_empty_string_in_a_required_column_fails_as_it_would_in_csv(tables):
    statements = tables["statements"].copy()
    statements.loc[1, "cue"] = ""
    assert checks_failed("statements", statements, tables) == {
        ("cue", "not empty (an empty string is a null cell in CSV)", 1)
    }


def test_empty_string_in_an_optional_column_is_left_alone(tables):
    documents = tables["documents"].copy()
    documents.loc[0, "section"] = ""
    assert checks_failed("documents", documents, tables) == set()


def test_full_frictionless_check_runs_by_default_only_up_to_the_row_limit(tables):
    rows = sum(len(frame) for frame in tables.values())
    assert full_frictionless(tables, None) is (rows <= FULL_FRICTIONLESS_MAX_ROWS) is True
    many = {**tables, "mentions": pd.concat([tables["mentions"]] * FULL_FRICTIONLESS_MAX_ROWS)}
    assert full_frictionless(many, None) is False
    assert full_frictionless(many, True) is True
    assert full_frictionless(tables, False) is False


def test_build_records_whether_the_files_were_checked_row_by_row(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # `created` is the build time otherwise
    articles = write_articles(tmp_path / "articles")
    assert build(articles, tmp_path / "full", jobs=1).frictionless is True
    assert build(articles, tmp_path / "quick", jobs=1, frictionless=False).frictionless is False
    assert (tmp_path / "quick" / "datapackage.json").read_bytes() == (
        tmp_path / "full" / "datapackage.json"
    ).read_bytes()
