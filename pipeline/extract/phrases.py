r"""Every occurrence of an article's own phrases (its people's names), found with no regex
compiled for the article.

A pattern built from an article's names costs more to compile (about a millisecond, in pure
Python) than to run, and no two articles share one. `find_phrases` reads the text's words
(its capitalized words, for names) once with a compiled pattern, looks each up in an index of
the phrases by their first word, and finds exactly what `\b(?:NAME|NAME|...)\b(?!NOT_AFTER)`
would with `finditer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from pipeline.extract.lexicon import trie_regex
from pipeline.extract.scan import (
    finditer_at,
    finditer_checked,
    finditer_word,
    is_word_char,
    word_boundary,
)

WORD = re.compile(r"\w+")
# From a letter that is not a lowercase ASCII one (a capital, an accented or another
# script's letter) to the end of its word. (Written as a capital or any character from U+00AA
# on, where every such letter is, then the letter checked behind: the engine skips to a
# plain set of characters, where it tried the class of categories at every position.)
CAPITALIZED = re.compile("[A-Z\u00aa-\U0010ffff]" r"(?<=[^\W\d_a-z])\w*")
# The same, but not inside a word: no word character before the letter (`(?<!\w.)`, checked
# once the letter is read), where a Python step checked each match
CAPITALIZED_WORD = re.compile("[A-Z\u00aa-\U0010ffff]" r"(?<=[^\W\d_a-z])(?<!\w.)\w*")


def find_phrases(
    text: str, phrases: Iterable[str], not_after: re.Pattern[str] | None = None
) -> Iterator[tuple[int, int, str]]:
    r"""(start, end, phrase) of each match of `\b(?:phrases)(?:\b|(?<=\W))(?!not_after)` in
    `text`, as `finditer` gives them: leftmost first, the longest phrase at a start, none
    inside another. (A phrase ending in a period, "Joseph Biden Jr.", needs no word after it.)

    >>> list(find_phrases("Ann Lee met Lee.", ["Ann", "Ann Lee", "Lee"]))
    [(0, 7, 'Ann Lee'), (12, 15, 'Lee')]
    """
    phrases = set(phrases)
    # the lengths of the phrases that start with each word, longest first: a match starts at
    # a word, holds that whole word (the `\b` after a phrase), and is the longest that fits
    lengths: dict[str, list[int]] = {}
    for phrase in phrases:
        first = WORD.match(phrase)
        if first is None:  # a phrase that starts with no word character: the pattern does it
            yield from _find_with_pattern(text, phrases, not_after)
            return
        lengths.setdefault(first.group(), []).append(len(phrase))
    # (each length once: a thousand names that start with "Karan" have a few dozen lengths)
    for first, found in lengths.items():
        lengths[first] = sorted(set(found), reverse=True)
    # names start with a capital: then only the words that do are read (never one that starts
    # inside a word, "Phone" of "iPhone"; a run of word characters never does), and of them
    # only those that open a phrase, looked up where the text has them
    if all(CAPITALIZED.match(first) for first in lengths):
        starts = _capitalized_word_starts(text)
        words = sorted((start, first) for first in lengths for start in starts.get(first, ()))
    else:
        words = ((word.start(), word.group()) for word in WORD.finditer(text))
    end = 0
    for start, word in words:
        if start < end or (candidates := lengths.get(word)) is None:
            continue
        for length in candidates:
            stop = start + length
            if (
                stop <= len(text)  # (a phrase cut off by the text's end is not there)
                and text[start:stop] in phrases
                # (a phrase that ends in a period, "Biden Jr.", ends there: `(?:\b|(?<=\W))`)
                and (word_boundary(text, stop) or not is_word_char(text[stop - 1]))
                and (not_after is None or not_after.match(text, stop) is None)
            ):
                yield start, stop, text[start:stop]
                end = stop
                break


# (kept for the last text: an article's names, then the parts of them, are looked up in it)
@lru_cache(maxsize=1)
def _capitalized_word_starts(text: str) -> dict[str, list[int]]:
    """Where each word of `text` that `CAPITALIZED` finds, but not inside a word, starts.

    (A match inside a word runs to the word's end, past any other capital in it: left out,
    it hides no match that `CAPITALIZED_WORD` finds.)"""
    starts: dict[str, list[int]] = {}
    for word in CAPITALIZED_WORD.finditer(text):
        starts.setdefault(word.group(), []).append(word.start())
    return starts


# A pattern that opens with `\b` and an alternation of words ("\b(?:Article|Section) ..."):
# the words, written plainly (letters, escaped periods)
LEADING_WORDS = re.compile(r"\\b\(\?(?:P<\w+>|:)((?:[A-Za-z]|\\\.)+(?:\|(?:[A-Za-z]|\\\.)+)*)\)")


@cache
def leading_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    r"""The words every match of `pattern` opens with ("Article", "Section" of
    `\b(?:Article|Section) \d+`), read from its source; None when it opens otherwise (or the
    words may be left out, or another branch of the whole pattern may match)."""
    source = pattern.pattern
    opening = LEADING_WORDS.match(source)
    if (
        opening is None
        or pattern.flags & (re.IGNORECASE | re.VERBOSE)
        or source[opening.end() : opening.end() + 1] in ("?", "*", "{", "+")
        or _has_top_level_branch(source)
    ):
        return None
    return frozenset(word.replace("\\.", ".") for word in opening.group(1).split("|"))


def _has_top_level_branch(source: str) -> bool:
    """Whether a `|` outside every group and character set splits the pattern `source`."""
    depth = 0
    in_set = escaped = False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True  # (a "]" right after "[" or "[^" is not met in these patterns)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def finditer_capitalized(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""`pattern.finditer(text)` for a pattern that opens with `\b` and capitalized words
    ("\b(?:Article|Section) \d+", see `leading_words`): tried only where the text has one of
    them (`capitalized_starts`), not at every capital; else as `scan.finditer_word`."""
    words = leading_words(pattern)
    starts = capitalized_starts(text, words) if words is not None else None
    if starts is None:
        return finditer_word(pattern, text)
    return finditer_at(pattern, text, starts)


