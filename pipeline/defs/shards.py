"""Shards: the partitions of `articles`, a fixed number of buckets of input files.

A file belongs to the shard its document id hashes to, so adding, editing or removing one
article touches exactly one shard, an article and its `NAME.meta.json` sidecar always go
together, and two files with the same document id (`a.txt`, `a.html`) land in the same
shard, where `extract_files` reports the second as a duplicate just as the command line
does. A fixed count keeps the partitions few (Dagster's UI and storage slow down with
millions of partitions) whatever the size of the corpus.

    shard_of("Reuters Story 01.html")       -> "shard-06"
    shard_of("reuters-story-01.meta.json")  -> "shard-06"
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import dagster as dg

from pipeline.ingest.read import SIDECAR_SUFFIX, document_id_for

# Changing the count moves almost every article to another shard: every partition must then
# be materialized again (Materialize all). 16 shards of a 100,000-article corpus are ~6,000
# articles each: a few minutes of work per run, and runs enough to keep a cluster busy.
SHARD_COUNT = 16
SHARD_KEYS = [f"shard-{index:02d}" for index in range(SHARD_COUNT)]
SHARDS = dg.StaticPartitionsDefinition(SHARD_KEYS)


def shard_of(file_name: str) -> str:
    """The shard of a file in the input folder, from the document id its name gives."""
    if file_name.endswith(SIDECAR_SUFFIX):
        stem = file_name[: -len(SIDECAR_SUFFIX)]
    else:
        stem = Path(file_name).stem
    # document_id_for reads the stem of a path; any suffix will do.
    document_id = document_id_for(Path(f"{stem}.txt"))
    digest = hashlib.sha1(document_id.encode("utf-8")).digest()
    return SHARD_KEYS[int.from_bytes(digest[:8], "big") % SHARD_COUNT]


def is_input_file(entry: os.DirEntry) -> bool:
    """What the build may read: every file, except hidden ones (`.DS_Store`, editor swap files)."""
    return not entry.name.startswith(".") and entry.is_file()


def stat_files_by_shard(input_dir: Path) -> dict[str, list[tuple[str, int, int]]]:
    """(name, size, mtime in ns) of every input file, by shard; every shard is a key, maybe empty."""
    by_shard: dict[str, list[tuple[str, int, int]]] = {key: [] for key in SHARD_KEYS}
    with os.scandir(input_dir) as entries:
        for entry in entries:
            if is_input_file(entry):
                stat = entry.stat()
                by_shard[shard_of(entry.name)].append((entry.name, stat.st_size, stat.st_mtime_ns))
    return by_shard


def fingerprint(files: list[tuple[str, int, int]]) -> str:
    """A hash of names, sizes and modification times: any added, removed or saved file changes it.

    Contents are not read, so a scan of 100,000 files takes well under a second; a file saved
    unchanged (new mtime) only costs a re-extraction of its shard.
    """
    listing = json.dumps(sorted(files), separators=(",", ":"))
    return hashlib.sha1(listing.encode("utf-8")).hexdigest()


def shard_fingerprints(input_dir: Path) -> dict[str, str]:
    """The fingerprint of every shard of `input_dir` (an empty shard has one too)."""
    return {key: fingerprint(files) for key, files in stat_files_by_shard(input_dir).items()}
