"""Shards: the partitions of `articles`, buckets of input files: 16, or one for a small corpus.

A file belongs to the shard its document id hashes to, so adding, editing or removing one
article touches exactly one shard, an article and its `NAME.meta.json` sidecar always go
together, and two files with the same document id (`a.txt`, `a.html`) land in the same
shard, where `extract_files` reports the second as a duplicate just as the command line
does. A fixed count keeps the partitions few (Dagster's UI and storage slow down with
millions of partitions) whatever the size of the corpus.

    shard_of("Reuters Story 01.html")       -> "shard-06"
    shard_of("reuters-story-01.meta.json")  -> "shard-06"

A small corpus (up to `SMALL_CORPUS_FILES` files when the code location loads) has one
partition, `all`: *Materialize all* is then one run that extracts every file, assembles
the tables, checks them and publishes the package (the dialog's "Launch 1 run"), with no
backfill. A backfill is advanced by Dagster's daemon every 30 seconds, so its 16 shard runs
and the run of the tables take a minute or more however little there is to do. A larger
corpus gets the 16 shards, whose runs share the work and follow changes shard by shard.
`NEWSDATA_SHARDS=1` or `=16` chooses either whatever the size.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import dagster as dg

from pipeline.ingest.read import SIDECAR_SUFFIX, document_id_for

# Changing the count moves almost every article to another shard: every partition must then
# be materialized again (Materialize all). 16 shards of a 100,000-article corpus are ~6,000
# articles each: a few minutes of work per run, and runs enough to keep a cluster busy.
SHARD_COUNT = 16
SHARD_KEYS = [f"shard-{index:02d}" for index in range(SHARD_COUNT)]
SHARDS = dg.StaticPartitionsDefinition(SHARD_KEYS)
ONE_SHARD = "all"
# Up to this many files, one run extracts them all faster than 16 shard runs are scheduled.
SMALL_CORPUS_FILES = 1_000
SHARDS_ENV = "NEWSDATA_SHARDS"


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


@dataclass(frozen=True)
class Sharding:
    """How the files of the input folder are split into partitions of `articles`."""

    keys: tuple[str, ...]

    @cached_property
    def partitions_def(self) -> dg.StaticPartitionsDefinition:
        return dg.StaticPartitionsDefinition(list(self.keys))

    @property
    def single(self) -> bool:
        return len(self.keys) == 1

    def of(self, file_name: str) -> str:
        return self.keys[0] if self.single else shard_of(file_name)

    def files_by_shard(self, input_dir: Path) -> dict[str, list[tuple[str, int, int]]]:
        by_shard = stat_files_by_shard(input_dir)
        if self.single:
            return {self.keys[0]: [file for files in by_shard.values() for file in files]}
        return by_shard

    def fingerprints(self, input_dir: Path) -> dict[str, str]:
        return {key: fingerprint(files) for key, files in self.files_by_shard(input_dir).items()}


SIXTEEN_SHARDS = Sharding(tuple(SHARD_KEYS))
ONE_PARTITION = Sharding((ONE_SHARD,))


def count_input_files(input_dir: Path, stop_after: int) -> int:
    """Files of the input folder, counted up to `stop_after` (a huge folder is not listed whole)."""
    count = 0
    try:
        with os.scandir(input_dir) as entries:
            for entry in entries:
                count += is_input_file(entry)
                if count >= stop_after:
                    break
    except OSError:
        return 0  # no folder yet: the run will say so
    return count


def sharding_for(input_dir: Path) -> Sharding:
    """One partition for a small corpus, 16 shards for a large one, or what `NEWSDATA_SHARDS` says."""
    chosen = os.environ.get(SHARDS_ENV, "").strip()
    if chosen:
        if chosen not in ("1", str(SHARD_COUNT)):
            raise ValueError(f"{SHARDS_ENV}={chosen!r}: expected 1 or {SHARD_COUNT}")
        return ONE_PARTITION if chosen == "1" else SIXTEEN_SHARDS
    small = count_input_files(input_dir, SMALL_CORPUS_FILES + 1) <= SMALL_CORPUS_FILES
    return ONE_PARTITION if small else SIXTEEN_SHARDS
