"""Zip and tar.gz archives, read as if they were unpacked, without unpacking them to disk.

Members follow the rules of a folder (`pipeline.ingest.names`): articles and their
sidecars are read, hidden files and other kinds are reported, ids and sources come from the
member's path. Nothing is ever written to disk, and an archive cannot make the build read
more than it allows:

- a member whose path is absolute or climbs out with `..` is one error line, not read;
- a member that unpacks to more than `MAX_RATIO` times its packed size (a zip bomb),
  any member larger than `MAX_MEMBER_BYTES`, and members beyond `MAX_TOTAL_BYTES` unpacked
  in all are one error line each, not read;
- a link, a device or an encrypted member is reported, not read;
- a damaged member is one line; a damaged or cut-short archive is one line, and the
  members before the damage are read.

A zip is read member by member from its index. A tar.gz can only be read from its start,
so it is read twice, both times from start to end: once for its listing and sidecars, then
for the articles, one at a time. Not in tarfile's stream mode (`r|gz`): it skips a member
in 10 kB reads that each copy what is left of the block unpacked, minutes for a bomb that
`r:gz` skips in a second.
"""

from __future__ import annotations

import stat
import tarfile
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from pipeline.ingest.document_ids import document_id_for_name
from pipeline.ingest.names import ARTICLE, SIDECAR, SKIPPED, kind_of
from pipeline.ingest.read import Skipped
from pipeline.ingest.record import (
    SIDECAR_SUFFIX,
    InputRecord,
    Sidecar,
    failed_record,
    parser_for,
    shown_in,
)
from pipeline.model import ArticleError
from pipeline.paths import PACKAGE_MARKER
from pipeline.safe_text import shown

# Unpacked : packed, above which a zip member is a bomb. Text compresses 3-10:1, HTML a bit
# more; a bomb thousands to one. Small members are never a threat, whatever their ratio.
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1 << 20
MAX_MEMBER_BYTES = 256 << 20  # far above any article; bounds the memory one member takes
MAX_SIDECAR_BYTES = 1 << 20
MAX_TOTAL_BYTES = 64 << 30  # unpacked, in all: a real news archive, not a bomb of many members

Keep = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class Member:
    name: str  # as stored
    size: int  # unpacked, as the archive declares it
    packed: int  # zip: compressed size; tar: the same as size
    regular: bool
    link: bool
    encrypted: bool = False


def member_problem(member: Member, total: int) -> str | None:
    """Why a member is not read and is an error line, or None (`total`: unpacked so far)."""
    path = member.name.replace("\\", "/")
    if path.startswith("/") or (len(path) > 1 and path[1] == ":") or ".." in path.split("/"):
        return "an unsafe path (absolute, or with ..); not read"
    if member.encrypted:
        return "encrypted; not read"
    if member.size > MAX_MEMBER_BYTES:
        return f"unpacks to {member.size:,} bytes, more than {MAX_MEMBER_BYTES:,}; not read"
    if member.size > RATIO_FLOOR_BYTES and member.size > MAX_RATIO * max(1, member.packed):
        ratio = member.size // max(1, member.packed)
        return (
            f"unpacks to {member.size:,} bytes from {member.packed:,} ({ratio:,}:1, more than "
            f"{MAX_RATIO}:1): a zip bomb?; not read"
        )
    if total + member.size > MAX_TOTAL_BYTES:
        return f"the archive unpacks to more than {MAX_TOTAL_BYTES:,} bytes in all; not read"
    return None


@dataclass
class Plan:
    """What to do with each member, decided from the listing alone."""

    articles: dict[str, str]  # member name -> its sidecar's member name, or ""
    problems: dict[str, str]  # member name -> error line's reason
    skipped: list[tuple[str, str]]  # (member name, reason)

    def wanted(self) -> set[str]:
        """The members whose bytes are read: articles and their sidecars."""
        return set(self.articles) | {sidecar for sidecar in self.articles.values() if sidecar}


