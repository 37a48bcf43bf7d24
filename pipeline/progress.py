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


def describe_items(paths: Sequence[Path]) -> str:
    """`big.txt (5.3 MB)`, or `a.txt and 15 more` for a batch."""
    if len(paths) == 1:
        try:
            return f"{shown(paths[0].name)} ({format_bytes(paths[0].stat().st_size)})"
        except OSError:
            return shown(paths[0].name)
    return f"{shown(paths[0].name)} and {len(paths) - 1:,} more"


def progress_line(
    done: int, total: int, elapsed: float, label: str = "done", unit: str = "articles"
) -> str:
    """`extracted 2,500/10,000 articles (25%), 81/s, 1m32s left` (`done in 31s` once finished)."""
    share = done / total if total else 1.0
    rate = done / elapsed if elapsed > 0 else 0.0
    shown_rate = f"{rate:.1f}" if 0 < rate < 1 else f"{rate:,.0f}"  # not "0/s" while moving
    line = f"{label} {done:,}/{total:,} {unit} ({share:.0%}), {shown_rate}/s"
    if done >= total:
        return f"{line}, done in {format_duration(elapsed)}"
    if rate > 0:
        return f"{line}, {format_duration((total - done) / rate)} left"
    return line


class Progress:
    """Counts finished items and reports progress now and then; see the module docstring."""

    def __init__(
        self,
        total: int,
        *,
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
        self.done = 0
        self.label, self.unit = label, unit
        self.enabled = enabled and total > 0
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

    def line(self) -> str:
        line = progress_line(self.done, self.total, self.elapsed, self.label, self.unit)
        running = self._running
        if running is not None and self.done < self.total:
            seconds = self._clock() - running[1]
            if seconds >= SLOW_ITEM_SECONDS:
                line += f"; {running[0]} for {format_duration(seconds)}"
        return line

    def running(self, paths: Sequence[Path] | None) -> None:
        """What is being processed now (None: nothing); named in the line once it is slow."""
        self._running = (describe_items(paths), self._clock()) if paths else None

    def advance(self, count: int = 1) -> None:
        self.done += count
        if not self.enabled or self.done >= self.total:
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
                or (advanced and self.done - self._last_done >= self.every_fraction * self.total)
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
                self._emit(self.line())
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
