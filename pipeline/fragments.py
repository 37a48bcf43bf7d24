"""The assembled rows of one part of a package, cached, so that a rebuild reads one file per
part instead of decoding the cached extraction of every article.

A package in parts (`pipeline.publish.parts`) groups its articles by a hash of their document
id. After a build, the extraction cache holds, for each part, a fragment: what a
`TableAssembler` holds after adding that part's articles (their rows, and their people,
institutions and laws with the ranks that decide how entities merge across articles). It is
keyed by the part's articles (document id, source and cache key of each), so adding, editing
or removing one article misses the fragment of one part only: that part is assembled again
from the extractions, the others are read as they are.

A fragment is data only, like an extraction entry: a JSON header (the entity records, the
notes of articles not in English), then the rows of each table of documents as an Arrow IPC
stream, under a line with the SHA-256 of the rest, checked when read; a damaged or edited
fragment is rebuilt. Fragments live in the version folder of the extraction cache (buckets of
the digest, `<digest>.part`), so a new extraction version drops them with the entries; after a
build, the fragments it did not use are removed, so the cache holds those of the input built
last (another input sharing the cache assembles its parts again).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import json
import os
import shutil
import struct
import sys
import tempfile
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.ipc as ipc

from pipeline.cache import (
    SPILLS,
    CacheError,
    CacheKey,
    ExtractionCache,
    dump_record,
    load_record,
    read_entry,
    write_entry,
)
from pipeline.codec import encode_extraction
from pipeline.ingest.language import is_english, not_english_note
from pipeline.ingest.record import InputRecord
from pipeline.memory import set_apart
from pipeline.metadata import load_tables
from pipeline.metadata.arrow_schema import ARROW_TYPES
from pipeline.model import ArticleError, Extraction
from pipeline.parallel import process_record
from pipeline.paths import SCHEMAS_DIR
from pipeline.publish.parts import PartedTables, parts_of
from pipeline.tables import AssemblerState, EntityMerger, TableAssembler, document_frames

SUFFIX = ".part"
HEAD = ".head"
_LENGTH = struct.Struct(">Q")


@dataclass(frozen=True, slots=True)
class CachedEntry:
    """An article whose extraction is in the cache, not decoded: where it is and what it is;
    `record`: the record, not loaded, to extract again should the entry not load after all
    (None when keeping it would keep its text: a line of an export, a page of a crawl)."""

    document_id: str
    source: str
    key: CacheKey
    record: InputRecord | None = None


# The code that turns extractions into a part's rows, besides the extraction itself: a change
# to any of it assembles every part again rather than read fragments of the code before.
ASSEMBLY_SOURCES = ("tables.py", "ids.py", "fragments.py", "codec.py", "model.py")


@cache
def assembly_version() -> str:
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for name in ASSEMBLY_SOURCES:
        digest.update(name.encode() + b"\0" + (package / name).read_bytes())
    for path in sorted(SCHEMAS_DIR.glob("*")):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Fresh:
    """An extraction made now, with its key in the cache (`extract_articles(lazy=True)`)."""

    extraction: Extraction
    key: CacheKey | None


@dataclass
class Fragment:
    state: AssemblerState
    notes: list[str]  # one line per article of the part not in English


def fragment_digest(version: str, members: list[tuple[str, str, str]]) -> str:
    """The key of a part's fragment: the extraction version, the code that assembles rows and
    the schemas, and, for each article in document id order, its document id, source and cache
    key."""
    digest = hashlib.sha256(f"fragment {version} {assembly_version()}".encode())
    for member in sorted(members):
        digest.update("\0".join(member).encode() + b"\n")
    return digest.hexdigest()


def _header(fragment: Fragment) -> dict:
    state = fragment.state
    return {
        "notes": fragment.notes,
        "entities": state.entities,
        # JSON keys are strings: an affiliation of None is kept in a list of pairs
        "people": {
            key: [[affiliation, record] for affiliation, record in by_affiliation.items()]
            for key, by_affiliation in state.people.items()
        },
        # Only the documents that give the person an affiliation: the others cannot rename
        # it (`EntityMerger.tables`), and they made most of a large part's head.
        "affiliation_in": {
            key: kept
            for key, documents in state.affiliation_in.items()
            if (kept := {doc: a for doc, a in documents.items() if a is not None})
        },
    }


def _state(header: dict, columns: dict) -> AssemblerState:
    # A record's columns are [rank, value] pairs as decoded: `tables.Rank` is a string.
    return AssemblerState(
        columns=columns,
        entities=header["entities"],
        people={key: dict(pairs) for key, pairs in header["people"].items()},
        affiliation_in=header["affiliation_in"],
    )


def encode_fragment(fragment: Fragment) -> bytes:
    state = fragment.state
    header = _header(fragment)
    body = io.BytesIO()
    encoded = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    body.write(_LENGTH.pack(len(encoded)) + encoded)
    schemas = load_tables()
    for name, columns in state.columns.items():
        table = pa.table(
            {
                field.name: pa.array(columns[field.name], type=ARROW_TYPES[field.type])
                for field in schemas[name].fields
            }
        )
        sink = io.BytesIO()
        with ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        name_bytes = name.encode()
        body.write(_LENGTH.pack(len(name_bytes)) + name_bytes)
        body.write(_LENGTH.pack(len(sink.getvalue())) + sink.getvalue())
    return body.getvalue()


@dataclass
class Head:
    """What a build needs of a part before its rows: its entities (`state`, without columns),
    notes, the rows of each table of documents and the document ids; stored beside the
    fragment (`<digest>.head`), so that a build reads the rows only of the parts it writes."""

    state: AssemblerState
    notes: list[str]
    rows: dict[str, int]
    document_ids: list[str]


def head_of(fragment: Fragment) -> Head:
    columns = fragment.state.columns
    return Head(
        replace(fragment.state, columns={}),
        fragment.notes,
        {name: len(values["document_id"]) for name, values in columns.items()},
        [str(document_id) for document_id in columns["documents"]["document_id"]],
    )


def encode_head(head: Head) -> bytes:
    header = _header(Fragment(head.state, head.notes))
    header.update(rows=head.rows, document_ids=head.document_ids)
    return dump_record(header)


def decode_head(body: bytes) -> Head:
    header = load_record(body)
    return Head(_state(header, {}), header["notes"], header["rows"], header["document_ids"])


def _column(array: pa.ChunkedArray) -> list | object:
    """Values as the assembler holds them: Python objects (dates as `date`), or a NumPy
    array where that gives the same values."""
    if array.null_count or pa.types.is_date32(array.type):
        return array.to_pylist()
    return array.to_numpy(zero_copy_only=False)


def decode_fragment(body: bytes) -> Fragment:
    view = memoryview(body)
    (length,) = _LENGTH.unpack_from(view, 0)
    header = json.loads(bytes(view[8 : 8 + length]))
    at = 8 + length
    columns = {}
    while at < len(view):
        (length,) = _LENGTH.unpack_from(view, at)
        name = bytes(view[at + 8 : at + 8 + length]).decode()
        at += 8 + length
        (length,) = _LENGTH.unpack_from(view, at)
        table = ipc.open_stream(pa.py_buffer(view[at + 8 : at + 8 + length])).read_all()
        at += 8 + length
        columns[name] = {column: _column(table[column]) for column in table.column_names}
    state = _state(header, columns)
    return Fragment(state, header["notes"])


class Fragments:
    """The fragments of one extraction cache (of its current version)."""

    def __init__(self, cache: ExtractionCache):
        self.cache = cache

    def path(self, digest: str, suffix: str = SUFFIX) -> Path:
        return self.cache.folder / digest[:2] / f"{digest}{suffix}"

    def load_head(self, digest: str) -> Head | None:
        """The part's head, or None when it or the fragment is missing, damaged or not ours."""
        body = read_entry(self.path(digest, HEAD))
        if body is None or not self.path(digest).is_file():
            return None
        try:
            return decode_head(body)
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def load(self, digest: str) -> Fragment | None:
        """The fragment, or None when missing, damaged, edited or not ours."""
        body = read_entry(self.path(digest))
        if body is None:
            return None
        try:
            return decode_fragment(body)
        except (ValueError, KeyError, TypeError, struct.error, pa.ArrowException):
            return None

    def store(self, digest: str, fragment: Fragment) -> bool:
        """Write atomically; whether it was written (a failed write only costs assembling the
        part again next time)."""
        try:
            write_entry(self.path(digest), encode_fragment(fragment))
            write_entry(self.path(digest, HEAD), encode_head(head_of(fragment)))
        except (OSError, pa.ArrowException):
            return False
        return True

    def prune(self, used: set[str]) -> None:
        """Remove this version's fragments (and heads) not in `used`, at the cache's next
        `prune_other_versions`."""
        self.cache.prune_entries((SUFFIX, HEAD), used)


