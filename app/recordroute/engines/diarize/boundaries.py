"""Where exactly one speaker hands over to the next: turn changes placed again with short windows.

Why: speakers are found on 1.5-s windows, so a change found from them can sit most of a second away from the
real one, and the words said there go to the wrong person ("[0:14] Bob: How long will it / [0:15] Alice: take
to switch"). Around each change between two touching turns, every candidate point on a 0.1-s grid within
`REACH` is scored by windows of `SUB` seconds (the d-vector model's own unit) just before and just after it: how
much the one before sounds like the earlier speaker rather than the later one, plus the same for the one after.
The change moves to the best point only when it scores better than where it is (the acoustic evidence has to
say so). Measured on the tuning part of the conversation set (bench/diarization.py), apart from the held-out part.

Tried and not kept (issue 27, tuning part, words near a change clean / degraded, this score 97.5 / 89.2 %):
scoring a point by every window in reach (a change-point sum) 95.0 / 87.6 %, or by those within 0.2-0.4 s of it
96.3-95.9 / 88.4-88.8 %; a Fisher direction (the recording's within-speaker covariance) instead of the centroid
difference 92.9 / 89.2 %; a Viterbi pass over 0.8-s windows every 0.2-0.4 s against the speaker centroids,
before this placement, 93.8-94.2 / 89.6-90.5 % (telephone up, clean down, and 1.5x the time at 0.2 s). Taking
the Viterbi speaker only where it differs from the clustering's for 0.5 s or more (0.2-s steps, switch penalty
0.3 in cosine units) won on the tuning part (degraded 89.2 -> 90.9 %, words 93.2 -> 94.4 %, clean as is) but not
held out (words degraded 86.3 -> 86.0 %, clean 93.4 % either way; near a change clean 89.8 -> 90.2 %, degraded
83.7 -> 83.3 %), at 0.083 CPU ÷ audio instead of 0.054.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .cluster import l2norm
from .turns import Turn

REACH = 1.0  # seconds either side of a change that the search looks at
# The d-vector's values; a speaker model may have its own (catalog.DiarizeModel.placement).
SUB = 0.8  # seconds per scoring window
GRID = 0.1  # seconds between candidate points
KEEP_CLEAR = 0.3  # a moved change leaves at least this much of either turn


@dataclass(frozen=True)
class Change:
    """A change between turns `index` and `index + 1`, with the points it may move to."""

    index: int
    at: float
    points: np.ndarray


def changes(turns: Sequence[Turn], grid: float = GRID) -> list[Change]:
    """The changes between touching turns of two speakers (a change in a pause is already placed), with
    candidate points every `grid` seconds."""
    out = []
    for i in range(len(turns) - 1):
        a, b = turns[i], turns[i + 1]
        if a.speaker == b.speaker or abs(a.end - b.start) > 0.05:
            continue
        lo, hi = max(a.start + KEEP_CLEAR, a.end - REACH), min(b.end - KEEP_CLEAR, a.end + REACH)
        if hi > lo:
            out.append(Change(i, a.end, np.arange(lo, hi + 1e-9, grid)))
    return out


def windows(found: Sequence[Change], sub: float = SUB) -> np.ndarray:
    """The scoring windows of every change, (n, 2) start and end seconds: for each point, the one ending there,
    then the one starting there. An array: a 3-hour meeting has some 100k of them."""
    out = np.empty((sum(2 * len(c.points) for c in found), 2), np.float64)
    row = 0
    for c in found:
        n = len(c.points)
        out[row : row + n, 0], out[row : row + n, 1] = np.maximum(c.points - sub, 0.0), c.points
        out[row + n : row + 2 * n, 0], out[row + n : row + 2 * n, 1] = c.points, c.points + sub
        row += 2 * n
    return out


def place(
    turns: Sequence[Turn], found: Sequence[Change], emb: np.ndarray, centroids: Mapping[str, np.ndarray]
) -> list[Turn]:
    """New turns with each change at its best-scoring point; `emb` holds the L2-normalised embeddings of
    `windows(found)`, in order, and `centroids` each speaker's (normalised) centroid."""
    return place_scored(turns, found, emb, centroids)[0]


def place_scored(
    turns: Sequence[Turn], found: Sequence[Change], emb: np.ndarray, centroids: Mapping[str, np.ndarray]
) -> tuple[list[Turn], dict[float, float]]:
    """`place`, with each placed change's contrast by its time (rounded to the ms): how much the window before
    it sounds like the earlier speaker rather than the later one, plus the same after it. Near zero, the two
    sides sound alike: a change clustering made inside one voice, not a real one (see `overlap`)."""
    return place_projected(turns, found, Projector(turns, found, centroids)(0, emb))


class Projector:
    """Each scoring window's embedding reduced to the one number placement needs: its projection on the
    difference of the two speakers' centroids, signed so that before + after is the point's score.

    Why: a 3-hour recording has about 200k scoring windows; their 256-d embeddings took 400 MB at once, and
    one float each takes under 1 MB (use it as `embed_stream`'s `reduce`)."""

    def __init__(
        self, turns: Sequence[Turn], found: Sequence[Change], centroids: Mapping[str, np.ndarray]
    ) -> None:
        dirs = [centroids[turns[c.index].speaker] - centroids[turns[c.index + 1].speaker] for c in found]
        self.dirs = np.asarray(dirs, np.float32).reshape(len(found), -1)
        n = np.array([len(c.points) for c in found], np.int64)
        self.owner = np.repeat(np.arange(len(found), dtype=np.int64), 2 * n)
        # Before the point: like the earlier speaker (+); after it: like the later one (-).
        at = np.arange(len(self.owner)) - np.repeat(np.cumsum(2 * n) - 2 * n, 2 * n)
        self.sign = np.where(at < np.repeat(n, 2 * n), 1.0, -1.0).astype(np.float32)

    def __call__(self, first: int, rows: np.ndarray) -> np.ndarray:
        """Signed projections of the L2-normalised `rows`, windows `first`, `first + 1`, ..."""
        at = slice(first, first + len(rows))
        return np.einsum("ij,ij->i", l2norm(rows), self.dirs[self.owner[at]]) * self.sign[at]


def place_projected(
    turns: Sequence[Turn], found: Sequence[Change], proj: np.ndarray
) -> tuple[list[Turn], dict[float, float]]:
    """`place_scored` from the windows' signed projections (`Projector`), in `windows(found)` order."""
    out = [Turn(t.start, t.end, t.speaker) for t in turns]
    contrast: dict[float, float] = {}
    row = 0
    for c in found:
        n = len(c.points)
        score = proj[row : row + n] + proj[row + n : row + 2 * n]
        row += 2 * n
        a, b = out[c.index], out[c.index + 1]
        best, here = int(np.argmax(score)), int(np.argmin(np.abs(c.points - c.at)))
        if score[best] > score[here]:
            a.end = b.start = float(c.points[best])
        contrast[round(a.end, 3)] = float(max(score[best], score[here]))
    return out, contrast
