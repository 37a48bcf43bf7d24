"""Stopping a build cleanly: Ctrl-C, SIGTERM and SIGHUP become one exception, `Stopped`.

The default action of SIGTERM would end the build's own process alone, leaving its workers
and a staging folder behind; as an exception, the way out runs every `finally`. A few steps
must not be cut in half (starting the worker processes, which a stop in the middle would
leave unregistered and unstoppable): they run in `stops_held()`, and a stop that arrives
meanwhile is raised when they end.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

HANDLED = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Stopped(KeyboardInterrupt):
    """Ctrl-C, or a signal asking the build to stop (SIGTERM, SIGHUP)."""

    def __init__(self, signal_number: int):
        name = "interrupted" if signal_number == signal.SIGINT else "terminated"
        super().__init__(f"{name} ({signal.Signals(signal_number).name})")
        self.signal_number = signal_number
        self.exit_code = 128 + signal_number


_held = 0  # depth of stops_held() blocks in the main thread
_pending: int | None = None  # a signal that arrived while held
_received: int | None = None  # the first stop of this build, whatever became of its exception


def _stop(signal_number: int, frame: object) -> None:
    global _pending, _received
    if _received is None:
        _received = signal_number
    if _held:
        _pending = signal_number
        return
    raise Stopped(signal_number)


def stop_behind(error: BaseException | None) -> Stopped | None:
    """The stop that `error` is, or wraps, or that arrived while the build was running.

    A stop raised inside library code may come back as another exception: Python 3.11 turns
    an exception in a class's `__set_name__` (met while a module is being imported) into a
    RuntimeError, and a library may catch and re-raise. The signal handler records the stop,
    so it is reported as a stop whatever the exception that carried it.
    """
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, Stopped):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return Stopped(_received) if _received is not None else None


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT, SIGTERM and SIGHUP raise `Stopped` in the main thread."""
    global _received
    _received = None
    previous = {number: signal.signal(number, _stop) for number in HANDLED}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


@contextlib.contextmanager
def stops_held() -> Iterator[None]:
    """Hold a stop until the block ends; processes started in it never see Ctrl-C.

    A terminal sends Ctrl-C to every process of the build; only this one should act on it
    (a worker would print a traceback, the fork server too while it is still importing).
    The blocked SIGINT is inherited by every process started in the block, for good.
    """
    global _held, _pending
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    can_mask = hasattr(signal, "pthread_sigmask")
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if can_mask else None
    _held += 1
    try:
        yield
    finally:
        _held -= 1
        if can_mask:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        if not _held and _pending is not None:
            signal_number, _pending = _pending, None
            raise Stopped(signal_number)
