"""The language an article is written in, when no sidecar says it.

Compact Language Detector 2 (pycld2, the detector of Chrome) reads the body: it knows some
80 languages, runs in linear time in C, and says when its guess is unreliable; an
unreliable guess (a few words, digits, a table) leaves the article English, the language
the extraction rules are written for. Only the first `SAMPLE` characters are read: a page
does not change language half way through often enough to pay for reading all of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.model import Article

SAMPLE = 20_000


def is_english(article: Article) -> bool:
    """Whether the extraction rules can read the article (its language is English or unknown)."""
    return article.language in (None, "en")


def not_english_note(article: Article) -> str:
    """The line that reports an article the rules did not read."""
    return (
        f"{article.source}: language {article.language!r}, not English: published with its "
        "document row only (no people, statements, statistics or dates extracted)"
    )


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of `text` when the detector is sure, else None.

    >>> detect_language("Le gouvernement a annoncé mardi un plan de 2 milliards d'euros.")
    'fr'
    """
    import pycld2

    try:
        reliable, _, details = pycld2.detect(text[:SAMPLE])
    except (pycld2.error, UnicodeEncodeError):  # a lone surrogate, bytes it cannot read
        return None
    code = details[0][1]
    if not reliable or code in ("un", "xxx"):
        return None
    return code.split("-")[0].lower()  # "zh-Hant" -> "zh"
