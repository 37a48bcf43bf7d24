"""Read one article record: decode it with clear errors, clean it, and merge its metadata."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import pycountry

from pipeline.ingest.clean import clean_text_page
from pipeline.ingest.document_ids import document_id_for
from pipeline.ingest.html import clean_html_page
from pipeline.ingest.language import detect_language
from pipeline.ingest.record import HTML, SIDECAR_SUFFIX, InputRecord, Sidecar, file_record
from pipeline.model import (
    EARLIEST_TABLE_DATE,
    LATEST_TABLE_DATE,
    Article,
    ArticleError,
    NoArticleText,
    date_in_tables,
)
from pipeline.safe_text import shown, without_controls

__all__ = [
    "SIDECAR_SUFFIX",
    "document_id_for",
]  # where the Dagster shards and older callers import it from

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
SIDECAR_KEYS = ("title", "publisher", "published", "url", "section", "language")
# Publication dates a table can hold (`pipeline.model.date_in_tables`).
EARLIEST_PUBLISHED = EARLIEST_TABLE_DATE
LATEST_PUBLISHED = LATEST_TABLE_DATE
# `<meta charset="iso-8859-1">` or `<meta http-equiv=... content="text/html; charset=...">`
META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_:.-]{1,40})", re.IGNORECASE
)
META_CHARSET_BYTES = 4096


@dataclass(frozen=True)
class Skipped:
    """An entry of the input that is not read, and why: `in/notes.pdf: skipped, not an article`.

    `where` names it as error lines do (already shown); `name` is its path relative to the
    input, which tells the Dagster shard that reports it.
    """

    where: str
    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: skipped, {self.reason}"


# A full date in a path or an address, its parts apart: "2019/07/12", "2018-07-12",
# "2018_07_12" (not "20101115", as often a story's number, nor inside a longer number)
DATE_IN_PATH = re.compile(
    r"(?<![\dA-Za-z])((?:19|20)\d\d)([-/_.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)"
)
# An export's record ("news.csv:17", "news.jsonl:4"): its file's name dates no row
RECORD_IN_EXPORT = re.compile(r":\d+$")


def date_in_path(path: str) -> date | None:
    """The first full date written in a file's path or a page's address (not its query:
    "?utm_campaign=2024-03-05"), when it is a day: news sites file a story under its day
    first ("/2019/07/12/remembering-1969-07-20-moon-landing")."""
    path = path.split("?", 1)[0].split("#", 1)[0]
    for match in DATE_IN_PATH.finditer(path):
        try:
            return date(int(match[1]), int(match[3]), int(match[4]))
        except ValueError:
            continue  # "2019-02-30": no day
    return None


def published_in_range(published: date | None) -> bool:
    return published is None or date_in_tables(published)


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


def decode_utf8(raw: bytes, label: str) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = raw[error.start : error.start + 1].hex().upper()
        raise ArticleError(
            f"{label}: not UTF-8 (byte 0x{bad} at offset {error.start}); re-save the file as UTF-8"
        ) from None
    return text.removeprefix("\ufeff")


def read_sidecar(path: Path) -> dict[str, object]:
    """The metadata of the sidecar `NAME.meta.json` beside the file `path`, if there is one."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    return read_metadata(Sidecar(shown(sidecar), sidecar))


def read_metadata(sidecar: Sidecar) -> dict[str, object]:
    """Checked metadata from JSON (a sidecar, or the fields of a JSONL line or CSV row);
    `ArticleError` naming `sidecar.label` on anything a table could not hold."""
    where = sidecar.label
    try:
        raw = sidecar.content
        meta = json.loads(raw if isinstance(raw, bytes) else Path(raw).read_bytes())
    except OSError as error:
        raise ArticleError(f"{where}: cannot be read ({error.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArticleError(
            f"{where}: not valid UTF-8 JSON ({shown(error)}); fix or remove the sidecar"
        ) from None
    except RecursionError:
        raise ArticleError(f"{where}: JSON nested too deeply; fix or remove the sidecar") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{where}: must hold a JSON object with keys {', '.join(SIDECAR_KEYS)}")
    unknown = sorted(set(meta) - set(SIDECAR_KEYS))
    if unknown:
        raise ArticleError(
            f"{where}: unknown keys {shown(', '.join(unknown))[:200]}; allowed are "
            f"{', '.join(SIDECAR_KEYS)}"
        )
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise ArticleError(f"{where}: {key} must be a string, not {type(value).__name__}")
    meta = {key: without_controls(value).strip() for key, value in meta.items() if value}
    if meta.get("published"):
        parsed = iso_date(meta["published"])
        if parsed is None:
            raise ArticleError(
                f"{where}: published {shown(meta['published'])[:40]!r} is not an ISO "
                "date (YYYY-MM-DD)"
            )
        if not published_in_range(parsed):
            raise ArticleError(
                f"{where}: published {parsed.isoformat()} is outside "
                f"{EARLIEST_PUBLISHED.year}-{LATEST_PUBLISHED.year}; fix the date"
            )
        meta["published"] = parsed
    if meta.get("language"):
        code = language_code(meta["language"])
        if code is None:
            raise ArticleError(
                f"{where}: language {shown(meta['language'])[:40]!r} is not a language "
                "code such as en, fr or zh"
            )
        meta["language"] = code
    return meta


