"""The package in one zip, and the sha256 of every file (`sha256sum -c SHA256SUMS` checks them).

The zip is byte-identical for the same files: entries in path order, each dated with the
package's `created` time (not the files' own, which change with every build), with fixed
permissions. Files that are compressed already (Parquet) are stored, not compressed again.
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

from pipeline.publish.destination import MARKER, files_under
from pipeline.publish.files import sha256_of

CHECKSUMS = "SHA256SUMS"
STORED_SUFFIXES = (".parquet", ".zip", ".png")
ZIP_EARLIEST = (1980, 1, 1, 0, 0, 0)  # a zip cannot date an entry earlier
# zlib's fastest level: on a 10,000-article package, level 6 took 4.2x as long for a zip only
# 15% smaller (documents.csv: 0.381 of its size at level 6, 0.446 at level 1), and the zip is
# written again by every build, adding one article too.
COMPRESS_LEVEL = 1
_LEVEL_ATTRIBUTE = (
    "compress_level" if "compress_level" in zipfile.ZipInfo.__slots__ else "_compresslevel"
)


def zip_name(package_name: str) -> str:
    return f"{package_name}.zip"


def write_zip(folder: Path, package_name: str, created: str) -> Path:
    """`<folder>/<package_name>.zip` holding every file of `folder` below its top folder
    `<package_name>/`, so that unzipping makes one folder (the marker and checksums left out)."""
    moment = datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ")
    stamp = max(
        (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second),
        ZIP_EARLIEST,
    )
    target = folder / zip_name(package_name)
    with zipfile.ZipFile(
        target, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL
    ) as archive:
        for path in files_under(folder):
            if path in {MARKER, CHECKSUMS, target.name}:
                continue
            entry = zipfile.ZipInfo(f"{package_name}/{path}", date_time=stamp)
            entry.external_attr = 0o644 << 16
            stored = path.endswith(STORED_SUFFIXES)
            entry.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            # `ZipFile.open(entry, "w")` compresses at the entry's level, not the archive's
            # (Python 3.13 names it `compress_level`; earlier, `_compresslevel`).
            setattr(entry, _LEVEL_ATTRIBUTE, COMPRESS_LEVEL)
            with (folder / path).open("rb") as source, archive.open(entry, "w") as sink:
                while chunk := source.read(1 << 20):
                    sink.write(chunk)
    return target


def write_checksums(folder: Path, known: dict[str, str] | None = None) -> Path:
    """`SHA256SUMS`: `<sha256>  <path>` for every file (the marker left out), as sha256sum writes;
    `known`: the sha256 of files copied from a package checked before, not read again."""
    known = known or {}
    lines = [
        f"{known.get(path) or sha256_of(folder / path)}  {path}\n"
        for path in files_under(folder)
        if path not in {MARKER, CHECKSUMS}
    ]
    target = folder / CHECKSUMS
    target.write_text("".join(lines), encoding="utf-8")
    return target
