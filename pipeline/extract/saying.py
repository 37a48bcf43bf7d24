r"""Where a verb of saying can start in an article, found once for every rule that looks for one.

The statements' cues ("said", "according to") and the people named after a cue ("said Jane
Roe") are patterns that start with `\b` and a verb of saying. The engine tries such a pattern
at every position of the text, once for each rule; here the places where any verb of saying
(`rules/reporting_verbs.txt`, and "According to" opening a sentence) starts after a word
boundary are found in one scan of the article, and each rule's pattern is tried there only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from pipeline.extract.lexicon import reporting_verbs, trie_regex
from pipeline.extract.scan import anchor_starts, finditer_at


@cache
def verbs_of_saying() -> frozenset[str]:
    """Every verb of saying as written, "According to" too."""
    return frozenset({*reporting_verbs(), "According to"})


@cache
def _verb_start() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{trie_regex(verbs_of_saying())})")


# (kept for the last text: the people and the statements of one article each ask for it)
@lru_cache(maxsize=1)
def verb_starts(text: str) -> list[int]:
    """Every position of `text` where a verb of saying starts after a word boundary, in order
    (overlapping ones too: "according to" where "accord" were one)."""
    return list(anchor_starts(_verb_start(), text))


def finditer_after_verb(
    pattern: re.Pattern[str],
    verbs: Iterable[str],
    text: str,
    start: int = 0,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    r"""`pattern.finditer(text, start, end)` for a pattern every match of which starts with `\b`
    and one of `verbs`: tried only where `verb_starts` finds a verb of saying, leftmost first
    and never inside the previous match, as `finditer` does. A verb that is not a verb of saying
    (a rule's own word) makes it the full scan."""
    end = len(text) if end is None else end
    if not verbs_of_saying().issuperset(verbs):
        return pattern.finditer(text, start, end)
    starts = verb_starts(text)
    first = bisect_left(starts, start)
    return finditer_at(pattern, text, starts[first : bisect_left(starts, end, first)], end)


def lines_with_verbs(text: str, reach: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the stretches of `text` where a match that ends with a verb of saying
    and holds no line break but in its first `reach` characters before the verb's line can
    lie: each line that holds a verb of saying, from the line that holds the character
    `reach` characters before it; stretches that meet are one. Each ends at a line break
    (or the text's end), where a scan of the stretch reads what one of the text reads."""
    stretches: list[tuple[int, int]] = []
    for verb in verb_starts(text):
        if stretches and verb < stretches[-1][1]:
            continue  # (in the line of a verb before it)
        line = text.rfind("\n", 0, verb) + 1
        start = text.rfind("\n", 0, max(0, line - reach)) + 1 if reach else line
        end = text.find("\n", verb)
        end = len(text) if end < 0 else end
        if stretches and start <= stretches[-1][1]:
            start = stretches.pop()[0]
        stretches.append((start, end))
    return stretches
