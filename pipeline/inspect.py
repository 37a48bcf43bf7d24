"""`python -m pipeline inspect PACKAGE`: what a package holds, and whether it is valid.

Prints the package's name and licenses, the rows of each table, the top speakers, the files
that could not be read, and the provenance; then checks the descriptor, every row of every
resource (Frictionless; `--no-validate` skips the rows) and `SHA256SUMS`. Exit 0 when valid,
1 when not, 2 when there is no package to inspect.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.publish.archive import CHECKSUMS
from pipeline.publish.files import sha256_of
from pipeline.safe_text import shown
from pipeline.wording import plural

TOP_SPEAKERS = 10


def descriptor_path(package: Path) -> Path:
    return package if package.name.endswith(".json") else package / "datapackage.json"


def checksum_errors(folder: Path) -> list[str]:
    """Lines of `SHA256SUMS` whose file is missing or has other bytes."""
    path = folder / CHECKSUMS
    if not path.is_file():
        return []
    errors = []
    for line in path.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        target = folder / name
        if not target.is_file():
            errors.append(f"{CHECKSUMS}: {name} is missing")
        elif sha256_of(target) != digest:
            errors.append(f"{CHECKSUMS}: {name} has changed since the package was built")
    return errors


def validation_errors(path: Path, rows: bool) -> list[str]:
    from pipeline.publish.package import descriptor_errors, frictionless_errors
    from pipeline.publish.parts import parts_errors

    descriptor = json.loads(path.read_text(encoding="utf-8"))
    errors = descriptor_errors(descriptor)
    if not errors and rows:
        # frictionless reads only the first file of a Parquet resource in parts: the rest here
        errors = frictionless_errors(path) + parts_errors(path.parent, descriptor)
    return errors + checksum_errors(path.parent)


def table_rows(folder: Path, descriptor: dict) -> dict[str, int]:
    """Rows of each table, from the Parquet footers (no row is read)."""
    counts = {}
    for resource in descriptor.get("resources", []):
        if resource.get("format") == "parquet":
            name = resource["name"].removesuffix("-parquet")
            counts[name] = sum(
                pq.ParquetFile(folder / path).metadata.num_rows for path in _paths(resource)
            )
    return counts


def _paths(resource: dict) -> list[str]:
    """The files of a resource: one, or the parts of a table in parts."""
    path = resource["path"]
    return path if isinstance(path, list) else [path]


def top_speakers(folder: Path) -> list[tuple[str, int]]:
    one = folder / "parquet" / "statements.parquet"
    paths = (
        [one] if one.is_file() else sorted((folder / "parquet" / "statements").glob("*.parquet"))
    )
    counts: Counter[str] = Counter()
    for path in paths:
        speakers = pq.read_table(path, columns=["speaker"]).column("speaker").to_pylist()
        counts.update(speaker for speaker in speakers if speaker)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_SPEAKERS]


def describe(folder: Path, descriptor: dict) -> list[str]:
    lines = [
        f"{descriptor.get('title', '(no title)')}",
        f"  name {descriptor.get('name')}, version {descriptor.get('version')}, "
        f"created {descriptor.get('created')}",
    ]
    for license in descriptor.get("licenses", []):
        lines.append(
            f"  license: {license.get('title') or license.get('name') or license.get('path')}"
        )
    lines += ["", "Tables:"]
    counts = table_rows(folder, descriptor)
    width = max((len(name) for name in counts), default=0)
    lines += [f"  {name:<{width}}  {plural(count, 'row')}" for name, count in counts.items()]
    speakers = top_speakers(folder)
    if speakers:
        lines += ["", "Top speakers:"]
        lines += [f"  {plural(count, 'statement'):>14}  {speaker}" for speaker, count in speakers]
    provenance = descriptor.get("provenance")
    if provenance:
        failed, skipped = provenance["failed"], provenance["skipped"]
        lines += [
            "",
            f"Input: {plural(provenance['articles'], 'article')} published, "
            f"{plural(failed['count'], 'file')} failed, {plural(skipped['count'], 'file')} skipped",
        ]
        lines += [f"  failed: {line}" for line in failed["files"]]
        if failed["count"] > len(failed["files"]):
            lines.append(f"  ... and {failed['count'] - len(failed['files']):,} more")
        pipeline = provenance["pipeline"]
        commit = ""
        if "git_commit" in pipeline:
            commit = f", commit {pipeline['git_commit']}" + (
                " (modified)" if pipeline["git_modified"] else ""
            )
        libraries = ", ".join(
            f"{name} {version}" for name, version in provenance["libraries"].items()
        )
        lines += [
            "",
            "Provenance:",
            f"  built by {pipeline['name']} {pipeline['version']}{commit}",
            f"  extraction version {provenance['extraction_version']}, Python {provenance['python']}",
            f"  {libraries}",
        ]
    else:
        lines += ["", "Provenance: none recorded (a package built before provenance was)"]
    return lines


def inspect_package(package: Path, *, validate: bool = True) -> int:
    path = descriptor_path(Path(package))
    if not path.is_file():
        print(
            f"error: {shown(path)}: no datapackage.json here; give a package folder",
            file=sys.stderr,
        )
        return 2
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        print(f"error: {shown(path)}: not valid JSON ({error})", file=sys.stderr)
        return 1
    try:
        lines = describe(path.parent, descriptor)
    except (OSError, KeyError, TypeError, ValueError) as error:
        lines = [f"{descriptor.get('title', '(no title)')}", f"  cannot be described: {error}"]
    print("\n".join(lines))
    errors = validation_errors(path, validate)
    checked = "every row checked" if validate else "descriptor and checksums checked, rows not"
    if errors:
        print(f"\nINVALID ({checked}):")
        for error in errors:
            print(f"  {shown(error)}")
        return 1
    print(f"\nvalid ({checked})")
    return 0
