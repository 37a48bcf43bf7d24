"""A build stopped at any moment, or racing another, leaves a whole package and no process.

Builds run as users run them (`python -m pipeline build`, with worker processes), each in a
process group of its own, so that every process it started can be found afterwards.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import frictionless
import pytest

from pipeline.paths import REPO_ROOT
from tests.build_helpers import ARTICLES, MARKET, snapshot
from tests.processes import session_processes

pytestmark = pytest.mark.slow

KILLS = 20
SEED = 20261128  # the moments of the kills: random, and the same on every run


def write_corpus(folder: Path, copies: int) -> Path:
    """`copies` of the test articles, each made distinct by one sentence."""
    folder.mkdir(parents=True)
    for copy in range(copies):
        for name, text in ARTICLES.items():
            stem, suffix = name.rsplit(".", 1)
            extra = f"\nThe office counted {copy + 3} visitors on Friday.\n"
            (folder / f"{stem}-{copy:03d}.{suffix}").write_text(text + extra, encoding="utf-8")
    return folder


def start_build(corpus: Path, out: Path, cache: Path | None = None) -> subprocess.Popen:
    # Every build dated alike: `created` is the build time otherwise, and packages are compared
    # byte for byte.
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    caching = ("--cache", str(cache)) if cache else ("--no-cache",)
    return subprocess.Popen(
        [
            *(sys.executable, "-m", "pipeline", "build", "--input", str(corpus), "--out", str(out)),
            *("--jobs", "2", *caching, "-q"),
        ],
        cwd=REPO_ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own session: the build and everything it starts
    )


def wait_until_gone(session: int, seconds: float = 10.0) -> list[int]:
    """The processes of a build's session still alive after `seconds` (none, we hope)."""
    deadline = time.monotonic() + seconds
    while (left := session_processes(session)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def finished(process: subprocess.Popen) -> subprocess.CompletedProcess:
    stdout, stderr = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """An old corpus already published, a new one, and the package each gives."""
    root = tmp_path_factory.mktemp("kill")
    old_corpus = write_corpus(root / "old-articles", 1)
    new_corpus = write_corpus(root / "new-articles", 40)
    old_package, new_package = root / "old-package", root / "new-package"
    assert finished(start_build(old_corpus, old_package)).returncode == 0
    started = time.monotonic()
    assert finished(start_build(new_corpus, new_package)).returncode == 0
    seconds = time.monotonic() - started
    return new_corpus, old_package, new_package, seconds


def test_both_packages_of_the_kill_test_are_valid(corpora):
    _, old_package, new_package, _ = corpora
    for package in (old_package, new_package):
        report = frictionless.Package.from_descriptor(str(package / "datapackage.json")).validate()
        assert report.valid, report.flatten(["taskName", "type", "message"])


def test_a_build_killed_at_any_moment_leaves_the_old_or_the_new_package_and_no_process(
    corpora, tmp_path
):
    corpus, old_package, new_package, seconds = corpora
    old, new = snapshot(old_package), snapshot(new_package)
    assert old != new
    site = tmp_path / "site"
    site.mkdir()
    out = site / "package"
    cache = tmp_path / "cache"  # half the builds write to it while they are killed
    moments = random.Random(SEED)
    seen = []
    for kill in range(KILLS):
        if not out.exists() or snapshot(out) != old:
            shutil.rmtree(out, ignore_errors=True)
            shutil.copytree(old_package, out)
        build = start_build(corpus, out, cache if kill % 2 else None)
        time.sleep(moments.uniform(0.0, seconds * 1.1))
        os.killpg(build.pid, signal.SIGKILL)  # the build, its fork server and its workers too
        build.wait()
        build.communicate()
        assert wait_until_gone(build.pid) == []
        state = snapshot(out)
        assert state in (old, new)
        seen.append("new" if state == new else "old")
    # Killing the build alone (not its group), as an OOM killer would: no worker outlives it.
    build = start_build(corpus, out)
    time.sleep(seconds / 2)
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    build.communicate()
    assert wait_until_gone(build.pid) == []
    # The next build clears whatever the killed ones left beside the package.
    assert finished(start_build(corpus, out)).returncode == 0
    assert snapshot(out) == new
    assert sorted(p.name for p in site.iterdir()) == ["package"]
    assert "old" in seen  # the moments did reach before the swap
    # Whatever the killed builds left in the cache is served whole or recomputed, never half.
    assert any(cache.rglob("*.json")), "the kills came too early to test the cache"
    from_killed_cache = tmp_path / "from-cache"
    assert finished(start_build(corpus, from_killed_cache, cache)).returncode == 0
    assert snapshot(from_killed_cache) == new


@pytest.mark.parametrize(
    ("signal_number", "exit_code", "message"),
    [
        (signal.SIGTERM, 143, "terminated (SIGTERM)"),
        (signal.SIGINT, 130, "interrupted (SIGINT)"),
    ],
)
def test_a_stopped_build_says_so_in_one_line_and_leaves_no_process(
    corpora, tmp_path, signal_number, exit_code, message
):
    corpus, old_package, _, seconds = corpora
    out = tmp_path / "package"
    shutil.copytree(old_package, out)
    before = snapshot(out)
    build = start_build(corpus, out)
    time.sleep(seconds / 3)
    os.killpg(build.pid, signal_number)  # Ctrl-C reaches the whole group, as from a terminal
    result = finished(build)
    assert result.returncode == exit_code
    # (the whole of stderr in the message: pytest shortens a long list past reading)
    assert result.stderr.splitlines() == [
        f"error: {message}; stopped before publishing, {out} is as it was"
    ], result.stderr
    assert wait_until_gone(build.pid) == []
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["package"]


def test_builds_racing_into_one_folder_all_publish_and_leave_one_whole_package(corpora, tmp_path):
    corpus, _, new_package, _ = corpora
    other = write_corpus(tmp_path / "other-articles", 2)
    (other / "market.txt").write_text(MARKET, encoding="utf-8")
    site = tmp_path / "site"
    out = site / "package"
    builds = [start_build(corpus if i % 2 else other, out) for i in range(4)]
    results = [finished(build) for build in builds]
    assert [r.returncode for r in results] == [0, 0, 0, 0], [r.stderr for r in results]
    assert snapshot(out) in (snapshot(new_package), snapshot(builds_alone(other, tmp_path)))
    assert sorted(p.name for p in site.iterdir()) == ["package"]


def builds_alone(corpus: Path, tmp_path: Path) -> Path:
    out = tmp_path / "alone"
    assert finished(start_build(corpus, out)).returncode == 0
    return out
