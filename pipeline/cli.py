"""Command line: `python -m pipeline build --input DIR --out DIR`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from pipeline.paths import BUNDLED_INPUT_DIR, DEFAULT_PACKAGE_DIR


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
    commands.add_parser("eval", help="score extraction against the gold annotations and PolNeAR")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "eval":
        from pipeline.evaluation.report import main as evaluate

        return evaluate()
    from pipeline.build import build
    from pipeline.model import ArticleError
    from pipeline.publish import PublishError, TableValidationError

    started = time.perf_counter()
    try:
        result = build(args.input, args.out)
    except (ArticleError, PublishError, TableValidationError, FileNotFoundError) as error:
        for line in str(error).splitlines():
            print(f"error: {line}", file=sys.stderr)
        return 1
    for line in result.skipped + result.errors:
        print(line, file=sys.stderr)
    counts = ", ".join(f"{name} {len(frame)}" for name, frame in result.tables.items())
    print(f"published {args.out} in {time.perf_counter() - started:.1f} s: {counts}")
    return 1 if result.errors else 0
