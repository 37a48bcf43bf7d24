"""Every test, and every build a test starts in a subprocess, caches into a folder of its own
session, never into the user's `~/.cache`."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def private_cache_home(tmp_path_factory):
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(scope="session")
def user_package(tmp_path_factory):
    """The package of `user_package.py`, built once: its folder (tests must not change it)."""
    from tests.user_package import build_user_package

    folder, _ = build_user_package(tmp_path_factory.mktemp("user-package"))
    return folder
