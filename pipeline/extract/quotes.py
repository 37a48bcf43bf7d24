"""Quoted passages: marks paired by their role, quotes left open at a paragraph end closed there.

Curly marks and guillemets say whether they open or close; a straight mark opens after a
space or at a paragraph start and closes otherwise, so copy that mixes straight and curly
marks still pairs right. Two apostrophes ('') stand for a double mark in some newsrooms'
copy. News style leaves a quote open at the end of a paragraph when the next paragraph
goes on quoting: such a quote ends with its paragraph, and an odd mark never swallows the
rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARK = re.compile("''|[\"“”„«»]")
OPENING = frozenset("“„«")
CLOSING = frozenset("”»")


@dataclass(frozen=True)
class Quote:
    open: int  # offset of the opening mark
    close: int  # offset one past the closing mark (or the paragraph end when left open)
    inner_start: int
    inner_end: int
    closed: bool


def _role(text: str, start: int, end: int, paragraph_start: int) -> str:
    mark = text[start:end]
    if mark in OPENING:
        return "open"
    if mark in CLOSING:
        return "close"
    before = text[start - 1] if start > paragraph_start else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() or before in "([{—–-/:":
        return "open"
    if after.isalnum() and not before.isalnum():
        return "open"
    return "close"


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotes in one paragraph `text[start:end]`, in order, never overlapping."""
    quotes: list[Quote] = []
    opening: tuple[int, int] | None = None  # (offset, width) of the mark that opened
    for m in MARK.finditer(text, start, end):
        role = _role(text, m.start(), m.end(), start)
        if opening is None:
            if role == "open":
                opening = (m.start(), len(m.group()))
            continue
        if role == "close" or (m.group() in ('"', "''") and text[opening[0]] in ('"', "'")):
            quotes.append(Quote(opening[0], m.end(), opening[0] + opening[1], m.start(), True))
            opening = None
    if opening is not None:
        quotes.append(Quote(opening[0], end, opening[0] + opening[1], end, False))
    return quotes
