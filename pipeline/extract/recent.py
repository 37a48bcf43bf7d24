"""What was recorded last among the things recorded at a position before a given one.

"He said" goes to the person who spoke last, among the speakers named before the pronoun;
statements are found paragraph by paragraph but not in text order within one, so the
speaker recorded last is not always the one named last. A scan back through every speaker
recorded would make each pronoun cost as much as the article: here a query is a walk of a
Fenwick tree over text positions, which keeps for each range of positions the entry
recorded last in it (stored sparsely: only the nodes entries touched).
"""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class LatestBefore(Generic[T]):
    """Entries at text positions 0 .. `length`, each with a number larger than any before it
    (several of these may share one count); `latest(position)` is (number, entry) of the one
    recorded last among those at a position below `position`."""

    def __init__(self, length: int):
        self._size = length + 1
        self._tree: dict[int, tuple[int, T]] = {}

    def record(self, position: int, number: int, entry: T) -> None:
        node = (number, entry)
        i = min(max(position, 0), self._size - 1) + 1
        while i <= self._size:  # the newest entry is the latest of every range that holds it
            self._tree[i] = node
            i += i & -i

    def latest(self, position: int) -> tuple[int, T] | None:
        best = None
        i = min(position, self._size)
        while i > 0:
            node = self._tree.get(i)
            if node is not None and (best is None or node[0] > best[0]):
                best = node
            i -= i & -i
        return best
