"""The entity index answers every query as a scan of all its spans would, in a bisect."""

from __future__ import annotations

import random

import pytest

from pipeline.extract.sorted_spans import SortedSpans
from pipeline.extract.spans import EntityIndex, EntitySpan

TYPES = ("person", "institution", "law", "country", "document")


class BruteForceIndex:
    """The index as it was: one sorted list, every query a scan of it."""

    def __init__(self):
        self.spans: list[EntitySpan] = []

    def overlaps(self, start, end):
        return any(s.start < end and s.end > start for s in self.spans)

    def add(self, span):
        if self.overlaps(span.start, span.end):
            return False
        at = len([s for s in self.spans if (s.start, s.end) <= (span.start, span.end)])
        self.spans.insert(at, span)
        return True

    def ending_at(self, end, types=None):
        return next(
            (s for s in self.spans if s.end == end and (types is None or s.entity_type in types)),
            None,
        )

    def starting_at(self, start, types=None):
        return next(
            (
                s
                for s in self.spans
                if s.start == start and (types is None or s.entity_type in types)
            ),
            None,
        )

    def within(self, start, end, types=None):
        return [
            s
            for s in self.spans
            if start <= s.start and s.end <= end and (types is None or s.entity_type in types)
        ]

    def ending_between(self, start, end, types):
        return [s for s in reversed(self.spans) if start <= s.end <= end and s.entity_type in types]

    def before(self, position, types, genders=None):
        return [
            s
            for s in reversed(self.spans)
            if s.end <= position
            and s.entity_type in types
            and (genders is None or s.gender in genders)
        ]


def random_span(rng: random.Random, number: int, length: int) -> EntitySpan:
    start = rng.randrange(length)
    end = min(length, start + rng.choice([0, 1, 1, 2, 3, 5, 8, 13]))
    return EntitySpan(
        start,
        end,
        rng.choice(TYPES),
        f"id-{number}",
        f"name {number}",
        "x" * (end - start),
        rng.choice(["m", "f", None]),
    )


@pytest.mark.parametrize("seed", range(12))
def test_index_queries_match_a_scan_of_every_span(seed):
    rng = random.Random(seed)
    length = rng.choice([30, 200, 3000])
    index, reference = EntityIndex(), BruteForceIndex()
    for number in range(rng.choice([50, 400, 1000])):
        span = random_span(rng, number, length)
        assert index.add(span) == reference.add(span)
    assert index.spans == reference.spans
    for _ in range(200):
        position, other = rng.randrange(length + 1), rng.randrange(length + 1)
        start, end = min(position, other), max(position, other)
        types = tuple(rng.sample(TYPES, rng.randint(1, 3)))
        maybe_types = rng.choice([None, types])
        genders = rng.choice([None, ("m",), (None, "f")])
        assert index.overlaps(start, end) == reference.overlaps(start, end)
        assert index.ending_at(end, maybe_types) == reference.ending_at(end, maybe_types)
        assert index.starting_at(start, maybe_types) == reference.starting_at(start, maybe_types)
        assert index.within(start, end, maybe_types) == reference.within(start, end, maybe_types)
        assert list(index.before(position, types, genders)) == reference.before(
            position, types, genders
        )
        assert list(index.ending_between(start, end, types)) == reference.ending_between(
            start, end, types
        )


def test_sorted_spans_keep_text_order_across_many_blocks():
    rng = random.Random(7)
    spans: SortedSpans[int] = SortedSpans()
    taken: dict[int, tuple[int, int]] = {}
    for number in range(5000):  # enough to split blocks many times
        start = rng.randrange(100_000)
        end = start + rng.randrange(4)
        if not spans.overlaps(start, end):
            spans.insert(start, end, number)
            taken[number] = (start, end)
    assert len(spans) == len(taken)
    assert [taken[number] for number in spans] == sorted(taken.values())


def test_nearest_person_before_a_pronoun_skips_other_genders():
    index = EntityIndex()
    index.add(EntitySpan(0, 8, "person", "jane", "Jane Doe", "Jane Doe", "f"))
    for n in range(1, 200):  # many men named after her
        index.add(EntitySpan(10 * n, 10 * n + 5, "person", f"m{n}", "Mr X", "Mr X", "m"))
    nearest_woman = next(index.before(5000, ("person",), genders=(None, "f")))
    assert nearest_woman.entity_id == "jane"
