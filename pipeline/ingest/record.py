"""One input record: an article wherever it is kept, a file, an archive member, a page of a
web crawl, a line of JSON Lines or CSV.

Discovery (`pipeline.ingest.discover`) yields records one at a time for every form of
input; the build, its workers, the cache and the Dagster shards take records, never paths.
A record carries what a worker needs to read it without opening the input again: the path
of a plain file, or the bytes already read from a stream (an archive member, a WARC
response, a JSONL line). Only the records under way are in memory, never a whole input.

    record = file_record(Path("in/2024/05/index.html"), Path("in"))
    record.document_id, record.source      # "2024-05-index", "2024/05/index.html"
    read_record(record.loaded())            # the Article (pipeline.ingest.read)
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline.ingest.document_ids import document_id_for_name
from pipeline.model import ArticleError
from pipeline.safe_text import shown

SIDECAR_SUFFIX = ".meta.json"
# A file's path: a `Path`, or a str where a walk of many files makes them (`Path` is slower).
FilePath = str | Path
TEXT = "text"  # plain text or Markdown, cleaned by pipeline.ingest.clean
HTML = "html"  # a web page, whose main text trafilatura finds
HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True, slots=True)
class Sidecar:
    """Metadata given beside the article, as JSON (a `NAME.meta.json` file or member, or the
    metadata fields of a JSONL line or CSV row); `label` names it in error lines."""

    label: str
    content: bytes | FilePath


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One article of the input, and how to read it.

    `document_id` and `source` go to the `documents` table; `label` names the record in error
    lines (`in/a.txt`, `news.zip: 2024/a.txt`, `news.jsonl:17`). `content` is the raw
    article (bytes, or the path of a file read when needed). `problem`, when set, is the
    error line of a record that cannot be read (a broken JSONL line, an unsafe archive
    member): it costs that record, at its place in the input, and nothing else.
    """

    document_id: str
    source: str
    label: str
    parser: str = TEXT
    content: bytes | FilePath = b""
    sidecar: Sidecar | None = None
    # What the page says wins over these (the date a crawler fetched the page).
    fallback_published: date | None = None
    charset: str | None = None  # declared by the HTTP response; None: UTF-8
    # A page with no article text is counted in the summary, not an error (a web crawl).
    lenient: bool = False
    input_bytes: int = 0  # bytes of the input this record accounts for, for progress
    problem: str | None = None
    # A file's and its sidecar's (size, mtime_ns, ctime_ns, inode), as the walk of the input
    # folder saw them before reading them (`pipeline.input_index`); None: not known.
    statuses: tuple[tuple[int, ...], tuple[int, ...] | None] | None = None

    @property
    def is_file(self) -> bool:
        """Whether the article is a file read when needed (else its bytes are held)."""
        return not isinstance(self.content, bytes)

    @property
    def size(self) -> int:
        """Bytes of the article, to size the batches sent to workers."""
        if isinstance(self.content, bytes):
            return len(self.content)
        try:
            return os.stat(self.content).st_size
        except OSError:
            return 0  # reported when it is read

    def loaded(self) -> InputRecord:
        """The record with its article and sidecar as bytes; `ArticleError` naming it if not."""
        if self.problem is not None:
            raise ArticleError(self.problem)
        if isinstance(self.content, bytes) and (
            self.sidecar is None or isinstance(self.sidecar.content, bytes)
        ):
            return self
        content = _read(self.content, self.label)
        sidecar = self.sidecar
        if sidecar is not None and not isinstance(sidecar.content, bytes):
            sidecar = replace(sidecar, content=_read(sidecar.content, sidecar.label))
        return replace(self, content=content, sidecar=sidecar)

    def key_parts(self) -> list[str]:
        """What its extraction depends on besides the code: the parser, the bytes of the
        article and of its metadata. Not the id or source, which are set on the result."""
        record = self.loaded()
        sidecar = record.sidecar.content if record.sidecar is not None else None
        return [
            record.parser,
            record.charset or "-",
            record.fallback_published.isoformat() if record.fallback_published else "-",
            hashlib.sha256(record.content).hexdigest(),
            hashlib.sha256(sidecar).hexdigest() if sidecar is not None else "-",
        ]


def _read(path: bytes | FilePath, label: str) -> bytes:
    if isinstance(path, bytes):
        return path
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise ArticleError(f"{label}: cannot be read ({error.strerror})") from None


def parser_for(name: str) -> str:
    return HTML if name.lower().endswith(HTML_SUFFIXES) else TEXT


def file_record(path: Path, root: Path, input_bytes: int | None = None) -> InputRecord:
    """The record of an article file under the input folder `root`, with its sidecar if any."""
    sidecar_path = path.with_name(path.stem + SIDECAR_SUFFIX)
    return folder_record(
        path,
        path.relative_to(root).as_posix(),
        sidecar_path if sidecar_path.exists() else None,
        input_bytes or 0,
    )


def folder_record(
    path: FilePath,
    relative: str,
    sidecar: FilePath | None,
    input_bytes: int = 0,
    statuses: tuple[tuple[int, ...], tuple[int, ...] | None] | None = None,
) -> InputRecord:
    """The record of an article file at `relative` (POSIX) under the input folder, whose
    sidecar, if any, is `sidecar`: what a walk of the folder already knows (with the
    `statuses` it saw), so nothing is asked of the file system (a walk of 100,000 files spent
    most of its time here)."""
    return InputRecord(
        document_id=document_id_for_name(relative),
        source=shown(relative),
        label=shown(path),
        parser=parser_for(relative),
        content=path,
        sidecar=Sidecar(shown(sidecar), sidecar) if sidecar is not None else None,
        input_bytes=input_bytes,
        statuses=statuses,
    )


def failed_record(document_id: str, label: str, problem: str, input_bytes: int = 0) -> InputRecord:
    """A record that only reports `label: problem` (one line) where it stands in the input."""
    return InputRecord(
        document_id=document_id,
        source=label,
        label=label,
        problem=f"{label}: {problem}",
        input_bytes=input_bytes,
    )


def shown_in(container: str, member: str) -> str:
    """How an error line names a member of an archive: `news.zip: 2024/a.txt`."""
    return f"{container}: {shown(member)}"
