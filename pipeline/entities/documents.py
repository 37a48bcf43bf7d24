"""Documents named in an article (a white paper, a report) as entities that can speak.

"a white paper titled "Building a Cleaner Future"" gives the document a title; later "the white
paper" points to it. An untitled document noun is an entity only as a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pipeline.extract.lexicon import document_nouns
from pipeline.extract.scan import finditer_anchored, lowercase_for_search
from pipeline.extract.spans import EntityIndex, EntitySpan
from pipeline.ids import slugify

# What `_titled_pattern` cannot match without: a word that introduces a title, a space and an
# opening quote ("entitled" contains "titled").
TITLE_OPENINGS = tuple(
    f"{word} {quote}" for word in ("titled", "called", "named", "headlined") for quote in '"“«'
)
QUOTED_TITLE = r"[\"“«](?P<title>[^\"“”«»\n]{3,200})[\"”»]"
# The verbs of `_titled_pattern`, found in the lowercased text by a substring search for each
TITLE_VERBS = re.compile("titled|entitled|called|named|headlined")


@cache
def _titled_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(document_nouns(), key=len, reverse=True))
    return re.compile(
        rf"\b(?:an? |the )?(?P<noun>{nouns}),? (?:titled|entitled|called|named|headlined) {QUOTED_TITLE}",
        re.IGNORECASE,
    )


def _titled_matches(text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """`_titled_pattern().finditer(text)`, tried only before its verbs.

    The pattern starts with `\b` and ignores case: the engine tries it at every position, and
    at each reads every noun in turn. A match starts at most an article, the longest noun, a
    comma and a space before its verb ("the white paper, titled"), so it is tried only there.
    """
    if lowered is None:
        return _titled_pattern().finditer(text)
    reach = len("the ") + max(map(len, document_nouns())) + len(", ")
    offsets = tuple(range(1, reach + 1))
    return finditer_anchored(_titled_pattern(), text, TITLE_VERBS, offsets, lowered)


@cache
def _reference_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(document_nouns(), key=len, reverse=True))
    return re.compile(rf"\b[Tt]he (?P<noun>{nouns})\b")


def find_documents(text: str, index: EntityIndex) -> None:
    """Mentions of titled documents, and of "the <noun>" after a document with that noun was titled."""
    titled: dict[str, tuple[str, str]] = {}  # noun -> (entity id, title)
    lowered = lowercase_for_search(text)
    if lowered is not None and not any(opening in lowered for opening in TITLE_OPENINGS):
        return  # no document is titled; scanning for one costs as much as all of this module
    for m in _titled_matches(text, lowered):
        noun = m["noun"].lower()
        entity_id = slugify(m["title"])
        titled[noun] = (entity_id, m["title"])
        index.add(
            EntitySpan(
                m.start("title"), m.end("title"), "document", entity_id, m["title"], m["title"]
            )
        )
    if not titled:
        return  # "the report" points to a document only after one was titled
    for m in _reference_pattern().finditer(text):
        noun = m["noun"].lower()
        if noun in titled and m.start() > 0:
            entity_id, title = titled[noun]
            index.add(EntitySpan(m.start(), m.end(), "document", entity_id, title, m.group()))
