"""`python -m pipeline.bench.scaling 2500:1 2500:2 5000:2`: how a build grows with articles and
workers. For each `ARTICLES:WORKERS`, a cold build of a corpus `make bench` would write (in a
temporary folder), then the rebuild after adding one article: wall time, peak memory of the
whole process tree and each stage's seconds. Prints, never asserts; docs/scaling.md quotes it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from pipeline.bench.corpus import write_corpus
from pipeline.bench.memory import run_measured

MB = 2**20


def build(corpus: Path, out: Path, cache: Path, jobs: int) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit status, the timings line) of one build."""
    command = [sys.executable, "-m", "pipeline", "build", "--input", str(corpus)]
    result = run_measured(
        [*command, "--out", str(out), "--cache", str(cache), "--jobs", str(jobs), "-q", "--timings"]
    )
    timings = next((line for line in result.stderr.splitlines() if line.startswith("timings")), "")
    return result.seconds, result.peak_memory / MB, result.returncode, timings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="+", help="ARTICLES:WORKERS, e.g. 2500:2")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsdata-scaling-") as folder:
        root = Path(folder)
        for size in args.sizes:
            articles, jobs = (int(part) for part in size.split(":"))
            corpus = root / f"articles-{articles}"
            if not corpus.exists():
                write_corpus(corpus, articles)
            out, cache = root / f"package-{size}", root / f"cache-{size}"
            cold = build(corpus, out, cache, jobs)
            write_corpus(corpus, 1, start=10**6 + articles + jobs)  # one article never seen
            added = build(corpus, out, cache, jobs)
            print(
                f"{articles:,} articles, {jobs} workers: cold {cold[0]:.1f} s, {cold[1]:,.0f} MB, "
                f"exit {cold[2]}; add one {added[0]:.1f} s, {added[1]:,.0f} MB, exit {added[2]}; "
                f"load average {os.getloadavg()[0]:.2f}\n  cold {cold[3]}\n  add one {added[3]}",
                flush=True,
            )


if __name__ == "__main__":
    main()
