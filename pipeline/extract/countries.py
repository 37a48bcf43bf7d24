"""Countries by name; a country alone is not an institution but can be a speaker."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.lexicon import countries, trie_regex
from pipeline.extract.spans import EntityIndex, EntitySpan


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(countries(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + trie_regex(names) + r")(?![\w]|\.\w)")


def find_countries(text: str, index: EntityIndex) -> None:
    for match in _pattern().finditer(text):
        name = match.group()
        index.add(EntitySpan(match.start(), match.end(), "country", countries()[name], name, name))
