"""Tables built column by column, one extraction at a time, equal the row-by-row assembly."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import asdict, replace
from pathlib import Path

import pandas as pd
import pytest

from pipeline.build import extract_articles
from pipeline.ids import span_id
from pipeline.metadata import load_tables
from pipeline.metadata.pandera_schema import PANDAS_DTYPES
from pipeline.model import Extraction, Person
from pipeline.parallel import process_file
from pipeline.paths import BUNDLED_INPUT_DIR, REPO_ROOT
from pipeline.tables import TableAssembler, assemble_tables
from tests.build_helpers import ARTICLES, MARKET, write_articles


def row_by_row_tables(extractions: Iterable[Extraction]) -> dict[str, pd.DataFrame]:
    """How the tables were assembled before streaming: every extraction, a dict per row, then frames."""
    rows: dict[str, list[dict]] = {name: [] for name in load_tables()}
    for extraction in sorted(extractions, key=lambda e: e.article.document_id):
        article = extraction.article
        doc = article.document_id
        rows["documents"].append(
            {column: getattr(article, column) for column in load_tables()["documents"].field_names}
        )
        rows["people"].extend(asdict(p) for p in extraction.people)
        rows["institutions"].extend(asdict(i) for i in extraction.institutions)
        rows["laws"].extend(asdict(law) for law in extraction.laws)
        statement_ids = []
        for s in extraction.statements:
            statement_id = span_id(doc, "st", s.char_start)
            statement_ids.append((s.char_start, s.char_end, statement_id))
            rows["statements"].append(
                {"statement_id": statement_id, "document_id": doc, **asdict(s)}
            )
        for bound, st in enumerate(extraction.statistics):
            same = [x for x in extraction.statistics[:bound] if x.char_start == st.char_start]
            containing = [i for a, b, i in statement_ids if a <= st.char_start and st.char_end <= b]
            rows["statistics"].append(
                {
                    "statistic_id": span_id(doc, "stat", st.char_start, f"-{len(same) + 1}"),
                    "document_id": doc,
                    "statement_id": containing[0] if containing else None,
                    **asdict(st),
                }
            )
        for d in extraction.dates:
            rows["dates"].append(
                {"date_id": span_id(doc, "date", d.char_start), "document_id": doc, **asdict(d)}
            )
        for m in extraction.mentions:
            rows["mentions"].append(
                {"mention_id": span_id(doc, "m", m.char_start), "document_id": doc, **asdict(m)}
            )
    for name, key in (
        ("people", "person_id"),
        ("institutions", "institution_id"),
        ("laws", "law_id"),
    ):
        merged: dict[str, dict] = {}
        for row in rows[name]:
            current = merged.setdefault(row[key], dict(row))
            for column, value in row.items():
                if current.get(column) is None and value is not None:
                    current[column] = value
        rows[name] = list(merged.values())
    tables = {}
    for name, table in load_tables().items():
        frame = pd.DataFrame(rows[name], columns=table.field_names)
        for field in table.fields:
            if field.type == "date":
                frame[field.name] = pd.to_datetime(frame[field.name])
            else:
                frame[field.name] = frame[field.name].astype(PANDAS_DTYPES[field.type])
        tables[name] = frame.sort_values(list(table.primary_key), kind="stable").reset_index(
            drop=True
        )
    return tables


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    paths = sorted((REPO_ROOT / "tests" / "gold").glob("*.txt")) + sorted(
        BUNDLED_INPUT_DIR.glob("*.txt")
    )
    return [process_file(path) for path in paths]


def assert_tables_equal(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    assert list(left) == list(right)
    for name in left:
        pd.testing.assert_frame_equal(left[name], right[name], check_exact=True, obj=name)


def test_streamed_tables_equal_the_row_by_row_assembly_in_any_order(extractions):
    expected = row_by_row_tables(extractions)
    assert len(expected["documents"]) == len(extractions) >= 5
    assert len(expected["statistics"]) > 0 and expected["people"]["title"].notna().any()
    shuffled = extractions[:]
    random.Random(4).shuffle(shuffled)
    for order in (extractions, extractions[::-1], shuffled):
        assert_tables_equal(assemble_tables(order), expected)


def test_entity_columns_come_from_the_earliest_document_that_gives_them(extractions):
    base = extractions[0]

    def naming(document_id: str, person: Person) -> Extraction:
        article = replace(base.article, document_id=document_id)
        return Extraction(article=article, people=[person])

    untitled = naming("a", Person("jane-doe", "Jane Doe"))
    director = naming("b", Person("jane-doe", "Jane Doe", title="director"))
    minister = naming("c", Person("jane-doe", "Jane Doe", title="minister", institution_id="x"))
    assembler = TableAssembler()
    for extraction in (director, untitled, minister):  # arrival order does not matter
        assembler.add(extraction)
    people = assembler.tables()["people"]
    assert people.to_dict("records") == [
        {"person_id": "jane-doe", "name": "Jane Doe", "title": "director", "institution_id": "x"}
    ]
    assert_tables_equal(
        assemble_tables([minister, untitled, director]),
        row_by_row_tables([minister, untitled, director]),
    )


def test_a_document_given_twice_keeps_both_rows_in_input_order_for_validation_to_reject(
    extractions,
):
    again = replace(extractions[1], article=replace(extractions[1].article, source="again.txt"))
    twice = [again, extractions[0], extractions[1]]
    assert_tables_equal(assemble_tables(twice), row_by_row_tables(twice))


@pytest.mark.parametrize("jobs", [1, 2])
def test_extractions_handed_on_are_not_kept_and_make_the_same_tables(tmp_path: Path, jobs):
    # harbor.md is empty: harbor.txt, the next file with its document id, is the one kept.
    folder = write_articles(
        tmp_path / "articles", {**ARTICLES, "harbor.md": "\n\n", "market.txt": MARKET}
    )
    paths = sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md"})
    kept = extract_articles(paths, jobs=jobs)
    handed: list[Extraction] = []
    streamed = extract_articles(paths, jobs=jobs, into=handed.append)
    assert streamed.extractions == []
    assert (
        streamed.errors
        == kept.errors
        == [f"{folder / 'harbor.md'}: file is empty; remove it or add the article text"]
    )
    assert sorted(e.article.source for e in handed) == [e.article.source for e in kept.extractions]
    assert "harbor.txt" in [e.article.source for e in handed]
    assert_tables_equal(assemble_tables(handed), row_by_row_tables(kept.extractions))


def test_namesakes_of_different_organisations_are_two_people():
    from pipeline.extract.article import extract_article
    from pipeline.model import Article
    from pipeline.tables import TableAssembler

    texts = {
        "a": "John Smith, chief executive of Acme Corp., said sales rose 5 percent this year.",
        "b": "Weather Service spokesman John Smith said rain would fall all week.",
        "c": "John Smith said the plan would work well for everyone involved.",
    }
    assembler = TableAssembler()
    for doc, text in texts.items():
        article = Article(document_id=doc, source=f"{doc}.txt", sha256="", text=text, body_start=0)
        assembler.add(extract_article(article))
    tables = assembler.tables()
    people = tables["people"].set_index("person_id")
    assert sorted(people.index) == [
        "john-smith",
        "john-smith--acme-corp",
        "john-smith--weather-service",
    ]
    assert people.loc["john-smith--acme-corp", "title"] == "chief executive"
    speakers = dict(
        zip(
            tables["statements"]["document_id"],
            tables["statements"]["speaker_person_id"],
            strict=True,
        )
    )
    assert speakers == {
        "a": "john-smith--acme-corp",
        "b": "john-smith--weather-service",
        "c": "john-smith",
    }
    mentions = tables["mentions"]
    assert set(mentions[mentions["entity_type"] == "person"]["entity_id"]) == set(people.index)


def test_one_name_with_one_organisation_stays_one_person():
    from pipeline.extract.article import extract_article
    from pipeline.model import Article
    from pipeline.tables import TableAssembler

    texts = {
        "a": "John Smith, chief executive of Acme Corp., said sales rose 5 percent this year.",
        "b": "John Smith said the plan would work well for everyone involved.",
    }
    assembler = TableAssembler()
    for doc, text in texts.items():
        article = Article(document_id=doc, source=f"{doc}.txt", sha256="", text=text, body_start=0)
        assembler.add(extract_article(article))
    people = assembler.tables()["people"]
    assert list(people["person_id"]) == ["john-smith"]
