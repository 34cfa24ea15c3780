"""Where two people speak at once: overlapped speech at a turn change, marked (never split mid-word).

Why energy: when one speaker hands over to the next, there is a pause, however short; when the next one starts
before the first has finished, there is none: the level never falls to the room's floor around the change.
On the conversation set (bench/diarization.py, tuning part), a change between two touching turns whose
smoothed frame energy stays above `MIN_LEVEL` of the way from the recording's floor to its speech peak within
`REACH` of the change is an overlap; every other change is a handover. Energy rather than short-window speaker
embeddings for that: an 0.8-s window over a handover hears both voices as much as one over an overlap does.
But a change clustering made inside one voice has no pause either, so the change must also be a real one:
the 0.8-s windows either side of it, scored when it was placed (`boundaries.place_scored`), must sound like
their own speakers by at least `MIN_CONTRAST`.

Only changes between two speakers are looked at: an overlap inside one turn (a "yes" over the other's
sentence that the turns do not show) is not found. Detection favours precision: an unmarked overlap costs
nothing, a false mark misleads. Measured on the held-out part apart (README, Speakers).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from . import features
from .turns import Turn

FRAME = features.HOP / features.SAMPLE_RATE  # seconds per energy frame
SMOOTH = 10  # frames (100 ms) averaged: a stop consonant's closure is not a pause
REACH = 0.2  # seconds either side of the change searched for a pause
# Both calibrated for the d-vector on the tuning part (`bench/diarization.py --calibrate-overlap`): the most
# overlapped words found while at least 90 % of the marked words are in an overlap (there 92 % marked right,
# 60 % found). Another speaker model places changes elsewhere and scales contrast its own way, so it may
# have its own values (catalog.DiarizeModel.overlap_level, min_contrast).
MIN_LEVEL = 0.15  # share of floor -> peak the level keeps at an overlap
# The least contrast (`boundaries.place_scored`) of a change trusted as real. Without it, both false marks on
# the tuning part sat at changes clustering made inside one voice (contrast 0.09 and 0.44; true overlaps 0.12
# once, then 0.48 and up): the margin on that side is thin.
MIN_CONTRAST = 0.45
# The stretch marked: from BEFORE seconds before the change to AFTER after it. A change placed again on short
# windows (`boundaries`) lands near the overlap's start (the window after it already hears the next voice), so
# the stretch leans forward (tuning part, with the levels above: 59 % of the marked time is in an overlap, 51 %
# of the overlap time is marked).
BEFORE = 0.1
AFTER = 0.2
TOUCH = 0.05  # turns this close are touching (no pause the voice detector saw between them)


@dataclass(frozen=True)
class Overlap:
    """Two speakers at once between `start` and `end`: the turn ending there and the turn starting there."""

    start: float
    end: float
    speakers: tuple[str, str]


def levels(energy: np.ndarray) -> tuple[np.ndarray, float, float]:
    """Smoothed frame energies (dB) with the recording's floor and speech peak, as the voice detector sees them."""
    smooth = np.convolve(energy, np.ones(SMOOTH) / SMOOTH, mode="same") if len(energy) else energy
    if len(smooth) == 0:
        return smooth, 0.0, 0.0
    return smooth, float(np.percentile(smooth, 10)), float(np.percentile(smooth, 95))


def pause_depth(smooth: np.ndarray, floor: float, peak: float, at: float, reach: float = REACH) -> float:
    """The lowest level within `reach` of `at`, as a share of floor -> peak (0 = the floor: a pause)."""
    lo, hi = max(0, int((at - reach) / FRAME)), min(len(smooth), int((at + reach) / FRAME) + 1)
    if hi <= lo or peak - floor < 1e-6:
        return 0.0
    return float((smooth[lo:hi].min() - floor) / (peak - floor))


def detect(
    turns: Sequence[Turn],
    energy: np.ndarray,
    contrast: Mapping[float, float],
    min_level: float = MIN_LEVEL,
    min_contrast: float = MIN_CONTRAST,
) -> list[Overlap]:
    """Overlaps at the changes between touching turns of two speakers; `energy` is the recording's frame
    energies (`features.energy_db`, one per 10 ms), `contrast` each placed change's (`boundaries.place_scored`,
    by its time rounded to the ms): a change without one, or with less than `min_contrast`, is not trusted."""
    smooth, floor, peak = levels(energy)
    if peak - floor < 6.0:  # no dynamic range: a pause could not be told from speech
        return []
    out: list[Overlap] = []
    for a, b in zip(turns, turns[1:], strict=False):
        if a.speaker == b.speaker or abs(a.end - b.start) > TOUCH:
            continue
        at = (a.end + b.start) / 2
        if contrast.get(round(a.end, 3), -np.inf) < min_contrast:
            continue  # the two sides sound alike: clustering split one voice, no one spoke over anyone
        if pause_depth(smooth, floor, peak, at) < min_level:
            continue
        start, end = round(float(max(a.start, at - BEFORE)), 3), round(float(min(b.end, at + AFTER)), 3)
        if out and start <= out[-1].end:  # two changes closer than the marked width: one stretch
            start = out.pop().start
        out.append(Overlap(start, end, (a.speaker, b.speaker)))
    return out


def overlapping(overlaps: Sequence[Overlap], starts: Sequence[float], start: float, end: float) -> bool:
    """Whether [start, end] shares time with any of `overlaps` (sorted, disjoint; `starts` their starts); a
    zero-length word counts at its instant."""
    end = max(end, start + 1e-3)
    i = bisect.bisect_left(starts, end)
    return i > 0 and overlaps[i - 1].end > start
