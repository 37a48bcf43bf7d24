"""The bundled article's tables hold everything in its expected-content file, with the right values."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.build import build_tables
from pipeline.paths import BUNDLED_INPUT_DIR

EXPECTED = json.loads(
    (Path(__file__).parent / "gold" / "000_9965f455ec85e5ac.expected.json").read_text()
)


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    result = build_tables(BUNDLED_INPUT_DIR)
    assert result.errors == []
    return result.tables


def _rows(frame: pd.DataFrame) -> list[dict]:
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def test_document_metadata_is_read_from_the_page(tables):
    (doc,) = _rows(tables["documents"])
    expected = EXPECTED["document"]
    assert doc["title"] == expected["title"]
    assert doc["publisher"] == expected["publisher"]
    assert doc["published"].date().isoformat() == expected["published"]
    assert doc["section"] == expected["section"]
    assert doc["language"] == "en"


def test_document_text_drops_breadcrumb_close_button_and_repeated_lead(tables):
    text = tables["documents"]["text"].iloc[0]
    assert "Home >" not in text and "White Papers >" not in text
    assert "×" not in text
    lead = "China pledged on Monday to continue its international cooperation"
    assert text.count(lead) == 1
    # the lead that stays is the body's, after the byline
    assert text.index("Updated:") < text.index(lead)
    assert text.rstrip().endswith("no matter where they're from,\" she said.")


def test_people_have_titles_and_affiliations(tables):
    people = {p["name"]: p for p in _rows(tables["people"])}
    institutions = {i["institution_id"]: i for i in _rows(tables["institutions"])}
    assert set(people) == {p["name"] for p in EXPECTED["people"]}
    for expected in EXPECTED["people"]:
        person = people[expected["name"]]
        assert person["title"] == expected["titles"][0]
        if expected["affiliation"] is None:
            assert person["institution_id"] is None
        else:
            assert institutions[person["institution_id"]]["name"] == expected["affiliation"]


def test_institutions_have_kinds_and_parents(tables):
    institutions = _rows(tables["institutions"])
    by_id = {i["institution_id"]: i for i in institutions}
    got = {
        (i["name"], by_id[i["parent_id"]]["name"] if i["parent_id"] else None, i["kind"])
        for i in institutions
    }
    assert got == {(e["name"], e["parent"], e["kind"]) for e in EXPECTED["institutions"]}


def test_every_statement_with_its_speaker_and_kind(tables):
    got = [(s["speaker"], s["kind"], s["text"]) for s in _rows(tables["statements"])]
    assert got == [(e["speaker"], e["kind"], e["text"]) for e in EXPECTED["statements"]]


def test_pronoun_statements_resolve_to_the_person_named_before(tables):
    statements = _rows(tables["statements"])
    people = {p["person_id"]: p["name"] for p in _rows(tables["people"])}
    for statement in statements:
        if statement["speaker_type"] == "person":
            assert people[statement["speaker_person_id"]] == statement["speaker"]
    cues = [(s["speaker"], s["cue"]) for s in statements]
    assert ("Sun Weimin", "added") in cues  # "she added" after Sun Weimin's paragraph
    assert ("Qi Xiaoxia", "adding") in cues  # "she said, adding that ..."


def test_speaker_types(tables):
    types = {s["speaker"]: s["speaker_type"] for s in _rows(tables["statements"])}
    assert types == {
        "China": "country",
        "Cao Shumin": "person",
        "white paper": "document",
        "Sun Weimin": "person",
        "Qi Xiaoxia": "person",
    }


def test_statistics_with_value_comparator_unit_subject_and_statement(tables):
    statistics = _rows(tables["statistics"])
    statements = {s["statement_id"]: s for s in _rows(tables["statements"])}
    got = [(s["text"], s["value"], s["comparator"], s["unit"], s["subject"]) for s in statistics]
    assert got == [
        (e["text"], e["value"], e["comparator"], e["unit"], e["subject"])
        for e in EXPECTED["statistics"]
    ]
    for statistic in statistics:
        statement = statements[statistic["statement_id"]]
        assert (
            statement["char_start"]
            <= statistic["char_start"]
            < statistic["char_end"]
            <= statement["char_end"]
        )


def test_laws(tables):
    assert sorted(tables["laws"]["name"]) == sorted(EXPECTED["laws"])
    kinds = dict(zip(tables["laws"]["name"], tables["laws"]["kind"], strict=True))
    assert kinds["Cybersecurity Review Measures"] == "measures"
    assert kinds["Data Security Law"] == "law"


def test_dates_resolved_to_iso(tables):
    got = {(d["text"], d["value"]) for d in _rows(tables["dates"])}
    assert got == {(e["text"], e["value"]) for e in EXPECTED["dates"]}
    monday = tables["dates"].set_index("text").loc["Monday"]
    assert bool(monday["relative"]) is True and monday["granularity"] == "day"


def test_every_entity_has_mentions(tables):
    mentions = tables["mentions"]
    for table, key, kind in (
        ("people", "person_id", "person"),
        ("institutions", "institution_id", "institution"),
        ("laws", "law_id", "law"),
    ):
        ids = set(mentions.loc[mentions["entity_type"] == kind, "entity_id"])
        assert set(tables[table][key]) <= ids, f"{table} without a mention"
    countries = mentions.loc[mentions["entity_type"] == "country"]
    assert set(countries["entity_id"]) == {"CHN"}
    assert (countries["text"] == "China").all()


def test_every_span_indexes_the_document_text(tables):
    text = tables["documents"]["text"].iloc[0]
    for name in ("mentions", "statements", "statistics", "dates"):
        for row in _rows(tables[name]):
            assert text[row["char_start"] : row["char_end"]] == row["text"], (name, row)
