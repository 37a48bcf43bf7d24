"""What the last build learned of each article file of an input folder, so that the next
need not read and hash the files that did not change.

A build of 100,000 articles in which one changed read every file (700 MB) and every cached
extraction (3 GB) to hash them: most of its time. As git's index does, the index keeps,
for each article file, the status the build saw before reading it (size, modification and
change times, inode; the same of its sidecar), as the walk of the folder gave it, and the
cache key its bytes gave. A later build that finds both statuses unchanged takes the key as
it is, without reading the file or its cache entry: the entry is read only if the article's
part must be assembled again, and an entry gone or damaged by then is extracted again from
the file (`PartAssembler`), so it is not checked here.

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

from pipeline.cache import CacheKey, ExtractionCache, read_entry, write_entry
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
        self.started_ns = time.time_ns()
        self.known: dict[str, list] = {}
        body = read_entry(self.path)
        if body is not None:
            with contextlib.suppress(ValueError, TypeError, AttributeError):
                known = json.loads(body)
                if isinstance(known, dict):
                    self.known = known
        self.seen: dict[str, list] = {}  # what this build saw, to save
        self.noted: set[str] = set()  # the files of `seen` read by this build

    @staticmethod
    def statuses(record: InputRecord) -> tuple[Status | None, Status | None] | None:
        """The status of a file record's article and sidecar, before they are read (as the
        folder's walk saw them, else asked now); None for a record that is not a file (a
        member of an archive, a line of an export) or is gone."""
        if not record.is_file:
            return None
        if record.statuses is not None:
            return record.statuses
        sidecar = record.sidecar.content if record.sidecar is not None else None
        if isinstance(sidecar, bytes):
            return None
        article = _status(record.content)
        if article is None:
            return None
        return article, _status(sidecar)

    def lookup(self, record: InputRecord) -> CacheKey | None:
        """The key of a file unchanged since the last build, else None."""
        known = self.known.get(record.source)
        if known is None or len(known) != 4:
            return None
        statuses = self.statuses(record)
        if statuses is None:
            return None
        article, sidecar, digest, article_sha256 = known
        if [list(statuses[0]), list(statuses[1]) if statuses[1] else None] != [article, sidecar]:
            return None
        self.seen[record.source] = known
        return CacheKey(digest, article_sha256)

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
        self.noted.add(record.source)
        self.seen[record.source] = [
            list(article),
            list(sidecar) if sidecar else None,
            key.digest,
            key.article_sha256,
        ]

    def save(self) -> None:
        """Write what this build saw (files no longer there are dropped); a failure only costs
        hashing again next time."""
        kept = {}
        for source, known in self.seen.items():
            # A file read now is kept only if its extraction was cached (it may be written by a
            # worker): not one that failed, or whose entry could not be written.
            if source in self.noted and not self.cache.entry(CacheKey(*known[2:4])).is_file():
                continue
            kept[source] = known
        if kept == self.known:
            return  # as the last build left it (30 MB to write again at 100,000 files)
        with contextlib.suppress(OSError):
            write_entry(self.path, json.dumps(kept, separators=(",", ":")).encode())
