"""Spans that never overlap, kept in text order, for the rules that ask what lies at, around or
before a position: each query is a bisect, never a scan of every span found so far.

A plain sorted list would move every later span on each insertion (quadratic over an article
of many mentions); the spans are kept in blocks of at most `2 * BLOCK` instead, as the
`sortedcontainers` package does, so an insertion moves one block.

Spans that do not overlap, sorted by (start, end), are sorted by end too: a span sorted
before another and ending after it would hold it, and so overlap it (an empty span at a
position another span starts at does not overlap it).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import chain
from typing import Generic, TypeVar

T = TypeVar("T")
BLOCK = 256


class SortedSpans(Generic[T]):
    """Items at (start, end) in text order, no two overlapping (the caller checks `overlaps`)."""

    def __init__(self) -> None:
        self._starts: list[list[int]] = []
        self._ends: list[list[int]] = []
        self._items: list[list[T]] = []
        self._last_starts: list[int] = []  # the last start of each block
        self._last_ends: list[int] = []  # the last end of each block
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[T]:
        return chain.from_iterable(self._items)

    def insert(self, start: int, end: int, item: T) -> None:
        """Add after any span at the same (start, end), as `insort` does."""
        self._length += 1
        if not self._items:
            self._starts.append([start])
            self._ends.append([end])
            self._items.append([item])
            self._last_starts.append(start)
            self._last_ends.append(end)
            return
        last = len(self._items) - 1
        if start > self._last_starts[last] or (
            start == self._last_starts[last] and end >= self._last_ends[last]
        ):
            # after every span (spans are mostly found in text order): at the end
            block = last
            starts, ends = self._starts[block], self._ends[block]
            at = len(starts)
        else:
            # the first block whose last span sorts after (start, end), or the last block
            block = bisect_left(self._last_starts, start)
            while block < last and (
                self._last_starts[block] == start and self._last_ends[block] <= end
            ):
                block += 1
            block = min(block, last)
            starts, ends = self._starts[block], self._ends[block]
            low, high = bisect_left(starts, start), bisect_right(starts, start)
            at = bisect_right(ends, end, low, high) if low < high else low
        starts.insert(at, start)
        ends.insert(at, end)
        self._items[block].insert(at, item)
        self._last_starts[block] = starts[-1]
        self._last_ends[block] = ends[-1]
        if len(starts) > 2 * BLOCK:
            self._split(block)

    def _split(self, block: int) -> None:
        for column in (self._starts, self._ends, self._items):
            whole = column[block]
            column[block : block + 1] = [whole[:BLOCK], whole[BLOCK:]]
        self._last_starts[block : block + 1] = [
            self._starts[block][-1],
            self._starts[block + 1][-1],
        ]
        self._last_ends[block : block + 1] = [self._ends[block][-1], self._ends[block + 1][-1]]

    def _first_ending_at_or_after(self, position: int) -> tuple[int, int]:
        """(block, index) of the first span whose end is >= `position` (past the last if none)."""
        block = bisect_left(self._last_ends, position)
        if block == len(self._items):
            return block, 0
        return block, bisect_left(self._ends[block], position)

    def _first_starting_at_or_after(self, position: int) -> tuple[int, int]:
        block = bisect_left(self._last_starts, position)
        if block == len(self._items):
            return block, 0
        return block, bisect_left(self._starts[block], position)

    def _forward(self, block: int, index: int) -> Iterator[tuple[int, int, T]]:
        for b in range(block, len(self._items)):
            starts, ends, items = self._starts[b], self._ends[b], self._items[b]
            for i in range(index if b == block else 0, len(items)):
                yield starts[i], ends[i], items[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span holds a character of [start, end), or an empty span lies inside it."""
        # (what a loop over `_forward` from `_first_ending_at_or_after(start)` answers, read
        # without a generator: the first span looked at nearly always decides)
        block = bisect_left(self._last_ends, start)
        blocks = len(self._items)
        index = bisect_left(self._ends[block], start) if block < blocks else 0
        while block < blocks:
            starts, ends = self._starts[block], self._ends[block]
            for i in range(index, len(starts)):
                if starts[i] >= end:
                    return False
                if ends[i] > start:
                    return True
            block += 1
            index = 0
        return False

    def holding(self, start: int, end: int) -> tuple[int, int, T] | None:
        """(start, end, item) of the span that holds [start, end], if one does: the first to
        end at or after `end` (no two overlap), when it starts by `start`."""
        for span_start, span_end, item in self._forward(*self._first_ending_at_or_after(end)):
            return (span_start, span_end, item) if span_start <= start else None
        return None

    def ending_at_or_before(self, position: int) -> Iterator[T]:
        """Spans that end at or before `position`, nearest first."""
        block = bisect_right(self._last_ends, position)
        if block < len(self._items):
            index = bisect_right(self._ends[block], position)
        else:
            block, index = block - 1, len(self._items[-1]) if self._items else 0
        while block >= 0:
            items = self._items[block]
            for i in range(index - 1, -1, -1):
                yield items[i]
            block -= 1
            index = len(self._items[block]) if block >= 0 else 0

    def within(self, start: int, end: int) -> Iterator[T]:
        """Spans inside [start, end], in text order."""
        for span_start, span_end, item in self._forward(*self._first_starting_at_or_after(start)):
            if span_start > end:
                return
            if span_end <= end:
                yield item

    def starting_from(self, position: int) -> Iterator[tuple[int, int, T]]:
        """(start, end, item) of the spans that start at or after `position`, in text order."""
        return self._forward(*self._first_starting_at_or_after(position))
