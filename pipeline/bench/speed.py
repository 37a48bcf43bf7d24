"""Words per second of extraction and of spaCy's bare tokenizer, on the same texts, one process."""

from __future__ import annotations

import cProfile
import io
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.extract.article import extract_article
from pipeline.ingest import read_article
from pipeline.model import Article
from pipeline.parallel import process_file


def words_in(texts: list[str]) -> int:
    """Whitespace tokens: the unit every speed here is counted in."""
    return sum(len(text.split()) for text in texts)


def median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def read_articles(paths: list[Path]) -> list[Article]:
    return [read_article(path) for path in paths]


def pipeline_seconds(paths: list[Path], runs: int) -> float:
    """Read, clean and extract every file, as one worker of a build does."""
    process_file(paths[0])  # loads the rule files once, as a worker does before its first article
    return median_seconds(lambda: [process_file(path) for path in paths], runs)


def extraction_seconds(articles: list[Article], runs: int) -> float:
    """`extract_article` alone, on articles read and cleaned beforehand."""
    return median_seconds(lambda: [extract_article(article) for article in articles], runs)


def spacy_seconds(texts: list[str], runs: int) -> float | None:
    """spaCy's blank English tokenizer and rule-based sentencizer; None without spaCy."""
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    list(nlp.pipe(texts[:5]))
    return median_seconds(lambda: list(nlp.pipe(texts)), runs)


def profile_extraction(paths: list[Path], top: int = 25) -> str:
    """cProfile of read + clean + extract over `paths`: the functions with the most own time."""
    process_file(paths[0])
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        process_file(path)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    out.write("\n")
    stats.sort_stats("cumulative").print_stats(r"pipeline/", top)
    return out.getvalue()
