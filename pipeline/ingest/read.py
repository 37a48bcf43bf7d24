"""Find article files, decode them with clear errors, and merge sidecar metadata."""

from __future__ import annotations

import errno
import hashlib
import json
import re
import stat
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pycountry

from pipeline.ingest.clean import clean_text_page
from pipeline.ingest.html import clean_html_page
from pipeline.ingest.language import detect_language
from pipeline.model import Article, ArticleError
from pipeline.safe_text import shown, without_controls

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = ("title", "publisher", "published", "url", "section", "language")
# Publication dates a table can hold (pandas' datetime64[ns] spans 1677-09-21 to 2262-04-11).
EARLIEST_PUBLISHED = date(1678, 1, 1)
LATEST_PUBLISHED = date(2261, 12, 31)
# Characters of a file name kept in its document id; the rest become "-".
ID_CHARACTERS = re.compile(r"[^a-z0-9_.-]+")


@dataclass(frozen=True)
class Skipped:
    """A file of the input folder that is not read, and why: `notes.pdf: skipped, not an article`."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{shown(self.path)}: skipped, {self.reason}"


def discover_articles(input_dir: Path) -> tuple[list[Path], list[Skipped]]:
    """Article files in `input_dir`, sorted, and every other entry with the reason it is not read.

    Sidecars are read with their article and not listed. A link is followed only to a file
    inside `input_dir`.
    """
    input_dir = Path(input_dir)
    if not input_dir.exists():
        raise ArticleError(f"{shown(input_dir)}: input folder does not exist")
    if not input_dir.is_dir():
        raise ArticleError(f"{shown(input_dir)}: --input must be a folder of articles")
    try:
        entries = sorted(input_dir.iterdir())
    except OSError as error:
        raise ArticleError(
            f"{shown(input_dir)}: the input folder cannot be read ({error.strerror})"
        ) from None
    root = input_dir.resolve()
    names = {entry.name for entry in entries}
    articles, skipped = [], []
    for path in entries:
        reason = _not_read(path, root, names)
        if reason is None:
            articles.append(path)
        elif reason:
            skipped.append(Skipped(path, reason))
    return articles, skipped


def _not_read(path: Path, root: Path, names: set[str]) -> str | None:
    """Why `path` is not read as an article ("" for a sidecar whose article is there), or None."""
    if path.name.startswith("."):
        return "a hidden file"
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except RuntimeError:
            return "a link that loops"
        except OSError as error:
            if error.errno == errno.ELOOP:
                return "a link that loops"
            return "a broken link"
        if not target.is_relative_to(root):
            return "a link to a file outside the input folder"
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    if stat.S_ISDIR(mode):
        return "a folder (only the files directly in the input folder are read)"
    if not stat.S_ISREG(mode):
        return "not a regular file"
    if path.name.endswith(SIDECAR_SUFFIX):
        stem = path.name[: -len(SIDECAR_SUFFIX)]
        if any(f"{stem}{suffix}" in names for suffix in SUPPORTED_SUFFIXES):
            return ""
        return f"a sidecar with no article ({stem}.txt, .md, .html or .htm) beside it"
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return f"not an article file (expected one of {', '.join(SUPPORTED_SUFFIXES)})"
    return None


def document_id_for(path: Path) -> str:
    """A stable, readable id from the file name, safe in URLs.

    `Reuters Story 01.html` -> `reuters-story-01`; accents are dropped (`Zoë Müller.txt` ->
    `zoe-muller`); letters that have no such Latin form are kept apart by a hash of the name
    (`新闻.txt` -> `article-2b8d7c3e`), so two such files never share an id.
    """
    stem = unicodedata.normalize("NFC", path.stem)
    folded = "".join(
        char for char in unicodedata.normalize("NFKD", stem) if not unicodedata.combining(char)
    )
    slug = ID_CHARACTERS.sub("-", folded.lower()).strip("-.")
    if any(char.isalnum() and not char.isascii() for char in folded):
        digest = hashlib.sha256(stem.encode("utf-8", "surrogateescape")).hexdigest()[:8]
        slug = f"{slug or 'article'}-{digest}"
    return slug or "article"


def published_in_range(published: date | None) -> bool:
    return published is None or EARLIEST_PUBLISHED <= published <= LATEST_PUBLISHED


def language_code(value: str) -> str | None:
    """An ISO 639-1 code from what a sidecar may say: `EN`, `en-US`, `en_GB`, `eng`, `English`."""
    primary = re.split(r"[-_]", value.strip(), maxsplit=1)[0]
    if re.fullmatch(r"[A-Za-z]{2}", primary):
        return primary.lower()
    try:
        language = pycountry.languages.lookup(primary)
    except LookupError:
        return None
    return getattr(language, "alpha_2", None)


def decode_utf8(raw: bytes, path: Path) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = raw[error.start : error.start + 1].hex().upper()
        raise ArticleError(
            f"{shown(path)}: not UTF-8 (byte 0x{bad} at offset {error.start}); re-save the file as UTF-8"
        ) from None
    return text.removeprefix("\ufeff")


def read_sidecar(path: Path) -> dict[str, object]:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except OSError as error:
        raise ArticleError(f"{shown(sidecar)}: cannot be read ({error.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArticleError(
            f"{shown(sidecar)}: not valid UTF-8 JSON ({shown(error)}); fix or remove the sidecar"
        ) from None
    except RecursionError:
        raise ArticleError(
            f"{shown(sidecar)}: JSON nested too deeply; fix or remove the sidecar"
        ) from None
    if not isinstance(meta, dict):
        raise ArticleError(
            f"{shown(sidecar)}: must hold a JSON object with keys {', '.join(SIDECAR_KEYS)}"
        )
    unknown = sorted(set(meta) - set(SIDECAR_KEYS))
    if unknown:
        raise ArticleError(
            f"{shown(sidecar)}: unknown keys {shown(', '.join(unknown))[:200]}; allowed are "
            f"{', '.join(SIDECAR_KEYS)}"
        )
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise ArticleError(
                f"{shown(sidecar)}: {key} must be a string, not {type(value).__name__}"
            )
    meta = {key: without_controls(value).strip() for key, value in meta.items() if value}
    if meta.get("published"):
        try:
            meta["published"] = date.fromisoformat(meta["published"])
        except ValueError:
            raise ArticleError(
                f"{shown(sidecar)}: published {shown(meta['published'])[:40]!r} is not an ISO "
                "date (YYYY-MM-DD)"
            ) from None
        if not published_in_range(meta["published"]):
            raise ArticleError(
                f"{shown(sidecar)}: published {meta['published'].isoformat()} is outside "
                f"{EARLIEST_PUBLISHED.year}-{LATEST_PUBLISHED.year}; fix the date"
            )
    if meta.get("language"):
        code = language_code(meta["language"])
        if code is None:
            raise ArticleError(
                f"{shown(sidecar)}: language {shown(meta['language'])[:40]!r} is not a language "
                "code such as en, fr or zh"
            )
        meta["language"] = code
    return meta


def read_article(path: Path) -> Article:
    """Read, decode and clean one article file; raise `ArticleError` naming the file on bad input.

    Whatever could break a later stage is settled here: control characters are removed from
    the text, a publication date the tables cannot hold is dropped (from the page) or
    refused (from a sidecar), a sidecar's language becomes an ISO 639-1 code; without one,
    the language is detected from the body (English when the detector is unsure).
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{shown(path)}: cannot be read ({error.strerror})") from None
    if not raw.strip():
        raise ArticleError(f"{shown(path)}: file is empty; remove it or add the article text")
    text = without_controls(decode_utf8(raw, path))
    document_id = document_id_for(path)
    sha256 = hashlib.sha256(raw).hexdigest()
    source = shown(path.name)
    if path.suffix.lower() in (".html", ".htm"):
        article = clean_html_page(text, document_id=document_id, source=source, sha256=sha256)
    else:
        article = clean_text_page(text, document_id=document_id, source=source, sha256=sha256)
    if not article.text[article.body_start :].strip():
        raise ArticleError(f"{shown(path)}: no article body found after removing page furniture")
    if not published_in_range(article.published):
        article = replace(article, published=None)  # "Updated: November 8, 2300": a typo
    meta = read_sidecar(path)
    if "language" not in meta:
        detected = detect_language(article.text[article.body_start :])
        if detected is not None:
            meta["language"] = detected
    return replace(article, **meta)
