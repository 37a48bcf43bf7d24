"""How far a long step has got: items done, rate and time left, for a terminal or a logger.

    progress = Progress(10_000, label="extracted")            # stderr
    progress = Progress(10_000, report=context.log.info)      # a Dagster (or any) logger
    for extraction in results:
        progress.advance()
    progress.close()

On a terminal the line is redrawn in place; in a log file (or given `report`) a line is
written every `every_seconds` or every `every_fraction` of the total, whichever comes first.
Nothing at all is written before `delay_seconds`: a build of a handful of articles is silent.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

Report = Callable[[str], object]


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


def progress_line(
    done: int, total: int, elapsed: float, label: str = "done", unit: str = "articles"
) -> str:
    """`extracted 2,500/10,000 articles (25%), 81/s, 1m32s left` (`done in 31s` once finished)."""
    share = done / total if total else 1.0
    rate = done / elapsed if elapsed > 0 else 0.0
    line = f"{label} {done:,}/{total:,} {unit} ({share:.0%}), {rate:,.0f}/s"
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

    @property
    def elapsed(self) -> float:
        return self._clock() - self._started

    def line(self) -> str:
        return progress_line(self.done, self.total, self.elapsed, self.label, self.unit)

    def advance(self, count: int = 1) -> None:
        self.done += count
        if not self.enabled or self.done >= self.total:
            return  # the last line is written by close()
        now = self._clock()
        if now - self._started < self.delay_seconds:
            return
        if self._redraw:
            due = now - self._last_time >= 0.2 or not self._shown
        else:
            due = (
                now - self._last_time >= self.every_seconds
                or self.done - self._last_done >= self.every_fraction * self.total
                or not self._shown
            )
        if due:
            self._emit(self.line())
            self._last_time, self._last_done = now, self.done

    def close(self) -> None:
        """Write the final line, only if a progress line was shown before (so tiny runs stay silent)."""
        if self.enabled and self._shown:
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
