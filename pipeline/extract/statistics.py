"""Statistics: numbers that count or measure something, with comparator, unit and subject."""

from __future__ import annotations

from pipeline.extract.spans import EntityIndex
from pipeline.model import DateExpression, Statistic


def find_statistics(text: str, body_start: int, dates: list[DateExpression], index: EntityIndex) -> list[Statistic]:
    return []
