"""Extractions of earlier builds, on disk, so a rebuild only extracts articles that changed.

An entry is keyed by what its extraction depends on: the parser (HTML or text), the
article bytes, the bytes of its metadata (a sidecar, the fields of a JSONL line, a crawl's
URL and date), and the extraction version, which hashes the rule files and the source of
`pipeline/extract/`, `pipeline/ingest/` and `pipeline/model.py`. The same for every form of
input: a file, an archive member, a page of a crawl, a line of an export. Editing an article
(or one line of an export) re-extracts that article; editing a rule or the code re-extracts
every article (the version does not know which articles a rule touches). The document id
and source are not in the key: they are set on the entry when it is loaded, so renaming a
file, or inserting a line above a record of an export, costs no extraction.

Entries hold data only, never code: an extraction as JSON (`pipeline.codec`), checked
against the model when read, under a header with the SHA-256 of the JSON, so an entry
edited or damaged since it was written is ignored and recomputed. The cache lives in the
user's cache folder (`~/.cache/newsdata-pipeline` on Linux, as `platformdirs` says for each
system), created readable by its owner only; a cache folder that another user owns or can
write is refused. Writes are atomic (a temporary file renamed into place), so a killed build
leaves no torn entry.

Beside the entries, a version folder holds the fragments of a package in parts (the assembled
rows of each part, `pipeline.fragments`), and the cache's `packages/` folder records the files
of each package a build published (`pipeline.publish.destination.KnownFiles`). Fragments and
summaries no build uses any more are removed; what the last build of each input folder used
is recorded (`owners/`), so one cache serves several input folders without one's build
removing another's parts.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from functools import cache
from importlib import metadata
from pathlib import Path

import platformdirs

from pipeline.codec import CodecError, decode_extraction
from pipeline.extract.lexicon import rules_version
from pipeline.ingest.record import InputRecord, file_record
from pipeline.model import Extraction
from pipeline.safe_text import shown

PACKAGE_DIR = Path(__file__).resolve().parent
# The code an extraction depends on, besides the rule files.
EXTRACTION_SOURCES = (
    PACKAGE_DIR / "extract",
    PACKAGE_DIR / "entities",
    PACKAGE_DIR / "ingest",
    PACKAGE_DIR / "model.py",
    PACKAGE_DIR / "codec.py",  # how an entry is written: entries of another format are not read
)
# Libraries whose upgrade can change what is extracted: HTML main text, dates, country names,
# legal forms of companies, plural nouns, currencies, languages.
EXTRACTION_LIBRARIES = (
    "trafilatura",
    "dateparser",
    "pycountry",
    "cleanco",
    "inflect",
    "babel",
    "pycld2",
    "faker",
)
APP_NAME = "newsdata-pipeline"
VERSION_PREFIX = "v-"
ENTRY_SUFFIX = ".json"
ENTRY_MAGIC = b"newsdata-cache sha256:"
# Besides the current one, the extraction versions whose entries are kept: the most recently
# used, for a checkout switched back and forth between two branches. Older ones are deleted.
KEEP_OTHER_VERSIONS = 2
# A temporary entry this old was left by a worker that was killed while writing it; a
# younger one may be another build's write in flight.
STALE_TEMPORARY_SECONDS = 3600
SPILLS = ".spill-"  # prefix of a build's folder of rows spilled while it assembles (`fragments`)
# A version folder's record of the fragments and summaries each input folder's last build used
# (`owners/<hash of the input's path>.json`): a build prunes only what no input built lately
# uses, so building a second folder with the same cache does not cost the first its parts.
OWNERS = "owners"
# An input folder not built for this long no longer keeps its fragments and summaries.
OWNER_KEPT_SECONDS = 30 * 24 * 3600


# A version folder's name (`extraction_version()` is 16 hex digits) and its buckets' names: a
# folder of the user's in a `--cache` folder (`v-2024`, `v-draft`) is never taken for one.
_VERSION_NAME = re.compile(VERSION_PREFIX + r"[0-9a-f]{16}")
_BUCKET_NAME = re.compile(r"[0-9a-f]{2}")


def own_file(info: os.stat_result) -> bool:
    """A regular file of this user's that no one else can write."""
    if not stat.S_ISREG(info.st_mode):
        return False
    if not hasattr(os, "getuid"):
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _is_version_folder(folder: Path) -> bool:
    """A folder of cached entries of one extraction version, by its name and what it holds
    (bucket folders only), so pruning old versions never deletes anything else."""
    if not _VERSION_NAME.fullmatch(folder.name) or folder.is_symlink() or not folder.is_dir():
        return False
    try:
        with os.scandir(folder) as entries:
            return all(
                _BUCKET_NAME.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)
                for entry in entries
            )
    except OSError:
        return False