def plan_members(members: list[Member]) -> Plan:
    """Sort out the members as a folder's files would be (`pipeline.ingest.names`)."""
    problems, skipped = {}, []
    total = 0
    folders: dict[str, set[str]] = defaultdict(set)  # folder -> names of its regular files
    candidates = []
    for member in members:
        if member.name.endswith("/") and not member.regular:
            continue  # a folder entry: folders are implied by their files
        problem = member_problem(member, total)
        if problem:
            problems[member.name] = problem
            continue
        if member.link:
            skipped.append((member.name, "a link (links in archives are not followed)"))
            continue
        if not member.regular:
            skipped.append((member.name, "not a regular file"))
            continue
        path = PurePosixPath(relative_name(member.name))
        folders[str(path.parent)].add(path.name)
        candidates.append((member, path))
        total += member.size
    packages = {folder for folder, names in folders.items() if PACKAGE_MARKER in names}
    articles: dict[str, str] = {}
    for member, path in candidates:
        parents = [str(parent) for parent in path.parents]
        if any(part.startswith(".") for part in path.parts[:-1]):
            skipped.append((member.name, "in a hidden folder"))
            continue
        if packages.intersection(parents):
            skipped.append((member.name, "in a data package written by this tool"))
            continue
        kind, reason = kind_of(path.name, folders[str(path.parent)], crawls=False)
        if kind == SKIPPED:
            skipped.append((member.name, reason))
        elif kind == ARTICLE:
            sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
            has_sidecar = sidecar.name in folders[str(path.parent)]
            prefix = member.name[: len(member.name) - len(relative_name(member.name))]
            articles[member.name] = f"{prefix}{sidecar}" if has_sidecar else ""
        else:
            assert kind == SIDECAR
    return Plan(articles, problems, skipped)


def relative_name(member_name: str) -> str:
    """`./2024/a.txt` (as `tar -C folder .` stores it) is `2024/a.txt`."""
    while member_name.startswith("./"):
        member_name = member_name[2:]
    return member_name


class _Reader:
    """Shared by both kinds: turns a member's bytes into a record or an error line."""

    def __init__(self, path: Path, keep: Keep | None, skipped: list[Skipped]):
        self.path = path
        self.label = shown(path)
        self.keep = keep or (lambda document_id: True)
        self.skipped = skipped

    def where(self, member_name: str) -> str:
        return shown_in(self.label, member_name)

    def document_id(self, member_name: str) -> str:
        return document_id_for_name(relative_name(member_name))

    def report(self, plan: Plan) -> list[InputRecord]:
        """The members' skip lines (kept in `skipped`) and error records of the plan."""
        for name, reason in plan.skipped:
            if self.keep(self.document_id(name)):
                self.skipped.append(Skipped(self.where(name), relative_name(name), reason))
        return [
            failed_record(self.document_id(name), self.where(name), problem)
            for name, problem in plan.problems.items()
            if self.keep(self.document_id(name))
        ]

    def record(
        self, name: str, content: bytes, sidecar_name: str, sidecar: bytes | None, packed: int
    ) -> InputRecord:
        return InputRecord(
            document_id=self.document_id(name),
            source=shown(relative_name(name)),
            label=self.where(name),
            parser=parser_for(name),
            content=content,
            sidecar=Sidecar(self.where(sidecar_name), sidecar) if sidecar is not None else None,
            input_bytes=packed,
        )

    def broken(self, problem: str) -> InputRecord:
        """The one line of an archive that cannot be read on (reported by one shard)."""
        document_id = document_id_for_name(self.path.name)
        return failed_record(document_id, self.label, problem)


def zip_records(
    path: Path, skipped: list[Skipped], keep: Keep | None = None
) -> Iterator[InputRecord]:
    """The articles of a zip archive, in member name order."""
    reader = _Reader(path, keep, skipped)
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise ArticleError(f"{reader.label}: not a readable zip archive ({shown(error)})") from None
    with archive:
        infos = {info.filename: info for info in archive.infolist()}
        members = [
            Member(
                name=info.filename,
                size=info.file_size,
                packed=info.compress_size,
                regular=not info.is_dir() and not _zip_link(info),
                link=_zip_link(info),
                encrypted=bool(info.flag_bits & 0x1),
            )
            for info in infos.values()
        ]
        plan = plan_members(members)
        failed = reader.report(plan)
        yield from failed
        for name in sorted(plan.articles):
            if not reader.keep(reader.document_id(name)):
                continue
            sidecar_name = plan.articles[name]
            try:
                content = _read_zip_member(archive, infos[name])
                sidecar = _read_zip_member(archive, infos[sidecar_name]) if sidecar_name else None
            except ArticleError as error:
                yield failed_record(reader.document_id(name), reader.where(name), str(error))
                continue
            yield reader.record(name, content, sidecar_name, sidecar, infos[name].compress_size)


