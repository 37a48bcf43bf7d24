r"""Faster whole-text regex scans that return exactly what the slower pattern would.

Python's regex engine skips ahead quickly only when a pattern starts with a plain
character or character set; a leading `\b`, a lookbehind or an optional word makes it try
every position of the text, several times slower. `finditer_checked` runs the pattern
without its leading assertion and checks the assertion on each match's start instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches in a str pattern


def word_boundary(text: str, position: int) -> bool:
    r"""`\b` at `position`: a word character on exactly one side of it."""
    # (`is_word_char` written out: this is asked at every candidate of many scans)
    before = position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")
    after = position < len(text) and (text[position].isalnum() or text[position] == "_")
    return before != after


def not_after_word_or_dot(text: str, position: int) -> bool:
    r"""`(?<![\w.])`: no word character and no period just before `position`."""
    return position == 0 or not (is_word_char(text[position - 1]) or text[position - 1] == ".")


# The only characters that match an ASCII letter under re.IGNORECASE but do not lowercase to
# it (İ, ı, ſ, Kelvin sign): with one of them in a text, its lowercase misses such matches.
_CASE_FOLD_EXCEPTIONS = "\u0130\u0131\u017f\u212a"


def line_start(text: str, position: int) -> bool:
    """`^` under re.MULTILINE: `position` starts the text or a line."""
    return position == 0 or text[position - 1] == "\n"


def after_word_or_dot(text: str, position: int) -> bool:
    r"""`(?<=[\w.])`: a word character or a period just before `position`."""
    return position > 0 and (is_word_char(text[position - 1]) or text[position - 1] == ".")


def not_inside_name_word(text: str, position: int) -> bool:
    r"""`(?<![\w.&-])`: no word character, period, ampersand or hyphen just before `position`."""
    return position == 0 or not (is_word_char(text[position - 1]) or text[position - 1] in ".&-")


# (kept for the last text: the dates, statistics, people, institutions and documents of one
# article each ask for it)
@lru_cache(maxsize=1)
def lowercase_for_search(text: str) -> str | None:
    """`text.lower()`, in which every ASCII word a case-insensitive pattern finds in `text` occurs
    in lowercase; None when that does not hold."""
    if any(char in text for char in _CASE_FOLD_EXCEPTIONS):
        return None
    return text.lower()


# (kept for the last text: the sentences and the numbers of one article read it)
@lru_cache(maxsize=1)
def reversed_text(text: str) -> str:
    """`text[::-1]`, where a pattern reads back from a position in one match (`match(backwards,
    len(text) - position)`) what the engine cannot search backwards for."""
    return text[::-1]


def finditer_checked(
    pattern: re.Pattern[str],
    text: str,
    start_ok: Callable[[str, int], bool],
    start: int = 0,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of `(?:assertion)pattern` in `text[start:end]` (as `finditer(text, start,
    end)` reads it) where `start_ok` is that zero-width assertion.

    Same matches as `finditer` of the full pattern: a match rejected by `start_ok` is
    retried one character later rather than skipped past, as the engine itself would.
    `pattern` must never match the empty string.
    """
    end = len(text) if end is None else end
    position = start
    while match := pattern.search(text, position, end):
        if start_ok(text, match.start()):
            yield match
            position = match.end()
        else:
            position = match.start() + 1


# pattern id -> (the pattern, the pattern without its leading `\b`); by id, since a compiled
# pattern's hash reads all of its code each time (tens of microseconds for a long one), and
# each entry holds its pattern, so no other pattern takes that id
_WITHOUT_LEADING_BOUNDARY: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
MAX_PATTERNS_KEPT = 64


def without_leading_boundary(pattern: re.Pattern[str]) -> re.Pattern[str]:
    known = _WITHOUT_LEADING_BOUNDARY.get(id(pattern))
    if known is None:
        if not pattern.pattern.startswith(r"\b"):
            raise ValueError(f"{pattern.pattern[:40]!r} does not start with \\b")
        if len(_WITHOUT_LEADING_BOUNDARY) >= MAX_PATTERNS_KEPT:
            _WITHOUT_LEADING_BOUNDARY.clear()
        stripped = re.compile(pattern.pattern.removeprefix(r"\b"), pattern.flags)
        known = _WITHOUT_LEADING_BOUNDARY[id(pattern)] = (pattern, stripped)
    return known[1]