# Below this many parts to assemble, a worker costs more than it saves.
MIN_PARTS_FOR_WORKERS = 4
# Parts sent to each worker and not yet assembled: one under way, one waiting.
PARTS_PER_WORKER = 2


@dataclass
class _SpilledParts:
    """Assembles a part from the rows extracted now (`assemble`): in the build's process, or
    in a worker (`parallel.shared_map`), which reads the spilled rows from the cache."""

    fragments: Fragments

    def assemble(
        self, digest: str, held: AssemblerState | None, spills: list[Path], notes: list[str]
    ) -> tuple[Head, Fragment | None]:
        """The part's head, and its fragment when it could not be cached: its `held` rows, then
        those of its `spills` in order (each file removed once read)."""
        assembler = TableAssembler()
        if held is not None:
            assembler.absorb(held)
        for path in spills:
            body = read_entry(path)
            path.unlink(missing_ok=True)
            if body is None:
                raise CacheError(f"{path}: rows spilled by this build were removed or changed")
            assembler.absorb(decode_fragment(body).state)
        fragment = Fragment(assembler.state(), notes)
        head = head_of(fragment)
        return head, None if self.fragments.store(digest, fragment) else fragment


# Extractions made now are held as rows, grouped by part, up to this many articles; then the
# held rows are written to spill files (one per part) and read back when the part is assembled.
HELD_ARTICLES = 4_000


