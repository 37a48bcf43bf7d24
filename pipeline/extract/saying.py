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
from pipeline.extract.scan import anchor_starts, finditer_at, lines_holding

# What opens a sentence to name its source, as "According to X, ..." does: "As noted by the
# Minister, the decision will ...", "As explained by Jo Roe, ..."
SOURCE_OPENINGS = frozenset(
    {"According to"}
    | {
        f"As {verb} by"
        for verb in (
            "noted",
            "stated",
            "explained",
            "pointed out",
            "announced",
            "indicated",
            "reported",
            "emphasized",
            "emphasised",
            "stressed",
            "mentioned",
            "underlined",
        )
    }
)


@cache
def verbs_of_saying() -> frozenset[str]:
    """Every verb of saying as written, "According to" and "As noted by" too."""
    return frozenset({*reporting_verbs(), *SOURCE_OPENINGS})


@cache
def _verb_start() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{trie_regex(verbs_of_saying())})")


def _all_verbs_of_saying(verbs: Iterable[str]) -> bool:
    """Whether every one of `verbs` is a verb of saying: asked once for each set of the rules
    (a frozenset), not for each paragraph that looks for its cues."""
    if isinstance(verbs, frozenset):
        return _all_of_set_said(verbs)
    return verbs_of_saying().issuperset(verbs)


@lru_cache(maxsize=16)  # (the rules' few sets)
def _all_of_set_said(verbs: frozenset[str]) -> bool:
    return verbs_of_saying().issuperset(verbs)


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
    if not _all_verbs_of_saying(verbs):
        return pattern.finditer(text, start, end)
    starts = verb_starts(text)
    first = bisect_left(starts, start)
    return finditer_at(pattern, text, starts[first : bisect_left(starts, end, first)], end)


def lines_with_verbs(text: str, reach: int = 0) -> list[tuple[int, int]]:
    """The stretches of `text` where a match of a pattern that ends with a verb of saying can
    lie: the lines that hold one (see `scan.lines_holding`)."""
    return lines_holding(text, verb_starts(text), reach)
