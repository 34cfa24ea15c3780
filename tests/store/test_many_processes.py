"""Many processes on one vector index (real subprocesses, SIGKILL at random points): writers' compactions and
rebuilds never fail or corrupt the index while other processes open and search it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.many_processes import soak


def _assert_sound(res) -> None:
    assert res.ok, (res.writer_failures, res.reader_errors[:5], res.final_problem)
    assert res.ops_done.get("compact", 0) + res.ops_done.get("rebuild", 0) >= 3  # swaps did happen
    assert res.opens > 20 and res.searches > 40  # the readers really raced them


def test_writers_killed_at_random_points_while_readers_open_and_search(tmp_path: Path) -> None:
    res = soak(tmp_path / "vectors", writers=2, readers=2, ops=25, kills=3, seed=7, timeout=90)
    _assert_sound(res)
    assert res.kills == 3


@pytest.mark.slow
def test_soak_minutes_of_writes_kills_and_reads(tmp_path: Path) -> None:
    """The long soak (bounded: a few minutes at most)."""
    for seed in (11, 12):
        res = soak(
            tmp_path / f"vectors-{seed}", writers=3, readers=3, ops=60, kills=8, seed=seed, timeout=150
        )
        _assert_sound(res)
