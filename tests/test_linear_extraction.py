"""Extraction works in time linear in an article's length, pinned without a clock.

The work of the rules is counted, not timed: the characters each module-level pattern of
the extraction reads and the spans the entity index walks through, and apart from those
every call of a function and every step of a generator (`sys.setprofile`), which counts
the loops over all quotes or dates found so far. Doubling a pathological article (one made
of a pattern the rules look at, repeated) must about double both: a rule that searches to
the end of the sentence from every verb of saying quadruples them. And such an article, at 100 KB, gives the rows its pattern gives
once, as many times as it is repeated.
"""

from __future__ import annotations

import gc
import re
import sys
from types import ModuleType

import pytest

from pipeline.bench.pathological import CASES
from pipeline.entities import (
    countries,
    documents,
    institutions,
    organisations,
    people,
    resolution,
)
from pipeline.extract import (
    article,
    date_passes,
    dates,
    laws,
    scan,
    sorted_spans,
    speakers,
    statements,
    statistics,
    text,
)
from pipeline.extract.scan import Matches
from tests.extraction_helpers import extract

MODULES: list[ModuleType] = [
    article,
    countries,
    date_passes,
    dates,
    documents,
    institutions,
    laws,
    organisations,
    people,
    resolution,
    scan,
    speakers,
    statements,
    statistics,
    text,
]


class CountingPattern:
    """A compiled pattern that adds the characters it reads to a count: up to the end of what
    it found, or all it was given when it found nothing (an anchored match that fails reads a
    few characters, and counts none)."""

    def __init__(self, pattern: re.Pattern[str], work: list[int]):
        self._pattern = pattern
        self._work = work

    def __getattr__(self, name):
        return getattr(self._pattern, name)

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __eq__(self, other) -> bool:
        return self._pattern == getattr(other, "_pattern", other)

    def _read(self, found, string: str, pos: int, endpos: int, anchored: bool = False):
        end = min(endpos, len(string))
        self._work[0] += max(0, (found.end() if found else pos if anchored else end) - pos)
        return found

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self._read(self._pattern.search(string, pos, endpos), string, pos, endpos)

    def match(self, string, pos=0, endpos=sys.maxsize):
        found = self._pattern.match(string, pos, endpos)
        return self._read(found, string, pos, endpos, anchored=True)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        found = self._pattern.fullmatch(string, pos, endpos)
        return self._read(found, string, pos, endpos, anchored=True)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        last = pos
        for found in self._pattern.finditer(string, pos, endpos):
            self._work[0] += found.end() - last
            last = found.end()
            yield found
        self._work[0] += max(0, min(endpos, len(string)) - last)

    def sub(self, repl, string, count=0):
        self._work[0] += len(string)
        return self._pattern.sub(repl, string, count)


@pytest.fixture
def work(monkeypatch) -> list[int]:
    """[characters given to the extraction's patterns + spans walked by its indexes]"""
    counted = [0]
    for module in MODULES:
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, name, CountingPattern(value, counted))
    forward = sorted_spans.SortedSpans._forward
    backward = sorted_spans.SortedSpans.ending_at_or_before

    def counted_forward(self, block, index):
        for item in forward(self, block, index):
            counted[0] += 1
            yield item

    def counted_backward(self, position):
        for item in backward(self, position):
            counted[0] += 1
            yield item

    monkeypatch.setattr(sorted_spans.SortedSpans, "_forward", counted_forward)
    monkeypatch.setattr(sorted_spans.SortedSpans, "ending_at_or_before", counted_backward)
    return counted


def work_for(work: list[int], text: str) -> tuple[int, int]:
    """(characters read and spans walked, calls and generator steps) to extract `text`."""
    steps = [0]

    def count(frame, event, arg):
        steps[0] += 1

    work[0] = 0
    # (no garbage collection while counting: the finalizers of other tests' objects it may run
    # are Python calls too, and made the count of one run here five times another's)
    gc.collect()
    gc.disable()
    sys.setprofile(count)
    try:
        extract(text)
    finally:
        sys.setprofile(None)
        gc.enable()
    return work[0], steps[0]


