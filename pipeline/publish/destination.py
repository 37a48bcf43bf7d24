"""Where a package may be published, and how it replaces the one there.

A build never deletes or overwrites a file it did not write:

- Every package folder carries a marker, `.newsdata-package`, listing the files the build
  wrote with their sha256. A build replaces a folder only when it is missing, empty, or such
  a package holding nothing else, every file as the build wrote it (a file changed since,
  a file or folder added, is the user's). A package written before the marker existed is
  recognised by holding only the files a build writes and a descriptor that lists the
  tables of a build. Anything else is refused before any work, with one line naming what
  is in the way; so is the input folder or a folder that holds it.
- The new package is written into a staging folder beside the destination and swapped in
  under a lock per destination, by one atomic exchange of the two folders (Linux's
  `renameat2(RENAME_EXCHANGE)`): a crash at any instant leaves either the old or the new
  package at the destination. Where the exchange is not available, two renames are used,
  and a crash between them is repaired by the next build.
- Staging folders of builds that died (killed while writing or swapping) are removed by the
  next build into the same destination, before it writes its own; a staging folder of a
  build still running is locked by it and left alone. Only names a build gives them are
  touched: `.<out>.tmp-<random>` holding the staging marker and `.<out>.old-<pid>`.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import itertools
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pipeline.metadata import load_tables
from pipeline.paths import PACKAGE_MARKER
from pipeline.publish.errors import DestinationError
from pipeline.publish.files import sha256_of
from pipeline.safe_text import shown

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; concurrent builds into one folder are not guarded
    fcntl = None

MARKER = PACKAGE_MARKER
STAGING_MARKER = ".newsdata-staging"
WRITTEN_BY = "newsdata-pipeline"
MARKER_NOTE = (
    "Written by newsdata-pipeline. A build replaces this folder only while every file in "
    "it is listed here, with the sha256 it was written with: a file of yours in it, or a "
    "file changed since, keeps the folder from being replaced."
)
ENTITY_TABLES = ("people", "institutions", "laws")  # the tables every article's page looks up
MAX_NAMED = 3  # entries named in a refusal; the rest are counted
LONGEST_SUFFIX = len(".tmp-") + 1 + 8 + len(".old-") + 10  # what a build adds to --out's name
# The leftovers a build may remove beside `--out`: its own names only (`tempfile.mkdtemp`'s
# random part, a process id), never a user's `.pkg.old-backup-2024`.
_STAGING_NAME = re.compile(r"tmp-[a-z0-9_]{8}")
_ASIDE_NAME = re.compile(r"old-[0-9]+")


# --- what a package of ours holds ------------------------------------------------------


def walk_files(folder: Path, *, empty_folders: bool = False) -> Iterator[str]:
    """Every file and link below `folder` as a relative POSIX path (folders left out, but for
    empty ones when asked, as `name/`), shallow ones first, each folder in name order; lazily,
    so a check can stop at the first it needs."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        links = [d for d in dirs if os.path.islink(os.path.join(root, d))]
        if empty_folders and not dirs and not files and root != str(folder):
            yield Path(root).relative_to(folder).as_posix() + "/"
        for name in sorted(files + links):
            yield Path(root, name).relative_to(folder).as_posix()


def files_under(folder: Path) -> list[str]:
    return sorted(walk_files(folder))


