"""Countries by name; a country alone is not an institution but can be a speaker."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pipeline.entities.given_names import given_names
from pipeline.extract.lexicon import countries, reporting_verbs, trie_regex
from pipeline.extract.phrases import capitalized_starts
from pipeline.extract.scan import finditer_at, finditer_checked, not_after_word_or_dot
from pipeline.extract.spans import EntityIndex, EntitySpan


@cache
def _pattern() -> re.Pattern[str]:
    r"""A country name not inside a word or a dotted abbreviation; the `(?<![\w.])` before it
    is checked on each match, as a leading lookbehind would slow the scan (see `scan`)."""
    names = sorted(countries(), key=len, reverse=True)
    return re.compile(r"(?:" + trie_regex(names) + r")(?![\w]|\.\w)")


@cache
def _names() -> frozenset[str]:
    return frozenset(countries())


def find_countries(text: str, index: EntityIndex) -> None:
    found = []
    family_names = set()  # countries' names that are a person's family name in this text
    for match in _matches(text):
        name = match.group()
        before = GIVEN_NAME_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if before and before[1] in given_names() and " " not in name:
            family_names.add(name)
            continue  # "Jim Jordan", "Chuck Jordan": a family name, left to the people pass
        if name.startswith("St") and text.startswith(("'s", "’s"), match.end()):
            continue  # "St Vincent's Hospital", "St. Lucia's Day": a saint's, no country
        found.append(match)
    for match in found:
        name = match.group()
        if name in family_names and _speaks(text, match.end()):
            continue  # "Rep. Jim Jordan ... Jordan said": the person, not the country
        index.add(EntitySpan(match.start(), match.end(), "country", countries()[name], name, name))


GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")
NEXT_WORD = re.compile(r",? ([a-z]+)\b")


def _speaks(text: str, end: int) -> bool:
    """Whether a verb of saying follows a name ("Jordan said", "Jordan, asked"). (Where the
    article names a person of that family name, the country saying something there too is
    read as the person: rarer than the person spoken of by the family name alone.)"""
    word = NEXT_WORD.match(text, end)
    return word is not None and word[1] in reporting_verbs()


def _matches(text: str) -> Iterator[re.Match[str]]:
    """`finditer_checked(_pattern(), text, not_after_word_or_dot)`, the pattern tried only where
    the text has a country's name (`phrases.capitalized_starts`), not at every capital."""
    starts = capitalized_starts(text, _names())
    if starts is None:
        return finditer_checked(_pattern(), text, not_after_word_or_dot)
    return finditer_at(
        _pattern(), text, (start for start in starts if not_after_word_or_dot(text, start))
    )
