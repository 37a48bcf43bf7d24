"""JSON Lines and CSV exports: one article per line (or CSV row), as dataset hubs, scrapers
such as news-please and newsroom APIs write them.

The fields read are `text` (or `html`, a page that goes through the HTML path), `title`,
`published`, `url`, `publisher`, `section`, `language` and `id`; `--fields` maps them to
the names an export uses (`text=maintext,published=date_publish`). The metadata fields are
checked as a sidecar's are. A record's document id is its `id` (as a file name's would be)
or, without one, the file's name and the line number (`news-17`); its `source` is
`news.jsonl#ID` or `news.jsonl:17`. The file is read one line at a time (a `.jsonl.gz`
through gzip as a stream), and a line longer than `MAX_RECORD_BYTES` is skipped without
being held, so an export of any size is read in bounded memory. A broken line is one error
line naming the file and line; the other records are read.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import IO

from pipeline.ingest.document_ids import document_id_for_name, slug_id
from pipeline.ingest.record import HTML, TEXT, InputRecord, Sidecar, failed_record
from pipeline.safe_text import shown

FIELDS = ("id", "text", "html", "title", "published", "url", "publisher", "section", "language")
METADATA_FIELDS = ("title", "publisher", "published", "url", "section", "language")
# Longer than any article; bounds what one line (or a CSV field left open) can take.
MAX_RECORD_BYTES = 64 << 20
EXPORT_SUFFIXES = (".jsonl.gz", ".jsonl", ".csv")
# Bytes of a CSV cell that were not UTF-8 (kept as surrogates, to name the line).
NOT_UTF8 = re.compile("[\udc80-\udcff]")

Keep = Callable[[str], bool]
FieldMap = Mapping[str, str]  # our field -> the export's


def parse_fields(text: str) -> dict[str, str]:
    """`text=maintext,published=date_publish` -> `{"text": "maintext", ...}`; `ValueError`
    with the reason for anything else."""
    mapping = {}
    for pair in filter(None, (part.strip() for part in text.split(","))):
        ours, equals, theirs = pair.partition("=")
        ours, theirs = ours.strip(), theirs.strip()
        if not equals or not ours or not theirs:
            raise ValueError(f"{pair!r} is not FIELD=NAME (e.g. text=maintext)")
        if ours not in FIELDS:
            raise ValueError(f"{ours!r} is not a field read; the fields are {', '.join(FIELDS)}")
        mapping[ours] = theirs
    return mapping


def export_stem(relative: str) -> str:
    """`2024/news.jsonl.gz` -> `2024/news`: what ids of records without an `id` start with."""
    path = PurePosixPath(relative)
    name = path.name
    for suffix in EXPORT_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return str(path.with_name(name or "records"))


class _Export:
    """What the records of one export file share: names, field map and shard filter."""

    def __init__(self, path: Path, relative: str, fields: FieldMap | None, keep: Keep | None):
        self.label = shown(path)
        self.name = shown(relative)
        self.stem = export_stem(relative)
        self.fields = {field: field for field in FIELDS} | dict(fields or {})
        self.keep = keep or (lambda document_id: True)

    def record(self, values: dict[str, object], line: int, input_bytes: int) -> InputRecord | None:
        """The record of one line's values, a failed record, or None when another shard's."""
        where = f"{self.label}:{line}"
        given_id = values.get(self.fields["id"])
        if isinstance(given_id, bool) or not isinstance(given_id, str | int):
            given_id = None
        given_id = str(given_id).strip() if given_id is not None else ""
        if given_id:
            document_id, source = slug_id(given_id), f"{self.name}#{shown(given_id)}"
        else:
            document_id = document_id_for_name(f"{self.stem}-{line}.txt")
            source = f"{self.name}:{line}"
        if not self.keep(document_id):
            return None
        try:
            parser, content = self._article(values)
            metadata = {
                field: values[self.fields[field]]
                for field in METADATA_FIELDS
                if values.get(self.fields[field]) not in (None, "")
            }
            sidecar = json.dumps(metadata, sort_keys=True, ensure_ascii=False).encode("utf-8")
        except ValueError as error:  # UnicodeEncodeError too: a lone surrogate
            return failed_record(document_id, where, str(error), input_bytes)
        return InputRecord(
            document_id=document_id,
            source=source,
            label=where,
            parser=parser,
            content=content,
            sidecar=Sidecar(where, sidecar),
            input_bytes=input_bytes,
        )

    def _article(self, values: dict[str, object]) -> tuple[str, bytes]:
        for field, parser in (("text", TEXT), ("html", HTML)):
            value = values.get(self.fields[field])
            if value is None:
                continue
            if not isinstance(value, str):
                raise ValueError(
                    f"{self.fields[field]} must be a string, not {type(value).__name__}"
                )
            if value.strip():
                return parser, value.encode("utf-8")
        names = " or ".join(sorted({self.fields["text"], self.fields["html"]}))
        raise ValueError(f"no article text (no {names} field, or an empty one)")

    def broken(self, problem: str, input_bytes: int = 0) -> InputRecord | None:
        """The one line of a file that cannot be read on (reported by one shard)."""
        document_id = document_id_for_name(f"{self.stem}.txt")
        if not self.keep(document_id):
            return None
        return failed_record(document_id, self.label, problem, input_bytes)


def _open(path: Path) -> tuple[IO[bytes], IO[bytes]]:
    """(the file, the stream of its lines): through gzip for `.gz`."""
    raw = path.open("rb")
    if path.name.lower().endswith(".gz"):
        return raw, gzip.GzipFile(fileobj=raw, mode="rb")
    return raw, raw


def jsonl_records(
    path: Path, relative: str, fields: FieldMap | None = None, keep: Keep | None = None
) -> Iterator[InputRecord]:
    """One record per line of a JSON Lines file (`.jsonl` or `.jsonl.gz`); blank lines are skipped."""
    export = _Export(path, relative, fields, keep)
    try:
        raw, stream = _open(path)
    except OSError as error:
        broken = export.broken(f"cannot be read ({error.strerror})")
        yield from [broken] if broken else []
        return
    line = 0
    accounted = 0
    with raw:
        try:
            while True:
                data = stream.readline(MAX_RECORD_BYTES + 1)
                if not data:
                    break
                line += 1
                spent = raw.tell() - accounted
                if len(data) > MAX_RECORD_BYTES and not data.endswith(b"\n"):
                    _skip_line(stream)
                    record = _failed_line(export, line, "longer than 64 MB; not read", spent)
                elif not data.strip():
                    continue
                else:
                    record = _json_line(export, data, line, spent)
                if record is not None:
                    accounted = raw.tell()
                    yield record
        except (OSError, EOFError, zlib.error) as error:
            broken = export.broken(
                f"damaged or cut short after line {line:,} ({shown(error)[:200]}); the lines "
                "before it are read"
            )
            yield from [broken] if broken else []


def _skip_line(stream: IO[bytes]) -> None:
    while True:
        data = stream.readline(MAX_RECORD_BYTES)
        if not data or data.endswith(b"\n"):
            return


def _failed_line(export: _Export, line: int, problem: str, spent: int) -> InputRecord | None:
    document_id = document_id_for_name(f"{export.stem}-{line}.txt")
    if not export.keep(document_id):
        return None
    return failed_record(document_id, f"{export.label}:{line}", problem, spent)


def _json_line(export: _Export, data: bytes, line: int, spent: int) -> InputRecord | None:
    try:
        values = json.loads(data.strip())
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return _failed_line(export, line, f"not valid JSON ({shown(error)[:200]})", spent)
    except RecursionError:
        return _failed_line(export, line, "JSON nested too deeply", spent)
    if not isinstance(values, dict):
        return _failed_line(
            export, line, f"a JSON {type(values).__name__}, not an object of fields", spent
        )
    return export.record(values, line, spent)


def csv_records(
    path: Path, relative: str, fields: FieldMap | None = None, keep: Keep | None = None
) -> Iterator[InputRecord]:
    """One record per row of a CSV file with a header row; a row's line is where it starts."""
    export = _Export(path, relative, fields, keep)
    try:
        raw, stream = _open(path)
    except OSError as error:
        broken = export.broken(f"cannot be read ({error.strerror})")
        yield from [broken] if broken else []
        return
    # A field may hold a whole article: far more than csv's default limit of 128 kB.
    csv.field_size_limit(MAX_RECORD_BYTES)
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    reader = csv.reader(text)
    line = 0
    accounted = 0
    with raw:
        try:
            header = [name.strip() for name in next(reader, [])]
            if header:
                header[0] = header[0].removeprefix("\ufeff")
            if not any(header):
                broken = export.broken("no header row (the names of the fields)")
                yield from [broken] if broken else []
                return
            line = reader.line_num
            for row in reader:
                start, line = line + 1, reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                spent = raw.tell() - accounted
                if len(row) != len(header):
                    problem = f"{len(row)} fields where the header has {len(header)}"
                    record = _failed_line(export, start, problem, spent)
                elif any(NOT_UTF8.search(cell) for cell in row):
                    record = _failed_line(
                        export, start, "not UTF-8; re-save the file as UTF-8", spent
                    )
                else:
                    values = {name: cell for name, cell in zip(header, row, strict=True) if cell}
                    record = export.record(values, start, spent)
                if record is not None:
                    accounted = raw.tell()
                    yield record
        except (csv.Error, OSError, EOFError, zlib.error) as error:
            broken = export.broken(
                f"cannot be read on after line {line:,} ({shown(error)[:200]}); the rows "
                "before it are read"
            )
            yield from [broken] if broken else []
