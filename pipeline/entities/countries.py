"""Countries by name; a country alone is not an institution but can be a speaker."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.lexicon import countries, trie_regex
from pipeline.extract.scan import finditer_checked, not_after_word_or_dot
from pipeline.extract.spans import EntityIndex, EntitySpan


@cache
def _pattern() -> re.Pattern[str]:
    r"""A country name not inside a word or a dotted abbreviation; the `(?<![\w.])` before it
    is checked on each match, as a leading lookbehind would slow the scan (see `scan`)."""
    names = sorted(countries(), key=len, reverse=True)
    return re.compile(r"(?:" + trie_regex(names) + r")(?![\w]|\.\w)")


def find_countries(text: str, index: EntityIndex) -> None:
    for match in finditer_checked(_pattern(), text, not_after_word_or_dot):
        name = match.group()
        index.add(EntitySpan(match.start(), match.end(), "country", countries()[name], name, name))
