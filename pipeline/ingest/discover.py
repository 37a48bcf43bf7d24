"""What `--input` holds, as one stream of records whatever its form.

`--input` may be a folder (read recursively, with the web crawls in it), a `.zip` or
`.tar.gz` archive, a `.warc` or `.warc.gz` crawl, or a `.jsonl`, `.jsonl.gz` or `.csv`
export. `discover_inputs` says what it can before reading (how many articles when the
listing tells, how many bytes), then yields the records one at a time; what is not read is
collected in `skipped` (listed, one line each) and `counted` (only counted: the records of
a crawl that are not pages) as the records are read.

    inputs = discover_inputs(Path("crawl.warc.gz"))
    for record in inputs.records:      # lazily: one record in memory at a time
        ...
    inputs.skipped, inputs.counted     # complete once the records are read
"""

from __future__ import annotations

import gzip
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest.archives import tar_records, zip_records
from pipeline.ingest.crawls import crawl_records
from pipeline.ingest.document_ids import document_id_for_name, stem_of
from pipeline.ingest.exports import FieldMap, csv_records, jsonl_records
from pipeline.ingest.folders import FolderFile, article_files, walk_folder
from pipeline.ingest.names import ARTICLE, CRAWL, SIDECAR
from pipeline.ingest.read import Skipped
from pipeline.ingest.record import SIDECAR_SUFFIX, InputRecord, folder_record
from pipeline.model import ArticleError
from pipeline.safe_text import shown

Keep = Callable[[str], bool]  # whether a document id is wanted (a Dagster shard's)

# The forms `--input` may take besides a folder, by how the name ends.
FILE_FORMS = {
    ".zip": "zip",
    ".tar.gz": "tar",
    ".tgz": "tar",
    ".tar": "tar",
    ".warc.gz": "warc",
    ".warc": "warc",
    ".jsonl.gz": "jsonl",
    ".jsonl": "jsonl",
    ".csv": "csv",
}
# Bytes of input per article, to guess how many articles a tar archive or a web crawl holds
# (their records are only known once read): a plain-text article of some 4 KB compressed to
# a third, and a crawled page of some 100 KB of HTML compressed to a fifth.
BYTES_PER_RECORD = {"tar": 1_500, "warc": 20_000}
FORMS_HELP = "a folder, a .zip or .tar.gz archive, a .warc or .warc.gz crawl, or a .jsonl, .jsonl.gz or .csv file"


@dataclass
class Inputs:
    """The records of one input, read once, lazily; see the module docstring."""

    path: Path
    records: Iterator[InputRecord]
    count: int | None  # articles, when known before reading them (a folder, an archive)
    total_bytes: int  # of the input: progress counts the bytes of the records read
    skipped: list[Skipped] = field(default_factory=list)
    counted: Counter[str] = field(default_factory=Counter)
    unit: str = "file"  # what the error lines are about: "file" or "record"


def form_of(path: Path) -> str | None:
    """`folder`, `zip`, `tar`, `warc`, `jsonl` or `csv`; None for anything else."""
    if path.is_dir():
        return "folder"
    name = path.name.lower()
    return next((form for suffix, form in FILE_FORMS.items() if name.endswith(suffix)), None)


def discover_inputs(
    input_path: Path, *, fields: FieldMap | None = None, keep: Keep | None = None
) -> Inputs:
    """The records of `input_path`; `keep` limits them to the document ids it accepts.

    Raises `ArticleError` (one line) for an input that does not exist or is of no form read.
    """
    path = Path(input_path)
    if not path.exists():
        raise ArticleError(f"{shown(path)}: input does not exist")
    form = form_of(path)
    if form == "folder":
        return _folder_inputs(path, fields, keep)
    if form is None:
        raise ArticleError(f"{shown(path)}: --input must be {FORMS_HELP}")
    if not path.is_file():
        raise ArticleError(f"{shown(path)}: not a regular file; --input must be {FORMS_HELP}")
    size = path.stat().st_size
    inputs = Inputs(path, iter(()), None, size, unit="file" if form in ("zip", "tar") else "record")
    if form == "zip":
        inputs.records = _kept(zip_records(path, inputs.skipped, keep), keep)
    elif form == "tar":
        inputs.records = _kept(tar_records(path, inputs.skipped, keep), keep)
    elif form == "warc":
        inputs.records = crawl_records(path, path.name, inputs.counted, keep=keep)
    elif form == "jsonl":
        inputs.records = jsonl_records(path, path.name, fields, keep)
    else:
        inputs.records = csv_records(path, path.name, fields, keep)
    return inputs


