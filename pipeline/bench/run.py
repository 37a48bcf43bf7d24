"""`python -m pipeline.bench`: how fast and how big, next to the targets. Prints, never asserts.

    make bench                                                  # 10,000 articles, median of 3 runs
    .venv/bin/python -m pipeline.bench --articles 500 --runs 1  # a quick look

Measures (a) read + clean + extract words/s on one core, (b) spaCy's bare tokenizer on the
same texts, (c) a cold build of N articles with the command line (wall time, peak memory
of the whole process tree), (d) the rebuild after adding one article, (e) full Frictionless
validation of the N-article package, (f) a cold build with Dagster: the backfill of every
shard, then the tables, their checks and the package, on a new instance, and *Materialize
all* on the bundled article, one run (`pipeline.bench.dagster_build`;
`--no-dagster` leaves it out), (g) extraction of pathological articles at 25, 50 and 100 KB
and of a 5 MB and an 8 MB one, each beside its target (`pipeline.bench.pathological`;
`--no-pathological` leaves it out). Everything is written to a temporary folder, removed at
the end. The exit status is 1 only when a measured command failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.bench import pathological, streaming
from pipeline.bench.corpus import SUBFOLDERS, remove_article, source_texts, write_corpus
from pipeline.bench.memory import RunResult, run_measured
from pipeline.bench.speed import measure_speeds, profile_extraction, words_in
from pipeline.parallel import available_cores
from pipeline.paths import REPO_ROOT
from pipeline.publish.files import sha256_of

# The targets of the issue "Thousands of articles: incremental, parallel, fast".
TARGET_SPACY_RATIO = 0.5
TARGET_COLD_SECONDS = 180.0
TARGET_DAGSTER_COLD_SECONDS = 300.0
TARGET_DAGSTER_BUNDLED_SECONDS = 20.0  # Materialize all on the bundled article (issue 11)
TARGET_ADD_ONE_SECONDS = 15.0
TARGET_PEAK_BYTES = 1 << 30
TARGET_ARTICLES = 10_000  # the corpus size the build targets are set for
# (i), a large corpus (`--large`): its cold build, and an update, beside the 10,000 figures
TARGET_LARGE_ARTICLES = 100_000
TARGET_LARGE_COLD_SECONDS = 600.0
TARGET_LARGE_UPDATE_SECONDS = 15.0
LARGE_SUBFOLDERS = 1_000  # a folder per day over three years or so

MB = 1 << 20


def say(message: str) -> None:
    """What the bench is doing, on stderr; the figures go to stdout at the end."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Row:
    measure: str
    figure: str
    target: str = ""
    verdict: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # printed under the table
    problems: list[str] = field(default_factory=list)  # failed commands and the like

    def render(self, heading: str) -> str:
        table = [Row("measure", "figure", "target"), *self.rows]
        widths = [
            max(len(getattr(row, a)) for row in table) for a in ("measure", "figure", "target")
        ]
        table.insert(1, Row(*("-" * width for width in widths)))
        lines = [heading, ""]
        for row in table:
            cells = (
                row.measure.ljust(widths[0]),
                row.figure.ljust(widths[1]),
                row.target.ljust(widths[2]),
            )
            lines.append(f"{'  '.join(cells)}  {row.verdict}".rstrip())
        if self.notes:
            lines += ["", *self.notes]
        if self.problems:
            lines += ["", "Problems:", *(f"  {problem}" for problem in self.problems)]
        return "\n".join(lines)


def verdict(value: float | None, limit: float, *, at_least: bool = False) -> str:
    if value is None:
        return "n/a"
    return "ok" if (value >= limit if at_least else value <= limit) else "MISSED"


def peak_memory_row(peak: int, scale: str) -> Row:
    """The peak memory of a build's processes beside the 1 GB target."""
    return Row(
        "    peak memory, process tree (PSS)",
        f"{peak / MB:,.0f} MB",
        f"<= {TARGET_PEAK_BYTES / MB:,.0f} MB{scale}",
        verdict(peak, TARGET_PEAK_BYTES),
    )


def cli(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", *map(str, args)]


def frictionless_cli() -> str:
    executable = Path(sys.executable).with_name("frictionless")
    return str(executable) if executable.exists() else "frictionless"


def extraction_version_now() -> str:
    """The extraction version as a new build sees it (this process caches the code's hash)."""
    code = "from pipeline.cache import extraction_version as v; print(v())"
    command = [sys.executable, "-c", code]
    return subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO_ROOT).stdout


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


