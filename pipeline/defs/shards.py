"""Shards: the partitions of `articles`, buckets of input files: 16, or one for a small corpus.

A record belongs to the shard its document id hashes to, so adding, editing or removing one
article touches exactly one shard, an article and its `NAME.meta.json` sidecar always go
together, and two records with the same document id (`a.txt`, `a.html`) land in the same
shard, where `extract_files` reports the second as a duplicate just as the command line
does. This holds for every form of input: a file's id comes from its path, a crawl's page
from its URL, an export's line from its `id` or line number. A fixed count keeps the
partitions few (Dagster's UI and storage slow down with millions of partitions) whatever
the size of the corpus.

    shard_of("Reuters Story 01.html")       -> "shard-06"
    shard_of("reuters-story-01.meta.json")  -> "shard-06"
    shard_of("2024/05/index.html")          -> the shard of the id "2024-05-index"

The sensor notices changes without reading any article: it fingerprints the files of each
shard by name, size and modification time. A file that holds many records (a crawl in the
input folder, or an archive, crawl or export given as the input) is in every shard's
fingerprint: when it changes, every shard runs again, and the cache re-extracts only the
records that changed.

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

from pipeline.ingest.discover import form_of
from pipeline.ingest.document_ids import document_id_for_name
from pipeline.ingest.folders import walk_folder
from pipeline.ingest.names import CRAWL, SIDECAR
from pipeline.ingest.record import SIDECAR_SUFFIX

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

FileStat = tuple[str, int, int]  # (path relative to the input, size, mtime in ns)


def shard_of_document(document_id: str) -> str:
    """The shard of a document id (of any form of input)."""
    digest = hashlib.sha1(document_id.encode("utf-8")).digest()
    return SHARD_KEYS[int.from_bytes(digest[:8], "big") % SHARD_COUNT]


def shard_of(file_name: str) -> str:
    """The shard of a file of the input folder, from its path relative to the folder."""
    if file_name.endswith(SIDECAR_SUFFIX):
        file_name = file_name[: -len(SIDECAR_SUFFIX)] + ".txt"  # its article's id
    return shard_of_document(document_id_for_name(file_name))


def stat_files_by_shard(input_path: Path) -> dict[str, list[FileStat]]:
    """(name, size, mtime) of every input file, by shard; every shard is a key, maybe empty.

    A file of many records (a crawl in a folder, or an input that is one file) is in every
    shard; a file that is not read is in the shard that reports it (size and time 0), unless
    it is hidden.
    """
    by_shard: dict[str, list[FileStat]] = {key: [] for key in SHARD_KEYS}
    if form_of(input_path) != "folder":
        info = input_path.stat()
        for files in by_shard.values():
            files.append((input_path.name, info.st_size, info.st_mtime_ns))
        return by_shard
    files, skipped = walk_folder(input_path)
    for file in files:
        listed = (file.relative, file.size, file.mtime_ns)
        shards = SHARD_KEYS if file.kind == CRAWL else [shard_of(file.relative)]
        for shard in shards:
            by_shard[shard].append(listed)
    for entry in skipped:
        # Hidden files (an editor's swap file, saved every few seconds) would only start runs.
        if not Path(entry.name).name.startswith("."):
            by_shard[shard_of(entry.name)].append((entry.name, 0, 0))
    return by_shard


def fingerprint(files: list[FileStat]) -> str:
    """A hash of names, sizes and modification times: any added, removed or saved file changes it.

    Contents are not read, so a scan of 100,000 files takes well under a second; a file saved
    unchanged (new mtime) only costs a re-extraction of its shard.
    """
    listing = json.dumps(sorted(files), separators=(",", ":"))
    return hashlib.sha1(listing.encode("utf-8")).hexdigest()


def shard_fingerprints(input_path: Path) -> dict[str, str]:
    """The fingerprint of every shard of `input_path` (an empty shard has one too)."""
    return {key: fingerprint(files) for key, files in stat_files_by_shard(input_path).items()}


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
            # A file of many records is in every shard's list: once here.
            return {self.keys[0]: sorted({file for files in by_shard.values() for file in files})}
        return by_shard

    def fingerprints(self, input_dir: Path) -> dict[str, str]:
        return {key: fingerprint(files) for key, files in self.files_by_shard(input_dir).items()}


SIXTEEN_SHARDS = Sharding(tuple(SHARD_KEYS))
ONE_PARTITION = Sharding((ONE_SHARD,))


def count_input_files(input_path: Path, stop_after: int) -> int:
    """Articles of the input folder, up to `stop_after`; a crawl, or an input that is one file
    of many records (an archive, a crawl, an export), counts as `stop_after` (a large corpus)."""
    try:
        if form_of(input_path) != "folder":
            return stop_after
        files, _ = walk_folder(input_path)
    except (OSError, ValueError):
        return 0  # no folder yet: the run will say so
    if any(file.kind == CRAWL for file in files):
        return stop_after
    return min(sum(file.kind != SIDECAR for file in files), stop_after)


def sharding_for(input_dir: Path) -> Sharding:
    """One partition for a small corpus, 16 shards for a large one, or what `NEWSDATA_SHARDS` says."""
    chosen = os.environ.get(SHARDS_ENV, "").strip()
    if chosen:
        if chosen not in ("1", str(SHARD_COUNT)):
            raise ValueError(f"{SHARDS_ENV}={chosen!r}: expected 1 or {SHARD_COUNT}")
        return ONE_PARTITION if chosen == "1" else SIXTEEN_SHARDS
    small = count_input_files(input_dir, SMALL_CORPUS_FILES + 1) <= SMALL_CORPUS_FILES
    return ONE_PARTITION if small else SIXTEEN_SHARDS
