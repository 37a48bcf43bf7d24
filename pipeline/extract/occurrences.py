"""Where a phrase occurs as whole words in an article, for rules that look up many phrases.

`re.finditer(rf"\\b{re.escape(phrase)}\\b", text)` reads the whole article for each phrase:
a rule that looks up each organization it finds ("the Dovaku Group", then every later
"Dovaku Group") is quadratic over an article naming thousands. Here the article's words
are indexed once; a phrase is looked for only where its rarest word is. Building that index
costs more than reading the text a few times, so the first few phrases are found with
`str.find` instead, which keeps every article linear and most never index.
"""

from __future__ import annotations

import re

from pipeline.extract.scan import word_boundary

WORD = re.compile(r"\w+")
# Phrases found by reading the whole text before the words are indexed: a bounded number, so
# an article with thousands of names still reads its text a fixed number of times.
SCANS_BEFORE_INDEX = 16


class Occurrences:
    def __init__(self, text: str):
        self.text = text
        self._positions: dict[str, list[int]] | None = None
        self._scans = 0

    def _index(self) -> dict[str, list[int]]:
        if self._positions is None:
            self._positions = {}
            for word in WORD.finditer(self.text):
                self._positions.setdefault(word.group(), []).append(word.start())
        return self._positions

    def of(self, phrase: str) -> list[tuple[int, int]]:
        """(start, end) of each match of `\\b{re.escape(phrase)}\\b` in the text, in order.

        Every word of the phrase is a whole word of the text where the phrase occurs (`\\b` or
        a character of the phrase that is no word character bounds it), so the occurrences of
        its rarest word, shifted by that word's offset in the phrase, are the candidates.
        """
        words = list(WORD.finditer(phrase))
        if not words:
            pattern = re.compile(rf"\b{re.escape(phrase)}\b")
            return [match.span() for match in pattern.finditer(self.text)]
        if self._positions is None and self._scans < SCANS_BEFORE_INDEX:
            self._scans += 1
            return self._scan(phrase)
        index = self._index()
        rarest = min(words, key=lambda word: len(index.get(word.group(), ())))
        found: list[tuple[int, int]] = []
        for position in index.get(rarest.group(), ()):
            start = position - rarest.start()
            end = start + len(phrase)
            if (
                start >= 0
                and (not found or start >= found[-1][1])  # matches never overlap
                and self.text.startswith(phrase, start)
                and word_boundary(self.text, start)
                and word_boundary(self.text, end)
            ):
                found.append((start, end))
        return found

    def _scan(self, phrase: str) -> list[tuple[int, int]]:
        """What `of` returns, found by reading the whole text with `str.find`."""
        text = self.text
        found: list[tuple[int, int]] = []
        start = text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            if word_boundary(text, start) and word_boundary(text, end):
                found.append((start, end))
                start = text.find(phrase, end)
            else:
                start = text.find(phrase, start + 1)
        return found
