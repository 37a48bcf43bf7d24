"""`pipeline.memory`: what a build sets aside from the cycle collector is thawed, and only that."""

from __future__ import annotations

import gc

import pytest

from pipeline.memory import set_apart


@pytest.fixture(autouse=True)
def thawed():
    assert gc.get_freeze_count() == 0
    yield
    gc.unfreeze()  # whatever a failed test left


def test_set_apart_freezes_now_and_again_and_thaws_at_the_end():
    with set_apart() as again:
        frozen = gc.get_freeze_count()
        assert frozen > 0  # what this process held when the block began
        made_since = [[number] for number in range(1_000)]
        again()
        assert gc.get_freeze_count() >= frozen + len(made_since)
    assert gc.get_freeze_count() == 0


def test_an_inner_block_leaves_the_thaw_to_the_outer_one():
    with set_apart():
        with set_apart() as again:
            again()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_objects_frozen_by_someone_else_stay_frozen_and_nothing_is_added():
    gc.freeze()
    theirs = gc.get_freeze_count()
    with set_apart() as again:
        made_since = [[number] for number in range(1_000)]
        again()
        assert gc.get_freeze_count() == theirs
    assert gc.get_freeze_count() == theirs
    del made_since


def test_a_cycle_made_after_the_freeze_is_still_collected():
    with set_apart():
        cycle: list = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1
