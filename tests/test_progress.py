"""The progress helper: done, rate and time left, to a terminal, a log file or a logger."""

from __future__ import annotations

import io
from pathlib import Path

from pipeline.progress import Progress, describe_items, format_duration, progress_line


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_line_shows_done_share_rate_and_time_left():
    assert progress_line(2_500, 10_000, 25.0, "extracted") == (
        "extracted 2,500/10,000 articles (25%), 100/s, 1m15s left"
    )


def test_last_line_shows_the_total_time():
    assert progress_line(10_000, 10_000, 100.0, "extracted") == (
        "extracted 10,000/10,000 articles (100%), 100/s, done in 1m40s"
    )


def test_durations_read_as_seconds_minutes_or_hours():
    assert [format_duration(s) for s in (0, 42, 125, 3725)] == ["0s", "42s", "2m05s", "1h02m"]


def test_logger_gets_a_line_every_interval_and_the_last_one():
    clock, lines = Clock(), []
    progress = Progress(
        100, label="extracted", report=lines.append, delay_seconds=1, every_seconds=5, clock=clock
    )
    for _ in range(100):
        clock.now += 0.5
        progress.advance()
    progress.close()
    assert lines[0] == "extracted 2/100 articles (2%), 2/s, 49s left"  # the first after the delay
    # then one line per 5 s or 10 % of the total, whichever comes first
    assert lines[1] == "extracted 12/100 articles (12%), 2/s, 44s left"
    assert lines[-1] == "extracted 100/100 articles (100%), 2/s, done in 50s"
    assert len(lines) == 11


def test_tiny_run_is_silent():
    clock, lines = Clock(), []
    progress = Progress(5, report=lines.append, delay_seconds=2, clock=clock)
    for _ in range(5):
        clock.now += 0.1
        progress.advance()
    progress.close()
    assert lines == []


def test_disabled_progress_writes_nothing():
    clock, stream = Clock(), io.StringIO()
    progress = Progress(100, stream=stream, enabled=False, delay_seconds=0, clock=clock)
    for _ in range(100):
        clock.now += 1
        progress.advance()
    progress.close()
    assert stream.getvalue() == ""


def test_terminal_line_is_redrawn_in_place_and_ended_once():
    clock, terminal = Clock(), Terminal()
    with Progress(3, label="extracted", stream=terminal, delay_seconds=0, clock=clock) as progress:
        for _ in range(3):
            clock.now += 1
            progress.advance()
    output = terminal.getvalue()
    assert output.startswith("\rextracted 1/3 articles (33%), 1/s, 2s left")
    assert output.endswith("\rextracted 3/3 articles (100%), 1/s, done in 3s\n")
    assert output.count("\n") == 1


def test_log_file_gets_whole_lines():
    clock, log = Clock(), io.StringIO()
    with Progress(20, label="extracted", stream=log, delay_seconds=0, clock=clock) as progress:
        for _ in range(20):
            clock.now += 1
            progress.advance()
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue()
    assert lines[0] == "extracted 1/20 articles (5%), 1/s, 19s left"
    assert lines[-1] == "extracted 20/20 articles (100%), 1/s, done in 20s"


def test_a_long_article_keeps_the_line_alive_and_is_named_once_it_is_slow(tmp_path):
    transcript = tmp_path / "transcript.txt"
    transcript.write_bytes(b"x" * 5_300_000)
    clock, lines = Clock(), []
    progress = Progress(
        10, label="extracted", report=lines.append, delay_seconds=1, every_seconds=5, clock=clock
    )
    clock.now += 2
    progress.advance()
    progress.running([transcript])
    for _ in range(12):  # the ticking thread's calls, a second apart, while nothing advances
        clock.now += 1
        progress.tick()
    assert lines == [
        "extracted 1/10 articles (10%), 0.5/s, 18s left",
        "extracted 1/10 articles (10%), 0.1/s, 1m03s left; transcript.txt (5.3 MB) for 5s",
        "extracted 1/10 articles (10%), 0.1/s, 1m48s left; transcript.txt (5.3 MB) for 10s",
    ]
    progress.running(None)
    progress.close()
    assert "transcript" not in lines[-1]


def test_a_batch_of_articles_is_named_by_its_first():
    assert describe_items([Path("a.txt"), Path("b.txt"), Path("c.txt")]) == "a.txt and 2 more"


def test_a_stream_of_unknown_length_shows_records_and_bytes_and_its_share_from_the_bytes():
    line = progress_line(2_500, None, 25.0, "extracted", done_bytes=120_000_000, total_bytes=10**9)
    assert line == "extracted 2,500 articles, 120.0 MB/1.0 GB (12%), 100/s, 3m03s left"


def test_a_known_count_shows_the_bytes_read_beside_it():
    line = progress_line(
        2_500, 10_000, 25.0, "extracted", done_bytes=12_000_000, total_bytes=48 * 10**6
    )
    assert line == "extracted 2,500/10,000 articles, 12.0 MB/48.0 MB (25%), 100/s, 1m15s left"


def test_a_build_of_an_export_logs_records_and_bytes_as_it_goes(tmp_path):
    """Each record advances the bytes by its line's share of the file; the last line ends at
    the file's size."""
    from pipeline.build import build_tables
    from pipeline.paths import BUNDLED_INPUT_DIR
    from tests.input_forms import write_jsonl

    text = next(BUNDLED_INPUT_DIR.glob("*.txt")).read_text(encoding="utf-8")
    rows = [{"id": f"copy-{n}", "text": f"{text}\n\nCopy {n}.\n"} for n in range(3)]
    export = write_jsonl(tmp_path / "news.jsonl", rows)
    lines: list[str] = []

    def progress(total, total_bytes):
        assert (total, total_bytes) == (None, export.stat().st_size)
        return Progress(
            total, total_bytes=total_bytes, label="extracted", report=lines.append, delay_seconds=0
        )

    build_tables(export, jobs=1, progress=progress)
    size = export.stat().st_size
    assert lines[-1].startswith(
        f"extracted 3 articles, {size / 1000:.1f} kB/{size / 1000:.1f} kB (100%)"
    )
