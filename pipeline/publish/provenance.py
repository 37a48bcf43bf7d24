"""Where a package came from: the code that built it, its libraries, its sources and its failures.

Everything here is the same for the same input and checkout, so two builds stay
byte-identical. The Python version is given as major.minor (the extraction version hashes
the same): a patch release changes no output, and naming it would make a package built on
3.11.7 differ from one built on 3.11.9.

The git commit is named when the pipeline runs from a checkout, with `modified` when the
code differs from it. The committed `datapackage/` is built without it (`make run` passes
`--no-git-commit`): a file cannot hold the id of the commit that holds it.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline.cache import EXTRACTION_LIBRARIES
from pipeline.paths import REPO_ROOT

PIPELINE = "newsdata-pipeline"
# Libraries whose version can change what a package holds: extraction, then writing.
LIBRARIES = (*EXTRACTION_LIBRARIES, "pandas", "pyarrow", "pandera", "frictionless")
# What counts as the pipeline's code when telling whether a checkout was modified.
CODE_PATHS = ("pipeline", "schemas", "pyproject.toml", "requirements.lock")
MAX_LISTED_FILES = 50


def library_versions() -> dict[str, str]:
    versions = {}
    for library in LIBRARIES:
        try:
            versions[library] = metadata.version(library)
        except metadata.PackageNotFoundError:
            versions[library] = "not installed"
    return versions


@cache
def git_commit(root: Path = REPO_ROOT) -> dict[str, Any] | None:
    """`{"commit": "9f3c...", "modified": False}` for a checkout, None elsewhere."""
    if not (root / ".git").exists():
        return None
    try:
        commit = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
        changes = subprocess.run(
            [
                "git",
                "-C",
                str(root),
                "status",
                "--porcelain",
                "--untracked-files=no",
                "--",
                *CODE_PATHS,
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None  # no git installed, or not a repository after all
    return {"commit": commit, "modified": bool(changes)}


def relative_lines(lines: list[str], input_dir: Path | None) -> list[str]:
    """Error lines with the input folder left out, so the package does not depend on where it was."""
    if input_dir is None:
        return list(lines)
    prefixes = {f"{input_dir}/", f"{Path(input_dir).resolve()}/"}
    result = []
    for line in lines:
        for prefix in prefixes:
            if line.startswith(prefix):
                line = line[len(prefix) :]
                break
        result.append(line)
    return result


def listed(lines: list[str]) -> dict[str, Any]:
    """`{"count": 3, "files": [...]}`, the first `MAX_LISTED_FILES` lines of a long list."""
    return {"count": len(lines), "files": sorted(lines)[:MAX_LISTED_FILES]}


def build_provenance(
    articles: int,
    *,
    pipeline_version: str,
    extraction_version: str,
    failed: list[str],
    skipped: list[str],
    input_dir: Path | None,
    with_git: bool = True,
) -> dict[str, Any]:
    """The `provenance` of `datapackage.json` (its sources are in `sources`)."""
    pipeline: dict[str, Any] = {"name": PIPELINE, "version": pipeline_version}
    commit = git_commit() if with_git else None
    if commit is not None:
        pipeline["git_commit"] = commit["commit"]
        pipeline["git_modified"] = commit["modified"]
    return {
        "pipeline": pipeline,
        "extraction_version": extraction_version,
        "python": f"{sys.version_info[0]}.{sys.version_info[1]}",
        "libraries": library_versions(),
        "articles": articles,
        "failed": listed(relative_lines(failed, input_dir)),
        "skipped": listed(relative_lines(skipped, input_dir)),
    }
