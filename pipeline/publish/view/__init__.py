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
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pyarrow as pa

from pipeline.cache import dump_record, load_record
from pipeline.metadata import load_tables
from pipeline.publish.descriptor import MAX_LISTED_SOURCES
from pipeline.publish.parts import DOCUMENT_TABLES
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


class IndexRow(NamedTuple):
    """One article's line of the index: what it is, and how many rows it gave (a named tuple,
    not a frozen dataclass: a package of 100,000 articles makes 100,000 of them each build)."""

    document_id: str
    title: str
    publisher: object
    published: object
    numbers: tuple[int, ...]  # statements, people, institutions, statistics, dates


def index_rows(tables: dict[str, pd.DataFrame]) -> list[IndexRow]:
    """The index lines of the articles of `tables` (all of them, or those of one part)."""
    counts = {name: tables[name].groupby("document_id").size() for name in COUNTED}
    mentions = tables["mentions"]
    entities = {
        kind: mentions[mentions["entity_type"] == kind]
        .groupby("document_id")["entity_id"]
        .nunique()
        for kind in ("person", "institution")
    }
    rows = []
    for document in tables["documents"].itertuples():
        document_id = document.document_id
        rows.append(
            IndexRow(
                document_id,
                document.title if isinstance(document.title, str) else document.source,
                document.publisher,
                document.published,
                (
                    int(counts["statements"].get(document_id, 0)),
                    int(entities["person"].get(document_id, 0)),
                    int(entities["institution"].get(document_id, 0)),
                    int(counts["statistics"].get(document_id, 0)),
                    int(counts["dates"].get(document_id, 0)),
                ),
            )
        )
    return rows


def render_index(rows: list[IndexRow], with_pages: set[str], descriptor: dict[str, Any]) -> str:
    """The index page; `rows` in document id order."""
    lines = []
    for row in rows:
        name = escape(str(row.title))
        if row.document_id in with_pages:
            name = f'<a href="articles/{escape(row.document_id)}.html">{name}</a>'
        statements, people, institutions, statistics, dates = row.numbers
        lines.append(
            f'<tr data-document="{escape(row.document_id)}"><td>{name}</td><td>{cell(row.publisher)}</td>'
            f'<td>{cell(row.published)}</td><td class="n">{statements:,}</td>'
            f'<td class="n">{people:,}</td><td class="n">{institutions:,}</td>'
            f'<td class="n">{statistics:,}</td><td class="n">{dates:,}</td></tr>'
        )
    note = ""
    if len(with_pages) < len(rows):
        note = (
            f'<p class="note">{plural(len(rows), "article")}: the first '
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
        f"<h1>{plural(len(rows), 'article')}</h1>{note}{failures}"
        '<table id="articles"><thead><tr><th>article</th><th>publisher</th><th>published</th>'
        "<th>statements</th><th>people</th><th>institutions</th><th>statistics</th><th>dates</th>"
        f"</tr></thead><tbody>{''.join(lines)}</tbody></table>"
    )
    return page("Articles", body, package_title=descriptor["title"])


def _top(counter: Counter) -> list[tuple[str, int]]:
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


@dataclass
class Overview:
    """What the overview page counts, gathered from the tables part by part."""

    rows: Counter = field(default_factory=Counter)  # rows of each table
    speakers: Counter = field(default_factory=Counter)
    units: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    published: list = field(default_factory=list)  # each article's publication date, or NaT

    def add(self, tables: dict[str, pd.DataFrame]) -> None:
        """The rows of `tables`: the tables of documents of some articles (and the corpus-wide
        tables, counted once: `count_entities`)."""
        for name in DOCUMENT_TABLES:
            self.rows[name] += len(tables[name])
        self.speakers.update(tables["statements"]["speaker"].tolist())
        self.units.update(tables["statistics"]["unit"].fillna("(no unit)").tolist())
        self.kinds.update(tables["statements"]["kind"].tolist())
        self.published += tables["documents"]["published"].tolist()

    def merge(self, other: Overview) -> None:
        self.rows.update(other.rows)
        self.speakers.update(other.speakers)
        self.units.update(other.units)
        self.kinds.update(other.kinds)
        self.published += other.published

    def count_entities(self, tables: dict[str, pd.DataFrame]) -> None:
        for name in tables:
            if name not in DOCUMENT_TABLES:
                self.rows[name] = len(tables[name])