def capitalized_starts(text: str, words: frozenset[str]) -> list[int] | None:
    """Where one of `words` (each opening with a capital: "Article", "Co.") starts in `text`
    after no word character, in order, and perhaps a few more places: the capitalized words of
    the text (found once per article, `_capitalized_word_starts`) that open with one, looked
    up, where a pattern of the words is tried at every capital of the text. None when a word
    does not open with a capital.

    (A word of word characters only opens the capitalized word there; another, "Co.", has
    its first word characters, "Co", as the whole capitalized word there.)"""
    opening = _words_by_first_letter(words)
    if opening is None:
        return None
    at = _capitalized_word_starts(text)
    by_first_letter = _capitalized_by_first_letter(text)
    found = []
    for first, (prefixes, whole) in opening.items():
        for word in by_first_letter.get(first, ()):
            if word in whole or word.startswith(prefixes):
                found += at[word]
    found.sort()
    return found


@cache
def _words_by_first_letter(
    words: frozenset[str],
) -> dict[str, tuple[tuple[str, ...], frozenset[str]]] | None:
    """By first letter: the words of word characters only, and the first word characters of
    the others; None when a word does not open with a capital (`CAPITALIZED`)."""
    opening: dict[str, tuple[list[str], set[str]]] = {}
    for word in words:
        first = WORD.match(word)
        if first is None or not CAPITALIZED.match(word):
            return None
        prefixes, whole = opening.setdefault(word[0], ([], set()))
        if first.group() == word:
            prefixes.append(word)
        else:
            whole.add(first.group())
    return {
        first: (tuple(prefixes), frozenset(whole)) for first, (prefixes, whole) in opening.items()
    }


# (kept for the last text, as the words it indexes)
@lru_cache(maxsize=1)
def _capitalized_by_first_letter(text: str) -> dict[str, list[str]]:
    by_first_letter: dict[str, list[str]] = {}
    for word in _capitalized_word_starts(text):
        by_first_letter.setdefault(word[0], []).append(word)
    return by_first_letter


def _find_with_pattern(
    text: str, phrases: set[str], not_after: re.Pattern[str] | None
) -> Iterator[tuple[int, int, str]]:
    guard = "" if not_after is None else f"(?!{not_after.pattern})"
    pattern = re.compile(rf"(?:{trie_regex(sorted(phrases))})(?:\b|(?<=\W)){guard}")
    for m in finditer_checked(pattern, text, word_boundary):
        yield m.start(), m.end(), m.group()
