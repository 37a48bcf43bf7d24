"""Command line: `python -m pipeline build --input PATH --out DIR`."""

from __future__ import annotations

import argparse
import errno
import sys
import time
from pathlib import Path

from pipeline.paths import BUNDLED_INPUT_DIR, DEFAULT_PACKAGE_DIR
from pipeline.safe_text import shown
from pipeline.signals import Stopped, stop_behind, stop_on_signals
from pipeline.wording import plural


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


def _fields(text: str) -> dict[str, str]:
    from pipeline.ingest.exports import parse_fields

    try:
        return parse_fields(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build a data package from news articles")
    build.add_argument(
        "--input",
        type=Path,
        default=BUNDLED_INPUT_DIR,
        metavar="PATH",
        help="a folder of .txt, .md, .html articles (subfolders and .warc crawls in it too), "
        "a .zip or .tar.gz archive, a .warc or .warc.gz crawl, or a .jsonl, .jsonl.gz or "
        ".csv export (default: the bundled article)",
    )
    build.add_argument(
        "--fields",
        type=_fields,
        default=None,
        metavar="FIELD=NAME,...",
        help="names of the fields of a JSONL or CSV export, e.g. text=maintext,"
        "published=date_publish (read by default: id, text or html, title, published, url, "
        "publisher, section, language)",
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
        help="extract, and write a package in parts, in N processes (default: one per core; "
        "1 runs in this process)",
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
    _metadata_flags(build)
    commands.add_parser(
        "eval",
        help="score extraction against the gold annotations and PolNeAR; writes "
        "pipeline/evaluation/accuracy.json, which data cards quote",
    )
    inspect = commands.add_parser(
        "inspect", help="what a package holds: counts, top speakers, failed files, provenance"
    )
    inspect.add_argument("package", type=Path, help="a package folder (or its datapackage.json)")
    inspect.add_argument(
        "--no-validate",
        dest="validate",
        action="store_false",
        help="skip the row-by-row Frictionless check (the descriptor is still checked)",
    )
    return parser


def _metadata_flags(build: argparse.ArgumentParser) -> None:
    """What the package says about itself; each flag overrides package.yaml."""
    group = build.add_argument_group(
        "package metadata",
        "Read from package.yaml in the input folder, else in the working folder; each flag "
        "overrides one value.",
    )
    group.add_argument("--config", type=Path, metavar="FILE", help="read the metadata from FILE")
    group.add_argument("--name", help="package name: lower case, digits, '-', e.g. council-quotes")
    group.add_argument("--title", help="one-line title")
    group.add_argument("--description", help="a paragraph on what the package holds")
    group.add_argument(
        "--version", dest="package_version", metavar="VERSION", help="the package's version"
    )
    group.add_argument(
        "--data-license",
        metavar="LICENSE",
        help="license of the tables: an SPDX id (CC-BY-4.0) or a URL",
    )
    group.add_argument(
        "--text-license",
        metavar="LICENSE",
        help="license of the article texts and quoted words: an SPDX id or a URL",
    )
    group.add_argument(
        "--contributor",
        action="append",
        metavar="NAME",
        help="a creator of the package (repeat for several; replaces the config's list)",
    )
    group.add_argument("--homepage", metavar="URL", help="where the package is published")
    group.add_argument(
        "--keyword",
        action="append",
        metavar="WORD",
        help="a keyword (repeat; replaces the config's)",
    )
    group.add_argument(
        "--no-texts",
        dest="texts",
        action="store_const",
        const=False,
        default=None,
        help="publish documents.text empty (offsets and sha256 stay, so holders of the "
        "articles can rebuild every span)",
    )
    group.add_argument(
        "--no-git-commit",
        dest="git_commit",
        action="store_false",
        help="leave the checkout's git commit out of the provenance (make run does: the "
        "committed datapackage/ cannot name the commit that holds it)",
    )
    group.add_argument(
        "--view-pages",
        type=int,
        default=None,
        metavar="N",
        help="articles that get a page of their own in view/ (default: the first 1,000)",
    )
    group.add_argument(
        "--parts-from",
        type=_positive,
        default=None,
        metavar="N",
        help="from N articles on, write the tables of documents in parts of about 1,000 "
        "articles, so a rebuild rewrites only the parts that changed (default: 2,000)",
    )


def package_config(args: argparse.Namespace):
    """package.yaml (or --config) with the flags applied; `ConfigError` names what is wrong."""
    from pipeline.publish.config import contributor_from, license_from, load_config

    config = load_config(args.input, args.config)
    where = "command line"
    return config.with_overrides(
        name=args.name,
        title=args.title,
        description=args.description,
        version=args.package_version,
        homepage=args.homepage,
        keywords=tuple(args.keyword) if args.keyword else None,
        data_license=license_from(args.data_license, f"{where}: --data-license")
        if args.data_license
        else None,
        text_license=license_from(args.text_license, f"{where}: --text-license")
        if args.text_license
        else None,
        contributors=tuple(
            contributor_from(name, f"{where}: --contributor") for name in args.contributor
        )
        if args.contributor
        else None,
        texts=args.texts,
    )


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "eval":
        from pipeline.evaluation.report import main as evaluate

        return evaluate()
    if args.command == "inspect":
        from pipeline.inspect import inspect_package

        return inspect_package(args.package, validate=args.validate)
    package_before = _folder_identity(args.out)
    with stop_on_signals():
        try:
            exit_code = run_build(args)
        except BaseException as error:
            stop = stop_behind(error)
            if stop is None:
                raise
            return _report_stop(stop, args.out, package_before)
        # A stop that library code swallowed still stops the build's exit as a stop.
        stop = stop_behind(None)
        if stop is not None:
            return _report_stop(stop, args.out, package_before)
        return exit_code


def _report_stop(stop: Stopped, out: Path, package_before: tuple[int, int] | None) -> int:
    if _folder_identity(out) == package_before:
        outcome = f"stopped before publishing, {shown(out)} is as it was"
    else:  # the new package was swapped in just before the stop
        outcome = f"stopped after publishing {shown(out)}"
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
    from pipeline.publish.parts import PARTS_FROM
    from pipeline.publish.view import MAX_ARTICLE_PAGES

    started = time.perf_counter()
    if args.jobs is not None and args.jobs > available_cores() and not args.quiet:
        print(
            f"note: --jobs {args.jobs}: {plural(available_cores(), 'core')} here, so "
            f"{plural(available_cores(), 'worker')} at most",
            file=sys.stderr,
        )

    def progress(total: int | None, total_bytes: int) -> Progress:
        return Progress(
            total,
            total_bytes=total_bytes,
            label="extracted",
            enabled=not args.quiet,
            ticking=True,
        )

    # The stages' seconds land here as they finish, also when a later one fails.
    timings: dict[str, float] = {}
    try:
        source_date_epoch()  # a bad value is reported now, not after the whole build
        config = package_config(args)  # so is a broken package.yaml
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
            fields=args.fields,
            config=config,
            git_commit=args.git_commit,
            view_pages=MAX_ARTICLE_PAGES if args.view_pages is None else max(args.view_pages, 0),
            parts_from=PARTS_FROM if args.parts_from is None else args.parts_from,
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
        rows = sum(result.rows.values())
        print(
            f"note: {rows:,} rows: skipped the row-by-row Frictionless check (pandera validated "
            f"every row); run `python -m pipeline inspect {shown(args.out)}` for it (it also "
            "reads the Parquet parts `frictionless validate` does not)",
            file=sys.stderr,
        )
    _print_timings(args, timings)
    articles = result.rows["documents"]
    done = f"{articles - result.from_cache:,} extracted"
    if cache_dir is not None:
        done += f", {result.from_cache:,} from cache"
    if result.parts is not None:
        reused, count = result.parts
        done += f"; {reused} of {count} parts of the tables from the cache"
    problems = [
        plural(count, noun)
        for count, noun in (
            (len(result.errors), f"{result.unit} failed"),
            (len(result.skipped), "file skipped"),
        )
        if count
    ]
    problems += [f"{count:,} {what}" for what, count in result.counted.items()]
    counts = ", ".join(f"{name} {count:,}" for name, count in result.rows.items())
    print(
        f"published {shown(args.out)} in {time.perf_counter() - started:.1f} s "
        f"({plural(articles, 'article')}: {done}{'; ' + ', '.join(problems) if problems else ''})"
        f": {counts}"
    )
    return 1 if result.errors else 0


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