def _kept(records: Iterable[InputRecord], keep: Keep | None) -> Iterator[InputRecord]:
    return iter(records) if keep is None else (r for r in records if keep(r.document_id))


def _folder_inputs(folder: Path, fields: FieldMap | None, keep: Keep | None) -> Inputs:
    files, skipped = walk_folder(folder)
    read = article_files(files)
    articles = [file for file in read if file.kind == ARTICLE]
    if keep is not None:
        articles = [file for file in articles if keep(document_id_for_name(file.relative))]
        skipped = [entry for entry in skipped if keep(_shard_id(entry.name))]
    crawls = any(file.kind == CRAWL for file in read)
    inputs = Inputs(
        folder,
        iter(()),
        None if crawls else len(articles),
        sum(file.size for file in files),
        skipped=skipped,
    )
    inputs.records = _folder_records(folder, files, inputs, keep)
    return inputs


def _folder_records(
    folder: Path, files: list[FolderFile], inputs: Inputs, keep: Keep | None
) -> Iterator[InputRecord]:
    seen_urls: set[str] = set()  # a page fetched by two crawls of the folder is read once
    sidecars = {file.relative: file for file in files if file.kind == SIDECAR}
    for file in files:
        if file.kind == SIDECAR:
            continue  # read with its article
        if file.kind == CRAWL:
            yield from crawl_records(
                Path(file.path), file.relative, inputs.counted, keep=keep, seen_urls=seen_urls
            )
            continue
        sidecar = sidecars.get(_sidecar_of(file.relative))
        record = folder_record(
            file.path,
            file.relative,
            sidecar.path if sidecar is not None else None,
            file.size + (sidecar.size if sidecar is not None else 0),
            (file.status, sidecar.status if sidecar is not None else None),
        )
        if keep is None or keep(record.document_id):
            yield record


def _sidecar_of(relative: str) -> str:
    """`2024/a.meta.json` of `2024/a.txt`: the name without its suffix, as `Path.stem` cuts it."""
    folder, _, name = relative.rpartition("/")
    return (
        f"{folder}/{stem_of(name)}{SIDECAR_SUFFIX}"
        if folder
        else f"{stem_of(name)}{SIDECAR_SUFFIX}"
    )


def _shard_id(relative: str) -> str:
    """The document id a skipped entry goes with (a sidecar with its article)."""
    if relative.endswith(SIDECAR_SUFFIX):
        relative = relative[: -len(SIDECAR_SUFFIX)] + ".txt"
    return document_id_for_name(relative)


def estimated_articles(inputs: Inputs) -> int:
    """How many articles `inputs` holds, before they are read: the count when the listing
    tells (a folder), else a quick estimate: the lines of an export (one pass over the file,
    without parsing it), the members of a zip, or from the size of a tar or a crawl.

    A build sizes its parts by it; a wrong estimate costs time (the parts are grouped again
    once the articles are counted), never a wrong table.
    """
    if inputs.count is not None:
        return inputs.count
    form = form_of(inputs.path)
    try:
        if form in ("jsonl", "csv"):
            lines = _lines(inputs.path)
            return max(lines - 1, 0) if form == "csv" else lines  # a CSV's header row
        if form == "zip":
            with zipfile.ZipFile(inputs.path) as archive:
                names = [info.filename for info in archive.infolist() if not info.is_dir()]
            return sum(not name.endswith(SIDECAR_SUFFIX) for name in names)
    except (OSError, EOFError, ValueError, zipfile.BadZipFile, gzip.BadGzipFile):
        return 0  # the records say what is wrong when they are read
    return inputs.total_bytes // BYTES_PER_RECORD.get(form or "", BYTES_PER_RECORD["tar"])


def _lines(path: Path) -> int:
    """The lines of a text file (gzipped if it ends in `.gz`), the last one with or without
    its newline, read 1 MiB at a time."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    lines, last = 0, b"\n"
    with opener(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def discover_articles(input_dir: Path) -> tuple[list[InputRecord], list[Skipped]]:
    """Every record of `input_dir` (read into a list: for small inputs and tests) and the
    entries not read."""
    inputs = discover_inputs(input_dir)
    records = list(inputs.records)
    return records, inputs.skipped
