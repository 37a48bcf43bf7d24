"""`python -m pipeline.bench`: how fast and how big, next to the targets. Prints, never asserts.

    make bench                                      # 10,000 articles, median of 3 runs
    .venv/bin/python -m pipeline.bench --articles 500 --runs 1    # a quick look

Measures (a) extraction words/s on one core, (b) spaCy's bare tokenizer on the same texts,
(c) a cold build of N articles with the command line (wall time, peak memory of the whole
process tree), (d) the rebuild after adding one article, (e) full Frictionless validation
of the N-article package. Everything is written to a temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.bench.corpus import source_texts, write_corpus
from pipeline.bench.memory import RunResult, run_measured
from pipeline.bench.speed import (
    extraction_seconds,
    pipeline_seconds,
    profile_extraction,
    read_articles,
    spacy_seconds,
    words_in,
)
from pipeline.parallel import available_cores
from pipeline.paths import REPO_ROOT

# The targets of the issue "Thousands of articles: incremental, parallel, fast".
TARGET_SPACY_RATIO = 0.5
TARGET_COLD_SECONDS = 180.0
TARGET_ADD_ONE_SECONDS = 15.0
TARGET_PEAK_BYTES = 1 << 30
TARGET_ARTICLES = 10_000  # the size the build targets are set for

MB = 1 << 20


def say(message: str) -> None:
    """What the bench is doing, on stderr: the table of figures goes to stdout at the end."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Row:
    measure: str
    figure: str
    target: str = ""
    verdict: str = ""


def verdict(value: float | None, limit: float, *, at_least: bool = False) -> str:
    if value is None:
        return "n/a"
    return "ok" if (value >= limit if at_least else value <= limit) else "MISSED"


