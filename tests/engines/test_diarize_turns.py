"""Speaker per 10-ms frame (engines/diarize/turns.py): a region with no pause can last hours, so its
frame-by-window weights are computed in blocks of frames; the labels are those of all frames at once."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from recordroute.engines.diarize import turns
from recordroute.engines.diarize.engine import sliding_windows


def _region(
    seconds: float, speakers: int, seed: int
) -> tuple[np.ndarray, list[tuple[float, float]], np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    wins = sliding_windows([(0.0, seconds)], 1.5, 0.75)
    scores = rng.uniform(-0.2, 1.0, (len(wins), speakers))
    return np.arange(0.0, seconds, turns.STEP), wins, scores, rng.integers(0, speakers, len(wins))


def test_frames_labelled_in_blocks_match_all_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    t, wins, scores, labels = _region(120.0, 3, seed=1)
    monkeypatch.setattr(turns, "WEIGHTS_BYTES", 1 << 40)
    whole = turns.frame_labels(t, wins, scores, labels)
    monkeypatch.setattr(turns, "WEIGHTS_BYTES", 256 << 10)  # blocks of 200 frames
    blocks = turns.frame_labels(t, wins, scores, labels)
    assert len(set(whole.tolist())) == 3 and np.array_equal(blocks, whole)


def test_a_long_region_does_not_hold_its_square() -> None:
    """Ten minutes without a pause: all frames at once took 0.4 GB per frames-by-windows array."""
    t, wins, scores, labels = _region(600.0, 2, seed=2)
    tracemalloc.start()
    try:
        turns.frame_labels(t, wins, scores, labels)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 6 * turns.WEIGHTS_BYTES, peak
