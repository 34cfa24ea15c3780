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


def test_windows_near_each_block_give_the_labels_of_all_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each block of frames weighed against only the windows that reach it: the labels of every frame against
    every window, also where windows leave gaps (frames no window covers take the nearest, the first of equal
    centres) and where they crowd (blocks of fewer frames)."""
    t, wins, scores, labels = _region(300.0, 3, seed=4)
    rng = np.random.default_rng(5)
    # Windows with gaps, equal centres and varying length, in time order.
    starts = np.sort(np.concatenate([rng.uniform(0, 300, 300), np.repeat(rng.uniform(0, 300, 20), 2)]))
    lengths = rng.choice([0.4, 0.8, 1.5], len(starts))
    gappy = sorted((float(a), float(a + d)) for a, d in zip(starts, lengths, strict=True))
    gappy = [w for w in gappy if not 100 < w[0] < 140]  # 40 s with no window at all
    cases = [
        (wins, scores, labels),
        (gappy, rng.uniform(-0.2, 1.0, (len(gappy), 2)), rng.integers(0, 2, len(gappy))),
    ]
    for ws, sc, lab in cases:
        monkeypatch.setattr(turns, "WEIGHTS_BYTES", 1 << 40)
        whole = turns.frame_labels(t, ws, sc, lab)
        for budget in (8 << 20, 64 << 10):  # the default; and blocks of a few frames
            monkeypatch.setattr(turns, "WEIGHTS_BYTES", budget)
            assert np.array_equal(turns.frame_labels(t, ws, sc, lab), whole), budget
        assert len(set(whole.tolist())) == sc.shape[1]


def test_a_long_region_takes_time_in_proportion_to_its_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """The weights computed (frames x windows) grow with a pause-free region's length, not its square: 40 min
    costs about 4 times 10 min (every frame against every window: 16 times)."""
    work: list[int] = []
    real = turns._frame_labels

    def counting(t: np.ndarray, centres: np.ndarray, *rest: np.ndarray) -> np.ndarray:
        work[-1] += len(t) * len(centres)
        return real(t, centres, *rest)

    monkeypatch.setattr(turns, "_frame_labels", counting)
    for minutes in (10, 40):
        t, wins, scores, labels = _region(minutes * 60.0, 2, seed=6)
        work.append(0)
        turns.frame_labels(t, wins, scores, labels)
    assert work[0] > 0 and work[1] < 4.5 * work[0], work