def iso_date(value: str) -> date | None:
    """`2024-05-02`, or the date of an ISO date and time (`2024-05-02T10:00:00Z`,
    `2024-05-02 10:00:00`, as scrapers write them); None otherwise."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def read_article(path: Path) -> Article:
    """Read, decode and clean one article file (a file directly in the input folder)."""
    return read_record(file_record(path, path.parent))


def read_record(record: InputRecord) -> Article:
    """Read, decode and clean one article; raise `ArticleError` naming it on bad input.

    Whatever could break a later stage is settled here: control characters are removed from
    the text, a publication date the tables cannot hold is dropped (from the page) or
    refused (from a sidecar), a sidecar's language becomes an ISO 639-1 code; without one
    (a sidecar, or a record's `language` field), the language is detected from the body
    (English when the detector is unsure). `NoArticleText` says the input held no article
    (an empty file, a page of links).
    """
    record = record.loaded()
    raw = record.content
    if not raw.strip():
        raise NoArticleText(f"{record.label}: file is empty; remove it or add the article text")
    text = without_controls(decode_text(raw, record))
    sha256 = hashlib.sha256(raw).hexdigest()
    identity = {"document_id": record.document_id, "source": record.source, "sha256": sha256}
    if record.parser == HTML:
        try:
            article = clean_html_page(text, **identity)
        except NoArticleText as error:
            raise NoArticleText(f"{record.label}: {error}") from None
    else:
        article = clean_text_page(text, **identity)
    if not article.text[article.body_start :].strip():
        raise NoArticleText(f"{record.label}: no article body found after removing page furniture")
    meta = read_metadata(record.sidecar) if record.sidecar is not None else {}
    # A date the page does not give: a full date in the page's address or the file's path
    # ("/2019/07/12/", "2018-07-12_ruling.txt", as news sites and archives name them), else
    # the day a crawler fetched the page. Any may be a typo the tables cannot hold ("Updated:
    # November 8, 2300", "WARC-Date: 2300-...").
    in_path = date_in_path(meta.get("url") or article.url or "") or (
        None if RECORD_IN_EXPORT.search(record.source) else date_in_path(record.source)
    )
    if in_path and record.fallback_published and in_path > record.fallback_published:
        in_path = None  # ("/events/2030-01-01-summit", fetched in 2024: no publication date)
    for published in (article.published, in_path, record.fallback_published):
        if published is not None and published_in_range(published):
            break
    else:
        published = None
    if "language" not in meta:
        detected = detect_language(article.text[article.body_start :])
        if detected is not None:
            meta["language"] = detected
    # (one copy of the article: a sidecar's date wins over the page's)
    return replace(article, **{"published": published, **meta})


def decode_text(raw: bytes, record: InputRecord) -> str:
    """A file as UTF-8 (a clear error otherwise); a web page in the charset its response or
    its `<meta charset>` declares, as browsers read it, a stray bad byte shown as U+FFFD."""
    if not record.lenient:
        return decode_utf8(raw, record.label)
    charset = record.charset or declared_charset(raw) or "utf-8"
    try:
        return raw.decode(charset, errors="replace").removeprefix("\ufeff")
    except LookupError:  # a charset Python does not know
        return raw.decode("utf-8", errors="replace").removeprefix("\ufeff")


def declared_charset(raw: bytes) -> str | None:
    """The charset of `<meta charset=...>` (or its http-equiv form) near the top of a page."""
    found = META_CHARSET.search(raw[:META_CHARSET_BYTES])
    return found.group(1).decode("ascii").lower() if found else None
