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
    # spaCy's blank English tokenizer + rule-based sentencizer, a new pipeline for each run
    spacy: float | None
    # the same pipeline kept across runs: its tokenizer cache then already holds every text
    spacy_warm: float | None = None


def measure_speeds(paths: list[Path], runs: int) -> Speeds:
    """The median of `runs` timings of each, taken in turn so that a busy machine slows all alike.

    spaCy's tokenizer caches the tokens of every chunk of text it has seen, so a pipeline that
    tokenized the same texts in an earlier run is about twice as fast in the next one. A
    build reads each article once, and extraction keeps nothing from one run to the next,
    so the compared figure gives spaCy a new pipeline for each run (made outside the timing);
    the warm figure is printed beside it, not compared. For the same reason the sample
    should hold each source text once (see `measure_speed`).
    """
    texts = [path.read_text(encoding="utf-8") for path in paths]
    articles = [read_article(path) for path in paths]
    work: dict[str, Callable[[], object]] = {
        "pipeline": lambda: [process_file(path) for path in paths],
        "extraction": lambda: [extract_article(article) for article in articles],
    }
    warm = _spacy()
    if warm is not None:
        list(warm.pipe(texts[:5]))
        work["spacy_warm"] = lambda: list(warm.pipe(texts))
    process_file(paths[0])  # loads the rule files, as a worker does before its first article
    seconds: dict[str, list[float]] = {name: [] for name in [*work, "spacy"]}
    for _ in range(runs):
        for name, run in work.items():
            started = time.perf_counter()
            run()
            seconds[name].append(time.perf_counter() - started)
        fresh = _spacy()
        if fresh is not None:
            list(fresh.pipe(["A sentence to load the pipeline before the clock starts."]))
            started = time.perf_counter()
            list(fresh.pipe(texts))
            seconds["spacy"].append(time.perf_counter() - started)
    words = words_in(texts)
    speed = {name: words / statistics.median(times) for name, times in seconds.items() if times}
    return Speeds(
        words, speed["pipeline"], speed["extraction"], speed.get("spacy"), speed.get("spacy_warm")
    )


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
