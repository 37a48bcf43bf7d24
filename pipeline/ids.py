"""Deterministic, readable identifiers: the same input always gives the same ids."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str) -> str:
    """`Ministry of Finance` -> `ministry-of-finance`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'s ", "s ")).strip("-")
    return slug or "x"


def person_id(name: str) -> str:
    return slugify(name)


def institution_id(name: str, parent_id: str | None = None) -> str:
    """A unit's id starts with its parent's: bureaus of different ministries stay apart."""
    own = slugify(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))
    return f"{parent_id}--{own}" if parent_id else own


def law_id(name: str) -> str:
    return slugify(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))


def span_id(document_id: str, prefix: str, char_start: int, suffix: str = "") -> str:
    """Zero-padded so that ids sort in text order: `doc-st-000123`."""
    return f"{document_id}-{prefix}-{char_start:07d}{suffix}"
