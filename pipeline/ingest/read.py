"""Find article files, decode them with clear errors, and merge sidecar metadata."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from pipeline.ingest.clean import clean_text_page
from pipeline.ingest.html import clean_html_page
from pipeline.model import Article, ArticleError

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = ("title", "publisher", "published", "url", "section", "language")


def discover_articles(input_dir: Path) -> tuple[list[Path], list[str]]:
    """Article files in `input_dir`, sorted, and one line per other file that is skipped."""
    if not input_dir.is_dir():
        raise FileNotFoundError(f"{input_dir}: input folder does not exist")
    articles, skipped = [], []
    for path in sorted(p for p in input_dir.iterdir() if p.is_file()):
        if path.name.endswith(SIDECAR_SUFFIX) or path.name.startswith("."):
            continue
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            articles.append(path)
        else:
            skipped.append(
                f"{path}: skipped, not an article file (expected one of {', '.join(SUPPORTED_SUFFIXES)})"
            )
    return articles, skipped


def document_id_for(path: Path) -> str:
    """`Reuters Story 01.html` -> `reuters-story-01`: stable, readable, safe in URLs."""
    slug = re.sub(r"[^a-z0-9_.-]+", "-", path.stem.lower()).strip("-.")
    return slug or "article"


def decode_utf8(raw: bytes, path: Path) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = raw[error.start : error.start + 1].hex().upper()
        raise ArticleError(
            f"{path}: not UTF-8 (byte 0x{bad} at offset {error.start}); re-save the file as UTF-8"
        ) from None
    return text.removeprefix("\ufeff")


def read_sidecar(path: Path) -> dict[str, object]:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArticleError(
            f"{sidecar}: not valid UTF-8 JSON ({error}); fix or remove the sidecar"
        ) from None
    if not isinstance(meta, dict):
        raise ArticleError(
            f"{sidecar}: must hold a JSON object with keys {', '.join(SIDECAR_KEYS)}"
        )
    unknown = sorted(set(meta) - set(SIDECAR_KEYS))
    if unknown:
        raise ArticleError(
            f"{sidecar}: unknown keys {', '.join(unknown)}; allowed are {', '.join(SIDECAR_KEYS)}"
        )
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise ArticleError(f"{sidecar}: {key} must be a string, not {type(value).__name__}")
    if meta.get("published"):
        try:
            meta["published"] = date.fromisoformat(str(meta["published"]))
        except ValueError:
            raise ArticleError(
                f"{sidecar}: published {meta['published']!r} is not an ISO date (YYYY-MM-DD)"
            ) from None
    return meta


def read_article(path: Path) -> Article:
    """Read, decode and clean one article file; raise `ArticleError` naming the file on bad input."""
    raw = path.read_bytes()
    if not raw.strip():
        raise ArticleError(f"{path}: file is empty; remove it or add the article text")
    text = decode_utf8(raw, path)
    document_id = document_id_for(path)
    sha256 = hashlib.sha256(raw).hexdigest()
    if path.suffix.lower() in (".html", ".htm"):
        article = clean_html_page(text, document_id=document_id, source=path.name, sha256=sha256)
    else:
        article = clean_text_page(text, document_id=document_id, source=path.name, sha256=sha256)
    if not article.text[article.body_start :].strip():
        raise ArticleError(f"{path}: no article body found after removing page furniture")
    meta = read_sidecar(path)
    return replace(article, **{k: v for k, v in meta.items() if v not in (None, "")})
