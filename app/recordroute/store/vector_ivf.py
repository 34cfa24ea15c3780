"""Inverted-file partitions for the vector index (see store/vectors.py): spherical k-means centroids, one list
number per row, and the probe that picks which rows a query scores.

A query scores only the rows of the lists whose centroids are nearest to it, exactly, in float32; lists are
added in order of centroid score until enough rows are covered. Recall is lost only when a true neighbour sits
in a list that was not probed, which is rare on clustered data such as text embeddings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MIN_TRAIN_ROWS = 20_000  # below this an exact scan is as fast as probing
SAMPLE_PER_LIST = 48  # k-means training points per centroid
ITERATIONS = 8
MIN_SCAN = 6_000  # rows a query scores at least
SCAN_FRACTION = 0.015  # ...or this share of the rows, whichever is more
MIN_PROBE = 8  # lists a query probes at least
_BLOCK = 16_384


def nlist_for(rows: int) -> int:
    """About sqrt(rows) lists: probing cost and centroid cost stay balanced as the index grows."""
    return int(min(2048, max(16, round(np.sqrt(rows)))))


def assign(mat: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Nearest centroid (by cosine) of each unit row, as int32, computed in blocks to bound memory."""
    out = np.empty(mat.shape[0], np.int32)
    for i in range(0, mat.shape[0], _BLOCK):
        block = np.asarray(mat[i:i + _BLOCK], dtype=np.float32)
        out[i:i + block.shape[0]] = np.argmax(block @ centroids.T, axis=1)
    return out


def train(vectors: np.ndarray, rows: np.ndarray, seed: int = 0) -> np.ndarray:
    """Spherical k-means over a sample of `rows` of `vectors` (unit rows); returns unit centroids."""
    rng = np.random.default_rng(seed)
    nlist = nlist_for(rows.size)
    take = np.sort(rng.choice(rows, min(rows.size, nlist * SAMPLE_PER_LIST), replace=False))
    sample = np.asarray(vectors[take], dtype=np.float32)
    cent = sample[rng.choice(sample.shape[0], nlist, replace=False)].copy()
    for _ in range(ITERATIONS):
        labels = assign(sample, cent)
        order = np.argsort(labels, kind="stable")
        counts = np.bincount(labels, minlength=nlist)
        filled = np.flatnonzero(counts)
        sums = np.add.reduceat(sample[order], np.concatenate(([0], np.cumsum(counts)[:-1]))[filled], axis=0)
        cent[filled] = sums
        empty = np.flatnonzero(counts == 0)
        if empty.size:  # an empty list restarts at a random point, so no centroid is wasted
            cent[empty] = sample[rng.choice(sample.shape[0], empty.size, replace=False)]
        cent /= np.maximum(np.linalg.norm(cent, axis=1, keepdims=True), 1e-12)
    return cent.astype(np.float32)


@dataclass
class Lists:
    """Rows grouped by list (CSR): rows[starts[j]:starts[j + 1]] are list j's rows, ascending."""

    centroids: np.ndarray
    rows: np.ndarray
    starts: np.ndarray

    @classmethod
    def build(cls, centroids: np.ndarray, labels: np.ndarray) -> Lists:
        order = np.argsort(labels, kind="stable").astype(np.int64)
        starts = np.searchsorted(labels[order], np.arange(centroids.shape[0] + 1)).astype(np.int64)
        return cls(centroids, order, starts)

    def probe(self, q: np.ndarray, live: int, extra: int = 0) -> tuple[np.ndarray, bool]:
        """Rows to score for `q` (ascending), and whether they are all the rows. `extra` widens the probe
        (each step doubles the rows covered), for when filters leave too few candidates."""
        want = max(MIN_SCAN, int(SCAN_FRACTION * live)) << extra
        order = np.argsort(-(self.centroids @ q))
        sizes = (self.starts[1:] - self.starts[:-1])[order]
        n = max(MIN_PROBE << extra, int(np.searchsorted(np.cumsum(sizes), want)) + 1)
        if n >= order.size:
            return self.rows, True
        picked = order[:n]
        parts = [self.rows[self.starts[j]:self.starts[j + 1]] for j in picked.tolist()]
        return np.sort(np.concatenate(parts)), False
