"""Extractions of earlier builds, on disk, so a rebuild only extracts articles that changed.

An entry is keyed by what its extraction depends on: the file name (it gives the document
id and the parser), the article bytes, the sidecar bytes, and the extraction version,
which hashes the rule files and the source of `pipeline/extract/`, `pipeline/ingest/` and
`pipeline/model.py`. Editing an article re-extracts that article; editing a rule or the
code re-extracts every article (the version does not know which articles a rule touches).

Entries are pickled `Extraction`s: fast to load, and safe to load here because the cache
is a local folder written by this program, in a subfolder per extraction version, so an
entry is only ever read by the exact code that wrote it. Do not point the cache at a
folder that others can write. A damaged entry is ignored and recomputed; writes are
atomic (a temporary file renamed into place), so a killed build leaves no torn entry.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from pipeline.extract.lexicon import rules_version
from pipeline.ingest.read import SIDECAR_SUFFIX
from pipeline.model import Extraction

PACKAGE_DIR = Path(__file__).resolve().parent
# The code an extraction depends on, besides the rule files.
EXTRACTION_SOURCES = (PACKAGE_DIR / "extract", PACKAGE_DIR / "ingest", PACKAGE_DIR / "model.py")
# Libraries whose upgrade can change what is extracted: HTML main text, dates, country names.
EXTRACTION_LIBRARIES = ("trafilatura", "dateparser", "pycountry")
CACHE_FOLDER = Path(".cache") / "newsdata"
VERSION_PREFIX = "v-"


def default_cache_dir(out_dir: Path) -> Path:
    """`.cache/newsdata` next to the package folder: `datapackage/` -> `.cache/newsdata/`."""
    return Path(out_dir).resolve().parent / CACHE_FOLDER


@cache
def source_version(sources: tuple[Path, ...] = EXTRACTION_SOURCES) -> str:
    """Hash of the Python source the extraction runs, the versions of the libraries it
    calls, and of the interpreter that pickles it."""
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


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.stem + SIDECAR_SUFFIX)


@dataclass(frozen=True, slots=True)
class CacheKey:
    """The entry's name, and the hash of the article bytes that a loaded entry must match."""

    digest: str
    article_sha256: str


class ExtractionCache:
    """One folder of cached extractions for one extraction version.

    cache = ExtractionCache(Path(".cache/newsdata"))
    key = cache.key(Path("articles/a.txt"))  # reads the file and its sidecar
    cache.load(key)                          # the Extraction, or None: extract it, then
    cache.store(key, pickle.dumps(extraction))
    """

    def __init__(self, folder: Path, version: str | None = None):
        self.root = Path(folder)
        self.version = version or extraction_version()
        self.folder = self.root / f"{VERSION_PREFIX}{self.version}"

    def key(self, path: Path) -> CacheKey:
        raw = path.read_bytes()
        sidecar = sidecar_of(path)
        try:
            sidecar_hash = hashlib.sha256(sidecar.read_bytes()).hexdigest()
        except FileNotFoundError:
            sidecar_hash = "-"
        article_hash = hashlib.sha256(raw).hexdigest()
        digest = hashlib.sha256(
            "\0".join([self.version, path.name, article_hash, sidecar_hash]).encode()
        ).hexdigest()
        return CacheKey(digest, article_hash)

    def entry(self, key: CacheKey) -> Path:
        return self.folder / key.digest[:2] / f"{key.digest}.pickle"

    def load(self, key: CacheKey) -> Extraction | None:
        """The cached extraction, or None when missing, unreadable or not what the key promises."""
        try:
            extraction = pickle.loads(self.entry(key).read_bytes())
        except FileNotFoundError:
            return None
        except Exception:  # truncated, garbled or from another program: recompute it
            return None
        if (
            not isinstance(extraction, Extraction)
            or extraction.article.sha256 != key.article_sha256
        ):
            return None
        return extraction

    def store(self, key: CacheKey, pickled: bytes) -> None:
        """Write `pickled` (a pickled Extraction) atomically; a failed write only costs a recompute."""
        target = self.entry(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(pickled)
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            pass  # read-only or full disk: the build goes on without caching

    def prune_other_versions(self) -> list[Path]:
        """Remove the entries of other extraction versions (older rules or code).

        They are only read again if the rules and code go back to exactly that version, and
        each version holds a copy of every article, so keeping them would grow without end.
        """
        removed = []
        if not self.root.is_dir():
            return removed
        for folder in self.root.iterdir():
            if folder.is_dir() and folder.name.startswith(VERSION_PREFIX) and folder != self.folder:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
        return removed
