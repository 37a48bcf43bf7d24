"""Give freed memory back to the operating system between the big steps of a build.

CPython and glibc keep the memory of freed objects for reuse: after the tables of 10,000
articles are assembled and their extractions dropped, the process still holds that memory,
and the next step (loading the tables again to publish them) adds its own on top.
`malloc_trim` returns the free pages at once. It exists in glibc only; elsewhere this does
nothing but collect garbage.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import cache


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
