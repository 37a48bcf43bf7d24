"""The frame every page of the view shares: one self-contained HTML file, styles inline.

No script and nothing loaded from elsewhere, so a page opens from the file system, offline,
and shows the same everywhere (the tests load every kind in headless Chromium).
"""

from __future__ import annotations

import math
from datetime import datetime
from html import escape

import pandas as pd

# The colours of what is marked, also used by the legend and the charts.
KIND_COLOURS = {
    "statement": "#fff3b0",
    "speaker": "#ffb3a7",
    "person": "#c9e4ff",
    "institution": "#d4f5d0",
    "law": "#ead7ff",
    "country": "#ffe0c2",
    "document": "#e6e6e6",
    "statistic": "#b8f0ec",
    "date": "#ffd6ec",
}

STYLE = """
:root { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232b; }
body { margin: 0; background: #f7f7f5; }
header { background: #22303c; color: #fff; padding: 12px 24px; }
header a { color: #fff; margin-right: 18px; }
header h1 { font-size: 20px; margin: 0 0 6px; }
main { padding: 16px 24px; }
table { border-collapse: collapse; background: #fff; font-size: 13px; }
th, td { border: 1px solid #d9dde1; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f4; position: sticky; top: 0; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.article { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; }
.text { background: #fff; padding: 16px 20px; border: 1px solid #d9dde1; white-space: pre-wrap;
        line-height: 1.6; font-family: Georgia, serif; font-size: 15px; }
.rows h2 { font-size: 15px; margin: 18px 0 6px; }
.rows table { width: 100%; }
.m { border-radius: 2px; }
.m.k-statement { background: KIND_statement; }
.m.k-statistic { background: KIND_statistic; }
.m.k-date { background: KIND_date; }
.m.k-law { background: KIND_law; }
.m.k-country { background: KIND_country; }
.m.k-document { background: KIND_document; }
.m.k-institution { background: KIND_institution; }
.m.k-person { background: KIND_person; }
.m.k-speaker { background: KIND_speaker; font-weight: 600; }
.m.k-statement.k-direct { font-style: italic; }
.m:target, tr:target { outline: 2px solid #d0342c; }
.legend span { display: inline-block; padding: 1px 6px; margin: 0 6px 6px 0; border-radius: 2px;
               font-size: 12px; }
.note { color: #5b6670; font-size: 13px; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.chart { background: #fff; border: 1px solid #d9dde1; padding: 8px 12px; }
.chart h2 { font-size: 15px; margin: 4px 0 8px; }
.failed { color: #a12a22; }
"""


def style() -> str:
    css = STYLE
    for kind, colour in KIND_COLOURS.items():
        css = css.replace(f"KIND_{kind};", f"{colour};")
    return css


def legend() -> str:
    items = "".join(
        f'<span class="m k-{kind}" style="background:{colour}">{kind}</span>'
        for kind, colour in KIND_COLOURS.items()
    )
    return f'<p class="legend">{items}</p>'


def page(title: str, body: str, *, package_title: str, root: str = "") -> str:
    """A whole HTML document; `root` leads from the page back to `view/` ("" or "../")."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        # Nothing from elsewhere: no script at all, and styles and images only from the page.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{escape(title)}</title>\n<style>{style()}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape(package_title)}</h1>"
        f'<nav><a href="{root}index.html">Articles</a><a href="{root}overview.html">Overview</a>'
        f'<a href="{root}../README.md">Data card</a></nav></header>\n'
        f"<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def cell(value: object) -> str:
    """A table cell's text, escaped; empty for a null (None, pd.NA, NaN, NaT)."""
    if (
        value is None
        or value is pd.NA
        or value is pd.NaT
        or (isinstance(value, float) and math.isnan(value))
    ):
        return ""
    if isinstance(value, datetime):  # a publication date (pd.Timestamp too): the day, not midnight
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return f"{value:,.0f}"
    return escape(str(value))
