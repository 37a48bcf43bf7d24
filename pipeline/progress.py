"""How far a long step has got: items done, rate and time left, for a terminal or a logger.

    progress = Progress(10_000, label="extracted")            # stderr
    progress = Progress(10_000, report=context.log.info)      # a Dagster (or any) logger
    for extraction in results:
        progress.advance()
    progress.close()

On a terminal the line is redrawn in place; in a log file (or given `report`) a line is
written every `every_seconds` or every `every_fraction` of the total, whichever comes first.
Nothing at all is written before `delay_seconds`: a build of a handful of articles is silent.

While one long article is being processed nothing advances, so the caller says what is
running (`progress.running([path])`) and, with `ticking=True`, a thread keeps the line
alive: `extracted 3/10 articles (30%), 0/s; big.txt (5.2 MB) for 45s`.

Given `total_bytes`, the line also shows the bytes of the input read, and when the number
of articles is not known before the end (a crawl or an export, read as a stream: `total`
None), the share and time left come from the bytes:
`extracted 2,500 articles, 120.0 MB/1.0 GB (12%), 81/s, 13m05s left`.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from pipeline.safe_text import shown

Report = Callable[[str], object]
# An item running at least this long is named in the line.
SLOW_ITEM_SECONDS = 5.0


def format_duration(seconds: float) -> str:
    """`42` -> `42s`, `125` -> `2m05s`, `3725` -> `1h02m`."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


def format_bytes(count: int) -> str:
    """`532` -> `532 B`, `5_300_000` -> `5.3 MB`."""
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= size:
            return f"{count / size:.1f} {unit}"
    return f"{count} B"


Item = Path | tuple[str, int]  # a file, or (how a record is named, its bytes)


def describe_items(items: Sequence[Item]) -> str:
    """`big.txt (5.3 MB)`, or `a.txt and 15 more` for a batch."""
    name, size = _named(items[0])
    if len(items) == 1:
        return f"{name} ({format_bytes(size)})" if size is not None else name
    return f"{name} and {len(items) - 1:,} more"


def _named(item: Item) -> tuple[str, int | None]:
    if isinstance(item, Path):
        try:
            return shown(item.name), item.stat().st_size
        except OSError:
            return shown(item.name), None
    return item[0], item[1]


def progress_line(
    done: int,
    total: int | None,
    elapsed: float,
    label: str = "done",
    unit: str = "articles",
    *,
    done_bytes: int | None = None,
    total_bytes: int | None = None,
    finished: bool | None = None,
) -> str:
    """`extracted 2,500/10,000 articles (25%), 81/s, 1m32s left` (`done in 31s` once finished).

    With bytes: `extracted 2,500/10,000 articles, 12.0 MB/48.0 MB (25%), ...`; with no
    `total`, the share and time left come from the bytes.
    """
    if finished is None:
        finished = total is not None and done >= total
    if total is not None:
        share = done / total if total else 1.0
        counted = f"{done:,}/{total:,} {unit}"
    else:
        share = min(1.0, done_bytes / total_bytes) if done_bytes and total_bytes else 0.0
        counted = f"{done:,} {unit}"
    if total_bytes is not None:
        counted += f", {format_bytes(done_bytes or 0)}/{format_bytes(total_bytes)}"
    rate = done / elapsed if elapsed > 0 else 0.0
    shown_rate = f"{rate:.1f}" if 0 < rate < 1 else f"{rate:,.0f}"  # not "0/s" while moving
    line = f"{label} {counted} ({share:.0%}), {shown_rate}/s"
    if finished:
        return f"{line}, done in {format_duration(elapsed)}"
    if rate > 0 and share > 0:
        return f"{line}, {format_duration(elapsed * (1 - share) / share)} left"
    return line


