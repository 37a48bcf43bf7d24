"""`python -m pipeline.bench.streaming`: peak memory while a large JSONL and WARC are read.

Writes a JSON Lines export and a web crawl (`.warc.gz`, one gzip member per record, as
crawlers write them) of `--mb` megabytes each, from the corpus texts, each article made
distinct by one sentence; then reads each in a process of its own as a build does: every
record discovered (`pipeline.ingest.discover`), loaded and hashed for its cache key. It
prints records, MB/s and the peak memory of the process beside the 1 GB target. Extraction
is not run: at 1 GB it would take hours, and the tables it fills grow with the articles
whatever the input's form; what is measured is that reading holds a record at a time.

    .venv/bin/python -m pipeline.bench.streaming --mb 200
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pipeline.bench.corpus import SourceText, source_texts, variant
from pipeline.bench.memory import run_measured
from pipeline.paths import REPO_ROOT

MB = 1 << 20
TARGET_INPUT_MB = 1024  # the "1 GB JSONL or WARC"
TARGET_PEAK_BYTES = 1 << 30
FETCHED = "2024-06-30T08:15:00Z"


def articles() -> Iterator[tuple[int, SourceText, str]]:
    """(number, source, text) without end, cycling through the sources."""
    sources = source_texts()
    number = 0
    while True:
        source = sources[number % len(sources)]
        yield number, source, variant(source, number)
        number += 1


def write_jsonl(path: Path, size: int) -> int:
    """An export of about `size` bytes, one article per line; returns the lines written."""
    written = lines = 0
    with path.open("wb") as out:
        for number, source, text in articles():
            meta = json.loads(source.sidecar) if source.sidecar else {}
            line = json.dumps({"id": f"copy-{number}", "text": text, **meta}) + "\n"
            written += out.write(line.encode("utf-8"))
            lines += 1
            if written >= size:
                return lines
    return lines


# A news page is mostly furniture: menus, scripts, links to other stories. Pages of CC-NEWS
# run to some 100 KB of HTML; the article is a few of them.
MENU = "".join(
    f'<li><a href="/section/{n}/story-{n * 7919 % 10007}.html">Story {n}</a></li>'
    for n in range(300)
)
SCRIPT = "".join(f"var slot{n}={{id:{n * 31 % 997},size:[300,250],lazy:true}};" for n in range(400))


def page(text: str, number: int) -> bytes:
    paragraphs = [block.strip() for block in text.split("\n\n") if block.strip()]
    body = "\n".join(f"<p>{html.escape(block)}</p>" for block in paragraphs)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(paragraphs[0])}'
        f"</title><script>{SCRIPT}var page={number};</script></head><body>"
        f"<nav><ul>{MENU}</ul></nav><article>{body}</article>"
        f"<aside><ul>{MENU}</ul></aside></body></html>\n"
    ).encode()


def write_warc(path: Path, size: int) -> int:
    """A crawl of about `size` bytes: per page a request and a response, each a gzip member
    (warcio's writer compresses at level 9, minutes for a gigabyte: level 1 here)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = 0
    with path.open("wb") as out:
        for number, _, text in articles():
            url = f"https://www.example-news.com/2024/06/copy-{number}.html"
            buffer = io.BytesIO()
            writer = WARCWriter(buffer, gzip=False)
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "www.example-news.com")])
            response = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            for record in (
                writer.create_warc_record(url, "request", http_headers=request),
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(page(text, number)),
                    http_headers=response,
                    warc_headers_dict={"WARC-Date": FETCHED},
                ),
            ):
                start = buffer.tell()
                writer.write_record(record)
                out.write(gzip.compress(buffer.getvalue()[start:], compresslevel=1, mtime=0))
            pages += 1
            if out.tell() >= size:
                return pages
    return pages


def read_all(path: Path) -> dict[str, int]:
    """What a build reads of `path`, without extracting: records, their bytes, error lines."""
    from pipeline.ingest import discover_inputs

    inputs = discover_inputs(path)
    records = content = errors = 0
    for record in inputs.records:
        if record.problem is not None:
            errors += 1
            continue
        record.key_parts()  # reads and hashes the article and its metadata, as the cache does
        records += 1
        content += record.loaded().size
    return {
        "records": records,
        "bytes": content,
        "errors": errors,
        "counted": sum(inputs.counted.values()),
    }


def measure(path: Path) -> str:
    """One line: the records read from `path`, the speed and the peak memory of the reader."""
    command = [sys.executable, "-m", "pipeline.bench.streaming", "--read", str(path)]
    result = run_measured(command, cwd=REPO_ROOT)
    size = path.stat().st_size
    if result.returncode != 0:
        return f"{path.name:<16}{size / MB:>8,.0f} MB  failed: {result.stderr.strip()[-300:]}"
    read = json.loads(result.stdout)
    verdict = "ok" if result.peak_memory <= TARGET_PEAK_BYTES else "MISSED"
    return (
        f"{path.name:<16}{size / MB:>8,.0f} MB  {read['records']:>9,} records "
        f"({read['bytes'] / MB:,.0f} MB of articles, {read['errors']} errors, "
        f"{read['counted']:,} other records)  {result.seconds:>6.1f} s "
        f"({size / MB / result.seconds:,.0f} MB/s)  peak {result.peak_memory / MB:,.0f} MB  "
        f"<= {TARGET_PEAK_BYTES / MB:,.0f} MB  {verdict}"
    )


def run(folder: Path, size_mb: int) -> Iterator[str]:
    """Lines of the report; the inputs are written into `folder` and removed after."""
    folder.mkdir(parents=True, exist_ok=True)
    yield (
        f"(h) Reading a {size_mb:,} MB JSONL and WARC as a build does (each record loaded and "
        "hashed, not extracted), peak memory of the reading process"
    )
    for name, write in (("news.jsonl", write_jsonl), ("crawl.warc.gz", write_warc)):
        path = folder / name
        try:
            write(path, size_mb * MB)
            yield measure(path)
        finally:
            path.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.bench.streaming", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--mb", type=int, default=TARGET_INPUT_MB, help="size of each input")
    parser.add_argument("--read", type=Path, help=argparse.SUPPRESS)  # the measured process
    args = parser.parse_args(argv)
    if args.read is not None:
        print(json.dumps(read_all(args.read)))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="newsdata-streaming-"))
    try:
        for line in run(folder, args.mb):
            print(line, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