def render_overview(overview: Overview, descriptor: dict[str, Any]) -> str:
    published = pd.Series(overview.published, dtype="datetime64[ns]")
    day_title, days = per_day(published)
    undated = int(published.isna().sum())
    counts = "".join(
        f'<tr data-table="{name}"><td>{name}</td><td class="n">{overview.rows[name]:,}</td></tr>'
        for name in load_tables()  # publication order, whatever order the tables came in
    )
    provenance = descriptor["provenance"]
    charts = "".join(
        [
            bar_chart("Statements per speaker", _top(overview.speakers), chart_id="speakers"),
            bar_chart("Statistics per unit", _top(overview.units), chart_id="units"),
            column_chart(day_title, days, chart_id="days"),
            bar_chart("Statements by kind", _top(overview.kinds), chart_id="kinds"),
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


ENTITY_KINDS = ("person", "institution", "law")
LISTED = ("document_id", "publisher", "title", "url", "source", "sha256")  # of `sources`


def shown_entity(kind: str, entity_id: str) -> str:
    """How a page's entity is named in `PartSummary.shown` and `changed_entities`."""
    return f"{kind}:{entity_id}"


class ShownEntities:
    """The entities each article's page shows (`shown_entity`, sorted), kept as one string in a
    cached summary: a part of a large package has hundreds of articles but only the few with a
    page are ever asked for, so only their lines are split (decoding them all took seconds
    at 100,000 articles)."""

    _ARTICLE, _ENTITY = "\x1e", "\x1f"  # ASCII record and unit separators: in no id

    def __init__(self, text: str = ""):
        self.text = text
        self._lines: dict[str, str] | None = None

    @classmethod
    def of(cls, shown: dict[str, list[str]]) -> ShownEntities:
        return cls(
            cls._ARTICLE.join(
                cls._ENTITY.join([document_id, *entities])
                for document_id, entities in sorted(shown.items())
            )
        )

    def get(self, document_id: str) -> list[str]:
        if self._lines is None:
            self._lines = {
                line.partition(self._ENTITY)[0]: line
                for line in self.text.split(self._ARTICLE)
                if line
            }
        line = self._lines.get(document_id)
        return line.split(self._ENTITY)[1:] if line is not None else []


@dataclass
class PartSummary:
    """What the view needs of some articles besides their pages: their index lines, what the
    overview counts, and the entities each article's page shows (to know whether the page of
    the package replaced is still right). Cached per part of a package in parts."""

    rows: list[IndexRow]
    overview: Overview
    shown: ShownEntities  # document id -> `shown_entity` of each entity on its page
    files: dict[str, str] = field(default_factory=dict)  # path -> digest of its rows (`publish`)
    # The articles' sources as the descriptor lists them, when they are few enough to be listed
    listed: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def of(cls, tables: dict[str, pd.DataFrame]) -> PartSummary:
        overview = Overview()
        overview.add(tables)
        mentions = tables["mentions"]
        shown: dict[str, list[str]] = {}
        for document_id, kind, entity_id in zip(
            mentions["document_id"].tolist(),
            mentions["entity_type"].tolist(),
            mentions["entity_id"].tolist(),
            strict=True,
        ):
            if kind in ENTITY_KINDS:
                shown.setdefault(document_id, []).append(shown_entity(kind, entity_id))
        documents = tables["documents"]
        listed = []
        if len(documents) <= MAX_LISTED_SOURCES:
            listed = [
                {
                    key: None if value is None or pd.isna(value) else value
                    for key, value in row.items()
                }
                for row in documents[list(LISTED)].astype(object).to_dict("records")
            ]
        return cls(
            index_rows(tables),
            overview,
            ShownEntities.of({document_id: sorted(set(ids)) for document_id, ids in shown.items()}),
            listed=listed,
        )

    def encode(self) -> bytes:
        def day(value: object) -> str | None:
            return None if value is None or pd.isna(value) else pd.Timestamp(value).isoformat()

        return dump_record(
            {
                "rows": [
                    [
                        row.document_id,
                        str(row.title),
                        None if row.publisher is None or pd.isna(row.publisher) else row.publisher,
                        day(row.published),
                        list(row.numbers),
                    ]
                    for row in self.rows
                ],
                "counts": dict(self.overview.rows),
                "speakers": dict(self.overview.speakers),
                "units": dict(self.overview.units),
                "kinds": dict(self.overview.kinds),
                "published": [day(value) for value in self.overview.published],
                "shown": self.shown.text,
                "files": self.files,
                "listed": self.listed,
            }
        )

    @classmethod
    def decode(cls, body: bytes) -> PartSummary:
        data = load_record(body)

        def day(value: str | None) -> datetime | None:
            # not pd.Timestamp: its constructor took 2 s for the 100,000 of a large package
            return None if value is None else datetime.fromisoformat(value)

        rows = [
            IndexRow(document_id, title, publisher, day(published), tuple(numbers))
            for document_id, title, publisher, published, numbers in data["rows"]
        ]
        overview = Overview(
            Counter(data["counts"]),
            Counter(data["speakers"]),
            Counter(data["units"]),
            Counter(data["kinds"]),
            [day(value) for value in data["published"]],
        )
        return cls(rows, overview, ShownEntities(data["shown"]), data["files"], data["listed"])


def changed_entities(previous: Path, entities: dict[str, pd.DataFrame]) -> set[str] | None:
    """The entities (`shown_entity`) whose row, or whose institution or parent's name, differs
    from the package `previous`; None when its tables cannot be read (all then count as changed).
    """
    from pipeline.publish.parts import read_table_file

    schemas = load_tables()
    kinds = {"people": "person", "institutions": "institution", "laws": "law"}
    keys = {"people": "person_id", "institutions": "institution_id", "laws": "law_id"}
    changed: set[str] = set()
    for name, kind in kinds.items():
        try:
            before = read_table_file(previous / "parquet" / f"{name}.parquet", schemas[name])
        except (OSError, ValueError, KeyError, pa.ArrowException):
            return None
        old = {row[0]: row[1:] for row in _rows(before, keys[name])}
        new = {row[0]: row[1:] for row in _rows(entities[name], keys[name])}
        changed |= {
            shown_entity(kind, key)
            for key in old.keys() | new.keys()
            if old.get(key) != new.get(key)
        }
    # A person's page line names its institution; an institution's, its parent.
    for name, column in (("institutions", "parent_id"), ("people", "institution_id")):
        frame = entities[name]
        kind = kinds[name]
        for key, linked in zip(frame[keys[name]].tolist(), frame[column].tolist(), strict=True):
            if isinstance(linked, str) and shown_entity("institution", linked) in changed:
                changed.add(shown_entity(kind, key))
    return changed


def _rows(frame: pd.DataFrame, key: str) -> list[tuple]:
    columns = [key, *sorted(column for column in frame.columns if column != key)]
    return [
        tuple(
            None if value is None or value is pd.NA or value is pd.NaT else value for value in row
        )
        for row in frame[columns].astype(object).itertuples(index=False, name=None)
    ]


class ViewWriter:
    """The view into `folder/view/`, from the tables whole or part by part (`add`), then the
    index and the overview (`finish`).

    `pages`: the articles that get a page of their own. `previous`: the view of the package
    being replaced, when its title is this one; `changed`: the entities (`shown_entity`) whose
    rows differ from its own (None: unknown). The page of an article whose rows are unchanged
    and shows no changed entity is linked from there, not rendered again.
    """

    def __init__(
        self,
        folder: Path,
        *,
        title: str,
        with_text: bool,
        pages: set[str],
        previous: Path | None = None,
        changed: set[str] | None = None,
    ):
        self.view = folder / FOLDER
        (self.view / "articles").mkdir(parents=True)
        self.title, self.with_text = title, with_text
        self.pages = pages
        self.previous = previous if changed is not None else None
        self.changed = changed or set()
        self.rows: list[IndexRow] = []
        self.overview = Overview()

    def paged(self, summary: PartSummary) -> list[str]:
        """The articles of `summary` that get a page, in document id order."""
        return sorted(row.document_id for row in summary.rows if row.document_id in self.pages)

    def kept(self, summary: PartSummary) -> list[str]:
        """The articles of `summary` (whose rows are unchanged) whose previous page is right."""
        if self.previous is None:
            return []
        return [
            document_id
            for document_id in self.paged(summary)
            if not self.changed.intersection(summary.shown.get(document_id))
        ]

    def add(self, tables: dict[str, pd.DataFrame], *, unchanged: bool = False) -> PartSummary:
        """The pages, index lines and counts of the articles of `tables` (with the corpus-wide
        tables), each article added once; `unchanged`: their rows are those of the package
        replaced. Returns what the view took of them."""
        summary = self.render(tables, unchanged=unchanged)
        self.add_summary(summary)
        return summary

    def render(self, tables: dict[str, pd.DataFrame], *, unchanged: bool = False) -> PartSummary:
        """The pages of the articles of `tables` (as `add`), and what the index and the
        overview need of them, for `add_summary`: a worker process renders, the build adds."""
        summary = PartSummary.of(tables)
        wanted = self.paged(summary)
        linked = self.link_pages(self.kept(summary)) if unchanged else set()
        rendered = [document_id for document_id in wanted if document_id not in linked]
        for document_id, rows in article_pages(tables, rendered).items():
            html = render_article(rows, package_title=self.title, with_text=self.with_text)
            (self.view / "articles" / f"{document_id}.html").write_text(html, encoding="utf-8")
        return summary

    def link_pages(self, document_ids: list[str]) -> set[str]:
        """Link the pages of `document_ids` from the package replaced; the ones linked."""
        if self.previous is None:
            return set()
        return _keep_pages(self.view, document_ids, set(document_ids), self.previous)

    def add_summary(self, summary: PartSummary) -> None:
        """The index lines and counts of articles whose pages are done."""
        self.rows += summary.rows
        self.overview.merge(summary.overview)

    def finish(self, entities: dict[str, pd.DataFrame], descriptor: dict[str, Any]) -> None:
        """The index and the overview; `entities`: the corpus-wide tables, for their counts."""
        self.rows.sort(key=lambda row: row.document_id)
        self.overview.count_entities(entities)
        (self.view / "index.html").write_text(
            render_index(self.rows, self.pages, descriptor), encoding="utf-8"
        )
        (self.view / "overview.html").write_text(
            render_overview(self.overview, descriptor), encoding="utf-8"
        )


def pages_of(document_ids: list[str], max_pages: int = MAX_ARTICLE_PAGES) -> set[str]:
    """The articles that get a page of their own: the first `max_pages` by document id."""
    return set(sorted(document_ids)[:max_pages])