class Progress:
    """Counts finished items and reports progress now and then; see the module docstring."""

    def __init__(
        self,
        total: int | None,
        *,
        total_bytes: int | None = None,
        label: str = "done",
        unit: str = "articles",
        report: Report | None = None,
        stream: TextIO | None = None,
        enabled: bool = True,
        delay_seconds: float = 2.0,
        every_seconds: float = 5.0,
        every_fraction: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
        ticking: bool = False,
    ):
        self.total = total
        self.total_bytes = total_bytes
        self.done = 0
        self.done_bytes = 0
        self.label, self.unit = label, unit
        self.enabled = enabled and (total > 0 if total is not None else bool(total_bytes))
        self.delay_seconds = delay_seconds
        self.every_seconds = every_seconds
        self.every_fraction = every_fraction
        self._clock = clock
        self._started = clock()
        self._report = report
        self._stream = stream if stream is not None else sys.stderr
        # Redraw one line only on a terminal; a logger or a file gets whole lines.
        self._redraw = report is None and _is_terminal(self._stream)
        self._last_time = self._started
        self._last_done = 0
        self._shown = False  # whether any line has been written yet
        self._width = 0  # of the line on screen, to blank out leftovers when it gets shorter
        self._running: tuple[str, float] | None = None  # what is being processed, since when
        self._lock = threading.Lock()  # advance() and the ticking thread both write
        self._stop = threading.Event()
        if ticking and self.enabled:
            threading.Thread(target=self._ticking, name="progress", daemon=True).start()

    @property
    def elapsed(self) -> float:
        return self._clock() - self._started

    @property
    def finished(self) -> bool:
        return self.total is not None and self.done >= self.total

    def line(self, *, final: bool = False) -> str:
        line = progress_line(
            self.done,
            self.total,
            self.elapsed,
            self.label,
            self.unit,
            done_bytes=self.done_bytes if self.total_bytes is not None else None,
            total_bytes=self.total_bytes,
            finished=final or self.finished,
        )
        running = self._running
        if running is not None and not self.finished and not final:
            seconds = self._clock() - running[1]
            if seconds >= SLOW_ITEM_SECONDS:
                line += f"; {running[0]} for {format_duration(seconds)}"
        return line

    def running(self, items: Sequence[Item] | None) -> None:
        """What is being processed now (None: nothing); named in the line once it is slow."""
        self._running = (describe_items(items), self._clock()) if items else None

    def advance(self, count: int = 1, *, size: int = 0) -> None:
        """`count` more items done, of `size` bytes of the input in all."""
        self.done += count
        self.done_bytes += size
        if not self.enabled or self.finished:
            return  # the last line is written by close()
        with self._lock:
            self._maybe_emit(advanced=True)

    def tick(self) -> None:
        """The line again if it is due, though nothing advanced (a long item is running)."""
        with self._lock:
            if self.enabled:
                self._maybe_emit(advanced=False)

    def _ticking(self) -> None:
        while not self._stop.wait(0.5 if self._redraw else 1.0):
            self.tick()

    def _maybe_emit(self, *, advanced: bool) -> None:
        now = self._clock()
        if now - self._started < self.delay_seconds:
            return
        if self._redraw:
            due = now - self._last_time >= 0.2 or not self._shown
        else:
            due = (
                now - self._last_time >= self.every_seconds
                or (
                    advanced
                    and self.total is not None
                    and self.done - self._last_done >= self.every_fraction * self.total
                )
                or not self._shown
            )
        if due:
            self._emit(self.line())
            self._last_time, self._last_done = now, self.done

    def close(self) -> None:
        """Write the final line, only if a progress line was shown before (so tiny runs stay silent)."""
        self._stop.set()
        with self._lock:
            if self.enabled and self._shown:
                self._running = None
                if self.total_bytes is not None:  # what no record stood for: an index, a tail
                    self.done_bytes = max(self.done_bytes, self.total_bytes)
                self._emit(self.line(final=True))
                if self._redraw:
                    self._stream.write("\n")
                    self._stream.flush()
            self.enabled = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _emit(self, text: str) -> None:
        self._shown = True
        if self._report is not None:
            self._report(text)
        elif self._redraw:
            padding = " " * max(0, self._width - len(text))
            self._stream.write(f"\r{text}{padding}")
            self._stream.flush()
            self._width = len(text)
        else:
            self._stream.write(text + "\n")
            self._stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