def said_by(run: RunResult, prefix: str) -> str:
    """The first line the command printed that starts with `prefix` (without it)."""
    lines = (run.stdout + run.stderr).splitlines()
    return next((line.removeprefix(prefix) for line in lines if line.startswith(prefix)), "")


def build_failure(run: RunResult, shown: int = 5) -> str:
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    errors = errors or run.stderr.splitlines()[-shown:]
    more = f"\n    ... {len(errors) - shown} more lines" if len(errors) > shown else ""
    return f"exit {run.returncode}\n    " + "\n    ".join(errors[:shown]) + more


def frictionless_failure(run: RunResult) -> str:
    """`statements: 15,462 constraint-error, e.g. The cell "" in row ...` per resource and error."""
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        return f"exit {run.returncode}\n    " + "\n    ".join(run.stderr.splitlines()[-5:])
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    for task in report.get("tasks", []):
        for error in task.get("errors", []):
            key = (task["name"], error["type"])
            counts[key] += 1
            examples.setdefault(key, error["message"])
    lines = [
        f"{name}: {count:,} {kind} (reported), e.g. {examples[name, kind]}"
        for (name, kind), count in sorted(counts.items())
    ]
    lines += [f"{error['type']}: {error['message']}" for error in report.get("errors", [])]
    return f"exit {run.returncode}\n    " + "\n    ".join(lines)


def measure_speed(report: Report, corpus: list[Path], sample: int, runs: int) -> None:
    """Words/s of extraction and of spaCy on the first `sample` articles of the corpus.

    The corpus cycles through the source texts, so its first articles are distinct texts;
    `sample` is capped at the number of sources, since a copy of a text already tokenized
    would be read from spaCy's cache (see `measure_speeds`).
    """
    paths = corpus[: min(sample, len(source_texts()))]
    say(f"speed on {len(paths)} distinct articles, {runs} runs each")
    speeds = measure_speeds(paths, runs)
    report.rows += [
        Row(
            f"(a) read + clean + extract, words/s, 1 core, {len(paths)} distinct articles",
            f"{speeds.pipeline:,.0f}",
        ),
        Row("    extract_article alone, words/s", f"{speeds.extraction:,.0f}"),
    ]
    if speeds.spacy is None:
        report.rows.append(
            Row('(b) spaCy blank("en") + sentencizer', "not installed: pip install -e '.[bench]'")
        )
        return
    ratio = speeds.pipeline / speeds.spacy
    report.rows += [
        Row('(b) spaCy blank("en") + sentencizer, words/s', f"{speeds.spacy:,.0f}"),
        Row(
            "    spaCy again on texts it has seen (tokenizer cache warm), words/s",
            f"{speeds.spacy_warm:,.0f}" if speeds.spacy_warm else "-",
        ),
        Row(
            "    (a) / (b)",
            f"{ratio:.2f}x",
            f">= {TARGET_SPACY_RATIO:.2f}x",
            verdict(ratio, TARGET_SPACY_RATIO, at_least=True),
        ),
        Row("    extract_article alone / (b)", f"{speeds.extraction / speeds.spacy:.2f}x"),
    ]