def finditer_word(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""`pattern.finditer(text)` for a pattern that starts with `\b`, faster when what follows
    the `\b` starts with a plain character or character set ("\b(?:Ministry|Bureau)")."""
    return finditer_checked(without_leading_boundary(pattern), text, word_boundary)


# What a pattern `finditer_the` takes opens with: `\b`, then "the " or "The "
THE_OPENINGS = (r"\b[Tt]he ", r"\b(?:[Tt]he )")


def finditer_the(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""`pattern.finditer(text)` for a pattern that opens with `\b[Tt]he ` (`THE_OPENINGS`):
    tried only where "the " or "The " starts a word (`the_starts`), where the engine, from the
    `[Tt]` of `finditer_word`, tried it at every "t" of the text. Else as `finditer_word`."""
    starts = the_starts(text) if pattern.pattern.startswith(THE_OPENINGS) else None
    if starts is None:
        return finditer_word(pattern, text)
    return finditer_at(pattern, text, starts)


# (kept for the last text: several patterns of the organisations that open with "the" read it)
@lru_cache(maxsize=1)
def the_starts(text: str) -> list[int] | None:
    """Where "the " or "The " starts in `text` after a word boundary, in order: from a
    substring search of its lowercase (see `lowercase_for_search`; None when there is none)."""
    lowered = lowercase_for_search(text)
    if lowered is None:
        return None
    found = []
    at = lowered.find("the ")
    while at >= 0:
        if text[at] in "Tt" and text.startswith("he ", at + 1) and word_boundary(text, at):
            found.append(at)
        at = lowered.find("the ", at + 4)  # (no "the " starts inside another)
    return found


def finditer_anchored(
    pattern: re.Pattern[str],
    text: str,
    anchor: re.Pattern[str],
    offsets: tuple[int, ...],
    anchor_text: str | None = None,
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that starts with optional words before a rarer
    part: every match of `pattern` must start `offset` characters, for one of `offsets`,
    before a match of `anchor` in `anchor_text` (`text`, or its lowercase for a pattern that
    ignores case; see `lowercase_for_search`). `pattern` is tried only at those starts,
    leftmost first and never inside the previous match, as `finditer` does. `pattern` must
    never match the empty string.
    """
    haystack = text if anchor_text is None else anchor_text
    return finditer_before(pattern, text, anchor_starts(anchor, haystack), offsets)


def finditer_before(
    pattern: re.Pattern[str], text: str, anchors: Iterable[int], offsets: tuple[int, ...]
) -> Iterator[re.Match[str]]:
    """`finditer_anchored` with the anchor's matches found beforehand: `anchors` are where they
    start, for several patterns of one text that share an anchor (each tried only at its own
    offsets before them)."""
    starts = {at - offset for at in anchors for offset in offsets if offset <= at}
    return finditer_at(pattern, text, starts)


def finditer_holding(
    pattern: re.Pattern[str], text: str, words: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern each match of which holds one of `words`: a text
    holding none of them (a substring test) is not scanned."""
    if any(word in text for word in words):
        return pattern.finditer(text)
    return iter(())


def holds_phrase(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern.search(text) is not None`, in one pass when the pattern is a plain alternation
    of phrases that share their last characters (" on" of "said on|posted on"): each place
    those stand is checked for a phrase that ends there. The engine tried the pattern at every
    letter a phrase starts with (ten times slower)."""
    phrases, ending = _phrases_and_ending(pattern)
    if not ending:
        return pattern.search(text) is not None
    at = text.find(ending)
    while at >= 0:
        if text.endswith(phrases, 0, at + len(ending)):
            return True
        at = text.find(ending, at + 1)
    return False


# An alternation of phrases written plainly: letters, digits and spaces
PLAIN_PHRASES = re.compile(r"[\w ]+(?:\|[\w ]+)*")
# pattern id -> (the pattern, its phrases, the ending they share); by id, as
# `_WITHOUT_LEADING_BOUNDARY`
_PHRASES_OF: dict[int, tuple[re.Pattern[str], tuple[str, ...], str]] = {}


def _phrases_and_ending(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], str]:
    """The phrases of a pattern that is a plain alternation of them, and the longest ending
    they all share ("" for another pattern, or when they share none)."""
    known = _PHRASES_OF.get(id(pattern))
    if known is None:
        phrases: tuple[str, ...] = ()
        ending = ""
        if pattern.flags == _PLAIN_FLAGS and PLAIN_PHRASES.fullmatch(pattern.pattern):
            phrases = tuple(pattern.pattern.split("|"))
            ending = min(phrases, key=len)
            while ending and not all(phrase.endswith(ending) for phrase in phrases):
                ending = ending[1:]
        if len(_PHRASES_OF) >= MAX_PATTERNS_KEPT:
            _PHRASES_OF.clear()
        known = _PHRASES_OF[id(pattern)] = (pattern, phrases, ending)
    return known[1], known[2]


def anchor_starts(anchor: re.Pattern[str], text: str) -> Iterator[int]:
    """Where `anchor` matches in `text`, overlapping matches too, in text order."""
    words = _small_words(anchor)
    if words is not None:
        return iter(_occurrences(words, text))
    return _searched_starts(anchor, text)


def _searched_starts(anchor: re.Pattern[str], text: str) -> Iterator[int]:
    position = 0
    while found := anchor.search(text, position):
        yield found.start()
        position = found.start() + 1


# An anchor that is a plain alternation of words in small letters ("year|month|week"): the
# engine, which must try each word at nearly every letter of the text, is 2 to 3 times slower
# than a substring search for each word.
SMALL_WORDS = re.compile(r"[a-z ]+(?:\|[a-z ]+)*")
_PLAIN_FLAGS = re.compile("").flags  # (a pattern of a str compiled with no flags)
# pattern id -> (the pattern, its words or None); by id, as `_WITHOUT_LEADING_BOUNDARY`
_SMALL_WORDS_OF: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def _small_words(anchor: re.Pattern[str]) -> tuple[str, ...] | None:
    known = _SMALL_WORDS_OF.get(id(anchor))
    if known is None:
        plain = anchor.flags == _PLAIN_FLAGS and SMALL_WORDS.fullmatch(anchor.pattern)
        if len(_SMALL_WORDS_OF) >= MAX_PATTERNS_KEPT:
            _SMALL_WORDS_OF.clear()
        known = _SMALL_WORDS_OF[id(anchor)] = (
            anchor,
            tuple(anchor.pattern.split("|")) if plain else None,
        )
    return known[1]


def _occurrences(words: tuple[str, ...], text: str) -> list[int]:
    """Where each of `words` starts in `text`, overlapping occurrences too, in text order."""
    found = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    return sorted(found)


def lines_holding(text: str, positions: Iterable[int], reach: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the stretches of `text` where a match of a pattern that never holds a
    line break, but perhaps in its first characters up to `reach` before the line of one of
    `positions` (in order), can lie when each match holds one of them: each line that holds
    one, from the line that holds the character `reach` characters before that line; those
    that meet are one. Each ends at a line break or the text's end, where a scan of the
    stretch (`finditer(text, start, end)`) reads what a scan of the whole text reads."""
    stretches: list[tuple[int, int]] = []
    for position in positions:
        if stretches and position <= stretches[-1][1]:
            continue  # (in a line already taken)
        line = text.rfind("\n", 0, position) + 1
        start = text.rfind("\n", 0, max(0, line - reach)) + 1 if reach else line
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if stretches and start <= stretches[-1][1]:
            start = stretches.pop()[0]
        stretches.append((start, end))
    return stretches


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, 0, endpos)` when every match of `pattern` starts at one of
    `starts`: the pattern is tried there only, leftmost first and never inside the previous
    match, as `finditer` does. `pattern` must never match the empty string."""
    endpos = len(text) if endpos is None else endpos
    end = 0
    for start in sorted(set(starts)):
        if start >= end and (match := pattern.match(text, start, endpos)):
            yield match
            end = match.end()


def search_at_end(
    pattern: re.Pattern[str], text: str, spaces: int = 0, start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    r"""`pattern.search(text, start, end)` for a pattern that ends in `$` and whose matches hold
    at most `spaces` spaces ("\b(?:he|she)$": none).

    The engine tries such a pattern at every position of the text; every match starts after
    the `spaces + 1`-th space from the end, so the search starts there.
    """
    end = len(text) if end is None else end
    position = end
    for _ in range(spaces + 1):
        position = text.rfind(" ", start, position)
        if position < 0:
            return pattern.search(text, start, end)
    return pattern.search(text, position + 1, end)


def cut_at_end(pattern: re.Pattern[str], text: str, spaces: int = 0) -> str:
    """`pattern.sub("", text)` for a pattern that ends in `$` and never matches the empty string
    (so it matches once at most), searched as `search_at_end` does."""
    match = search_at_end(pattern, text, spaces)
    return text[: match.start()] + text[match.end() :] if match else text


class Matches:
    """Every position of `text[start:end]` where `pattern` matches, `end` ending the text, read
    once: `first(position)` is `pattern.search(text, position, end)` for any `position` from
    `start` on, a bisect instead of a search to `end` for each rule that asks.

    (`search` returns the match at the first position it succeeds from; every such position
    is kept, overlapping matches too, so the answer is the same from any starting point.)

    The text is read only as far as the rules ask: from the first position asked for (or from
    `start`, once a rule asks before it) to the first match after the last, at most twice
    (most rules ask from a verb in the middle of a sentence, for the first match after it).
    """

    def __init__(self, pattern: re.Pattern[str], text: str, start: int, end: int):
        self.pattern = pattern
        self.text = text
        self.start = start
        self.end = end
        # every match that starts in [_read_from, _read_to), in order (none read yet)
        self._found: list[re.Match[str]] = []
        self._starts: list[int] = []
        self._read_from = self._read_to = end + 1

    @property
    def found(self) -> list[re.Match[str]]:
        """Every match from `start` on."""
        self.first(self.start)
        while self._read_on():
            pass
        return self._found

    def first(self, position: int) -> re.Match[str] | None:
        """`pattern.search(text, position, end)`."""
        if position < self.start or position > self.end:
            return self.pattern.search(self.text, position, self.end)
        if self._read_from > self.end:  # (the first ask: reading starts there)
            self._read_from = self._read_to = position
        elif position < self._read_from:
            # (back to `start` at once: a later ask before it reads nothing again)
            self._read_back(self.start)
        i = bisect_left(self._starts, position)
        if i < len(self._found):
            return self._found[i]
        # (none known from `position` on: read on, keeping any match before it too, so that
        # what has been read stays one stretch)
        while (match := self._read_on()) is not None:
            if match.start() >= position:
                return match
        return None

    def _read_on(self) -> re.Match[str] | None:
        """The next match from where reading stopped, kept; None at `end`."""
        if self._read_to > self.end:
            return None
        match = self.pattern.search(self.text, self._read_to, self.end)
        if match is None:
            self._read_to = self.end + 1
            return None
        self._found.append(match)
        self._starts.append(match.start())
        self._read_to = match.start() + 1
        return match

    def _read_back(self, position: int) -> None:
        """Read the matches from `position` to where reading started (and on to the first match
        read, which the engine reads again)."""
        before = []
        at = position
        while (match := self.pattern.search(self.text, at, self.end)) is not None:
            if match.start() >= self._read_from:
                break
            before.append(match)
            at = match.start() + 1
        self._found[:0] = before
        self._starts[:0] = [match.start() for match in before]
        self._read_from = position

    def first_before(self, position: int, cut: int) -> re.Match[str] | None:
        """`pattern.search(text, position, cut)` for a `cut` before `end`, when no match of the
        pattern can end at `cut` only because the text is cut there (no `$`, lookahead or `\\b`
        that reads past it): a match of the whole text that ends by `cut`, else a search of the
        few characters from the first match that crosses it."""
        match = self.first(position)
        if match is None or match.start() >= cut:
            return None
        if match.end() <= cut:
            return match
        return self.pattern.search(self.text, match.start(), cut)


NON_SPACE = re.compile(r"\S+")


def has_words(text: str, start: int, end: int, count: int) -> bool:
    """`len(text[start:end].split()) >= count`, reading no further than the `count`-th word."""
    if count <= 0:
        return True
    for seen, _ in enumerate(NON_SPACE.finditer(text, start, end), start=1):
        if seen >= count:
            return True
    return False


def last_non_space(text: str, start: int, end: int) -> str:
    """The last character of `text[start:end].rstrip()`, or "" when there is none."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def is_blank(text: str, start: int, end: int) -> bool:
    """`not text[start:end].strip()`, reading only up to the first character that is not a space."""
    return NON_SPACE.search(text, start, end) is None


def window_start(text: str, floor: int, position: int, size: int) -> int:
    """Where to start reading the words before `position`: `floor`, or when that is further back
    than `size` characters, the first word that starts within them."""
    if position - floor <= size:
        return floor
    start = position - size
    space = text.find(" ", start, position)
    return space + 1 if space >= 0 else start
