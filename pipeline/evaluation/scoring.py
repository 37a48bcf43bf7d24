"""Precision, recall and F1 with span matching by token overlap."""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(r"\w+")


@dataclass
class Score:
    true_positives_predicted: int = 0  # predictions that match some gold item
    predicted: int = 0
    true_positives_gold: int = 0  # gold items matched by some prediction
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives_predicted / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.true_positives_predicted += other.true_positives_predicted
        self.predicted += other.predicted
        self.true_positives_gold += other.true_positives_gold
        self.gold += other.gold


def token_positions(text: str, start: int, end: int) -> set[int]:
    return {m.start() for m in TOKEN.finditer(text, start, end)}


def overlap(text: str, a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared tokens over the tokens of the longer span: 1.0 for the same words."""
    ta, tb = token_positions(text, *a), token_positions(text, *b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / max(len(ta), len(tb))
