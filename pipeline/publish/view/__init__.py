"""The annotated HTML view written with the package: `view/index.html`, `view/overview.html`
and a page per article (`view/articles/<document_id>.html`).

Static files, no script, nothing loaded from elsewhere: they open from the file system.
A page per article costs about a millisecond and 20 KB; above `MAX_ARTICLE_PAGES`
articles only the first ones (by document id) get a page, so that a build of 100,000
articles does not write 100,000 pages into the package and its zip: the index still lists
every article with its counts, and says which have no page.
"""

from __future__ import annotations

import os
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.metadata import load_tables
from pipeline.publish.view.article import ArticleRows, render_article
from pipeline.publish.view.charts import bar_chart, column_chart
from pipeline.publish.view.page import cell, page
from pipeline.wording import plural

FOLDER = "view"
MAX_ARTICLE_PAGES = 1_000
TOP = 15  # bars in a chart of the most frequent
PER_DAY_MAX_DAYS = 92  # articles per day over a longer time are counted per month
COUNTED = ("statements", "statistics", "dates", "mentions")


def _rows_by_document(frame: pd.DataFrame, wanted: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The rows of `frame` of each wanted document, in table order: one conversion of the wanted
    rows to records, not one per article (pandas costs milliseconds a call, minutes over 1,000
    pages)."""
    by_document: dict[str, list[dict[str, Any]]] = {}
    if not len(frame):
        return by_document
    for row in frame[frame["document_id"].isin(wanted)].to_dict("records"):
        by_document.setdefault(row["document_id"], []).append(row)
    return by_document


def _by_id(frame: pd.DataFrame, key: str) -> dict[str, dict[str, Any]]:
    return {row[key]: row for row in frame.to_dict("records")}


def article_pages(
    tables: dict[str, pd.DataFrame], document_ids: list[str]
) -> dict[str, ArticleRows]:
    """The rows of each article of `document_ids`, gathered once per table."""
    wanted = set(document_ids)
    rows_of = {name: _rows_by_document(tables[name], wanted) for name in COUNTED}
    documents = {
        row["document_id"]: row
        for row in tables["documents"][tables["documents"]["document_id"].isin(wanted)].to_dict(
            "records"
        )
    }
    institutions = _by_id(tables["institutions"], "institution_id")
    institution_names = {key: row["name"] for key, row in institutions.items()}
    people = _by_id(tables["people"], "person_id")
    for person in people.values():
        person["institution"] = institution_names.get(person["institution_id"])
    for institution in institutions.values():
        institution["parent"] = institution_names.get(institution["parent_id"])
    laws = _by_id(tables["laws"], "law_id")
    result = {}
    for document_id in document_ids:
        rows = {name: rows_of[name].get(document_id, []) for name in COUNTED}
        ids = {
            kind: list(
                dict.fromkeys(m["entity_id"] for m in rows["mentions"] if m["entity_type"] == kind)
            )
            for kind in ("person", "institution", "law")
        }
        result[document_id] = ArticleRows(
            document=documents[document_id],
            statements=rows["statements"],
            mentions=rows["mentions"],
            statistics=rows["statistics"],
            dates=rows["dates"],
            people=[dict(people[i]) for i in ids["person"] if i in people],
            institutions=[dict(institutions[i]) for i in ids["institution"] if i in institutions],
            laws=[dict(laws[i]) for i in ids["law"] if i in laws],
        )
    return result


def render_index(
    tables: dict[str, pd.DataFrame], with_pages: set[str], descriptor: dict[str, Any]
) -> str:
    documents = tables["documents"]
    counts = {name: tables[name].groupby("document_id").size() for name in COUNTED}
    mentions = tables["mentions"]
    entities = {
        kind: mentions[mentions["entity_type"] == kind]
        .groupby("document_id")["entity_id"]
        .nunique()
        for kind in ("person", "institution")
    }
    rows = []
    for document in documents.itertuples():
        document_id = document.document_id
        title = document.title if isinstance(document.title, str) else document.source
        name = escape(str(title))
        if document_id in with_pages:
            name = f'<a href="articles/{escape(document_id)}.html">{name}</a>'
        numbers = [
            counts["statements"].get(document_id, 0),
            entities["person"].get(document_id, 0),
            entities["institution"].get(document_id, 0),
            counts["statistics"].get(document_id, 0),
            counts["dates"].get(document_id, 0),
        ]
        rows.append(
            f'<tr data-document="{escape(document_id)}"><td>{name}</td><td>{cell(document.publisher)}</td>'
            f"<td>{cell(document.published)}</td>"
            + "".join(f'<td class="n">{number:,}</td>' for number in numbers)
            + "</tr>"
        )
    note = ""
    if len(with_pages) < len(documents):
        note = (
            f'<p class="note">{plural(len(documents), "article")}: the first '
            f"{len(with_pages):,} (by document id) have a page of their own; every article "
            "is in the tables.</p>"
        )
    failed = descriptor["provenance"]["failed"]
    failures = ""
    if failed["count"]:
        items = "".join(f"<li>{escape(line)}</li>" for line in failed["files"])
        more = (
            f"<li>... and {failed['count'] - len(failed['files']):,} more</li>"
            if failed["count"] > len(failed["files"])
            else ""
        )
        failures = f'<h2 class="failed">{plural(failed["count"], "file")} could not be read</h2><ul class="failed" id="failed">{items}{more}</ul>'
    body = (
        f"<h1>{plural(len(documents), 'article')}</h1>{note}{failures}"
        '<table id="articles"><thead><tr><th>article</th><th>publisher</th><th>published</th>'
        "<th>statements</th><th>people</th><th>institutions</th><th>statistics</th><th>dates</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return page("Articles", body, package_title=descriptor["title"])


def _top(values: pd.Series) -> list[tuple[str, int]]:
    counter = Counter(values.tolist())
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:TOP]


def per_day(published: pd.Series) -> tuple[str, list[tuple[str, int]]]:
    dates = pd.to_datetime(published.dropna())
    if dates.empty:
        return "Articles per day", []
    first, last = dates.min(), dates.max()
    if (last - first).days > PER_DAY_MAX_DAYS:
        months = dates.dt.to_period("M")
        span = pd.period_range(months.min(), months.max(), freq="M")
        counts = months.value_counts()
        return "Articles per month", [(str(month), int(counts.get(month, 0))) for month in span]
    days = pd.date_range(first, last, freq="D")
    counts = dates.dt.normalize().value_counts()
    return "Articles per day", [(day.date().isoformat(), int(counts.get(day, 0))) for day in days]


def render_overview(tables: dict[str, pd.DataFrame], descriptor: dict[str, Any]) -> str:
    statements, statistics = tables["statements"], tables["statistics"]
    day_title, days = per_day(tables["documents"]["published"])
    undated = int(tables["documents"]["published"].isna().sum())
    counts = "".join(
        f'<tr data-table="{name}"><td>{name}</td><td class="n">{len(tables[name]):,}</td></tr>'
        for name in load_tables()  # publication order, whatever order the tables came in
    )
    provenance = descriptor["provenance"]
    charts = "".join(
        [
            bar_chart("Statements per speaker", _top(statements["speaker"]), chart_id="speakers"),
            bar_chart(
                "Statistics per unit",
                _top(statistics["unit"].fillna("(no unit)")),
                chart_id="units",
            ),
            column_chart(day_title, days, chart_id="days"),
            bar_chart("Statements by kind", _top(statements["kind"]), chart_id="kinds"),
        ]
    )
    undated_note = (
        f'<p class="note">{plural(undated, "article")} without a publication date.</p>'
        if undated
        else ""
    )
    body = (
        "<h1>Overview</h1>"
        f'<p class="note">Built {escape(descriptor["created"])} by {escape(provenance["pipeline"]["name"])} '
        f"{escape(provenance['pipeline']['version'])}; {plural(provenance['failed']['count'], 'file')} could not be read.</p>"
        f'<div class="charts"><div class="chart"><h2>Rows</h2><table id="counts"><tbody>{counts}</tbody></table></div>{charts}</div>'
        f"{undated_note}"
    )
    return page("Overview", body, package_title=descriptor["title"])


def _keep_pages(
    view: Path, document_ids: list[str], unchanged: set[str], previous: Path | None
) -> set[str]:
    """Link the pages of `unchanged` articles from the package replaced; the ones linked."""
    kept: set[str] = set()
    if previous is None or not unchanged:
        return kept
    for document_id in document_ids:
        if document_id not in unchanged:
            continue
        source = previous / FOLDER / "articles" / f"{document_id}.html"
        if source.is_symlink() or not source.is_file():
            continue
        try:
            os.link(source, view / "articles" / source.name, follow_symlinks=False)
        except OSError:
            continue
        kept.add(document_id)
    return kept


def write_view(
    folder: Path,
    tables: dict[str, pd.DataFrame],
    descriptor: dict[str, Any],
    *,
    with_text: bool,
    max_pages: int = MAX_ARTICLE_PAGES,
    previous: Path | None = None,
    unchanged: set[str] | None = None,
) -> None:
    """The view into `folder/view/`. `unchanged`: articles whose page would be the one in the
    package `previous` (their rows, the entity tables, the title and the code the same): it is
    linked from there, not rendered again."""
    view = folder / FOLDER
    (view / "articles").mkdir(parents=True)
    document_ids = sorted(tables["documents"]["document_id"].tolist())[:max_pages]
    kept = _keep_pages(view, document_ids, unchanged or set(), previous)
    rendered = [document_id for document_id in document_ids if document_id not in kept]
    for document_id, rows in article_pages(tables, rendered).items():
        html = render_article(rows, package_title=descriptor["title"], with_text=with_text)
        (view / "articles" / f"{document_id}.html").write_text(html, encoding="utf-8")
    (view / "index.html").write_text(
        render_index(tables, set(document_ids), descriptor), encoding="utf-8"
    )
    (view / "overview.html").write_text(render_overview(tables, descriptor), encoding="utf-8")
