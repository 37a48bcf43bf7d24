"""Turn per-article extractions into the corpus tables, typed and sorted as published."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from pipeline.ids import span_id
from pipeline.metadata import load_tables
from pipeline.metadata.pandera_schema import PANDAS_DTYPES
from pipeline.model import Extraction


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns, types and primary-key order."""
    table = load_tables()[name]
    frame = pd.DataFrame(rows, columns=table.field_names)
    for field in table.fields:
        dtype = PANDAS_DTYPES[field.type]
        if field.type == "date":
            frame[field.name] = pd.to_datetime(frame[field.name])
        else:
            frame[field.name] = frame[field.name].astype(dtype)
    return frame.sort_values(list(table.primary_key), kind="stable").reset_index(drop=True)


def _merge_entities(rows: Iterable[dict], key: str) -> list[dict]:
    """One row per id; a later article fills what earlier ones left empty, never overwrites."""
    merged: dict[str, dict] = {}
    for row in rows:
        current = merged.setdefault(row[key], dict(row))
        for column, value in row.items():
            if current.get(column) is None and value is not None:
                current[column] = value
    return list(merged.values())


def assemble_tables(extractions: Iterable[Extraction]) -> dict[str, pd.DataFrame]:
    """Every table of the package from the extractions of all articles (sorted by document id)."""
    rows: dict[str, list[dict]] = {name: [] for name in load_tables()}
    for extraction in sorted(extractions, key=lambda e: e.article.document_id):
        article = extraction.article
        doc = article.document_id
        rows["documents"].append(
            {
                "document_id": doc,
                "source": article.source,
                "url": article.url,
                "title": article.title,
                "publisher": article.publisher,
                "section": article.section,
                "language": article.language,
                "published": article.published,
                "text": article.text,
                "sha256": article.sha256,
            }
        )
        rows["people"].extend(vars(p) for p in extraction.people)
        rows["institutions"].extend(vars(i) for i in extraction.institutions)
        rows["laws"].extend(vars(law) for law in extraction.laws)
        statement_ids = []
        for s in extraction.statements:
            statement_id = span_id(doc, "st", s.char_start)
            statement_ids.append((s.char_start, s.char_end, statement_id))
            rows["statements"].append({"statement_id": statement_id, "document_id": doc, **vars(s)})
        for bound, st in enumerate(extraction.statistics):
            same_span = [x for x in extraction.statistics[:bound] if x.char_start == st.char_start]
            containing = [i for a, b, i in statement_ids if a <= st.char_start and st.char_end <= b]
            rows["statistics"].append(
                {
                    "statistic_id": span_id(doc, "stat", st.char_start, f"-{len(same_span) + 1}"),
                    "document_id": doc,
                    "statement_id": containing[0] if containing else None,
                    **vars(st),
                }
            )
        for d in extraction.dates:
            rows["dates"].append(
                {"date_id": span_id(doc, "date", d.char_start), "document_id": doc, **vars(d)}
            )
        for m in extraction.mentions:
            rows["mentions"].append(
                {"mention_id": span_id(doc, "m", m.char_start), "document_id": doc, **vars(m)}
            )
    rows["people"] = _merge_entities(rows["people"], "person_id")
    rows["institutions"] = _merge_entities(rows["institutions"], "institution_id")
    rows["laws"] = _merge_entities(rows["laws"], "law_id")
    return {name: _frame(name, table_rows) for name, table_rows in rows.items()}