def _checksums(folder: Path) -> dict[str, str]:
    """`SHA256SUMS` of the package in `folder` as path -> sha256 (empty if it has none)."""
    try:
        lines = (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    return {path: digest for digest, _, path in (line.partition("  ") for line in lines) if path}


def write_marker(folder: Path, parts: dict[str, str] | None = None) -> None:
    """List every file of the package just written in `folder` with its sha256; called last,
    once all are there (the sha256 of `SHA256SUMS` are reused, not computed again).

    `parts`: the digest of the rows of each file of a part (`pipeline.publish.parts`), which
    lets the next build reuse the files of a part whose rows it would write the same.
    """
    sums = _checksums(folder)
    files = {
        path: sums.get(path) or sha256_of(folder / path)
        for path in files_under(folder)
        if path != MARKER
    }
    marker = {"written_by": WRITTEN_BY, "note": MARKER_NOTE, "files": files}
    if parts:
        marker["parts"] = dict(sorted(parts.items()))
    (folder / MARKER).write_text(json.dumps(marker, indent=1) + "\n", encoding="utf-8")


class PreviousPackage:
    """The package a build replaces, for the files of its parts that can be reused as they are.

    Read after `check_destination` has found every file as the marker lists it (and the swap
    checks again, so a file changed meanwhile still keeps the package from being replaced).
    """

    def __init__(self, folder: Path, files: dict[str, str], parts: dict[str, str]):
        self.folder = folder
        self.files = files  # path -> sha256
        self.parts = parts  # path -> digest of the rows it holds

    @classmethod
    def read(cls, out_dir: Path) -> PreviousPackage | None:
        """None when `out_dir` holds no package of ours in parts."""
        try:
            marker = json.loads((Path(out_dir) / MARKER).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            return None
        if not isinstance(marker, dict) or marker.get("written_by") != WRITTEN_BY:
            return None
        files, parts = marker.get("files"), marker.get("parts")
        if not isinstance(files, dict) or not isinstance(parts, dict):
            return None
        return cls(Path(out_dir), files, parts)

    def same_title(self, title: str) -> bool:
        """Whether this package has the title `title`, which every page of its view shows."""
        try:
            descriptor = json.loads((self.folder / "datapackage.json").read_text(encoding="utf-8"))
            return descriptor.get("title") == title
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError):
            return False

    def same(self, paths: tuple[str, ...], digest: str) -> bool:
        """Whether every file of `paths` is there with rows of this digest."""
        return all(
            self.parts.get(path) == digest and isinstance(self.files.get(path), str)
            for path in paths
        )


def legacy_package_files() -> set[str]:
    """The files a build wrote before packages carried a marker."""
    names = {"datapackage.json", "README.md"}
    for table in load_tables():
        names |= {f"csv/{table}.csv", f"parquet/{table}.parquet"}
    return names


def _legacy_descriptor(folder: Path) -> bool:
    """Whether `folder/datapackage.json` describes the tables a build writes, each by its CSV:
    a user's own Data Package holding only a descriptor and a README is not one of ours."""
    path = folder / "datapackage.json"
    try:
        if path.stat().st_size > 10_000_000:
            return False
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return False
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list):
        return False
    paths = {
        r.get("path") for r in resources if isinstance(r, dict) and isinstance(r.get("path"), str)
    }
    return all(f"csv/{table}.csv" in paths for table in load_tables())


def package_files(folder: Path) -> dict[str, str | None] | None:
    """The files the package in `folder` was written with, each with its sha256 where known,
    or None if no build of ours wrote it."""
    try:
        marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except FileNotFoundError:
        # Written before the marker: only files a build writes (the walk stops at another),
        # and a descriptor of a build's tables.
        legacy = legacy_package_files()
        if (
            (folder / "datapackage.json").is_file()
            and all(path in legacy for path in walk_files(folder))
            and _legacy_descriptor(folder)
        ):
            return dict.fromkeys(legacy)
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(marker, dict) or marker.get("written_by") != WRITTEN_BY:
        return None
    files = marker.get("files")
    if isinstance(files, list) and all(isinstance(f, str) for f in files):
        # A marker of an earlier version: names only; the package's SHA256SUMS gives the rest.
        sums = _checksums(folder)
        return {**{path: sums.get(path) for path in files}, MARKER: None}
    if not isinstance(files, dict) or not all(
        isinstance(path, str) and isinstance(digest, str) for path, digest in files.items()
    ):
        return None
    return {**files, MARKER: None}


def _stat(path: Path) -> list[int]:
    """Size, modification time (ns) and inode of a file."""
    info = path.lstat()
    return [info.st_size, info.st_mtime_ns, info.st_ino]


