"""Words per second of extraction and of spaCy's bare tokenizer, on the same texts, one process."""

from __future__ import annotations

import cProfile
import io
import pstats
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.extract.article import extract_article
from pipeline.ingest import read_article
from pipeline.parallel import process_file


def words_in(texts: list[str]) -> int:
    """Whitespace tokens: the unit every speed here is counted in."""
    return sum(len(text.split()) for text in texts)


@dataclass(frozen=True)
class Speeds:
    """Words per second of each way of processing the same texts (None: spaCy not installed)."""

    words: int
    pipeline: float  # read + clean + extract, as a worker of a build does
    extraction: float  # extract_article alone, on articles read beforehand
    spacy: float | None  # spaCy's blank English tokenizer + rule-based sentencizer


def measure_speeds(paths: list[Path], runs: int) -> Speeds:
    """The median of `runs` timings of each, taken in turn so that a busy machine slows all alike."""
    texts = [path.read_text(encoding="utf-8") for path in paths]
    articles = [read_article(path) for path in paths]
    work: dict[str, Callable[[], object]] = {
        "pipeline": lambda: [process_file(path) for path in paths],
        "extraction": lambda: [extract_article(article) for article in articles],
    }
    nlp = _spacy()
    if nlp is not None:
        work["spacy"] = lambda: list(nlp.pipe(texts))
        list(nlp.pipe(texts[:5]))
    process_file(paths[0])  # loads the rule files, as a worker does before its first article
    seconds: dict[str, list[float]] = {name: [] for name in work}
    for _ in range(runs):
        for name, run in work.items():
            started = time.perf_counter()
            run()
            seconds[name].append(time.perf_counter() - started)
    words = words_in(texts)
    speed = {name: words / statistics.median(times) for name, times in seconds.items()}
    return Speeds(words, speed["pipeline"], speed["extraction"], speed.get("spacy"))


def _spacy():
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


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