@pytest.mark.parametrize(
    "name",
    [
        "said",
        "asked-whether",
        "name-said",
        "who-said",
        "adding-that",
        "appositives",
        "quoted-words",
        "she-said-quotes",
        "colon-paragraphs",
        "data-act",
        "numbers",
        "of-the-group",
        "in-year",
        "dates",
        "baselines",
        "distinct-ministries",
        "unpunctuated",
        "periods",
        "news-paragraph",
        "legal-forms",
        "acronyms",
        "internationals",
        "capitals-international",
        "employers",
        "staff-employers",
        "owned-reports",
        "per-share",
        "points",
        "with-participles",
        "opening-documents",
        "partial-quotes",
        "spoke-then-quotes",
        "quote-lines",
        "quotes-one-line",
        "post-nominals",
        "bank-country",
        "numbered-laws",
        "possessive-titles",
        "said-in-statements",
        "signed-quotes",
        "signed-paragraphs",
        "head-first-names",
        "polls",
        "in-letters",
        "shared-given-names",
        "capital-labels",
        "clipped-names",
        "company-officers",
        "same-company-officers",
        "same-leaders",
        "same-employee-titles",
        "elisions",
        "who-relatives",
        "title-modifiers",
        "number-words-no-digit",
        "aside-participles",
        "according-appositives",
        "legislatures",
        "dash-interview",
        "announced-interviews",
        "semicolon-lists",
        "news-agencies",
        "budget-laws",
        "restated-numbers",
        "wished-reports",
        "cast-lines",
        "labelled-lines",
        "noted-by-offices",
        "international-organisations",
        "characterisations",
        "web-names",
        "scales-in-parts",
        "relayed-reports",
        "the-names-said",
    ],
)
def test_twice_the_pathological_article_is_twice_the_work(work, name):
    case = next(case for case in CASES if case.name == name)
    # (once first, uncounted: what is made lazily the first time a rule meets such a text, a
    # lexicon or a compiled pattern, is no part of the work per character)
    work_for(work, case.make(20_000))
    single = work_for(work, case.make(10_000))
    double = work_for(work, case.make(20_000))
    assert double[0] <= 2.5 * single[0], ("characters", name, single, double)
    assert double[1] <= 2.5 * single[1], ("steps", name, single, double)


def test_reported_speech_is_matched_once_per_sentence_not_once_per_verb(monkeypatch):
    built = []
    original = Matches.__init__

    def counting_init(self, *args):
        built.append(args[0])
        original(self, *args)

    monkeypatch.setattr(Matches, "__init__", counting_init)
    found = extract("The minister said " * 5000 + "the plan failed.")  # 5,000 verbs, one sentence
    assert len(set(map(id, built))) == len(built) <= 10  # each pattern once for the sentence
    assert found.statements  # and the sentence was read


def test_a_100_kb_article_of_one_statement_gives_it_once_per_copy():
    sentence = "Mr Smith said the plan failed. "
    copies = 100_000 // len(sentence)
    found = extract(sentence * copies)
    assert [(s.speaker, s.kind, s.text) for s in found.statements] == [
        ("Smith", "indirect", "the plan failed")
    ] * copies
    assert [m.text for m in found.mentions] == ["Smith"] * copies


def test_a_100_kb_article_of_appositives_gives_each_its_speaker():
    sentence = "Jane Doe, a spokeswoman, said the plan failed. "
    copies = 100_000 // len(sentence)
    found = extract(sentence * copies)
    assert {(s.speaker, s.text) for s in found.statements} == {("Jane Doe", "the plan failed")}
    assert len(found.statements) == copies


def test_groups_of_groups_are_counted_without_recursion():
    # "of the 5 of the 5 ... schools": each number counts what the groups after it count
    found = extract("of the 5 " * 8000 + "schools")
    assert len(found.statistics) == 8000
    assert {(s.value, s.unit, s.subject) for s in found.statistics} == {(5.0, "schools", "schools")}


def test_a_law_word_after_every_name_reads_each_name_once():
    found = extract("the Data Act of " * 6000)
    assert [law.name for law in found.laws] == ["Data Act"]
    assert len([m for m in found.mentions if m.entity_type == "law"]) == 6000


def test_the_pathological_bench_prints_medians_cpu_time_and_the_load():
    """The bench's figures can be read on a shared machine: the median of the runs, the CPU
    seconds beside the wall clock, and the load average before and after."""
    import subprocess

    result = subprocess.run(
        [
            *(sys.executable, "-m", "pipeline.bench.pathological", "--only", "said", "commas"),
            *("--sizes", "2", "4", "--runs", "3", "--no-scale"),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    lines = result.stdout.splitlines()
    assert "median of 3 runs" in lines[0]
    assert lines[1].startswith("load average at the start")
    assert lines[2].split()[:4] == ["input", "2", "KB", "4"]
    assert "CPU 4 KB" in lines[2]
    rows = {line.split()[0]: line.split() for line in lines[3:5]}
    assert set(rows) == {"said", "commas"}
    for cells in rows.values():
        wall_2, wall_4, cpu_4 = (float(cell) for cell in cells[1:4])
        assert wall_2 > 0 and 0 < cpu_4 <= wall_4 * 1.5 + 0.05
    assert lines[-1].startswith("load average at the end")


def test_dates_anchored_to_the_date_before_are_merged_in_one_walk():
    """An article of baselines ("a year ago, a year earlier.") gives thousands of anchored
    dates; merging them with the dates found must not compare every pair (the steps of the
    passes over dates alone, where the rest of the extraction would hide a square)."""
    from datetime import date

    make = next(case.make for case in CASES if case.name == "baselines")

    def steps(size: int) -> int:
        counted = [0]

        def count(frame, event, arg):
            if frame.f_code.co_filename == date_passes.__file__:
                counted[0] += 1

        sys.setprofile(count)
        try:
            found = dates.find_dates(make(size), date(2020, 1, 1))
        finally:
            sys.setprofile(None)
        assert len(found) > size // 30  # (the pattern's dates are found)
        return counted[0]

    single, double = steps(10_000), steps(20_000)
    assert double <= 2.5 * single, (single, double)
