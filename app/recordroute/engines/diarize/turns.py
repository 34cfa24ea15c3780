"""From window labels to clean speaker turns.

Each 10 ms frame of speech is scored against every speaker's centroid by the windows that cover it (a frame
near a change sees windows from both sides, so the boundary falls where the evidence flips, not at a window
centre); a short island between two turns of one speaker goes back to that speaker; turns shorter than
`min_turn` join their longer neighbour.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import features
from .cluster import l2norm

STEP = features.HOP / features.SAMPLE_RATE


@dataclass
class Turn:
    start: float
    end: float
    speaker: str


def window_scores(emb: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """(windows, speakers) cosine similarity of each window to each speaker centroid."""
    e = l2norm(emb)
    ks = int(labels.max()) + 1 if len(labels) else 0
    cents = l2norm(
        np.array([e[labels == k].mean(0) if np.any(labels == k) else e.mean(0) for k in range(ks)])
    )
    return np.asarray(e @ cents.T)


# Bytes of frame-by-window weights held at once. A region is one stretch of speech with no pause, usually
# seconds long (one block); a noisy or pause-free recording can be one region for hours, and its weights
# (frames x windows) would grow with the square of its length: 10 min took 0.4 GB per array, 1 h 14 GB.
WEIGHTS_BYTES = 8 << 20


def frame_labels(
    t: np.ndarray, windows: list[tuple[float, float]], scores: np.ndarray, labels: np.ndarray
) -> np.ndarray:
    """Speaker per frame time: the mean score of the covering windows (centre-weighted), else the nearest.
    Frames are labelled in blocks of rows so that the weights stay under WEIGHTS_BYTES (each frame's label
    depends only on its own row), each block against only the windows that can reach it (`_reach`)."""
    starts = np.array([a for a, _ in windows])
    ends = np.array([b for _, b in windows])
    centres = (starts + ends) / 2
    half = np.maximum((ends - starts) / 2, 1e-3)
    sharp = np.exp(8.0 * scores)  # near-ties between windows count less than a clear preference
    sharp /= sharp.sum(1, keepdims=True)
    rows = max(1, WEIGHTS_BYTES // (8 * max(len(centres), 1)))
    if len(t) <= rows:
        return _frame_labels(t, centres, half, sharp, labels)
    if len(centres) < 2 or np.any(np.diff(centres) < 0) or np.any(np.diff(t) < 0):  # not in time order
        return np.concatenate(
            [_frame_labels(t[i : i + rows], centres, half, sharp, labels) for i in range(0, len(t), rows)]
        )
    out = np.empty(len(t), dtype=labels.dtype)
    reach, i = float(half.max()), 0
    while i < len(t):
        n = BLOCK_FRAMES
        while True:  # fewer frames where windows crowd, so that the weights stay under WEIGHTS_BYTES
            lo, hi = _reach(centres, float(t[i]) - reach, float(t[min(i + n, len(t)) - 1]) + reach)
            if n == 1 or 8 * n * (hi - lo) <= WEIGHTS_BYTES:
                break
            n = max(1, n // 2)
        own = slice(lo, hi)
        out[i : i + n] = _frame_labels(t[i : i + n], centres[own], half[own], sharp[own], labels[own])
        i += n
    return out


# Frames labelled together when only the windows near them are weighed: 20 s, some 30 windows.
BLOCK_FRAMES = 2048


def _reach(centres: np.ndarray, a: float, b: float) -> tuple[int, int]:
    """The windows (sorted by centre) whose centre lies in [a, b], and the nearest one beyond each end with
    every window of the same centre: a window weighs a frame only within its half-length of its centre, and a
    frame no window covers takes the nearest centre, the first of equals, as over all windows. Labelling
    against these alone keeps a pause-free region of hours linear in its length (every frame against every
    window was quadratic: 1 h took minutes)."""
    lo = max(int(np.searchsorted(centres, a, "left")) - 1, 0)
    hi = min(int(np.searchsorted(centres, b, "right")) + 1, len(centres))
    lo = int(np.searchsorted(centres, centres[lo], "left"))
    hi = int(np.searchsorted(centres, centres[hi - 1], "right"))
    return lo, hi


def _frame_labels(
    t: np.ndarray, centres: np.ndarray, half: np.ndarray, sharp: np.ndarray, labels: np.ndarray
) -> np.ndarray:
    # Triangular weight: a window speaks most for its centre; frames outside every window use the nearest.
    w = np.clip(1.0 - np.abs(t[:, None] - centres[None, :]) / half[None, :], 0.0, None)
    covered = w.sum(1) > 0
    out = labels[np.abs(centres[None, :] - t[:, None]).argmin(1)]
    if sharp.shape[1] > 1 and covered.any():
        agg = (w[covered] @ sharp) / w[covered].sum(1, keepdims=True)
        out[covered] = agg.argmax(1)
    return out


def build_turns(
    regions: list[tuple[float, float]],
    windows: list[tuple[float, float]],
    emb: np.ndarray,
    labels: np.ndarray,
    min_turn: float,
) -> list[Turn]:
    scores = window_scores(emb, labels)
    centres = np.array([(a + b) / 2 for a, b in windows])
    turns: list[Turn] = []
    for a, b in regions:
        t = np.arange(a, b, STEP)
        if len(t) == 0:
            continue
        inside = np.flatnonzero((centres >= a - 0.75) & (centres <= b + 0.75))
        pool = inside if len(inside) else np.arange(len(windows))
        fl = frame_labels(t, [windows[i] for i in pool], scores[pool], labels[pool])
        start = a
        for i in range(1, len(t) + 1):
            if i == len(t) or fl[i] != fl[i - 1]:
                end = b if i == len(t) else float(t[i])
                turns.append(Turn(float(start), float(end), f"S{int(fl[i - 1]) + 1}"))
                start = end
    return merge_short(turns, min_turn)


def merge_short(turns: list[Turn], min_turn: float) -> list[Turn]:
    """Turns under `min_turn` (or an island between two turns of one speaker, under 2 × min_turn) take the
    speaker of their neighbour; adjacent turns of one speaker join."""
    changed = True
    while changed and len(turns) > 1:
        changed = False
        for i, t in enumerate(turns):
            prev = turns[i - 1] if i > 0 and abs(turns[i - 1].end - t.start) < 0.05 else None
            nxt = turns[i + 1] if i + 1 < len(turns) and abs(turns[i + 1].start - t.end) < 0.05 else None
            length = t.end - t.start
            if prev and nxt and prev.speaker == nxt.speaker != t.speaker and length < 2 * min_turn:
                t.speaker = prev.speaker
                changed = True
                continue
            if length >= min_turn:
                continue
            target = max(
                (x for x in (prev, nxt) if x is not None), key=lambda x: x.end - x.start, default=None
            )
            if target is None or target.speaker == t.speaker:
                continue
            t.speaker = target.speaker
            changed = True
        merged: list[Turn] = []
        for t in turns:
            if merged and merged[-1].speaker == t.speaker and abs(merged[-1].end - t.start) < 0.05:
                merged[-1].end = t.end
            else:
                merged.append(Turn(t.start, t.end, t.speaker))
        turns = merged
    return turns


def renumber(turns: list[Turn]) -> dict[str, str]:
    """Relabel turns S1, S2, ... in order of first appearance (in place); returns old -> new."""
    mapping: dict[str, str] = {}
    for t in turns:
        mapping.setdefault(t.speaker, f"S{len(mapping) + 1}")
    for t in turns:
        t.speaker = mapping[t.speaker]
    return mapping