class KnownFiles:
    """What each file of a published package was when the build left it (size, modification
    time to the nanosecond, inode, sha256), so the next build into the same folder need not
    read every file again to know it unchanged: hashing a large package twice a build cost
    more than the rest of an update. As git's index does: any edit, copy or replacement
    changes one of the three; only a deliberate reset of the time to the nanosecond after an
    edit of the same size would go unseen.

    Kept in the extraction cache (`<cache>/packages/`), not in the package, whose bytes must
    not depend on when it was built; missing or stale, files are hashed as before.
    """

    def __init__(self, cache_root: Path):
        self.folder = Path(cache_root) / "packages"

    def _path(self, out: Path) -> Path:
        name = hashlib.sha256(os.fsencode(Path(out).resolve())).hexdigest()[:32]
        return self.folder / f"{name}.json"

    def load(self, out: Path) -> dict[str, list]:
        try:
            known = json.loads(self._path(out).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            return {}
        return known if isinstance(known, dict) else {}

    @staticmethod
    def of(package: Path) -> dict[str, list]:
        """What a package folder's files are (size, time, inode, sha256), read from the folder
        before it is swapped in: a rename keeps the three, and an edit made after the swap
        then does not match them."""
        files = package_files(Path(package)) or {}
        return {
            path: [*_stat(Path(package) / path), digest]
            for path, digest in files.items()
            if digest is not None
        }

    def save(self, out: Path, known: dict[str, list]) -> None:
        """Record `known` (`KnownFiles.of` the package just swapped in at `out`); a failed write
        costs hashing the files at the next build."""
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(known, file)
            os.replace(temporary, self._path(out))
        except OSError:
            pass


def _changed(folder: Path, path: str, digest: str | None, known: object = None) -> bool:
    """Whether the file at `path` is no longer the one the build wrote there; `known`: what
    `KnownFiles` recorded of it."""
    if digest is None:
        return False
    try:
        if isinstance(known, list) and known == [*_stat(folder / path), digest]:
            return False
        return sha256_of(folder / path) != digest
    except OSError:
        return True


def foreign_files(
    folder: Path,
    limit: int | None = None,
    *,
    verify: bool = True,
    known: dict[str, list] | None = None,
) -> list[str]:
    """Files and empty folders in `folder` that no build of ours wrote there, and files of ours
    changed since (unless `verify` is off), all of them if it is not a package; at most
    `limit`. `known`: `KnownFiles.load(folder)`, files as a build left them."""
    ours = package_files(folder) or {}
    known = known or {}
    foreign = (
        path
        for path in walk_files(folder, empty_folders=True)
        if path not in ours or (verify and _changed(folder, path, ours[path], known.get(path)))
    )
    found = list(itertools.islice(foreign, limit))
    if not found and not ours:
        found = [entry.name for entry in sorted(folder.iterdir())][:limit]
    return found


def _named(paths: list[str]) -> str:
    """`a.txt, b.txt, c.txt and more` for the first `MAX_NAMED` of (at most one more) paths."""
    listed = ", ".join(shown(path) for path in paths[:MAX_NAMED])
    return f"{listed} and more" if len(paths) > MAX_NAMED else listed


# --- refusing a destination ------------------------------------------------------------


def check_destination(
    out_dir: Path, input_dir: Path | None = None, known: dict[str, list] | None = None
) -> None:
    """Raise `DestinationError` (one line) unless a package may be published at `out_dir`.

    It may when `out_dir` is missing, an empty folder, or a package of ours holding only its
    own files, and is neither `input_dir` nor a folder holding it.
    """
    out = Path(out_dir).resolve()
    if len(os.fsencode(out.name)) + LONGEST_SUFFIX > _name_max(out):
        raise DestinationError(
            f"{shown(out)}: the folder's name is too long to publish beside it "
            f"(at most {_name_max(out) - LONGEST_SUFFIX} bytes)"
        )
    for ancestor in [out, *out.parents]:
        if ancestor.exists() and not ancestor.is_dir():
            if ancestor == out:
                raise DestinationError(
                    f"{shown(out)}: is a file; --out must be a folder (new, empty, or a "
                    "package this tool wrote)"
                )
            raise DestinationError(f"{shown(out)}: cannot be created: {shown(ancestor)} is a file")
    if input_dir is not None:
        source = Path(input_dir).resolve()
        if out == source:
            raise DestinationError(
                f"{shown(out)}: is the input folder; publish the package into another folder"
            )
        if out in source.parents:
            raise DestinationError(
                f"{shown(out)}: holds the input folder {shown(source)}; publish the package "
                "into a folder of its own"
            )
    if not out.is_dir():
        return
    try:
        foreign = foreign_files(out, limit=MAX_NAMED + 1, known=known)
    except OSError as error:
        raise DestinationError(f"{shown(out)}: cannot be read ({error.strerror})") from None
    if not foreign:
        return
    if package_files(out) is None:
        raise DestinationError(
            f"{shown(out)}: not empty and not a package this tool wrote (it holds "
            f"{_named(foreign)}); choose a new or empty folder for --out"
        )
    raise DestinationError(
        f"{shown(out)}: holds {_named(foreign)}, which this tool did not write or which were "
        "changed since it wrote them; move them out of the package folder or choose another --out"
    )


def _name_max(out: Path) -> int:
    """The longest file name the file system of `out` takes (255 where it cannot tell)."""
    for folder in [out.parent, *out.parent.parents]:
        try:
            return os.pathconf(folder, "PC_NAME_MAX")
        except (OSError, ValueError):
            continue
    return 255


# --- locks, staging and the swap -------------------------------------------------------


@contextlib.contextmanager
def _locked(path: Path, *, wait: bool = True) -> Iterator[bool]:
    """An exclusive advisory lock on the folder `path`; yields False if `wait` is off and it is
    held by another process. The lock goes with the process: a killed build holds none."""
    if fcntl is None:
        yield True
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(descriptor)


def destination_lock(out: Path) -> contextlib.AbstractContextManager[bool]:
    """Held while a build clears leftovers and swaps its package in: one build at a time per
    folder of destinations (the parent folder is locked, so no lock file is left behind)."""
    return _locked(out.parent)


@contextlib.contextmanager
def staging_folder(out: Path) -> Iterator[Path]:
    """A new folder beside `out` to write the package in, locked for as long as it exists.

    Under the destination lock, the leftovers of builds that died go first (a nearly full disk
    gets their room back), and the new folder is locked before the lock is let go, so no other
    build's clean-up ever meets it unlocked."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        with destination_lock(out):
            clear_leftovers(out)
            staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
            stack.callback(shutil.rmtree, staging, ignore_errors=True)
            stack.enter_context(_locked(staging))
            stack.callback(shutil.rmtree, staging, ignore_errors=True)  # first, while locked
            (staging / STAGING_MARKER).write_text(f"{WRITTEN_BY} {os.getpid()}\n", encoding="utf-8")
        yield staging


def _is_staging(folder: Path) -> bool:
    if (folder / STAGING_MARKER).is_file():
        return True
    # Staging folders of builds from before the staging marker: a partial package and nothing else.
    present = set(files_under(folder))
    return all(path.startswith("package/") for path in present) and {
        path.removeprefix("package/") for path in present
    } <= legacy_package_files() | {MARKER}


def clear_leftovers(out: Path) -> list[Path]:
    """Remove what builds into `out` that died left beside it; restore a package a crash left
    aside between two renames. Call with the destination lock held. Returns what was cleared."""
    cleared = []
    prefix = f".{out.name}."
    for entry in sorted(out.parent.iterdir()):
        if not entry.name.startswith(prefix) or entry.is_symlink() or not entry.is_dir():
            continue
        suffix = entry.name[len(prefix) :]
        try:
            if _STAGING_NAME.fullmatch(suffix) and _is_staging(entry):
                with _locked(entry, wait=False) as free:
                    if free:  # no running build holds it
                        shutil.rmtree(entry, ignore_errors=True)
                        cleared.append(entry)
            elif (
                _ASIDE_NAME.fullmatch(suffix)
                and package_files(entry) is not None
                and not foreign_files(entry)
            ):
                if not out.exists():
                    entry.rename(out)  # the old package, set aside by a build that died mid-swap
                else:
                    shutil.rmtree(entry, ignore_errors=True)
                cleared.append(entry)
        except FileNotFoundError:  # gone meanwhile: a build that finished removed its own
            continue
    return cleared


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step; False where the system cannot (then nothing moved)."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # an old kernel or a file system without exchange
    raise OSError(code, os.strerror(code), str(second))


def swap_in(
    new: Path, out: Path, input_dir: Path | None = None, known: dict[str, list] | None = None
) -> None:
    """Make the package folder `new` the one at `out`, replacing only a package of ours.

    `new` must be inside a `staging_folder(out)`: after an exchange it holds the old package,
    which goes when the staging folder does.
    """
    with destination_lock(out):
        clear_leftovers(out)
        # again: the folder may have changed since the build began
        check_destination(out, input_dir, known)
        if not out.exists():
            os.rename(new, out)
        elif exchange(new, out):
            # a file saved into --out since the check, just made under the lock (by name)
            if foreign_files(new, limit=1, verify=False):
                exchange(new, out)  # back: the folder is the user's again, as it was
                check_destination(out, input_dir)  # names the file
        else:
            aside = out.with_name(f".{out.name}.old-{os.getpid()}")
            os.rename(out, aside)
            if foreign_files(aside, limit=1, verify=False):
                os.rename(aside, out)
                check_destination(out, input_dir)
            os.rename(new, out)
            shutil.rmtree(aside, ignore_errors=True)
