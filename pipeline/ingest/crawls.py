"""Web crawls: every HTML page of a WARC file (`.warc` or `.warc.gz`, as Common Crawl's
CC-NEWS and newsroom archives keep them) is one article, read by `warcio` one record at a
time, so a crawl of any size is read in bounded memory.

A page is an HTTP response with status 2xx and an HTML body; it goes through the same HTML
path as an `.html` file. Its URL is its `source` and its `url`, its document id comes from
the URL, and the date the crawler fetched it (`WARC-Date`) is its publication date when the
page gives none. Every other record (requests, metadata, images, redirects) is counted in
the summary, as is a second response for a URL already read; neither is an error. A crawl
that is damaged or cut short is one error line, and its pages before the damage are read.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from pipeline.ingest.document_ids import document_id_for_name, url_document_id
from pipeline.ingest.read import iso_date
from pipeline.ingest.record import HTML, InputRecord, Sidecar, failed_record
from pipeline.safe_text import shown

NOT_PAGES = "WARC records that are not HTML pages"
REPEATED_PAGES = "WARC responses for a URL already read"
# A page larger than this is no article (a data dump served as HTML); it is not read whole.
MAX_PAGE_BYTES = 64 << 20
HTML_TYPES = ("text/html", "application/xhtml+xml")
CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", re.IGNORECASE)

Keep = Callable[[str], bool]  # whether a document id is wanted (a Dagster shard's)


def crawl_records(
    path: Path,
    relative: str,
    counted: Counter[str],
    *,
    keep: Keep | None = None,
    seen_urls: set[str] | None = None,
) -> Iterator[InputRecord]:
    """The HTML pages of the crawl at `path` (`relative` to the input), in the crawl's order.

    Records that are not pages are added to `counted`; `seen_urls` (shared by the crawls of
    one input) keeps a URL fetched twice from being two articles.
    """
    label = shown(path)
    seen = set() if seen_urls is None else seen_urls
    wanted = keep or (lambda document_id: True)
    pages = 0
    try:
        raw = path.open("rb")
    except OSError as error:
        yield failed_record(
            document_id_for_name(relative), label, f"cannot be read ({error.strerror})"
        )
        return
    with raw:
        accounted = 0  # bytes of the file handed out with earlier pages, for progress
        try:
            iterator = ArchiveIterator(raw)
            complete = _watch_last_member(iterator)
            for record in iterator:
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                page = None
                if _is_page(record):
                    document_id = url_document_id(url) if url else document_id_for_name(relative)
                    if not wanted(document_id):
                        pass
                    elif url in seen:
                        counted[REPEATED_PAGES] += 1
                    else:
                        seen.add(url)
                        page = _page(record, url, document_id, label, raw.tell() - accounted)
                # The id of a record that is not a page only tells which shard counts it.
                elif keep is None or wanted(
                    url_document_id(url) if url else document_id_for_name(relative)
                ):
                    counted[NOT_PAGES] += 1
                if not _read_to_end(record):
                    raise EOFError(f"the record of {shown(url)[:200]} is cut short")
                if page is not None:
                    pages += 1
                    accounted = raw.tell()
                    yield page
            if not complete():
                raise EOFError("the last gzip member is cut short")
            if not _only_blank_after(raw, iterator.offset):
                raise EOFError("the last record is cut short in its headers")
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as error:
            if wanted(document_id_for_name(relative)):
                yield failed_record(
                    document_id_for_name(relative),
                    label,
                    f"damaged or cut short after {pages:,} pages ({shown(error)[:200]}); "
                    "the pages before it are read",
                )


def _watch_last_member(iterator: ArchiveIterator) -> Callable[[], bool]:
    """Whether the crawl's last gzip member was whole, once the iterator is done.

    warcio reads a gzip member cut short as if it ended there; its decompressor, which it
    drops at the end, knows better: it is asked just before.
    """
    reader = iterator.reader
    state = {"complete": True}
    close = reader.close_decompressor

    def close_and_tell() -> None:
        decompressor = reader.decompressor
        state["complete"] = decompressor is None or getattr(decompressor, "eof", True)
        close()

    reader.close_decompressor = close_and_tell
    return lambda: state["complete"]


def _only_blank_after(raw, offset: int) -> bool:
    """Whether nothing but blank lines follows the last whole record (warcio ends quietly at
    a record whose headers are cut short)."""
    raw.seek(offset)
    return not raw.read(1 << 10).strip()


def _read_to_end(record) -> bool:
    """Read what is left of the record, a block at a time; False if the file ends first
    (warcio itself stops quietly at the end of a crawl cut short)."""
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    return not getattr(stream, "limit", 0)


def _is_page(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(HTML_TYPES)


def _page(record, url: str, document_id: str, label: str, input_bytes: int) -> InputRecord:
    where = f"{label}: {shown(url)}"
    try:
        body = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except (OSError, ValueError, EOFError, zlib.error) as error:
        return failed_record(document_id, where, f"cannot be read ({shown(error)[:200]})")
    if len(body) > MAX_PAGE_BYTES:
        return failed_record(
            document_id, where, f"a page of more than {MAX_PAGE_BYTES >> 20} MB; skipped"
        )
    content_type = record.http_headers.get_header("Content-Type") or ""
    charset = CHARSET.search(content_type)
    fetched = record.rec_headers.get_header("WARC-Date") or ""
    return InputRecord(
        document_id=document_id,
        source=shown(url),
        label=where,
        parser=HTML,
        content=body,
        # The address the crawler fetched wins over the one the page claims, as a sidecar's.
        sidecar=Sidecar(where, json.dumps({"url": url}).encode("utf-8")),
        fallback_published=iso_date(fetched) if fetched else None,
        charset=charset.group(1).lower() if charset else None,
        lenient=True,
        input_bytes=input_bytes,
    )
