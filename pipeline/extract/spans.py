"""Entity spans found in one article, and the index the statement rules look speakers up in."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

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


@dataclass
class EntityIndex:
    """Entity spans of one article sorted by position, with no two overlapping."""

    spans: list[EntitySpan] = field(default_factory=list)

    def add(self, span: EntitySpan) -> bool:
        """Add unless it overlaps a span already taken (earlier rules win)."""
        if self.overlaps(span.start, span.end):
            return False
        bisect.insort(self.spans, span, key=lambda s: (s.start, s.end))
        return True

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.spans, start, key=lambda s: s.end)
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end > start:
                return True
            i += 1
        return False

    def ending_at(self, end: int, types: tuple[str, ...] | None = None) -> EntitySpan | None:
        for span in self.spans:
            if span.end == end and (types is None or span.entity_type in types):
                return span
        return None

    def starting_at(self, start: int, types: tuple[str, ...] | None = None) -> EntitySpan | None:
        for span in self.spans:
            if span.start == start and (types is None or span.entity_type in types):
                return span
        return None

    def within(
        self, start: int, end: int, types: tuple[str, ...] | None = None
    ) -> list[EntitySpan]:
        return [
            s
            for s in self.spans
            if start <= s.start and s.end <= end and (types is None or s.entity_type in types)
        ]

    def before(self, position: int, types: tuple[str, ...]) -> list[EntitySpan]:
        """Spans of these types that end at or before `position`, nearest first."""
        return [s for s in reversed(self.spans) if s.end <= position and s.entity_type in types]
