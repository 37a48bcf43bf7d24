"""`python -m pipeline.examples DIR`: the project's own articles in every form `--input` reads.

Writes into DIR, which must be new or empty, the bundled article and the test articles
(`tests/gold/`) as a three-level folder tree with sidecars, the same tree as a `.zip` and a
`.tar.gz`, a JSON Lines and a CSV export with one article per line, and a web crawl
(`.warc.gz`, written with warcio) of the articles as news pages; then prints a build
command for each. The README's examples run on them; the tests use the same writers.

    .venv/bin/python -m pipeline.examples examples
    .venv/bin/python -m pipeline build --input examples/news.zip --out examples/package-zip
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import sys
import tarfile
import zipfile
from pathlib import Path

from pipeline.ingest.record import SIDECAR_SUFFIX
from pipeline.paths import REPO_ROOT

SOURCES = (REPO_ROOT / "articles", REPO_ROOT / "tests" / "gold")
FETCHED = "2024-06-30T08:15:00Z"  # the WARC-Date of every page of an example crawl
SITE = "https://www.example-news.com"
# The package folder the README builds from each example: examples/package-zip.
PACKAGE_NAMES = {
    "tree": "tree",
    "news.zip": "zip",
    "news.tar.gz": "tar",
    "crawl.warc.gz": "crawl",
    "news.jsonl": "jsonl",
    "news.csv": "csv",
}
EXPORT_FIELDS = ("id", "text", "title", "published", "url", "publisher", "section", "language")


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 30, 0, 0, 0))  # same bytes each time
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_tar_gz(path: Path, members: dict[str, bytes]) -> Path:
    # The gzip header's time is fixed (tarfile would write the time of the day).
    with (
        path.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed,
        tarfile.open(fileobj=packed, mode="w") as archive,
    ):
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def write_jsonl(path: Path, rows: list[dict], *, broken: dict[int, str] | None = None) -> Path:
    """One JSON object per line (`.jsonl.gz` gzipped); `broken` puts raw lines at 0-based places."""
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    for at, line in sorted((broken or {}).items()):
        lines.insert(at, line)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0) if path.name.endswith(".gz") else data)
    return path


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def news_page(text: str) -> str:
    """An article as a news page: its paragraphs in an <article>, page furniture around."""
    paragraphs = [block.strip() for block in text.split("\n\n") if block.strip()]
    body = "\n".join(f"<p>{html.escape(block)}</p>" for block in paragraphs)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(paragraphs[0])}</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article>{body}</article><footer>Contact us</footer></body></html>\n"
    )


def write_warc(
    path: Path,
    pages: list[tuple[str, bytes, str]],
    *,
    gzip_records: bool = True,
    fetched: list[str] | None = None,
) -> Path:
    """A crawl as crawlers write it: per page a request and a response, given as
    (url, body, content type), each response dated `FETCHED` (or its date in `fetched`)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip_records)
        for (url, body, content_type), date in zip(
            pages, fetched or [FETCHED] * len(pages), strict=True
        ):
            host = url.split("/")[2] if url.count("/") >= 2 else "localhost"
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", host)], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": date},
                )
            )
    return path


def source_articles() -> list[tuple[str, str, dict[str, str]]]:
    """(stem, text, sidecar) of the bundled and test articles, in a fixed order."""
    articles = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
            meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
            articles.append((path.stem, path.read_text(encoding="utf-8"), meta))
    return articles


def write_examples(folder: Path) -> list[Path]:
    """Every form into `folder`; returns the paths to give as `--input`."""
    articles = source_articles()
    members: dict[str, bytes] = {}  # the tree, as paths relative to it
    for index, (stem, text, meta) in enumerate(articles):
        relative = f"{2023 + index % 2}/{index % 3 + 1:02d}/desk-{index % 2}/{stem}"
        members[f"{relative}.txt"] = text.encode("utf-8")
        if meta:
            members[f"{relative}{SIDECAR_SUFFIX}"] = json.dumps(meta).encode("utf-8")
    tree = folder / "tree"
    for relative, data in members.items():
        (tree / relative).parent.mkdir(parents=True, exist_ok=True)
        (tree / relative).write_bytes(data)
    rows = [{"id": stem, "text": text, **meta} for stem, text, meta in articles]
    pages = [
        (f"{SITE}/2024/06/{stem}.html", news_page(text).encode("utf-8"), "text/html")
        for stem, text, _ in articles
    ]
    return [
        tree,
        write_zip(folder / "news.zip", members),
        write_tar_gz(folder / "news.tar.gz", members),
        write_jsonl(folder / "news.jsonl", rows),
        write_csv(
            folder / "news.csv",
            list(EXPORT_FIELDS),
            [[str(row.get(field, "")) for field in EXPORT_FIELDS] for row in rows],
        ),
        write_warc(folder / "crawl.warc.gz", pages),
    ]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m pipeline.examples DIR", file=sys.stderr)
        return 2
    folder = Path(args[0])
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        print(f"error: {folder}: not a new or empty folder; nothing written", file=sys.stderr)
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    for path in write_examples(folder):
        package = folder / f"package-{PACKAGE_NAMES[path.name]}"
        print(f"python -m pipeline build --input {path} --out {package}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
