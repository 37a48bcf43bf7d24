"""Deterministic, readable identifiers: the same input always gives the same ids."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NOT_SLUG = re.compile(r"[^a-z0-9]+")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a person's id is asked for at each mention of the name
def slugify(text: str) -> str:
    """`Ministry of Finance` -> `ministry-of-finance`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = NOT_SLUG.sub("-", ascii_text.lower().replace("'s ", "s ")).strip("-")
    return slug or "x"


def person_id(name: str) -> str:
    return slugify(name)


def institution_id(name: str, parent_id: str | None = None) -> str:
    """A unit's id starts with its parent's: bureaus of different ministries stay apart."""
    own = slugify(LEADING_THE.sub("", name))
    return f"{parent_id}--{own}" if parent_id else own


def law_id(name: str) -> str:
    return slugify(LEADING_THE.sub("", name))


def span_id(document_id: str, prefix: str, char_start: int, suffix: str = "") -> str:
    """Zero-padded so that ids sort in text order: `doc-st-000123`."""
    return f"{document_id}-{prefix}-{char_start:07d}{suffix}"