# Records a build reads back for every part of a large package (a part's entity records, its
# view summary): with marshal, which reads them three times as fast as json did (18 ms for a
# part's 300 KB record; 128 parts at 100,000 articles). Only plain values (str, int, float,
# None, lists, dicts), and only from entries whose SHA-256 matched (`read_entry`): marshal
# builds values, it runs nothing; the tag names the format, so that a record of another
# format (an older version of this code, another Python's marshal) is a miss, not an error.
RECORD_TAG = b"marshal-%d\n" % marshal.version


def dump_record(value: object) -> bytes:
    """`value` as a cache record's body, as JSON would give it back (tuples as lists, keys as
    strings): records written when a part is assembled read back the same as ever."""
    return RECORD_TAG + marshal.dumps(json.loads(json.dumps(value, ensure_ascii=False)))


def load_record(body: bytes) -> object:
    """The value `dump_record` wrote; `ValueError` for a body of another format."""
    if not body.startswith(RECORD_TAG):
        raise ValueError("not a record of this format")
    try:
        return marshal.loads(memoryview(body)[len(RECORD_TAG) :])
    except EOFError as error:
        raise ValueError("a record cut short") from error


def read_entry(path: Path) -> bytes | None:
    """The body of an entry (an extraction, a fragment), or None when it is missing, not this
    user's alone (it could be planted: recomputed and replaced by ours), or not whole (the
    SHA-256 of its header does not match: truncated, or edited by hand or another program)."""
    try:
        with path.open("rb") as file:
            if not own_file(os.fstat(file.fileno())):
                return None
            data = file.read()
    except OSError:
        return None
    header, _, body = data.partition(b"\n")
    if header != ENTRY_MAGIC + hashlib.sha256(body).hexdigest().encode():
        return None
    return body


def write_entry(target: Path, body: bytes) -> None:
    """Write an entry atomically (a temporary file renamed into place), under its header;
    `OSError` when it cannot."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(ENTRY_MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n")
            file.write(body)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class CacheError(Exception):
    """The cache folder cannot be used safely; the message says why and what to do."""


def default_cache_dir() -> Path:
    """This user's cache folder for the pipeline: `~/.cache/newsdata-pipeline` on Linux
    (`$XDG_CACHE_HOME/newsdata-pipeline` when set), the system's own elsewhere."""
    return platformdirs.user_cache_path(APP_NAME)


def private_folder(folder: Path) -> Path:
    """Create `folder` readable by its owner only, or check that an existing one is safe:
    owned by this user and writable by no one else. `CacheError` otherwise."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
    except OSError as error:
        raise CacheError(
            f"{shown(folder)}: cannot create the cache folder ({error.strerror}); pass "
            "--cache DIR or --no-cache"
        ) from None
    if not stat.S_ISDIR(info.st_mode):
        raise CacheError(f"{shown(folder)}: the cache must be a folder, not a link or a file")
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise CacheError(
            f"{shown(folder)}: the cache folder belongs to another user; its entries could "
            "be planted: pass --cache DIR with a folder of your own, or --no-cache"
        )
    if hasattr(os, "getuid") and info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise CacheError(
            f"{shown(folder)}: the cache folder can be written by other users; "
            f"run `chmod go-w {shown(folder)}` or pass --cache DIR"
        )
    return folder


@cache
def source_version(sources: tuple[Path, ...] = EXTRACTION_SOURCES) -> str:
    """Hash of the Python source the extraction runs, the versions of the libraries it
    calls, and of the interpreter."""
    digest = hashlib.sha256(f"python {sys.version_info[0]}.{sys.version_info[1]}".encode())
    for library in EXTRACTION_LIBRARIES:
        try:
            digest.update(f"{library} {metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library} missing".encode())
    for source in sources:
        files = sorted(source.rglob("*.py")) if source.is_dir() else [source]
        for path in files:
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def extraction_version() -> str:
    """Changes whenever a rule file or the extraction code changes (not cached: rules may be edited)."""
    return hashlib.sha256(f"{rules_version()}:{source_version()}".encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class CacheKey:
    """The entry's name, and the hash of the article bytes that a loaded entry must match."""

    digest: str
    article_sha256: str


