"""The HTML view of a package, opened as people open it: from the file system, in headless
Chromium (Debian's `chromium`, see tests/browser.py), each kind of page loaded, its DOM
checked against the package's own tables, and a screenshot taken.

Screenshots go to the test's temporary folder, or to `$NEWSDATA_SCREENSHOTS` when set, to be
looked at: `NEWSDATA_SCREENSHOTS=/tmp/shots .venv/bin/python -m pytest tests/test_view.py`.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image

from tests.browser import CHROMIUM, chromium
from tests.user_package import ACCENTED_SPEAKER, FORMULA_QUOTE, NOT_UTF8

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None and not os.environ.get("CI"),
        reason="chromium is not installed: `make test-tools` installs it (CI always does)",
    ),
]

# The text of every mark of one row, joined: each row's marks together spell its text.
MARKED_TEXT = """
(ref) => Array.from(document.querySelectorAll('#text span.m'))
  .filter((span) => span.dataset.refs.split(' ').includes(ref))
  .map((span) => span.textContent).join('')
"""


@pytest.fixture(scope="module")
def browser():
    with chromium() as page:
        yield page


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("NEWSDATA_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder)
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def tables(user_package) -> dict[str, pd.DataFrame]:
    return {
        path.stem: pd.read_parquet(path) for path in sorted((user_package / "parquet").iterdir())
    }


def open_page(browser, path: Path) -> None:
    browser.load(path.as_uri())
    # Nothing but the page itself: no stylesheet, font, script or image from anywhere.
    assert browser.requests == [path.as_uri()]


def assert_looks_drawn(screenshot: Path) -> None:
    """A page drawn, not a blank or an error page: many colours over its width."""
    with Image.open(screenshot) as image:
        assert image.width == 1400
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 50, f"{screenshot}: looks blank"


def test_index_lists_every_article_with_its_counts_and_the_failed_file(
    browser, user_package, tables, shots
):
    open_page(browser, user_package / "view" / "index.html")
    documents = tables["documents"]
    assert browser.evaluate("document.querySelector('main h1').textContent") == (
        f"{len(documents)} articles"
    )
    rows = browser.evaluate(
        """Array.from(document.querySelectorAll('#articles tbody tr')).map((tr) => ({
             id: tr.dataset.document,
             link: tr.querySelector('a') && tr.querySelector('a').getAttribute('href'),
             cells: Array.from(tr.cells).map((td) => td.textContent)}))"""
    )
    assert sorted(row["id"] for row in rows) == sorted(documents["document_id"])
    statements = tables["statements"].groupby("document_id").size()
    statistics = tables["statistics"].groupby("document_id").size()
    for row in rows:
        assert row["link"] == f"articles/{row['id']}.html"
        assert (user_package / "view" / row["link"]).is_file()
        assert int(row["cells"][3]) == statements.get(row["id"], 0)
        assert int(row["cells"][6]) == statistics.get(row["id"], 0)
    failed = browser.evaluate("document.querySelector('#failed').textContent")
    assert failed.startswith(f"{NOT_UTF8}: not UTF-8")
    assert browser.evaluate("document.querySelector('h2.failed').textContent") == (
        "1 file could not be read"
    )
    assert_looks_drawn(browser.screenshot(shots / "index.png"))


def test_article_page_marks_every_row_on_the_text_and_lists_the_rows_beside_it(
    browser, user_package, tables, shots
):
    document = tables["documents"].set_index("document_id").loc["mayor"]
    open_page(browser, user_package / "view" / "articles" / "mayor.html")
    # The marked text is the article's text, character for character.
    assert browser.evaluate("document.querySelector('#text').textContent") == document["text"]
    marked = 0
    for name, id_column in [
        ("statements", "statement_id"),
        ("mentions", "mention_id"),
        ("statistics", "statistic_id"),
        ("dates", "date_id"),
    ]:
        rows = tables[name][tables[name]["document_id"] == "mayor"]
        for row in rows.itertuples():
            ref = getattr(row, id_column)
            assert browser.evaluate(f"({MARKED_TEXT})({json.dumps(ref)})") == row.text, ref
            # Its row beside the text: a person or an institution once, by its id; any other
            # row by itself, linked to its mark.
            if name == "mentions" and row.entity_type in ("person", "institution"):
                assert browser.evaluate(f"!!document.getElementById('row-{row.entity_id}')")
            else:
                assert browser.evaluate(
                    f"document.getElementById('row-{ref}').querySelector('a').getAttribute('href')"
                ) == (f"#{ref}")
            marked += 1
    assert marked >= 4
    kinds = set(
        browser.evaluate(
            "Array.from(document.querySelectorAll('#text span.m'))"
            ".flatMap((span) => Array.from(span.classList))"
        )
    )
    assert {"k-statement", "k-direct", "k-statistic", "k-date", "k-institution"} <= kinds
    # The quote that starts like a formula is shown as written: a page runs nothing.
    quote = tables["statements"].set_index("text").loc[FORMULA_QUOTE]
    assert browser.evaluate(
        f"document.getElementById('row-{quote['statement_id']}').textContent"
    ).count(FORMULA_QUOTE)
    assert ACCENTED_SPEAKER in browser.evaluate("document.querySelector('.rows').textContent")
    assert browser.evaluate("document.scripts.length") == 0
    assert_looks_drawn(browser.screenshot(shots / "article-mayor.png"))


def test_a_longer_article_marks_people_speakers_and_numbers(browser, user_package, tables, shots):
    open_page(browser, user_package / "view" / "articles" / "harbor.html")
    kinds = set(
        browser.evaluate(
            "Array.from(document.querySelectorAll('#text span.m'))"
            ".flatMap((span) => Array.from(span.classList))"
        )
    )
    assert {"k-statement", "k-person", "k-speaker", "k-statistic", "k-date"} <= kinds
    # Each mention of a speaker of the article is marked as one ("the authority" too).
    marks = browser.evaluate(
        """Array.from(document.querySelectorAll('#text .k-speaker')).map((span) =>
             [span.textContent, span.dataset.refs.split(' ')])"""
    )
    assert "Marta Ilves" in {text for text, _ in marks}
    statements = tables["statements"][tables["statements"]["document_id"] == "harbor"]
    speaker_ids = {
        *statements["speaker_person_id"].dropna(),
        *statements["speaker_institution_id"].dropna(),
    }
    mentions = tables["mentions"].set_index("mention_id")
    for text, refs in marks:
        entities = {mentions.at[ref, "entity_id"] for ref in refs if ref in mentions.index}
        assert entities & speaker_ids, text
    assert_looks_drawn(browser.screenshot(shots / "article-harbor.png", full_page=True))


def test_overview_charts_statements_per_speaker_units_and_days(
    browser, user_package, tables, shots
):
    open_page(browser, user_package / "view" / "overview.html")
    bars = browser.evaluate(
        """Object.fromEntries(['speakers', 'units', 'days'].map((id) => [id,
             Array.from(document.querySelectorAll(`#${id} svg [data-label]`)).map((bar) =>
               [bar.dataset.label, Number(bar.dataset.count), bar.getBBox().width,
                bar.getBBox().height])]))"""
    )
    speakers = tables["statements"]["speaker"].value_counts()
    assert {label: count for label, count, _, _ in bars["speakers"]} == {
        label: int(count) for label, count in speakers.head(15).items()
    }
    # Drawn to scale: the longest bar is the most frequent speaker's.
    widest = max(bars["speakers"], key=lambda bar: bar[2])
    assert widest[1] == speakers.max()
    units = tables["statistics"]["unit"].fillna("(no unit)").value_counts()
    assert sum(count for _, count, _, _ in bars["units"]) == units.head(15).sum()
    published = tables["documents"]["published"].dropna()
    assert sum(count for _, count, _, _ in bars["days"]) == len(published)
    assert all(height > 0 for _, _, _, height in bars["days"])
    counts = browser.evaluate(
        """Object.fromEntries(Array.from(document.querySelectorAll('#counts tr')).map((tr) =>
             [tr.dataset.table, tr.cells[1].textContent]))"""
    )
    assert counts == {name: f"{len(frame):,}" for name, frame in tables.items()}
    note = browser.evaluate("document.querySelector('main p.note').textContent")
    assert note.endswith("1 file could not be read.")
    assert_looks_drawn(browser.screenshot(shots / "overview.png", full_page=True))


def test_the_view_opens_from_the_unpacked_zip_as_well(browser, user_package, tmp_path):
    import zipfile

    archive = next(user_package.glob("*.zip"))
    with zipfile.ZipFile(archive) as package_zip:
        package_zip.extractall(tmp_path)
    (unpacked,) = [path for path in tmp_path.iterdir() if path.is_dir()]
    index = unpacked / "view" / "index.html"
    open_page(browser, index)
    first = browser.evaluate("document.querySelector('#articles a').getAttribute('href')")
    open_page(browser, index.parent / first)
    assert browser.evaluate("document.querySelectorAll('#text span.m').length") > 0
    shutil.rmtree(unpacked)
