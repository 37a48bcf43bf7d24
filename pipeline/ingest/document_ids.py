"""Document ids: stable, readable, safe in URLs, from where an article is kept.

A file's id comes from its path relative to the input, so two `index.html` in different
folders never collide; a page of a web crawl's from its URL; a JSONL or CSV record's from
its `id` field, or from the file and line number.

    document_id_for_name("Reuters Story 01.html")   -> "reuters-story-01"
    document_id_for_name("2024/05/index.html")      -> "2024-05-index"
    document_id_for_name("Zoë Müller.txt")          -> "zoe-muller"
    document_id_for_name("新闻.txt")                 -> "article-2b8d7c3e"
    url_document_id("https://www.example.com/news/harbor.html") -> "example.com-news-harbor"
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

# Characters of a name kept in a document id; the rest (a folder's "/" too) become "-".
ID_CHARACTERS = re.compile(r"[^a-z0-9_.-]+")
# A longer id (a long URL) is cut, and a hash of the whole keeps it apart from others.
MAX_ID_CHARACTERS = 100
HASH_CHARACTERS = 8
# Page suffixes that say nothing about the article: `/news/harbor.html` is `news-harbor`.
URL_PAGE_SUFFIXES = re.compile(r"\.(?:html?|php|aspx?|jsp|shtml)$", re.IGNORECASE)


def document_id_for(path: Path) -> str:
    """The id of a file directly in the input folder (its name alone)."""
    return document_id_for_name(path.name)


def document_id_for_name(name: str) -> str:
    """The id of a file from its path relative to the input, without its suffix.

    Accents are dropped; a name with letters that have no Latin form keeps a hash of the
    name, so two such files never share an id.
    """
    if (
        name
        and not name.startswith("/")
        and "." not in name.split("/")
        and "" not in name.split("/")
    ):
        # A plain relative path (what a folder walk gives), cut as `PurePosixPath` would,
        # without its cost (a third of reading a folder of 100,000 files).
        folder, _, base = name.rpartition("/")
        return slug_id(f"{folder}/{stem_of(base)}" if folder else stem_of(base))
    path = PurePosixPath(name)
    stem = str(path.with_name(path.stem)) if path.name else name
    return slug_id(stem)


def stem_of(name: str) -> str:
    """A file name without its last suffix, as `PurePosixPath(name).stem` gives it."""
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def url_document_id(url: str) -> str:
    """The id of a web page from its URL: host without `www.`, path and query."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    path = URL_PAGE_SUFFIXES.sub("", unquote(parts.path).rstrip("/"))
    text = host + path + (f"?{unquote(parts.query)}" if parts.query else "")
    return slug_id(text or url, whole=url)


def slug_id(text: str, whole: str | None = None) -> str:
    """`text` in lower case, accents dropped, other characters as `-`; a hash of `whole`
    (or `text`) added when letters without a Latin form were dropped or the id is cut."""
    if text.isascii():  # most names and URLs: nothing to fold
        folded = text
    else:
        text = unicodedata.normalize("NFC", text)
        folded = "".join(
            char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
        )
    slug = ID_CHARACTERS.sub("-", folded.lower()).strip("-._")  # ids start with a letter or digit
    cut = len(slug) > MAX_ID_CHARACTERS
    if cut:
        slug = slug[: MAX_ID_CHARACTERS - HASH_CHARACTERS - 1].rstrip("-._")
    if cut or (
        not folded.isascii() and any(char.isalnum() and not char.isascii() for char in folded)
    ):
        source = whole if whole is not None else text
        digest = hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()
        slug = f"{slug or 'article'}-{digest[:HASH_CHARACTERS]}"
    return slug or "article"