class ExtractionCache:
    """One folder of cached extractions for one extraction version.

    cache = ExtractionCache(default_cache_dir())
    key = cache.key(record)          # reads the file and its sidecar, if not read yet
    cache.load(key, record)          # the Extraction, or None: extract it, then
    cache.store(key, encode_extraction(extraction))
    """

    def __init__(self, folder: Path, version: str | None = None, owner: str | None = None):
        self.root = private_folder(Path(folder))
        # What the entries this build uses are kept for: its input folder (see `OWNERS`)
        self.owner = owner
        self.version = version or extraction_version()
        # Checked as the root is: a version folder another user made while the root was
        # writable by others could hold planted entries.
        self.folder = private_folder(self.root / f"{VERSION_PREFIX}{self.version}")
        # Entries to remove at the next `prune_other_versions`: (suffixes, keys still used)
        self._unused: list[tuple[tuple[str, ...], set[str]]] = []

    def key(self, record: InputRecord | Path) -> CacheKey:
        """The key of a record (or of a file directly in its folder); `ArticleError` if it
        cannot be read."""
        if isinstance(record, Path):
            record = file_record(record, record.parent)
        parts = record.key_parts()
        digest = hashlib.sha256("\0".join([self.version, *parts]).encode()).hexdigest()
        return CacheKey(digest, parts[3])

    def entry(self, key: CacheKey) -> Path:
        return self.folder / key.digest[:2] / f"{key.digest}{ENTRY_SUFFIX}"

    def load(self, key: CacheKey, record: InputRecord | None = None) -> Extraction | None:
        """The cached extraction, or None when missing, damaged, edited or not what the key
        promises; given the `record`, under its document id and source."""
        body = read_entry(self.entry(key))
        if body is None:
            return None
        try:
            extraction = decode_extraction(body)
        except CodecError:
            return None
        if extraction.article.sha256 != key.article_sha256:
            return None
        if record is not None:
            extraction.article = replace(
                extraction.article, document_id=record.document_id, source=record.source
            )
        return extraction

    def verified(self, key: CacheKey) -> bool:
        """Whether the entry is there, ours and whole, without decoding it (what `load` checks
        but the extraction itself)."""
        return read_entry(self.entry(key)) is not None

    def store(self, key: CacheKey, encoded: bytes) -> None:
        """Write `encoded` (`encode_extraction`) atomically; a failed write only costs a recompute."""
        # read-only or full disk: the build goes on without caching
        with contextlib.suppress(OSError):
            write_entry(self.entry(key), encoded)

    def prune_other_versions(self) -> list[Path]:
        """Remove the entries of extraction versions not used lately (older rules or code).

        Each version holds a copy of every article, so keeping them all would grow without
        end; the `KEEP_OTHER_VERSIONS` most recently used besides this one are kept.
        """
        if not self.root.is_dir():
            return []
        with contextlib.suppress(OSError):
            os.utime(self.folder)  # this version was used now
        others = sorted(
            (
                folder
                for folder in self.root.iterdir()
                if folder != self.folder and _is_version_folder(folder)
            ),
            key=lambda folder: (folder.stat().st_mtime, folder.name),
            reverse=True,
        )
        removed = others[KEEP_OTHER_VERSIONS:]
        for folder in removed:
            shutil.rmtree(folder, ignore_errors=True)
        return removed + self._remove_stale_temporaries()

    def prune_entries(self, suffixes: tuple[str, ...], used: set[str]) -> None:
        """Remove, at the next `prune_other_versions`, this version's entries named
        `<key><suffix>` whose key is not in `used` (the fragments and summaries of parts no
        build uses any more): one pass over the folder for every kind (a pass over 100,000
        entries takes a quarter of a second)."""
        self._unused.append((suffixes, used))

    def _kept_for_other_owners(
        self, unused: dict[str, list[set[str]]], now: float
    ) -> dict[str, set[str]]:
        """The keys, by suffix, that the last builds of other input folders used (those built
        within `OWNER_KEPT_SECONDS`); this build's own are recorded for the builds after it."""
        owners = self.folder / OWNERS
        mine = (
            owners / f"{hashlib.sha256(self.owner.encode()).hexdigest()[:16]}{ENTRY_SUFFIX}"
            if self.owner is not None
            else None
        )
        kept: dict[str, set[str]] = {}
        with contextlib.suppress(OSError), os.scandir(owners) as entries:
            for entry in entries:
                if (mine is not None and entry.name == mine.name) or entry.name.startswith("."):
                    continue
                with contextlib.suppress(OSError):
                    if now - entry.stat(follow_symlinks=False).st_mtime > OWNER_KEPT_SECONDS:
                        os.unlink(entry.path)  # an input folder not built for a month
                        continue
                body = read_entry(Path(entry.path))
                try:
                    record = json.loads(body) if body is not None else {}
                except ValueError:
                    continue
                for suffix, keys in record.items():
                    if isinstance(keys, list):
                        kept.setdefault(suffix, set()).update(map(str, keys))
        if mine is not None:
            record = {suffix: sorted(set().union(*sets)) for suffix, sets in unused.items()}
            with contextlib.suppress(OSError):
                write_entry(mine, json.dumps(record, sort_keys=True).encode())
        return kept

    def _remove_stale_temporaries(self) -> list[Path]:
        """Half-written entries of killed workers (`.*.tmp`), and the entries `prune_entries`
        asked for, in one pass over this version's folders."""
        removed = []
        now = time.time()
        # suffix -> the keys still used, of each `prune_entries` asked for that suffix
        unused: dict[str, list[set[str]]] = {}
        for suffixes, used in self._unused:
            for suffix in suffixes:
                unused.setdefault(suffix.removeprefix("."), []).append(used)
        self._unused = []
        if unused:
            kept = self._kept_for_other_owners(unused, now)
            unused = {
                suffix: [used | kept.get(suffix, set()) for used in sets]
                for suffix, sets in unused.items()
            }
        with contextlib.suppress(OSError):
            for bucket in os.scandir(self.folder):
                if not bucket.is_dir(follow_symlinks=False) or bucket.name == OWNERS:
                    continue
                if bucket.name.startswith(SPILLS):  # of a build killed while it assembled
                    with contextlib.suppress(OSError):
                        if (
                            now - bucket.stat(follow_symlinks=False).st_mtime
                            > STALE_TEMPORARY_SECONDS
                        ):
                            shutil.rmtree(bucket.path, ignore_errors=True)
                            removed.append(Path(bucket.path))
                    continue
                with contextlib.suppress(OSError), os.scandir(bucket.path) as entries:
                    for entry in entries:
                        key, _, suffix = entry.name.partition(".")
                        sets = unused.get(suffix)
                        if sets is not None and any(key not in used for used in sets):
                            with contextlib.suppress(OSError):
                                os.unlink(entry.path)
                                removed.append(Path(entry.path))
                            continue
                        if not (entry.name.startswith(".") and entry.name.endswith(".tmp")):
                            continue
                        with contextlib.suppress(OSError):
                            info = entry.stat(follow_symlinks=False)
                            if now - info.st_mtime > STALE_TEMPORARY_SECONDS:
                                os.unlink(entry.path)
                                removed.append(Path(entry.path))
        return removed
