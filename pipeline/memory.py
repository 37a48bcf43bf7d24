"""Give freed memory back to the operating system between the big steps of a build.

CPython and glibc keep the memory of freed objects for reuse: after the tables of 10,000
articles are assembled and their extractions dropped, the process still holds that memory,
and the next step (loading the tables again to publish them) adds its own on top.
`malloc_trim` returns the free pages at once. It exists in glibc only; elsewhere this does
nothing but collect garbage.

And look for reference cycles less often, and not among what a build holds to its end
(`fewer_collections`, `set_apart`).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
from collections.abc import Callable, Iterator
from functools import cache

# Generation thresholds while a build runs (CPython's default is 700, 10, 10).
BUILD_GC_THRESHOLD = (100_000, 50, 100)


@cache
def _malloc_trim():
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None


def release_memory() -> None:
    """Collect garbage, then hand free heap pages back to the system where glibc allows it."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@contextlib.contextmanager
def fewer_collections(threshold: tuple[int, int, int] = BUILD_GC_THRESHOLD) -> Iterator[None]:
    """Look for reference cycles less often while a build holds millions of long-lived
    objects (a rebuild of 100,000 articles decodes the input index, the parts' heads and
    summaries, and keeps them to the end): with the default thresholds the collector went
    over them again and again, 4 of a 13 s rebuild (9 s with these). Cycles are still
    collected, in fewer, larger passes; the thresholds before are put back after."""
    before = gc.get_threshold()
    gc.set_threshold(*threshold)
    try:
        yield
    finally:
        gc.set_threshold(*before)


_set_apart_depth = 0  # open `set_apart` blocks of this process that own the freeze


@contextlib.contextmanager
def set_apart() -> Iterator[Callable[[], None]]:
    """Set what this process holds aside from the cycle collector (`gc.freeze`), now and at
    each call of the function it yields; thawed when the outermost block ends.

    A build holds more long-lived objects the larger its input (the input index, the
    members of each part, the entities merged so far), and each full collection went over
    all of them with the GIL held (4 million objects: 0.19 s each, 42 in a build of 10,000
    articles), while the workers waited for the articles this process sends. Set aside, the
    collections look only at what came after.
    Objects set aside stay alive until the thaw even if they become unreachable in a cycle
    (freed by their count of references as usual otherwise), so a block should end with the
    step that holds them. When something else froze objects first, this does nothing:
    thawing them is not ours to do.
    """
    global _set_apart_depth
    owned = _set_apart_depth > 0 or gc.get_freeze_count() == 0

    def again() -> None:
        if owned:
            gc.freeze()

    if owned:
        _set_apart_depth += 1
    again()
    try:
        yield again
    finally:
        if owned:
            _set_apart_depth -= 1
            if _set_apart_depth == 0:
                gc.unfreeze()
