"""A stop (Ctrl-C, SIGTERM) is reported as a stop, whatever exception library code wraps it in."""

from __future__ import annotations

import contextlib
import os
import signal

from pipeline.signals import Stopped, stop_behind, stop_on_signals


class _Stops:
    """A descriptor whose `__set_name__` meets SIGTERM, as an import in progress may."""

    def __set_name__(self, owner: type, name: str) -> None:
        os.kill(os.getpid(), signal.SIGTERM)


def _class_created_while_terminated() -> type:
    class Int:
        signed = _Stops()

    return Int


def test_a_stop_inside_set_name_is_still_a_stop():
    with stop_on_signals():
        try:
            _class_created_while_terminated()
        except BaseException as error:  # Python 3.11 wraps it in a RuntimeError
            caught = error
        else:
            raise AssertionError("SIGTERM raised nothing")
    stop = stop_behind(caught)
    assert isinstance(stop, Stopped)
    assert stop.exit_code == 128 + signal.SIGTERM
    assert str(stop) == "terminated (SIGTERM)"


def test_a_stop_that_library_code_swallowed_is_still_reported():
    with stop_on_signals():
        with contextlib.suppress(Exception):  # as a careless library does
            _class_created_while_terminated()
        stop = stop_behind(None)
    assert isinstance(stop, Stopped)
    assert stop.exit_code == 143


def test_no_stop_is_reported_when_none_came():
    with stop_on_signals():
        assert stop_behind(None) is None
        assert stop_behind(ValueError("not a stop")) is None