class PartAssembler:
    """The tables of a build whose package is in parts, from fragments where they are cached.

    Articles arrive in any order (`add`): an extraction made now goes into the assembler of
    its part (by `expected` parts, the count the input's size gives), an article in the cache
    is only noted. Held rows beyond `held` articles are spilled to disk, so memory does not grow
    with the input. `finish` then takes each part from its fragment when one is cached for
    exactly its articles, else assembles it (from the held and spilled rows, and by decoding
    its cached extractions) and caches it; it merges the people, institutions and laws of every
    part, and returns `PartedTables`, which read each part's rows from its fragment when asked.
    The tables are those one `TableAssembler` fed every article gives.

    Use it as a context manager: the spill files are removed when it ends.
    """

    def __init__(
        self,
        cache: ExtractionCache,
        expected: int,
        seconds: float | None = None,
        held: int | None = None,
    ):
        self.cache = cache
        self.seconds = seconds  # each article's time budget, should one be extracted again
        self.extracted_again: list[str] = []  # sources whose cached extraction did not load
        self.fragments = Fragments(cache)
        self.expected = expected
        self.held_max = held if held is not None else HELD_ARTICLES
        self.held = 0  # articles whose rows are held in `fresh`
        self.fresh: dict[int, TableAssembler] = {}
        self.spills: dict[int, list[Path]] = {}  # part -> its files of spilled rows, in order
        self._spill_folder: Path | None = None
        # Of extractions made now: (document id, source, key), and those not in the cache.
        self.members: dict[int, list[tuple[str, str, CacheKey | None]]] = {}
        self.uncached: dict[str, tuple[Extraction, CacheKey | None]] = {}
        self.fresh_notes: dict[int, list[str]] = {}
        self.cached: list[CachedEntry] = []
        self.errors: list[str] = []  # articles whose cached extraction could not be used
        self.reused = 0  # parts read from their fragment
        self.kept: dict[int, Fragment] = {}  # fragments that could not be cached
        self._apart = contextlib.ExitStack()
        self._set_apart: Callable[[], None] = lambda: None  # see `__enter__`

    def __enter__(self) -> PartAssembler:
        # What the build holds at each spill is set aside from the collector
        # (`pipeline.memory.set_apart`): it grows with the input, and each full collection
        # went over all of it again with the GIL held, the workers waiting for articles
        # meanwhile (100,000 articles: 86 -> 80 s of this process, extraction 500 -> 494 s).
        self._set_apart = self._apart.enter_context(set_apart())
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self._drop_spills()
        finally:
            self._set_apart = lambda: None
            self._apart.close()

    def add(self, item: Fresh | CachedEntry) -> None:
        if isinstance(item, CachedEntry):
            self.cached.append(item)
            return
        article = item.extraction.article
        part = int(parts_of([article.document_id], self.expected)[0])
        self.fresh.setdefault(part, TableAssembler()).add(item.extraction)
        if not is_english(article):
            self.fresh_notes.setdefault(part, []).append(not_english_note(article))
        if item.key is None or not self.cache.entry(item.key).is_file():
            # its entry could not be written: kept, with its key, should the parts be regrouped
            self.uncached[article.document_id] = (item.extraction, item.key)
        self.members.setdefault(part, []).append((article.document_id, article.source, item.key))
        self.held += 1
        if self.held >= self.held_max:
            self._spill()

    def _spill(self) -> None:
        """Write the held rows of every part to a spill file of its own, and let them go.

        Each round writes new files (atomically), so a failed write leaves no half file: if the
        cache cannot be written (read-only, full), the rows stay in memory from then on, as
        a failed cache write only costs memory or time, never the build.
        """
        try:
            if self._spill_folder is None:
                self._spill_folder = Path(tempfile.mkdtemp(prefix=SPILLS, dir=self.cache.folder))
            # Touched at each round: the cache's clean-up removes spill folders of builds that
            # were killed, by their age, and must not take this one's.
            os.utime(self._spill_folder)
        except OSError:
            self.held_max = sys.maxsize
            return
        for part in sorted(self.fresh):
            state = self.fresh.pop(part).state()
            path = self._spill_folder / f"{part}-{len(self.spills.get(part, []))}.spill"
            try:
                write_entry(path, encode_fragment(Fragment(state, [])))
            except (OSError, pa.ArrowException):
                kept = self.fresh[part] = TableAssembler()
                kept.absorb(state)
                self.held_max = sys.maxsize  # no more spills: the rest is held in memory
                continue
            self.spills.setdefault(part, []).append(path)
        if self.held_max != sys.maxsize:
            self.held = 0
        gc.collect()  # the rows let go, and any cycles of the last 4,000 articles (a build
        # looks for cycles seldom: `pipeline.memory.fewer_collections`)
        self._set_apart()  # what is left is held to the end: no collection looks at it again

    def _spilled(self, part: int) -> list[AssemblerState]:
        """The rows spilled of a part, in the order they were spilled; the files removed."""
        states = []
        for path in self.spills.pop(part, []):
            body = read_entry(path)
            path.unlink(missing_ok=True)
            if body is None:
                raise CacheError(f"{path}: rows spilled by this build were removed or changed")
            states.append(decode_fragment(body).state)
        return states

    def _drop_spills(self) -> None:
        if self._spill_folder is not None:
            shutil.rmtree(self._spill_folder, ignore_errors=True)
            self._spill_folder = None
        self.spills = {}

    @property
    def articles(self) -> int:
        return len(self.cached) + sum(len(members) for members in self.members.values())

    def _extraction(self, entry: CachedEntry) -> Extraction | None:
        """The entry's extraction; if it does not load after all (whole but not an extraction
        of this code, or gone since it was checked), the article is extracted again and the
        entry replaced, or, without its record, reported and the entry removed, so that the
        next build extracts it."""
        extraction = self.cache.load(entry.key)
        if extraction is not None:
            extraction.article = replace(
                extraction.article, document_id=entry.document_id, source=entry.source
            )
            return extraction
        self.extracted_again.append(entry.source)
        if entry.record is not None:
            try:
                extraction = process_record(entry.record, self.seconds)
            except ArticleError as error:
                self.errors.append(str(error))
                return None
            self.cache.store(entry.key, encode_extraction(extraction))
            return extraction
        with contextlib.suppress(OSError):
            self.cache.entry(entry.key).unlink()
        self.errors.append(
            f"{entry.source}: its cached extraction could not be read back; left out of this "
            "build, it is extracted again by the next"
        )
        return None

    def _regroup(self) -> None:
        """The held and spilled rows were grouped by another count of parts: let them go, and
        read those articles again, from the cache or from memory."""
        self.fresh, self.fresh_notes = {}, {}
        self._drop_spills()
        for members in self.members.values():
            for document_id, source, key in members:
                if document_id not in self.uncached and key is not None:
                    self.cached.append(CachedEntry(document_id, source, key))
        self.members = {}

    def finish(self, count: int, jobs: int | None = 1) -> tuple[PartedTables, list[str]]:
        """The tables in `count` parts, and the notes of articles not in English. The parts
        made only of rows extracted now are assembled in `jobs` processes (None: one per core;
        `parallel.shared_map`)."""
        regrouped = count != self.expected
        if regrouped:
            self._regroup()
        uncached: dict[int, list[tuple[Extraction, CacheKey | None]]] = {}
        if regrouped and self.uncached:  # not in the cache: these come from memory
            ids = sorted(self.uncached)
            for document_id, number in zip(ids, parts_of(ids, count), strict=True):
                uncached.setdefault(int(number), []).append(self.uncached[document_id])
        cached: dict[int, list[CachedEntry]] = {}
        numbers = parts_of([entry.document_id for entry in self.cached], count)
        for entry, number in zip(self.cached, numbers, strict=True):
            cached.setdefault(int(number), []).append(entry)
        self.cached = []
        merger = EntityMerger()
        notes: list[str] = []
        rows: dict[str, int] = dict.fromkeys(load_tables(), 0)
        document_ids: list[str] = []
        digests: dict[int, str] = {}
        fallback: dict[int, list[CachedEntry]] = {}
        spilled_only: list[tuple[int, str]] = []  # (part, digest): rows extracted now only

        def take(head: Head) -> None:
            nonlocal notes, document_ids
            merger.absorb(head.state)
            notes += head.notes  # sorted by the build
            for name, count_of_rows in head.rows.items():
                rows[name] += count_of_rows
            document_ids += head.document_ids  # sorted below

        for part in range(count):
            entries = cached.pop(part, [])
            own = uncached.pop(part, [])
            fresh = self.members.pop(part, [])
            members = [
                (document_id, source, key.digest if key is not None else "")
                for document_id, source, key in fresh
            ] + [(entry.document_id, entry.source, entry.key.digest) for entry in entries]
            members += [
                (e.article.document_id, e.article.source, key.digest if key is not None else "")
                for e, key in own
            ]
            if not members:
                continue
            digest = fragment_digest(self.cache.version, members)
            # An article whose key is unknown could change unseen: its part is never cached.
            known = all(member[2] for member in members)
            head = self.fragments.load_head(digest) if known else None
            if head is not None:
                self.reused += 1
                self.fresh.pop(part, None)
                self.fresh_notes.pop(part, None)
                self.spills.pop(part, None)
                # Should its fragment not load after all, the part is assembled from the cache.
                if not own and all(key is not None for _, _, key in fresh):
                    fallback[part] = entries + [
                        CachedEntry(document_id, source, key) for document_id, source, key in fresh
                    ]
            elif known and not entries and not own:
                spilled_only.append((part, digest))  # assembled below, maybe in a worker
            else:
                fragment, cacheable = self._assemble(part, entries, [e for e, _ in own])
                if not (known and cacheable and self.fragments.store(digest, fragment)):
                    self.kept[part] = fragment  # read from memory: not cached
                head = head_of(fragment)
                del fragment
            digests[part] = digest
            if head is not None:
                take(head)
        # Each head is merged as it comes (merged by rank: in any order), never all held.
        with contextlib.closing(self._assemble_extracted(spilled_only, jobs)) as assembled:
            for head in assembled:
                take(head)
        self._drop_spills()
        self.fragments.prune({digest for part, digest in digests.items() if part not in self.kept})
        entities, renamed = merger.tables()
        for name, frame in entities.items():
            rows[name] = len(frame)
        document_ids.sort()
        # What a part's files are made of, known without reading its rows: its fragment and
        # the people of its documents renamed apart from their namesakes.
        renames: dict[int, list[str]] = {}
        items = sorted(renamed.items())
        documents = [document for (_, document), _ in items]
        for ((person, document), own_id), number in zip(
            items, parts_of(documents, count), strict=True
        ):
            renames.setdefault(int(number), []).append(f"{person}\0{document}\0{own_id}\n")
        sources = {}
        for part, digest in digests.items():
            if part in self.kept:
                continue
            source = hashlib.sha256(f"part {digest}\n".encode())
            source.update("".join(renames.get(part, [])).encode())
            sources[part] = source.hexdigest()

        def load(part: int) -> dict[str, pd.DataFrame]:
            if part in self.kept:
                state = self.kept[part].state
            elif part in digests:
                state = self._fragment(part, digests[part], fallback.get(part), parted_ref()).state
            else:
                state = TableAssembler().state()  # a part with no article
            return document_frames({name: [c] for name, c in state.columns.items()}, renamed)

        parted = PartedTables(
            entities,
            count,
            rows,
            document_ids,
            load,
            sources=sources,
            cache=self.cache,
            from_cache=self.reused,
        )
        # Not `parted` itself in `load`: that cycle kept every part's entities and ids alive
        # until the collector found it (a second at the exit of a build of 100,000 articles).
        parted_ref = weakref.ref(parted)
        return parted, notes

    def _assemble_extracted(self, parts: list[tuple[int, str]], jobs: int | None) -> Iterator[Head]:
        """The heads of `parts` (part, digest), whose rows were all extracted now (held or
        spilled), each assembled and cached (else kept in memory), here and in `jobs - 1`
        workers: the rows still held are spilled first, so that a worker reads them there."""
        from pipeline.parallel import shared_map, shared_workers

        if shared_workers(jobs, len(parts), MIN_PARTS_FOR_WORKERS):
            self._spill()

        def tasks() -> Iterator[tuple]:
            for part, digest in parts:
                held = self.fresh.pop(part, None)
                yield (
                    digest,
                    held.state() if held is not None else None,
                    self.spills.pop(part, []),
                    self.fresh_notes.pop(part, []),
                )

        outcomes = shared_map(
            _SpilledParts(self.fragments),
            "assemble",
            tasks(),
            count=len(parts),
            jobs=jobs,
            preload=(__name__,),
            min_tasks=MIN_PARTS_FOR_WORKERS,
            per_worker=PARTS_PER_WORKER,
        )
        with contextlib.closing(outcomes):
            for (part, _), (head, kept) in zip(parts, outcomes, strict=True):
                if kept is not None:
                    self.kept[part] = kept  # read from memory: not cached
                yield head

    def _fragment(
        self, part: int, digest: str, entries: list[CachedEntry] | None, parted: PartedTables
    ) -> Fragment:
        """The part's fragment; if it does not load after all (damaged since its head was
        read), assembled again from the cached extractions, which gave that head."""
        fragment = self.fragments.load(digest)
        if fragment is not None:
            return fragment
        problem = f"{self.fragments.path(digest)}: removed or changed during the build; build again"
        if entries is None:
            raise CacheError(problem)
        fragment, whole = self._assemble(part, entries, [])
        if not whole:
            raise CacheError(problem)
        self.fragments.store(digest, fragment)
        parted.from_cache -= 1
        return fragment

    def _assemble(
        self, part: int, entries: list[CachedEntry], own: list[Extraction]
    ) -> tuple[Fragment, bool]:
        """A part's fragment from its held, spilled, cached and uncached articles; whether it
        may be cached (every article of the part is in it)."""
        assembler = self.fresh.pop(part, None) or TableAssembler()
        for state in self._spilled(part):
            assembler.absorb(state)
        part_notes = self.fresh_notes.pop(part, [])
        cacheable = True
        for entry in sorted(entries, key=lambda entry: entry.document_id):
            extraction = self._extraction(entry)
            if extraction is None:
                cacheable = False
                continue
            assembler.add(extraction)
            if not is_english(extraction.article):
                part_notes.append(not_english_note(extraction.article))
        for extraction in own:
            assembler.add(extraction)
            if not is_english(extraction.article):
                part_notes.append(not_english_note(extraction.article))
        return Fragment(assembler.state(), part_notes), cacheable