def cli(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", *map(str, args)]


def frictionless_cli() -> str:
    executable = Path(sys.executable).with_name("frictionless")
    return str(executable) if executable.exists() else "frictionless"


def median_run(runs: list[RunResult]) -> RunResult:
    """The run of median wall time (its own memory figure goes with it)."""
    ordered = sorted(runs, key=lambda run: run.seconds)
    return ordered[len(ordered) // 2]


def failure(run: RunResult, lines: int = 5) -> str:
    """The first lines of what a failed command said (Frictionless reports on stdout)."""
    said = [line for line in (run.stderr + run.stdout).splitlines() if line.strip()]
    said = [line for line in said if line.startswith("error:")] or said
    shown = "\n    ".join(said[:lines])
    more = f"\n    ... {len(said) - lines} more lines" if len(said) > lines else ""
    return f"exit {run.returncode}\n    {shown}{more}"


def timed_runs(label: str, runs: int, command: Callable[[int], list[str]]) -> list[RunResult]:
    results = []
    for number in range(runs):
        result = run_measured(command(number), cwd=REPO_ROOT)
        say(
            f"{label} {number + 1}/{runs}: {result.seconds:.1f} s, "
            f"{result.peak_memory / MB:,.0f} MB, exit {result.returncode}"
        )
        results.append(result)
    return results


def stage_timings(run: RunResult) -> str:
    return next(
        (
            line.removeprefix("timings: ")
            for line in run.stderr.splitlines()
            if line.startswith("timings: ")
        ),
        "",
    )


def speed_rows(corpus: list[Path], sample: int, runs: int) -> list[Row]:
    paths = corpus[:sample]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    words = words_in(texts)
    say(f"speed on {len(paths)} articles ({words:,} words), {runs} runs each")
    pipeline_speed = words / pipeline_seconds(paths, runs)
    extraction_speed = words / extraction_seconds(read_articles(paths), runs)
    spacy = spacy_seconds(texts, runs)
    spacy_speed = words / spacy if spacy else None
    ratio = pipeline_speed / spacy_speed if spacy_speed else None
    target = f">= {TARGET_SPACY_RATIO:.2f}x"
    return [
        Row(
            f"(a) read + clean + extract, words/s on 1 core ({len(paths)} articles)",
            f"{pipeline_speed:,.0f}",
        ),
        Row("    extract_article alone, words/s on 1 core", f"{extraction_speed:,.0f}"),
        Row(
            '(b) spaCy blank("en") + sentencizer, words/s',
            f"{spacy_speed:,.0f}"
            if spacy_speed
            else "spaCy not installed (pip install -e '.[bench]')",
        ),
        Row(
            "    (a) / (b)",
            f"{ratio:.2f}x" if ratio else "n/a",
            target,
            verdict(ratio, TARGET_SPACY_RATIO, at_least=True),
        ),
    ]


def build_rows(
    root: Path, corpus_dir: Path, articles: int, runs: int
) -> tuple[list[Row], list[str]]:
    """Rows (c) to (e), and what went wrong in any failed command."""
    out = root / "package"
    problems: list[str] = []
    scale = "" if articles == TARGET_ARTICLES else f" (target for {TARGET_ARTICLES:,})"

    def build(cache: Path) -> list[str]:
        return cli(
            "build", "--input", corpus_dir, "--out", out, "--cache", cache, "--timings", "-q"
        )

    def cold(number: int) -> list[str]:
        return build(root / f"cache-{number}")  # a new, empty cache each time

    say(f"cold builds of {articles:,} articles with {available_cores()} cores")
    cold_runs = timed_runs("cold build", runs, cold)
    warm_cache = root / f"cache-{runs - 1}"

    def add_one(number: int) -> list[str]:
        write_corpus(corpus_dir, 1, start=articles + number)  # a new article, never seen before
        return build(warm_cache)

    say("rebuilds after adding one article")
    add_runs = timed_runs("add-one rebuild", runs, add_one)

    rows = []
    for label, results, limit in (
        ("(c) cold build, CLI wall time", cold_runs, TARGET_COLD_SECONDS),
        ("(d) rebuild after adding one article", add_runs, TARGET_ADD_ONE_SECONDS),
    ):
        run = median_run(results)
        broken = [result for result in results if result.returncode != 0]
        seconds = statistics.median(result.seconds for result in results)
        peak = max(result.peak_memory for result in results)
        rows += [
            Row(
                label,
                f"{seconds:.1f} s",
                f"<= {limit:.0f} s{scale}",
                f"exit {broken[0].returncode}" if broken else verdict(seconds, limit),
            ),
            Row(
                "    peak memory, process tree (sum of PSS)",
                f"{peak / MB:,.0f} MB",
                f"<= {TARGET_PEAK_BYTES / MB:,.0f} MB{scale}",
                verdict(peak, TARGET_PEAK_BYTES),
            ),
            Row("    stages", stage_timings(run)),
            Row(
                "    the command said",
                run.stdout.strip().split("):")[0] + ")" if run.stdout else "",
            ),
        ]
        if broken:
            problems.append(f"{label}: {failure(broken[0])}")

    if not (out / "datapackage.json").exists():
        rows.append(
            Row(
                "(e) frictionless validate, every row (CSV + Parquet)",
                "no package: the builds failed",
            )
        )
        return rows, problems
    say("full Frictionless validation of the package")
    validations = timed_runs(
        "frictionless validate",
        runs,
        lambda _: [frictionless_cli(), "validate", str(out / "datapackage.json")],
    )
    seconds = statistics.median(result.seconds for result in validations)
    valid = all(result.returncode == 0 for result in validations)
    if not valid:
        problems.append(f"frictionless validate: {failure(validations[0])}")
    rows.append(
        Row(
            "(e) frictionless validate, every row (CSV + Parquet)",
            f"{seconds:.1f} s, {'valid' if valid else 'INVALID'}",
            "valid",
            "ok" if valid else "MISSED",
        )
    )
    return rows, problems


def render(rows: list[Row], heading: str) -> str:
    widths = [
        max(len(getattr(row, name)) for row in rows) for name in ("measure", "figure", "target")
    ]
    lines = [heading, ""]
    header = Row("measure", "figure", "target", "")
    for row in [header, Row("-" * widths[0], "-" * widths[1], "-" * widths[2], ""), *rows]:
        lines.append(
            f"{row.measure:<{widths[0]}}  {row.figure:<{widths[1]}}  {row.target:<{widths[2]}}  {row.verdict}".rstrip()
        )
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--articles", type=int, default=TARGET_ARTICLES, help="corpus size (default 10,000)"
    )
    parser.add_argument(
        "--runs", type=int, default=3, help="runs of each measure; the median is printed"
    )
    parser.add_argument(
        "--sample", type=int, default=300, help="articles for the words/s figures (default 300)"
    )
    parser.add_argument("--speed-only", action="store_true", help="only (a) and (b): no builds")
    parser.add_argument(
        "--profile", action="store_true", help="also print a cProfile of extraction over the sample"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary folder and say where"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sources = source_texts()
    root = Path(tempfile.mkdtemp(prefix="newsdata-bench-"))
    try:
        say(f"writing {args.articles:,} articles from {len(sources)} source texts to {root}")
        corpus_dir = root / "articles"
        corpus = write_corpus(corpus_dir, args.articles)
        words = words_in([path.read_text(encoding="utf-8") for path in corpus])
        rows = speed_rows(corpus, min(args.sample, len(corpus)), args.runs)
        problems: list[str] = []
        if not args.speed_only:
            build, problems = build_rows(root, corpus_dir, args.articles, args.runs)
            rows += build
        heading = (
            f"newsdata-pipeline benchmark: {args.articles:,} articles ({words:,} words, cycled from "
            f"{len(sources)} source texts), {available_cores()} cores, median of {args.runs} run(s)"
        )
        print(render(rows, heading))
        if problems:
            print("\nFailed commands (their figures above are of a failed run):")
            print("\n".join(f"  {problem}" for problem in problems))
        if args.profile:
            print("\ncProfile of read + clean + extract over the sample:\n")
            print(profile_extraction(corpus[: args.sample]))
    finally:
        if args.keep:
            say(f"kept {root}")
        else:
            import shutil

            shutil.rmtree(root, ignore_errors=True)
    return 1 if problems else 0
