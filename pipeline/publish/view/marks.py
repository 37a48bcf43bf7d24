"""Marking spans in a text: the text cut at every span boundary, each piece with the spans over it.

Spans overlap (a date inside a quote, a name inside an institution), which nested tags
cannot show. Cutting the text at every start and end gives pieces that each lie inside a
fixed set of spans, so each piece is one element with the kinds and ids of all of them:

    pieces("Mara said 12", [Span(0, 4, "person", "p1"), Span(0, 12, "statement", "s1")])
    -> [Piece(0, 4, ("person", "statement"), ("p1", "s1")), Piece(4, 12, ("statement",), ("s1",))]
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # statement, speaker, person, institution, law, country, document, statistic, date
    ref: str  # the row's id


@dataclass(frozen=True, slots=True)
class Piece:
    start: int
    end: int
    kinds: tuple[str, ...]  # sorted, without repeats; empty for plain text
    refs: tuple[str, ...]  # ids of the rows over this piece, in span order
    opens: tuple[str, ...]  # ids of the spans that start here (anchors for the rows' links)


def pieces(length: int, spans: list[Span]) -> list[Piece]:
    """Cover `0..length` with pieces; linear in the number of spans after one sort."""
    spans = [span for span in spans if 0 <= span.start < span.end <= length]
    cuts = sorted({0, length, *(s.start for s in spans), *(s.end for s in spans)})
    starting: dict[int, list[Span]] = {}
    ending: dict[int, list[Span]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
        ending.setdefault(span.end, []).append(span)
    open_spans: dict[tuple[int, int, str, str], Span] = {}
    result = []
    for start, end in itertools.pairwise(cuts):
        for span in ending.get(start, ()):
            open_spans.pop((span.start, span.end, span.kind, span.ref), None)
        opened = starting.get(start, [])
        for span in opened:
            open_spans[(span.start, span.end, span.kind, span.ref)] = span
        over = list(open_spans.values())
        result.append(
            Piece(
                start,
                end,
                tuple(sorted({span.kind for span in over})),
                tuple(dict.fromkeys(span.ref for span in over)),
                tuple(dict.fromkeys(span.ref for span in opened)),
            )
        )
    return result
