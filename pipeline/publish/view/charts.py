"""Charts as inline SVG: drawn here, so the view needs no library, no script and no network.

bar_chart("Statements per speaker", [("Zhuang Rongwen", 4), ("the white paper", 2)])
"""

from __future__ import annotations

from html import escape

BAR_COLOUR = "#3d7ea6"
ROW_HEIGHT = 22
LABEL_WIDTH = 190
BAR_WIDTH = 260
MAX_LABEL = 30  # characters of a label shown; the whole is in the bar's tooltip


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def bar_chart(title: str, items: list[tuple[str, int]], *, chart_id: str) -> str:
    """Horizontal bars, longest first as given; a chart of nothing says so."""
    if not items:
        return f'<div class="chart" id="{chart_id}"><h2>{escape(title)}</h2><p class="note">none</p></div>'
    top = max(count for _, count in items) or 1
    height = ROW_HEIGHT * len(items) + 8
    width = LABEL_WIDTH + BAR_WIDTH + 60
    rows = []
    for index, (label, count) in enumerate(items):
        y = 4 + index * ROW_HEIGHT
        length = max(1, round(BAR_WIDTH * count / top))
        rows.append(
            f'<g class="bar"><title>{escape(label)}: {count:,}</title>'
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end" font-size="12">'
            f"{escape(_short(label))}</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{length}" height="{ROW_HEIGHT - 6}" '
            f'fill="{BAR_COLOUR}" data-label="{escape(label)}" data-count="{count}"></rect>'
            f'<text x="{LABEL_WIDTH + length + 5}" y="{y + 15}" font-size="12">{count:,}</text></g>'
        )
    return (
        f'<div class="chart" id="{chart_id}"><h2>{escape(title)}</h2>'
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>{escape(title)}</title>{''.join(rows)}</svg></div>"
    )


def column_chart(title: str, items: list[tuple[str, int]], *, chart_id: str) -> str:
    """Vertical bars in the order given (a time line: oldest first), first and last labelled."""
    if not items:
        return f'<div class="chart" id="{chart_id}"><h2>{escape(title)}</h2><p class="note">none</p></div>'
    top = max(count for _, count in items) or 1
    plot_height, step = 160, max(4, min(24, 520 // len(items)))
    width, height = max(step * len(items) + 60, 220), plot_height + 40
    bars = []
    for index, (label, count) in enumerate(items):
        bar = max(1, round(plot_height * count / top))
        x = 40 + index * step
        bars.append(
            f'<rect x="{x}" y="{10 + plot_height - bar}" width="{max(2, step - 2)}" height="{bar}" '
            f'fill="{BAR_COLOUR}" data-label="{escape(label)}" data-count="{count}">'
            f"<title>{escape(label)}: {count:,}</title></rect>"
        )
    first, last = items[0][0], items[-1][0]
    axis = (
        f'<text x="36" y="18" text-anchor="end" font-size="11">{top:,}</text>'
        f'<text x="36" y="{10 + plot_height}" text-anchor="end" font-size="11">0</text>'
        f'<line x1="38" y1="{10 + plot_height}" x2="{width - 10}" y2="{10 + plot_height}" stroke="#888"></line>'
        f'<text x="40" y="{plot_height + 28}" font-size="11">{escape(first)}</text>'
    )
    if last != first:
        axis += (
            f'<text x="{40 + (len(items) - 1) * step + step}" y="{plot_height + 28}" '
            f'text-anchor="end" font-size="11">{escape(last)}</text>'
        )
    return (
        f'<div class="chart" id="{chart_id}"><h2>{escape(title)}</h2>'
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>{escape(title)}</title>{''.join(bars)}{axis}</svg></div>"
    )
