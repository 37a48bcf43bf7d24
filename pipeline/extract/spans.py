"""Entity spans found in one article, and the index the statement rules look speakers up in."""

from __future__ import annotations

import heapq
import re
from bisect import insort
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.extract.sorted_spans import SortedSpans

NAME_TOKEN = re.compile(
    r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*|[A-Z]\.|[A-Z]{2,}(?=\s)|[A-Z][a-z]*[A-Z][a-z]+"
)


@dataclass(frozen=True)
class EntitySpan:
    """One mention of an entity: where it is, what it is, and the record it points to."""

    start: int
    end: int
    entity_type: str  # person, institution, law, country, document
    entity_id: str
    name: str  # canonical name: "Jane Doe", "Ministry of Finance"
    text: str  # as written
    gender: str | None = None  # m, f, or None when the text does not tell


class EntityIndex:
    """Entity spans of one article sorted by position, with no two overlapping.

    Every query is a bisect or a dictionary look-up (see `sorted_spans`), so rules may ask
    about every word of an article: what ends here, what starts here, the nearest person
    before this pronoun.
    """

    def __init__(self) -> None:
        self._all: SortedSpans[EntitySpan] = SortedSpans()
        # (entity type, gender) -> (insertion number, span): "the nearest woman named before"
        self._by_kind: dict[tuple[str, str | None], SortedSpans[tuple[int, EntitySpan]]] = {}
        self._by_start: dict[int, list[tuple[int, int, EntitySpan]]] = {}  # (end, number, span)
        self._by_end: dict[int, list[tuple[int, int, EntitySpan]]] = {}  # (start, number, span)
        self._added = 0

    @property
    def spans(self) -> list[EntitySpan]:
        return list(self._all)

    def add(self, span: EntitySpan) -> bool:
        """Add unless it overlaps a span already taken (earlier rules win)."""
        if self.overlaps(span.start, span.end):
            return False
        number = self._added
        self._added += 1
        self._all.insert(span.start, span.end, span)
        kind = (span.entity_type, span.gender)
        of_kind = self._by_kind.get(kind)
        if of_kind is None:  # (not `setdefault`: that would make an index for every span)
            of_kind = self._by_kind[kind] = SortedSpans()
        of_kind.insert(span.start, span.end, (number, span))
        # (no two entries have the same number: tuples compare by position and number alone)
        insort(self._by_start.setdefault(span.start, []), (span.end, number, span))
        insort(self._by_end.setdefault(span.end, []), (span.start, number, span))
        return True

    def overlaps(self, start: int, end: int) -> bool:
        return self._all.overlaps(start, end)

    def ending_at(self, end: int, types: tuple[str, ...] | None = None) -> EntitySpan | None:
        """The first span in text order that ends at `end` (of one of `types`)."""
        for _, _, span in self._by_end.get(end, ()):
            if types is None or span.entity_type in types:
                return span
        return None

    def starting_at(self, start: int, types: tuple[str, ...] | None = None) -> EntitySpan | None:
        """The first span in text order that starts at `start` (of one of `types`)."""
        for _, _, span in self._by_start.get(start, ()):
            if types is None or span.entity_type in types:
                return span
        return None

    def within(
        self, start: int, end: int, types: tuple[str, ...] | None = None
    ) -> list[EntitySpan]:
        return [s for s in self._all.within(start, end) if types is None or s.entity_type in types]

    def ending_between(self, start: int, end: int, types: tuple[str, ...]) -> Iterator[EntitySpan]:
        """Spans of these types that end in [start, end], nearest first: a scan of the spans
        there, for a short stretch of text (no merge of one list per type)."""
        for span in self._all.ending_at_or_before(end):
            if span.end < start:
                return
            if span.entity_type in types:
                yield span

    def before(
        self,
        position: int,
        types: tuple[str, ...],
        genders: tuple[str | None, ...] | None = None,
    ) -> Iterator[EntitySpan]:
        """Spans of these types (and genders) that end at or before `position`, nearest first."""
        lists = [
            spans
            for (entity_type, gender), spans in self._by_kind.items()
            if entity_type in types and (genders is None or gender in genders)
        ]
        if len(lists) == 1:
            return (span for _, span in lists[0].ending_at_or_before(position))
        nearest_first = heapq.merge(
            *(spans.ending_at_or_before(position) for spans in lists),
            key=lambda item: (item[1].start, item[1].end, item[0]),
            reverse=True,
        )
        return (span for _, span in nearest_first)
