"""Command line: `python -m pipeline build --input DIR --out DIR`."""

from __future__ import annotations

import argparse
import errno
import sys
import time
from pathlib import Path

from pipeline.paths import BUNDLED_INPUT_DIR, DEFAULT_PACKAGE_DIR
from pipeline.safe_text import shown
from pipeline.signals import Stopped, stop_on_signals


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, not {text}")
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
        help="folder of cached extractions (default: newsdata-pipeline in your cache folder, '~/.cache' on Linux)",
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
        "--time-limit",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help="skip, with an error line, an article that takes longer to extract "
        "(default: 60; 0 for no limit)",
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
    package_before = _folder_identity(args.out)
    with stop_on_signals():
        try:
            return run_build(args)
        except Stopped as stop:
            if _folder_identity(args.out) == package_before:
                outcome = f"stopped before publishing, {shown(args.out)} is as it was"
            else:  # the new package was swapped in just before the stop
                outcome = f"stopped after publishing {shown(args.out)}"
            print(f"error: {stop}; {outcome}", file=sys.stderr)
            return stop.exit_code


def _folder_identity(folder: Path) -> tuple[int, int] | None:
    """Which folder is at `folder` (device and inode): a new package swapped in is another one."""
    try:
        info = folder.resolve().stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def run_build(args: argparse.Namespace) -> int:
    from pipeline.build import build
    from pipeline.cache import CacheError, default_cache_dir
    from pipeline.model import ArticleError
    from pipeline.parallel import ARTICLE_SECONDS, available_cores
    from pipeline.progress import Progress
    from pipeline.publish import PublishError, TableValidationError
    from pipeline.publish.descriptor import source_date_epoch

    started = time.perf_counter()
    if args.jobs is not None and args.jobs > available_cores() and not args.quiet:
        print(
            f"note: --jobs {args.jobs}: {plural(available_cores(), 'core')} here, so "
            f"{plural(available_cores(), 'worker')} at most",
            file=sys.stderr,
        )

    def progress(total: int) -> Progress:
        return Progress(total, label="extracted", enabled=not args.quiet, ticking=True)

    # The stages' seconds land here as they finish, also when a later one fails.
    timings: dict[str, float] = {}
    try:
        source_date_epoch()  # a bad value is reported now, not after the whole build
        cache_dir = None if args.no_cache else (args.cache or default_cache_dir())
        result = build(
            args.input,
            args.out,
            jobs=args.jobs,
            cache_dir=cache_dir,
            progress=progress,
            frictionless=args.frictionless,
            timings=timings,
            seconds=ARTICLE_SECONDS if args.time_limit is None else (args.time_limit or None),
        )
    except (ArticleError, PublishError, TableValidationError, CacheError) as error:
        for line in str(error).splitlines():
            print(f"error: {shown(line)}", file=sys.stderr)
        _print_timings(args, timings)
        return 1
    except OSError as error:  # a full disk, a folder without permission, a path under a file
        print(f"error: {os_error_line(error, args.out)}", file=sys.stderr)
        return 1
    for line in result.notes + result.skipped + result.errors:
        print(shown(line), file=sys.stderr)
    if args.frictionless is None and not result.frictionless and not args.quiet:
        rows = sum(len(frame) for frame in result.tables.values())
        print(
            f"note: {rows:,} rows: skipped the row-by-row Frictionless check (pandera validated "
            f"every row); run `frictionless validate {shown(args.out / 'datapackage.json')}` for it",
            file=sys.stderr,
        )
    _print_timings(args, timings)
    articles = len(result.tables["documents"])
    done = f"{articles - result.from_cache:,} extracted"
    if cache_dir is not None:
        done += f", {result.from_cache:,} from cache"
    problems = [
        plural(count, noun)
        for count, noun in (
            (len(result.errors), "file failed"),
            (len(result.skipped), "file skipped"),
        )
        if count
    ]
    counts = ", ".join(f"{name} {len(frame):,}" for name, frame in result.tables.items())
    print(
        f"published {shown(args.out)} in {time.perf_counter() - started:.1f} s "
        f"({plural(articles, 'article')}: {done}{'; ' + ', '.join(problems) if problems else ''})"
        f": {counts}"
    )
    return 1 if result.errors else 0


def plural(count: int, noun: str) -> str:
    """`plural(1, "article")` -> `1 article`; `plural(3, "file failed")` -> `3 files failed`."""
    if count == 1:
        return f"{count:,} {noun}"
    first, _, rest = noun.partition(" ")
    return f"{count:,} {first}s{' ' + rest if rest else ''}"


def os_error_line(error: OSError, out: Path) -> str:
    """One line for an error of the file system: what, where, and that the package is intact."""
    where = f"{shown(error.filename)}: " if error.filename else ""
    reason = error.strerror or str(error)
    advice = {
        errno.ENOSPC: "the disk is full; free some space and build again",
        errno.EDQUOT: "the disk quota is used up; free some space and build again",
        errno.EACCES: "permission denied; check the folder's permissions",
        errno.EPERM: "not permitted; check the folder's permissions",
        errno.EROFS: "the file system is read-only; choose another --out",
    }.get(error.errno, reason)
    return f"{where}{advice} ({shown(out)} is as it was)"


def _print_timings(args: argparse.Namespace, timings: dict[str, float]) -> None:
    if args.timings and timings:
        stages = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in timings.items())
        print(f"timings: {stages}", file=sys.stderr)
