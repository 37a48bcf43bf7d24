"""Sentences and tokens with character offsets, by rules that know news abbreviations."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.lexicon import abbreviations
from pipeline.extract.scan import reversed_text

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|\S")
# A sentence ends at `[.!?…]+[\"”’'»)\]]*(?=\s+(?:''|[\"“‘'«(\[])?(?:[A-Z0-9]|[a-z][A-Z]))` or at
# a blank line (`\n\s*\n`); a brand written with a small letter first opens a sentence too
# ("iPad", "eBay"). Written to start with one character set, which the engine skips to directly
# instead of trying both alternatives at every position of the text. A run of marks is tried
# from its first one only (`(?<![.!?…]{2})`): from any later one it ends the same way, so
# trying each would read the run again from each ("......": quadratic).
SENTENCE_BREAK = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])(?<![.!?…]{2})[.!?…]*[\"”’'»)\]]*(?=\s+(?:''|[\"“‘'«(\[])?(?:[A-Z0-9]|[a-z][A-Z]))"
    r"|(?<=\n)\s*\n)"
)
WORD_BEFORE = re.compile(r"([\w.]+)$")
WORD_RUN = re.compile(r"[\w.]+")
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![^\S\n]*\n)[^\n]+)*")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def _word_before(text: str, period: int, backwards: str) -> str | None:
    """What `WORD_BEFORE.search(text[max(0, period - 40) : period])` captures, found by
    reading back from `period` in the reversed text (`backwards`), in one match, instead of
    trying the pattern at every position of the window. Like `$`, it also ends the word
    before a newline that ends the window."""
    floor = max(0, period - 40)  # a window: searching from 0 is quadratic
    end = period
    if end > floor and text[end - 1] == "\n":
        end -= 1
    run = WORD_RUN.match(backwards, len(text) - end, len(text) - floor)
    return text[end - len(run.group()) : end] if run else None


def _is_abbreviation(text: str, period: int, backwards: str) -> bool:
    word = _word_before(text, period, backwards)
    if not word:
        return False
    word = word.rstrip(".")
    last = word.split(".")[-1]
    # "Mr.", "Jan." and initials ("John F. Kennedy") end a word, not a sentence.
    return last in abbreviations() or (len(last) == 1 and last.isupper())


# Words that open a sentence and never follow an abbreviation inside one: "... in the U.S. He
# says", "... Acme Inc. The company" (not "Kennedy v. The United States": a case's name)
OPENERS_AFTER_ABBREVIATION = frozenset(
    {"He", "She", "It", "They", "We", "The", "This", "These", "Those", "His", "Her", "Their"}
)
WORD_AFTER_BREAK = re.compile(r"\s+[\"“‘'«(]?([A-Z][a-z]*)\b")
NOT_ENDING_ABBREVIATIONS = frozenset({"v", "vs", "Mr", "Mrs", "Ms", "Dr", "St", "Rev"})


def _opener_after_abbreviation(text: str, period: int, end: int) -> bool:
    """Whether the abbreviation whose period is at `period` ends its sentence, as the pronoun
    or article after it says ("in the U.S. He says")."""
    after = WORD_AFTER_BREAK.match(text, end)
    if after is None or after.group(1) not in OPENERS_AFTER_ABBREVIATION:
        return False
    word = _word_before(text, period, reversed_text(text)) or ""
    return word.rstrip(".").split(".")[-1] not in NOT_ENDING_ABBREVIATIONS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of `text[start:end]`, never across a paragraph break."""
    end = len(text) if end is None else end
    sentences: list[Sentence] = []
    paragraph = 0
    cursor = start
    for match in SENTENCE_BREAK.finditer(text, start, end):
        mark = text[match.start()]  # (the first character of the break: no copy of the match)
        if mark == "\n":
            _add(sentences, text, cursor, match.start(), paragraph)
            paragraph += 1
            cursor = match.end()
            continue
        if (
            mark == "."
            and _is_abbreviation(text, match.start(), reversed_text(text))
            and not _opener_after_abbreviation(text, match.start(), match.end())
        ):
            continue
        _add(sentences, text, cursor, match.end(), paragraph)
        cursor = match.end()
    _add(sentences, text, cursor, end, paragraph)
    return sentences


# (kept for the last text: the statements and the statistics of one article each read it)
@lru_cache(maxsize=1)
def text_sentences(text: str) -> list[Sentence]:
    """`split_sentences(text)`: the sentences of the whole text, split once for every stage."""
    return split_sentences(text)


def paragraph_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """`split_sentences(text, start, end)` for a paragraph of `paragraphs(text)`, taken from
    `text_sentences(text)` (but for `paragraph`, which counts the text's paragraphs there).

    A blank line ends a sentence, and no break inside a paragraph reads past it but the
    last, which ends the paragraph either way ("It rose." before a blank line is a break of
    the text, the end of the paragraph alone): the same sentences."""
    sentences = text_sentences(text)
    first = bisect_left(sentences, start, key=_sentence_start)
    return sentences[first : bisect_left(sentences, end, first, key=_sentence_start)]


def sentences_around(text: str, boundary: int) -> tuple[list[Sentence], list[Sentence]]:
    """`split_sentences(text, 0, boundary)` and `split_sentences(text, boundary)`, the sentences
    before and after `boundary` (the start of an article's body), taken from
    `text_sentences(text)` when a blank line ends there (but for `paragraph` after it, which
    counts the text's paragraphs from its start, as in `paragraph_sentences`).

    A blank line ending at `boundary`, before a character that is no space, is a break of the
    whole text that ends there: no break reads across it, and the only one that reads up to
    it (a period before it, which looks for a capital after the blank line) ends the same
    sentence the blank line ends; the text after it is split from there alike. Elsewhere
    (a body that starts inside a paragraph) the two parts are split on their own."""
    if (
        2 <= boundary < len(text)
        and text.startswith("\n\n", boundary - 2)
        and not text[boundary].isspace()
    ):
        sentences = text_sentences(text)
        first = bisect_left(sentences, boundary, key=_sentence_start)
        return sentences[:first], sentences[first:]
    return split_sentences(text, 0, boundary), split_sentences(text, boundary)


def _sentence_start(sentence: Sentence) -> int:
    return sentence.start


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(start, end, text[start:end], paragraph))


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each paragraph from `start` on."""
    spans = []
    # (a line break goes on the paragraph unless only spaces stand before the next one)
    for match in PARAGRAPH.finditer(text[start:]):
        spans.append((start + match.start(), start + match.end()))
    return spans
