"""The rows gathered for each article page of view/, and how a cell shows a null."""

from __future__ import annotations

import pandas as pd

from pipeline.publish.view import article_pages
from pipeline.publish.view.page import cell


def _tables() -> dict[str, pd.DataFrame]:
    documents = pd.DataFrame(
        {
            "document_id": ["a", "b", "c"],
            "published": pd.to_datetime(["2024-03-04", None, "2024-03-05"]),
        }
    )
    statements = pd.DataFrame({"document_id": ["b", "a", "b"], "text": ["b1", "a1", "b2"]})
    mentions = pd.DataFrame(
        {
            "document_id": ["a", "a", "a", "b"],
            "entity_type": ["person", "institution", "person", "law"],
            "entity_id": ["p1", "i2", "p1", "l1"],
        }
    )
    empty = pd.DataFrame({"document_id": pd.Series([], dtype="string")})
    return {
        "documents": documents,
        "statements": statements,
        "mentions": mentions,
        "statistics": empty,
        "dates": empty,
        "people": pd.DataFrame(
            {"person_id": ["p1", "p2"], "name": ["Jane Roe", "John Doe"]}
            | {"institution_id": ["i2", None]}
        ),
        "institutions": pd.DataFrame(
            {"institution_id": ["i1", "i2"], "name": ["Ministry", "Bureau"]}
            | {"parent_id": [None, "i1"]}
        ),
        "laws": pd.DataFrame({"law_id": ["l1"], "name": ["Data Act"]}),
    }


def test_each_page_gets_its_own_rows_in_table_order_and_its_entities_once():
    pages = article_pages(_tables(), ["b", "a"])
    assert list(pages) == ["b", "a"]
    assert [row["text"] for row in pages["b"].statements] == ["b1", "b2"]
    assert [row["text"] for row in pages["a"].statements] == ["a1"]
    assert pages["a"].statistics == [] and pages["b"].people == []
    assert [(p["name"], p["institution"]) for p in pages["a"].people] == [("Jane Roe", "Bureau")]
    assert [(i["name"], i["parent"]) for i in pages["a"].institutions] == [("Bureau", "Ministry")]
    assert [law["name"] for law in pages["b"].laws] == ["Data Act"]
    assert "c" not in pages


def test_pages_do_not_share_the_entity_rows_they_may_change():
    tables = _tables()
    more = pd.DataFrame({"document_id": ["b"], "entity_type": ["person"], "entity_id": ["p1"]})
    tables["mentions"] = pd.concat([tables["mentions"], more], ignore_index=True)
    pages = article_pages(tables, ["a", "b"])
    pages["a"].people[0]["name"] = "changed"
    assert pages["b"].people[0]["name"] == "Jane Roe"


def test_an_undated_article_shows_no_date_not_nat():
    pages = article_pages(_tables(), ["b"])
    assert pages["b"].document["published"] is pd.NaT
    assert cell(pages["b"].document["published"]) == ""
    assert cell(pd.Timestamp("2024-03-04 09:15")) == "2024-03-04"
    assert cell(None) == cell(pd.NA) == cell(float("nan")) == ""