def measure_builds(
    report: Report, root: Path, corpus_dir: Path, articles: int, runs: int, subfolders: int
) -> None:
    """(c) to (e): cold builds, rebuilds after adding one article, full Frictionless validation."""
    out = root / "package"
    scale = "" if articles == TARGET_ARTICLES else f" (set for {TARGET_ARTICLES:,})"

    def build(cache: Path) -> list[str]:
        return cli(
            "build", "--input", corpus_dir, "--out", out, "--cache", cache, "--timings", "-q"
        )

    def cold(number: int) -> list[str]:
        return build(root / f"cache-{number}")  # a new, empty cache each time

    def add_one(number: int) -> list[str]:
        # An article never seen before, in one of the subfolders.
        write_corpus(corpus_dir, 1, start=articles + number, subfolders=subfolders)
        return build(root / f"cache-{runs - 1}")  # the cache the last cold build filled

    def remove_one(number: int) -> list[str]:
        remove_article(corpus_dir, number, subfolders)  # one of the first articles
        return build(root / f"cache-{runs - 1}")

    version = extraction_version_now()
    say(f"cold builds of {articles:,} articles with {available_cores()} cores")
    cold_runs = timed_runs("cold build", runs, cold)
    say("rebuilds after adding one article")
    add_runs = timed_runs("add-one rebuild", runs, add_one)
    say("rebuilds after removing one article")
    remove_runs = timed_runs("remove-one rebuild", runs, remove_one)
    if extraction_version_now() != version:
        report.problems.append(
            "the rules or the extraction code changed during the bench, so the rebuilds after "
            "adding or removing one article found no warm cache: run it again"
        )

    for label, results, limit in (
        ("(c) cold build, CLI wall time", cold_runs, TARGET_COLD_SECONDS),
        ("(d) rebuild after adding one article", add_runs, TARGET_ADD_ONE_SECONDS),
        ("(d) rebuild after removing one article", remove_runs, TARGET_ADD_ONE_SECONDS),
    ):
        broken = [result for result in results if result.returncode != 0]
        seconds = statistics.median(result.seconds for result in results)
        peak = max(result.peak_memory for result in results)
        report.rows += [
            Row(
                label,
                f"{seconds:.1f} s",
                f"<= {limit:.0f} s{scale}",
                f"exit {broken[0].returncode}" if broken else verdict(seconds, limit),
            ),
            peak_memory_row(peak, scale),
        ]
        median = sorted(results, key=lambda result: result.seconds)[len(results) // 2]
        summary = said_by(median, "published ").split("): ")[0]
        report.notes.append(
            f"{label.split(',')[0]}: stages {said_by(median, 'timings: ') or 'none reported'}"
        )
        if summary:
            report.notes.append(f"    published {summary})")
        if broken:
            report.problems.append(f"{label}: {build_failure(broken[0])}")

    if not (out / "datapackage.json").exists():
        report.rows.append(Row("(e) frictionless validate", "no package: the builds failed"))
        return
    say("full Frictionless validation of the package")
    validations = timed_runs(
        "frictionless validate",
        runs,
        lambda _: [frictionless_cli(), "validate", "--json", str(out / "datapackage.json")],
    )
    seconds = statistics.median(result.seconds for result in validations)
    valid = all(result.returncode == 0 for result in validations)
    report.rows += [
        Row(
            "(e) frictionless validate, every row, CSV + Parquet",
            f"{seconds:.1f} s, {'valid' if valid else 'INVALID'}",
            "valid",
            "ok" if valid else "MISSED",
        ),
        Row("    peak memory", f"{max(r.peak_memory for r in validations) / MB:,.0f} MB"),
    ]
    if not valid:
        report.problems.append(f"frictionless validate: {frictionless_failure(validations[0])}")


def measure_large(report: Report, root: Path, articles: int) -> None:
    """(i): a cold build of `articles` (one run: about ten minutes on 2 cores at 100,000), then
    the rebuilds after adding one article and after removing one, with their peak memory."""
    corpus_dir, out, cache = root / "large", root / "large-package", root / "large-cache"
    scale = "" if articles == TARGET_LARGE_ARTICLES else f" (set for {TARGET_LARGE_ARTICLES:,})"
    say(f"writing {articles:,} articles in {LARGE_SUBFOLDERS:,} subfolders to {corpus_dir}")
    write_corpus(corpus_dir, articles, subfolders=LARGE_SUBFOLDERS)

    def build(_: int) -> list[str]:
        return cli(
            "build", "--input", corpus_dir, "--out", out, "--cache", cache, "--timings", "-q"
        )

    say(f"cold build of {articles:,} articles")
    (cold,) = timed_runs("large cold build", 1, build)
    write_corpus(corpus_dir, 1, start=articles, subfolders=LARGE_SUBFOLDERS)
    (added,) = timed_runs("large add-one rebuild", 1, build)
    remove_article(corpus_dir, 0, LARGE_SUBFOLDERS)
    (removed,) = timed_runs("large remove-one rebuild", 1, build)
    for label, short, result, limit in (
        (
            f"(i) {articles:,} articles, cold build, CLI",
            "(i) cold build",
            cold,
            TARGET_LARGE_COLD_SECONDS,
        ),
        ("(i) rebuild after adding one article", None, added, TARGET_LARGE_UPDATE_SECONDS),
        ("(i) rebuild after removing one article", None, removed, TARGET_LARGE_UPDATE_SECONDS),
    ):
        report.rows += [
            Row(
                label,
                f"{result.seconds:.1f} s",
                f"<= {limit:.0f} s{scale}",
                f"exit {result.returncode}"
                if result.returncode
                else verdict(result.seconds, limit),
            ),
            peak_memory_row(result.peak_memory, scale),
        ]
        report.notes.append(
            f"{short or label}: stages {said_by(result, 'timings: ') or 'none reported'}"
        )
        if result.returncode:
            report.problems.append(f"{label}: {build_failure(result)}")


def same_files(first: Path, second: Path) -> bool:
    """Whether two package folders hold the same files, byte for byte."""

    def listing(folder: Path) -> dict[str, str]:
        return {
            str(path.relative_to(folder)): sha256_of(path)
            for path in sorted(folder.rglob("*"))
            if path.is_file()
        }

    return listing(first) == listing(second)


def measure_dagster(
    report: Report, root: Path, corpus_dir: Path, articles: int, runs: int, cli_package: Path
) -> None:
    """(f): `pipeline.bench.dagster_build` on a new instance, package folder and cache each run."""
    from pipeline.defs.resources import INPUT_DIR_ENV, OUT_DIR_ENV  # imports Dagster
    from pipeline.defs.shards import SHARD_COUNT, SHARDS_ENV

    scale = "" if articles == TARGET_ARTICLES else f" (set for {TARGET_ARTICLES:,})"
    command = [sys.executable, "-m", "pipeline.bench.dagster_build"]

    def folders(number: int) -> tuple[Path, Path]:
        return root / f"dagster-{number}" / "home", root / f"dagster-{number}" / "package"

    # After (d) the folder holds the articles it added too: the CLI's last package is of them all.
    count = sum(1 for _ in corpus_dir.rglob("*.txt"))
    say(f"cold Dagster builds of {count:,} articles: a backfill of 16 shards, then the package")
    results = []
    for number in range(runs):
        home, package = folders(number)
        home.mkdir(parents=True)
        # A new, empty extraction cache each run (the assets use the user's cache folder,
        # `$XDG_CACHE_HOME/newsdata-pipeline`): with the user's own, filled by an earlier
        # run, the build was not cold (the shards took 19.5 s instead of about 60).
        env = {
            **os.environ,
            "XDG_CACHE_HOME": str(home.parent / "cache"),
            "DAGSTER_HOME": str(home),
            INPUT_DIR_ENV: str(corpus_dir),
            OUT_DIR_ENV: str(package),
            # The backfill of a large corpus, whatever the size measured (--articles 500 too).
            SHARDS_ENV: str(SHARD_COUNT),
        }
        result = run_measured(command, cwd=REPO_ROOT, env=env)
        say(
            f"Dagster cold build {number + 1}/{runs}: {result.seconds:.1f} s, "
            f"{result.peak_memory / MB:,.0f} MB, exit {result.returncode}"
        )
        results.append(result)
    broken = [result for result in results if result.returncode != 0]
    seconds = statistics.median(result.seconds for result in results)
    peak = max(result.peak_memory for result in results)
    report.rows += [
        Row(
            f"(f) cold build, Dagster, {count:,} articles, wall time",
            f"{seconds:.1f} s",
            f"<= {TARGET_DAGSTER_COLD_SECONDS:.0f} s{scale}",
            f"exit {broken[0].returncode}"
            if broken
            else verdict(seconds, TARGET_DAGSTER_COLD_SECONDS),
        ),
        peak_memory_row(peak, scale),
    ]
    median = sorted(results, key=lambda result: result.seconds)[len(results) // 2]
    lines = median.stdout.strip().splitlines()
    report.notes.append(f"(f) runs: {lines[-1] if lines else 'no summary printed'}")
    package = folders(results.index(median))[1]
    if not broken and (cli_package / "datapackage.json").exists():
        same = same_files(package, cli_package)
        report.notes.append(
            f"    same files as the command line's package: {'yes' if same else 'NO'}"
        )
        if not same:
            report.problems.append("(f) the Dagster package differs from the command line's")
    if broken:
        report.problems.append(f"(f) cold build, Dagster: {build_failure(broken[0])}")
    measure_dagster_bundled(report, root, runs)


def measure_dagster_bundled(report: Report, root: Path, runs: int) -> None:
    """(f) *Materialize all* on the bundled article: one partition, so one run ("Launch 1
    run"), on a new instance each time; the process's wall time, loading Dagster included."""
    from pipeline.defs.resources import INPUT_DIR_ENV, OUT_DIR_ENV
    from pipeline.defs.shards import SHARDS_ENV
    from pipeline.paths import BUNDLED_INPUT_DIR

    say("cold Dagster builds of the bundled article: one run")
    results = []
    for number in range(runs):
        home = root / f"dagster-bundled-{number}" / "home"
        home.mkdir(parents=True)
        env = {
            **{key: value for key, value in os.environ.items() if key != SHARDS_ENV},
            "DAGSTER_HOME": str(home),
            INPUT_DIR_ENV: str(BUNDLED_INPUT_DIR),
            OUT_DIR_ENV: str(home.parent / "package"),
        }
        command = [sys.executable, "-m", "pipeline.bench.dagster_build"]
        results.append(run_measured(command, cwd=REPO_ROOT, env=env))
    broken = [result for result in results if result.returncode != 0]
    seconds = statistics.median(result.seconds for result in results)
    report.rows.append(
        Row(
            "(f) Materialize all, Dagster, the bundled article (1 run), wall time",
            f"{seconds:.1f} s",
            f"<= {TARGET_DAGSTER_BUNDLED_SECONDS:.0f} s",
            f"exit {broken[0].returncode}"
            if broken
            else verdict(seconds, TARGET_DAGSTER_BUNDLED_SECONDS),
        )
    )
    lines = results[0].stdout.strip().splitlines()
    report.notes.append(f"(f) bundled article: {lines[-1] if lines else 'no summary printed'}")
    if broken:
        report.problems.append(f"(f) bundled article, Dagster: {build_failure(broken[0])}")


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
        "--dagster",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="measure (f), the cold build with Dagster (default: on)",
    )
    parser.add_argument(
        "--dagster-runs",
        type=int,
        default=1,
        metavar="N",
        help="runs of (f), which takes minutes at 10,000 articles (default 1)",
    )
    parser.add_argument(
        "--cli",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="measure (c) to (e), the command line's builds (default: on)",
    )
    parser.add_argument(
        "--pathological",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="measure (g), extraction of pathological articles (default: on)",
    )
    parser.add_argument(
        "--subfolders",
        type=int,
        default=SUBFOLDERS,
        metavar="N",
        help=f"spread the corpus over N subfolders, as an archive by day (default {SUBFOLDERS}; "
        "0: one flat folder)",
    )
    parser.add_argument(
        "--streaming",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="measure (h), peak memory reading a large JSONL and WARC (default: on)",
    )
    parser.add_argument(
        "--streaming-mb",
        type=int,
        default=streaming.TARGET_INPUT_MB,
        metavar="MB",
        help=f"size of the JSONL and WARC of (h) (default {streaming.TARGET_INPUT_MB:,})",
    )
    parser.add_argument(
        "--large",
        type=int,
        default=TARGET_LARGE_ARTICLES,
        metavar="N",
        help=f"measure (i): a cold build of N articles, then adding and removing one (default "
        f"{TARGET_LARGE_ARTICLES:,}, the targets' size: about ten minutes on 2 cores; 0 leaves "
        "it out)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary folder and say where"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sources = source_texts()
    root = Path(tempfile.mkdtemp(prefix="newsdata-bench-"))
    report = Report()
    # One build time for every build here (reproducible builds), so that (f) can compare the
    # Dagster package with the command line's byte for byte: otherwise their `created` differ.
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))
    try:
        say(f"writing {args.articles:,} articles from {len(sources)} source texts to {root}")
        corpus = write_corpus(root / "articles", args.articles, subfolders=args.subfolders)
        words = words_in([path.read_text(encoding="utf-8") for path in corpus])
        measure_speed(report, corpus, min(args.sample, len(corpus)), args.runs)
        # Before the builds, which remove an article of the corpus to measure (d).
        profile = profile_extraction(corpus[: args.sample]) if args.profile else None
        if not args.speed_only and args.cli:
            measure_builds(
                report, root, root / "articles", args.articles, args.runs, args.subfolders
            )
        if not args.speed_only and args.dagster:
            measure_dagster(
                report, root, root / "articles", args.articles, args.dagster_runs, root / "package"
            )
        if not args.speed_only and args.large:
            measure_large(report, root, args.large)
        spread = f"in {args.subfolders} subfolders" if args.subfolders else "in one folder"
        heading = (
            f"newsdata-pipeline benchmark: {args.articles:,} articles {spread} ({words:,} words, "
            f"cycled from {len(sources)} source texts), {available_cores()} cores, median of "
            f"{args.runs} run(s)"
        )
        print(report.render(heading), flush=True)
        if not args.speed_only and args.streaming:
            say(f"reading a {args.streaming_mb:,} MB JSONL and WARC, each in a process of its own")
            print()
            for line in streaming.run(root / "streaming", args.streaming_mb):
                print(line, flush=True)
        if args.pathological:
            say("pathological articles, each in a process of its own")
            print()
            for line in pathological.run(
                None, list(pathological.SIZES_KB), limit=60.0, scale=True, runs=args.runs
            ):
                print(line, flush=True)
        if profile is not None:
            print("\ncProfile of read + clean + extract over the sample:\n")
            print(profile)
    finally:
        if args.keep:
            say(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 1 if report.problems else 0
