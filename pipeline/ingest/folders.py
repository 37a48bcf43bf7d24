"""An input folder, read recursively: every article file and web crawl in it and its
subfolders, and every other entry with the reason it is not read.

Files are listed depth first, each folder in name order, so a build reads them in the same
order everywhere. A link is followed only to a file inside the input folder; a link to a
folder is never followed (its target, when inside, is read where it is), so no file is
read twice and no link can loop. A hidden folder, and a package folder this tool wrote
(it holds the `.newsdata-package` marker), are not read: a package published inside the
input folder must not come back as articles in the next build.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.names import SIDECAR, SKIPPED, kind_of
from pipeline.ingest.read import Skipped
from pipeline.model import ArticleError
from pipeline.paths import PACKAGE_MARKER
from pipeline.safe_text import shown


@dataclass(frozen=True, slots=True)
class FolderFile:
    """A file the build reads: an article, its sidecar or a web crawl."""

    # Under the input folder as given, so error lines name it as the user wrote it; a str,
    # not a `Path`: making 100,000 `Path`s took a third of a walk's time.
    path: str
    relative: str  # POSIX path relative to the input folder: the document id comes from it
    kind: str  # ARTICLE, SIDECAR or CRAWL
    size: int
    mtime_ns: int
    # (size, mtime_ns, ctime_ns, inode) as the walk saw them, before the file is read: what
    # the input index (`pipeline.input_index`) compares, without a second stat per file
    status: tuple[int, int, int, int]


def walk_folder(input_dir: Path) -> tuple[list[FolderFile], list[Skipped]]:
    """Every file of `input_dir` and its subfolders that is read, and every entry that is not."""
    root = Path(input_dir).resolve()
    files: list[FolderFile] = []
    skipped: list[Skipped] = []
    # Depth first, in name order: a stack of (its relative prefix, entries left). An entry's
    # `path` is the folder's as given joined with its name (`os.scandir` makes it).
    stack = [("", _entries(os.fspath(input_dir), root=True))]
    while stack:
        prefix, entries = stack[-1]
        if not entries:
            stack.pop()
            continue
        entry = entries.pop()
        names = entries.names
        path, relative = entry.path, prefix + entry.name
        reason, mode = _not_followed(entry, path, root)
        if reason:
            skipped.append(Skipped(shown(path), relative, reason))
            continue
        if stat.S_ISDIR(mode.st_mode):
            reason = _folder_not_read(path, entry.name)
            if reason:
                skipped.append(Skipped(shown(path), relative, reason))
                continue
            try:
                stack.append((relative + "/", _entries(path)))
            except OSError as error:
                skipped.append(Skipped(shown(path), relative, f"cannot be read ({error.strerror})"))
            continue
        if not stat.S_ISREG(mode.st_mode):
            skipped.append(Skipped(shown(path), relative, "not a regular file"))
            continue
        kind, reason = kind_of(entry.name, names, crawls=True)
        if kind == SKIPPED:
            skipped.append(Skipped(shown(path), relative, reason))
        else:
            status = (mode.st_size, mode.st_mtime_ns, mode.st_ctime_ns, mode.st_ino)
            files.append(FolderFile(path, relative, kind, mode.st_size, mode.st_mtime_ns, status))
    return files, skipped


def article_files(files: list[FolderFile]) -> list[FolderFile]:
    """The files read on their own: articles and crawls (a sidecar is read with its article)."""
    return [file for file in files if file.kind != SIDECAR]


class _Entries(list):
    """A folder's entries, last name first (popped in name order), and the set of names."""

    names: set[str]


def _entries(folder: str, *, root: bool = False) -> _Entries:
    try:
        with os.scandir(folder) as scan:
            found = sorted(scan, key=lambda entry: entry.name, reverse=True)
    except OSError as error:
        if not root:
            raise
        if error.errno == errno.ENOENT:
            raise ArticleError(f"{shown(folder)}: input folder does not exist") from None
        raise ArticleError(
            f"{shown(folder)}: the input folder cannot be read ({error.strerror})"
        ) from None
    entries = _Entries(found)
    entries.names = {entry.name for entry in found}
    return entries


def _not_followed(entry: os.DirEntry, path: str, root: Path) -> tuple[str, os.stat_result]:
    """Why the entry is not read ("" if it is), and its status (the target's, for a link)."""
    if entry.name.startswith("."):
        return ("a hidden folder" if _is_dir(entry) else "a hidden file"), None
    if entry.is_symlink():
        try:
            target = Path(path).resolve(strict=True)
        except RuntimeError:
            return "a link that loops", None
        except OSError as error:
            if error.errno == errno.ELOOP:
                return "a link that loops", None
            return "a broken link", None
        if target.is_dir():
            if not target.is_relative_to(root):
                return "a link to a folder outside the input folder", None
            return "a link to a folder (not followed: a folder inside is read where it is)", None
        if not target.is_relative_to(root):
            return "a link to a file outside the input folder", None
    try:
        return "", entry.stat()  # the target's, as path.stat(), without making the path a str
    except OSError as error:
        return f"cannot be read ({error.strerror})", None


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _folder_not_read(path: str, name: str) -> str:
    if os.path.isfile(os.path.join(path, PACKAGE_MARKER)):
        return "a data package written by this tool (not read as input)"
    return ""
