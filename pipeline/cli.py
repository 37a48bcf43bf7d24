"""Command line: `python -m pipeline build --input DIR --out DIR`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from pipeline.paths import BUNDLED_INPUT_DIR, DEFAULT_PACKAGE_DIR


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build a data package from a folder of articles")
    build.add_argument(
        "--input",
        type=Path,
        default=BUNDLED_INPUT_DIR,
        help="folder of .txt, .md, .html articles (default: the bundled article)",
    )
    build.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_PACKAGE_DIR,
        help="package folder to publish (default: datapackage/)",
    )
    build.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="extract in N processes (default: one per core; 1 runs in this process)",
    )
    cache = build.add_mutually_exclusive_group()
    cache.add_argument(
        "--cache",
        type=Path,
        metavar="DIR",
        help="folder of cached extractions (default: .cache/newsdata next to --out)",
    )
    cache.add_argument(
        "--no-cache", action="store_true", help="extract every article, read and write no cache"
    )
    checks = build.add_mutually_exclusive_group()
    checks.add_argument(
        "--frictionless",
        dest="frictionless",
        action="store_const",
        const=True,
        default=None,
        help="validate the written files row by row with Frictionless however large "
        "(default: only up to 50,000 rows in all tables)",
    )
    checks.add_argument(
        "--no-frictionless",
        dest="frictionless",
        action="store_const",
        const=False,
        help="skip the row-by-row Frictionless check (pandera still validates every row)",
    )
    build.add_argument(
        "--quiet", "-q", action="store_true", help="no progress on stderr (errors still are)"
    )
    build.add_argument(
        "--timings", action="store_true", help="print the seconds each stage took on stderr"
    )
    commands.add_parser("eval", help="score extraction against the gold annotations and PolNeAR")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "eval":
        from pipeline.evaluation.report import main as evaluate

        return evaluate()
    return run_build(args)


def run_build(args: argparse.Namespace) -> int:
    from pipeline.build import build
    from pipeline.cache import default_cache_dir
    from pipeline.model import ArticleError
    from pipeline.progress import Progress
    from pipeline.publish import PublishError, TableValidationError

    started = time.perf_counter()
    cache_dir = None if args.no_cache else (args.cache or default_cache_dir(args.out))

    def progress(total: int) -> Progress:
        return Progress(total, label="extracted", enabled=not args.quiet)

    # The stages' seconds land here as they finish, also when a later one fails.
    timings: dict[str, float] = {}
    try:
        result = build(
            args.input,
            args.out,
            jobs=args.jobs,
            cache_dir=cache_dir,
            progress=progress,
            frictionless=args.frictionless,
            timings=timings,
        )
    except (ArticleError, PublishError, TableValidationError, FileNotFoundError) as error:
        for line in str(error).splitlines():
            print(f"error: {line}", file=sys.stderr)
        _print_timings(args, timings)
        return 1
    for line in result.skipped + result.errors:
        print(line, file=sys.stderr)
    if args.frictionless is None and not result.frictionless and not args.quiet:
        rows = sum(len(frame) for frame in result.tables.values())
        print(
            f"note: {rows:,} rows: skipped the row-by-row Frictionless check (pandera validated "
            f"every row); run `frictionless validate {args.out / 'datapackage.json'}` for it",
            file=sys.stderr,
        )
    _print_timings(args, timings)
    articles = len(result.tables["documents"])
    from_cache = f", {result.from_cache:,} from cache" if cache_dir is not None else ""
    counts = ", ".join(f"{name} {len(frame)}" for name, frame in result.tables.items())
    print(
        f"published {args.out} in {time.perf_counter() - started:.1f} s "
        f"({articles:,} articles: {len(result.extracted):,} extracted{from_cache}): {counts}"
    )
    return 1 if result.errors else 0


def _print_timings(args: argparse.Namespace, timings: dict[str, float]) -> None:
    if args.timings and timings:
        stages = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in timings.items())
        print(f"timings: {stages}", file=sys.stderr)