def _zip_link(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _read_zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes; zipfile stops at the declared size and checks the CRC."""
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as error:
        raise ArticleError(f"damaged ({shown(error)[:200]}); not read") from None
    except (NotImplementedError, RuntimeError) as error:  # a compression zipfile lacks; a password
        raise ArticleError(f"cannot be unpacked ({shown(error)[:200]}); not read") from None


def tar_records(
    path: Path, skipped: list[Skipped], keep: Keep | None = None
) -> Iterator[InputRecord]:
    """The articles of a tar archive (gzip, bzip2, xz or none), in the archive's order."""
    reader = _Reader(path, keep, skipped)
    members, sidecars, damage = _tar_listing(path, reader)
    plan = plan_members(members)
    yield from reader.report(plan)
    wanted = {name for name in plan.articles if reader.keep(reader.document_id(name))}
    if wanted:
        accounted = 0  # bytes of the archive handed out with earlier members, for progress
        try:
            with path.open("rb") as raw, tarfile.open(fileobj=raw, mode="r:*") as archive:
                for member in _each_member(archive):
                    if member.name not in wanted:
                        continue
                    wanted.discard(member.name)
                    sidecar_name = plan.articles[member.name]
                    try:
                        content = _read_tar_member(archive, member)
                    except ArticleError as error:
                        if damage:
                            continue  # the member the damage cut short: the archive's line says it
                        yield failed_record(
                            reader.document_id(member.name), reader.where(member.name), str(error)
                        )
                        continue
                    sidecar = sidecars.get(sidecar_name) if sidecar_name else None
                    spent, accounted = raw.tell() - accounted, raw.tell()
                    yield reader.record(member.name, content, sidecar_name, sidecar, spent)
                    if not wanted:
                        break  # the rest of the archive holds nothing this build reads
        except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
            if not damage:
                damage = f"damaged or cut short ({shown(error)[:200]})"
    if damage:
        yield reader.broken(f"{damage}; the members before it are read")


def _tar_listing(path: Path, reader: _Reader) -> tuple[list[Member], dict[str, bytes], str]:
    """Every member's header, the bytes of every sidecar, and the damage found, if any."""
    members: list[Member] = []
    sidecars: dict[str, bytes] = {}
    # Where each member's header starts in the compressed file: the next one's start less its
    # own is what the member took packed, and its ratio tells a bomb as a zip member's does.
    starts: list[int] = []
    try:
        with path.open("rb") as raw, tarfile.open(fileobj=raw, mode="r:*") as archive:
            for info in _each_member(archive):
                starts.append(raw.tell())
                if members:
                    members[-1] = _packed(members[-1], starts[-1] - starts[-2])
                member = Member(
                    name=info.name,
                    size=info.size,
                    packed=info.size,  # until the next header (or the end) says
                    regular=info.isreg(),
                    link=info.issym() or info.islnk(),
                )
                members.append(member)
                if (
                    member.regular
                    and info.name.endswith(SIDECAR_SUFFIX)
                    and info.size <= MAX_SIDECAR_BYTES
                    and member_problem(member, 0) is None
                ):
                    sidecars[info.name] = _read_tar_member(archive, info)
            if members:
                members[-1] = _packed(members[-1], raw.tell() - starts[-1])
    except (tarfile.TarError, OSError, EOFError, zlib.error, ArticleError) as error:
        reason = "not a readable tar archive" if not members else "damaged or cut short"
        if not members:
            raise ArticleError(f"{reader.label}: {reason} ({shown(error)[:200]})") from None
        return members, sidecars, f"{reason} after {len(members):,} members ({shown(error)[:200]})"
    return members, sidecars, ""


def _each_member(archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    """The members in order, each let go once read: tarfile keeps every header it has read
    (`archive.members`, some 500 bytes each), which for an archive of millions of files is
    the memory that would grow."""
    while (info := archive.next()) is not None:
        archive.members.clear()
        yield info


def _packed(member: Member, packed: int) -> Member:
    """The member with its compressed size, as far as the stream's reads tell it (to a buffer
    of some kilobytes: nothing beside the megabyte below which a ratio is not checked)."""
    return replace(member, packed=max(1, packed))


def _read_tar_member(archive: tarfile.TarFile, info: tarfile.TarInfo) -> bytes:
    file = archive.extractfile(info)
    if file is None:
        raise ArticleError("not a regular file; not read")
    try:
        return file.read()
    except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
        raise ArticleError(f"damaged ({shown(error)[:200]}); not read") from None
