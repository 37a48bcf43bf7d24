"""Quoted passages: marks paired by type, quotes left open at a paragraph end closed there.

Straight, curly and guillemet marks are paired with their own kind. News style leaves a
quote open at the end of a paragraph when the next paragraph goes on quoting; such a
quote ends with its paragraph, and an odd mark never swallows the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PAIRS = {"“": "”", "«": "»", "„": "“"}
APOSTROPHE_LIKE = re.compile(r"\w[”\"]\w")


@dataclass(frozen=True)
class Quote:
    open: int  # offset of the opening mark
    close: int  # offset one past the closing mark (or the paragraph end when left open)
    inner_start: int
    inner_end: int
    closed: bool


def _straight_quotes(text: str, start: int, end: int) -> list[Quote]:
    quotes = []
    opening = None
    width = 1
    for m in re.finditer(
        "\"|''", text[start:end]
    ):  # '' stands for a double quote in some newsrooms' copy
        position = start + m.start()
        if opening is None:
            opening, width = position, len(m.group())
        else:
            quotes.append(
                Quote(opening, position + len(m.group()), opening + width, position, True)
            )
            opening = None
    if opening is not None:
        quotes.append(Quote(opening, end, opening + width, end, False))
    return quotes


def _paired_quotes(text: str, start: int, end: int) -> list[Quote]:
    quotes = []
    position = start
    while position < end:
        open_at = min(
            (i for i in (text.find(o, position, end) for o in PAIRS) if i >= 0), default=-1
        )
        if open_at < 0:
            break
        closing = PAIRS[text[open_at]]
        close_at = text.find(closing, open_at + 1, end)
        if close_at < 0:
            quotes.append(Quote(open_at, end, open_at + 1, end, False))
            break
        quotes.append(Quote(open_at, close_at + 1, open_at + 1, close_at, True))
        position = close_at + 1
    return quotes


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotes in one paragraph `text[start:end]`, in order, never overlapping."""
    found = sorted(
        _paired_quotes(text, start, end) + _straight_quotes(text, start, end), key=lambda q: q.open
    )
    kept: list[Quote] = []
    for quote in found:
        if kept and quote.open < kept[-1].close:
            continue
        kept.append(quote)
    return kept
