"""What the last build learned of each article file of an input folder, so that the next
need not read and hash the files that did not change.

A build of 100,000 articles in which one changed read every file (700 MB) and every cached
extraction (3 GB) to hash them: most of its time. As git's index does, the index keeps,
for each article file, the status the build saw before reading it (size, modification and
change times, inode; the same of its sidecar) and the cache key its bytes gave, with the status of that
cache entry. A later build that finds both statuses unchanged takes the key as it is, and
the entry as checked.

A file changed within the same clock tick as the status recorded would keep that status,
so a file modified less than `RACY_SECONDS` before the build began is not recorded (it is
hashed again next time); a file changed while it was read is recorded with the status from
before, which the next build finds different. A damaged index is ignored. The index is kept
per input folder in the extraction cache's version folder (its keys are that version's).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path

from pipeline.cache import ENTRY_SUFFIX, CacheKey, ExtractionCache, read_entry, write_entry
from pipeline.ingest.record import InputRecord

FOLDER = "inputs"
RACY_SECONDS = 2  # a file modified this close to the build's start is hashed again next time

# size, mtime_ns, ctime_ns (which no tool can set back, unlike mtime), inode
Status = tuple[int, int, int, int]


def _status(path: Path | str | None) -> Status | None:
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)


class InputIndex:
    """The index of one input folder in one extraction cache."""

    def __init__(self, cache: ExtractionCache, input_dir: Path):
        self.cache = cache
        name = hashlib.sha256(str(Path(input_dir).resolve()).encode()).hexdigest()[:32]
        self.path = cache.folder / FOLDER / f"{name}.json"
        self.entries = str(cache.folder)
        self.started_ns = time.time_ns()
        self.known: dict[str, list] = {}
        body = read_entry(self.path)
        if body is not None:
            with contextlib.suppress(ValueError, TypeError, AttributeError):
                known = json.loads(body)
                if isinstance(known, dict):
                    self.known = known
        self.seen: dict[str, list] = {}  # what this build saw, to save

    @staticmethod
    def statuses(record: InputRecord) -> tuple[Status | None, Status | None] | None:
        """The status of a file record's article and sidecar, before they are read; None for a
        record that is not a file (a member of an archive, a line of an export) or is gone."""
        if not isinstance(record.content, Path):
            return None
        sidecar = record.sidecar.content if record.sidecar is not None else None
        if sidecar is not None and not isinstance(sidecar, Path):
            return None
        article = _status(record.content)
        if article is None:
            return None
        return article, _status(sidecar)

    def lookup(self, record: InputRecord) -> CacheKey | None:
        """The key of an unchanged file whose cache entry is unchanged too, else None."""
        known = self.known.get(record.source)
        statuses = self.statuses(record)
        if known is None or statuses is None:
            return None
        article, sidecar, digest, article_sha256, entry = known
        if [list(statuses[0]), list(statuses[1]) if statuses[1] else None] != [article, sidecar]:
            return None
        key = CacheKey(digest, article_sha256)
        found = _status(f"{self.entries}/{digest[:2]}/{digest}{ENTRY_SUFFIX}")  # cache.entry(key)
        if found is None or list(found[:2]) != entry:
            return None
        self.seen[record.source] = known
        return key

    def note(
        self,
        record: InputRecord,
        statuses: tuple[Status | None, Status | None] | None,
        key: CacheKey,
    ) -> None:
        """The key a file's bytes gave, under the statuses seen before reading it."""
        if statuses is None:
            return
        racy = self.started_ns - RACY_SECONDS * 1_000_000_000
        if any(status is not None and max(status[1:3]) >= racy for status in statuses):
            return
        article, sidecar = statuses
        self.seen[record.source] = [
            list(article),
            list(sidecar) if sidecar else None,
            key.digest,
            key.article_sha256,
            None,  # the entry's status, read at `save` (it may be written by a worker)
        ]

    def save(self) -> None:
        """Write what this build saw (files no longer there are dropped); a failure only costs
        hashing again next time."""
        kept = {}
        for source, (article, sidecar, digest, article_sha256, entry) in self.seen.items():
            if entry is None:
                found = _status(self.cache.entry(CacheKey(digest, article_sha256)))
                if found is None:
                    continue  # not extracted (an error), or not cached
                entry = list(found[:2])
            kept[source] = [article, sidecar, digest, article_sha256, entry]
        with contextlib.suppress(OSError):
            write_entry(self.path, json.dumps(kept, separators=(",", ":")).encode())
