"""Quoted passages: marks paired by their role, quotes left open at a paragraph end closed there.

Curly marks and guillemets say whether they open or close; a straight mark opens after a
space or at a paragraph start and closes otherwise, so copy that mixes straight and curly
marks still pairs right. Two apostrophes ('') stand for a double mark in some newsrooms'
copy. News style leaves a quote open at the end of a paragraph when the next paragraph
goes on quoting: such a quote ends with its paragraph, and an odd mark never swallows the
rest of the article.

Single curly marks (‘...’, British and Asian style) quote too, but the closing one is also an
apostrophe ("don’t", "the workers’ union"): one opens only before a word and after a space or
a paragraph start, and a closing one ends the quote only where no word follows it, or after
punctuation. Marks of the other kind inside an open quote are a quote within the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.lexicon import read_list

# `''|["“”„«»‘’]`, written to start with one character set (two ASCII apostrophes or one of the
# marks), which the engine skips to directly instead of trying both branches at every position
MARK = re.compile("[\"'“”„«»‘’](?:(?<=')')?")
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
# A straight apostrophe quotes as single curly marks do, where copy has no curly ones
# ("'We will not back down,' she said", as British agency copy is often typed): it opens and
# closes by the same rules, and pairs only with itself
STRAIGHT_SINGLE = "'"
# (single opening mark -> the mark that closes it)
SINGLE_PAIRS = {SINGLE_OPEN: SINGLE_CLOSE, STRAIGHT_SINGLE: STRAIGHT_SINGLE}
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


def _opens_single(text: str, at: int, start: int, end: int) -> bool:
    """ "said: ‘Prices rose" opens; "‘90s" and a mark inside a word do not."""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    return (before.isspace() or before in "([{—–-/:") and after.isalpha()


# Words written with an apostrophe for their first letters: no quote opens there
ELISION = re.compile(rf"'(?:{'|'.join(read_list('elisions.txt'))})\b", re.IGNORECASE)


def _opens_straight(text: str, at: int, end: int, last_close: list[int]) -> bool:
    """Whether a straight mark at `at` opens a quote: not an elision ("'til dawn", "let 'em
    talk", "in 't Veld") and with a mark that can close it later in the paragraph (else an
    odd mark would swallow every statement after it). `last_close` holds, once read, where
    the paragraph's last such mark stands."""
    if ELISION.match(text, at) or not text[at + 2 : at + 3].isalpha():
        return False
    if not last_close:
        close = text.rfind(STRAIGHT_SINGLE, at + 1, end)
        while close > at and not _closes_single(text, close, end):
            close = text.rfind(STRAIGHT_SINGLE, at + 1, close)
        last_close.append(close)
    return last_close[0] > at


def _closes_single(text: str, at: int, end: int) -> bool:
    """ "rose.’", "rose,’ she said", "rose’ she said" close; "don’t", "workers’ union" do not."""
    before = text[at - 1]
    after = text[at + 1] if at + 1 < end else " "
    if before in ".,!?;:…" or before.isspace():
        return not after.isalnum()
    if after.isalnum():
        return False  # an apostrophe inside a word
    if after in " \t" and before in "sS":
        # "the workers’ union": a plural's apostrophe unless a capital or the line's end follows
        following = text[at + 2] if at + 2 < end else " "
        return not following.islower()
    return True


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotes in one paragraph `text[start:end]`, in order, never overlapping."""
    quotes: list[Quote] = []
    opening: tuple[int, int] | None = None  # (offset, width) of the mark that opened
    # where the last straight mark that can close a quote stands in the paragraph (found once,
    # when a straight mark first might open one)
    last_close: list[int] = []
    for m in MARK.finditer(text, start, end):
        mark = m.group()
        single_open = (
            opening is not None and text[opening[0] : opening[0] + opening[1]] in SINGLE_PAIRS
        )
        if mark in (SINGLE_OPEN, SINGLE_CLOSE, STRAIGHT_SINGLE) or single_open:
            # single marks pair only with each other; other marks inside them are nested
            if (
                opening is None
                and mark in SINGLE_PAIRS
                and _opens_single(text, m.start(), start, end)
                and (mark != STRAIGHT_SINGLE or _opens_straight(text, m.start(), end, last_close))
            ):
                opening = (m.start(), 1)
            elif (
                single_open
                and mark == SINGLE_PAIRS[text[opening[0]]]
                and _closes_single(text, m.start(), end)
            ):
                quotes.append(Quote(opening[0], m.end(), opening[0] + 1, m.start(), True))
                opening = None
            continue
        role = _role(text, m.start(), m.end(), start)
        if opening is None:
            if role == "open":
                opening = (m.start(), len(m.group()))
            continue
        if role == "close" or (m.group() in ('"', "''") and text[opening[0]] in ('"', "'")):
            quotes.append(Quote(opening[0], m.end(), opening[0] + opening[1], m.start(), True))
            opening = None
    if opening is not None and opening[1] == 1 and text[opening[0]] in SINGLE_PAIRS:
        # "praised the UK’s ‘world-class’ exporters": a quoted term of a few words whose mark
        # read as a plural's apostrophe, with no other close in the paragraph, closes there
        close = _short_single_close(text, opening[0], end)
        if close is not None:
            quotes.append(Quote(opening[0], close + 1, opening[0] + 1, close, True))
            opening = None
    if opening is not None:
        quotes.append(Quote(opening[0], end, opening[0] + opening[1], end, False))
    return quotes


SHORT_QUOTE = 40  # characters of a quoted term ("‘world-class’") its close is looked for in


def _short_single_close(text: str, opened: int, end: int) -> int | None:
    """Where a single mark after a word closes the quote opened at `opened`, within
    `SHORT_QUOTE` characters, when no word follows it directly."""
    following = text[end : end + 8].lstrip()
    if following.startswith(text[opened]):
        return None  # the next paragraph opens with a mark: the quote goes on there
    at = text.find(SINGLE_PAIRS[text[opened]], opened + 2, min(end, opened + SHORT_QUOTE))
    if at < 0 or not text[at - 1].isalnum():
        return None
    after = text[at + 1] if at + 1 < end else " "
    return at if not after.isalnum() else None
