"""One article's page: its text with what was found marked, and the rows beside it."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from pipeline.publish.view.marks import Span, pieces
from pipeline.publish.view.page import cell, legend, page


@dataclass
class ArticleRows:
    """The rows of one article, each table as a list of dicts (columns by name)."""

    document: dict[str, Any]
    statements: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    statistics: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    people: list[dict[str, Any]]
    institutions: list[dict[str, Any]]
    laws: list[dict[str, Any]]


def spans_of(rows: ArticleRows) -> list[Span]:
    speakers = {
        row[key]
        for row in rows.statements
        for key in ("speaker_person_id", "speaker_institution_id")
        if isinstance(row[key], str)
    }
    spans = []
    for row in rows.statements:
        spans.append(Span(row["char_start"], row["char_end"], "statement", row["statement_id"]))
        spans.append(Span(row["char_start"], row["char_end"], row["kind"], row["statement_id"]))
    for row in rows.mentions:
        spans.append(
            Span(row["char_start"], row["char_end"], row["entity_type"], row["mention_id"])
        )
        if row["entity_id"] in speakers:
            spans.append(Span(row["char_start"], row["char_end"], "speaker", row["mention_id"]))
    for row in rows.statistics:
        spans.append(Span(row["char_start"], row["char_end"], "statistic", row["statistic_id"]))
    for row in rows.dates:
        spans.append(Span(row["char_start"], row["char_end"], "date", row["date_id"]))
    return spans


def marked_text(text: str, spans: list[Span]) -> str:
    """The text as HTML, each piece inside spans an element naming their kinds and rows."""
    out = []
    for piece in pieces(len(text), spans):
        words = escape(text[piece.start : piece.end])
        anchors = "".join(f'<a id="{escape(ref)}"></a>' for ref in piece.opens)
        if not piece.kinds:
            out.append(anchors + words)
            continue
        kinds = " ".join(f"k-{kind}" for kind in piece.kinds)
        refs = escape(" ".join(piece.refs))
        out.append(f'{anchors}<span class="m {kinds}" data-refs="{refs}">{words}</span>')
    return "".join(out)


def rows_table(
    title: str, kind: str, rows: list[dict[str, Any]], id_column: str, columns: list[str]
) -> str:
    if not rows:
        return ""
    header = "".join(f"<th>{escape(column)}</th>" for column in columns)
    body = []
    for row in rows:
        ref = escape(str(row[id_column]))
        cells = "".join(f"<td>{cell(row.get(column))}</td>" for column in columns)
        link = f'<a href="#{ref}">↗</a>' if "char_start" in row else ""
        body.append(f'<tr id="row-{ref}" data-ref="{ref}"><td>{link}</td>{cells}</tr>')
    return (
        f'<h2>{escape(title)} ({len(rows):,})</h2><table class="rows-{kind}">'
        f"<thead><tr><th></th>{header}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def source_link(url: object) -> str:
    """The article's address after its facts: a link only to a web page (a sidecar's
    "javascript:..." or "file:..." stays text), nothing without one."""
    if not isinstance(url, str):
        return ""
    if url.lower().startswith(("http://", "https://")):
        return f' <a href="{escape(url)}">{escape(url)}</a>'
    return f" {escape(url)}"


def render_article(rows: ArticleRows, *, package_title: str, with_text: bool) -> str:
    document = rows.document
    title = document.get("title") if isinstance(document.get("title"), str) else document["source"]
    facts = ", ".join(
        cell(document.get(key))
        for key in ("publisher", "published", "section")
        if cell(document.get(key))
    )
    url = document.get("url")
    link = source_link(url)
    if with_text and isinstance(document.get("text"), str):
        text = f'<div class="text" id="text">{marked_text(document["text"], spans_of(rows))}</div>'
    else:
        text = (
            '<div class="text" id="text"><p class="note">This package is published without the '
            "article texts; the rows beside give each span's offsets.</p></div>"
        )
    tables = "".join(
        [
            rows_table(
                "Statements",
                "statements",
                rows.statements,
                "statement_id",
                ["speaker", "kind", "cue", "text"],
            ),
            rows_table(
                "People", "people", rows.people, "person_id", ["name", "title", "institution"]
            ),
            rows_table(
                "Institutions",
                "institutions",
                rows.institutions,
                "institution_id",
                ["name", "kind", "parent"],
            ),
            rows_table("Laws", "laws", rows.laws, "law_id", ["name", "kind"]),
            rows_table(
                "Statistics",
                "statistics",
                rows.statistics,
                "statistic_id",
                ["value", "comparator", "unit", "subject", "text"],
            ),
            rows_table(
                "Dates",
                "dates",
                rows.dates,
                "date_id",
                ["value", "granularity", "relative", "text"],
            ),
            rows_table(
                "Countries and documents",
                "mentions",
                [m for m in rows.mentions if m["entity_type"] in ("country", "document")],
                "mention_id",
                ["entity_type", "entity_id", "text"],
            ),
        ]
    )
    body = (
        f'<h1 id="title">{escape(str(title))}</h1>'
        f'<p class="note">{facts}{link} · <code>{escape(document["document_id"])}</code> from '
        f"<code>{escape(document['source'])}</code></p>{legend()}"
        f'<div class="article">{text}<div class="rows">{tables or "<p>Nothing found.</p>"}</div></div>'
    )
    return page(str(title), body, package_title=package_title, root="../")
