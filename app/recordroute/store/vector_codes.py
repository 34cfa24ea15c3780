"""Binary codes for the vector index (see store/vectors.py): one sign bit per dimension, so a 384-d float32
row (1,536 bytes) becomes six 64-bit words (48 bytes).

A query first ranks every row by Hamming distance between codes, which reads 32x less memory than the float32
scan, then re-scores only the best `rescore_count` rows exactly in float32. The final scores are exact cosines;
the approximation is only in which rows get re-scored, and sign codes of text embeddings rank the true nearest
neighbours near the top (recall@10 >= 0.95 measured with a few hundred re-scored rows per 100k).
"""

from __future__ import annotations

import numpy as np

RESCORE_MIN = 256  # rows re-scored in float32 at least...
RESCORE_PER_K = 20  # ...and at least this many per result asked for...
RESCORE_SHARE = 0.003  # ...and this share of the rows
_BLOCK = 32_768  # rows per pass: the temporaries stay in the CPU cache


def words(dim: int) -> int:
    return (dim + 63) // 64


def encode(mat: np.ndarray) -> np.ndarray:
    """(rows, words) uint64 sign codes of float rows; padding bits are zero for rows and queries alike."""
    mat = np.asarray(mat, dtype=np.float32)
    if mat.ndim == 1:
        mat = mat[None, :]
    packed = np.packbits(mat > 0, axis=1)
    width = words(mat.shape[1]) * 8
    if packed.shape[1] < width:
        packed = np.pad(packed, ((0, 0), (0, width - packed.shape[1])))
    return np.ascontiguousarray(packed).view(np.uint64)


def rescore_count(rows: int, k: int) -> int:
    return max(RESCORE_MIN, RESCORE_PER_K * k, int(RESCORE_SHARE * rows))


class Codes:
    """The codes of rows [0, count) held column-major in RAM (one contiguous array per word), so a scan
    streams each word once; rows appended later are copied in, the array growing by half when full."""

    def __init__(self, rows: np.ndarray) -> None:
        self._cols = np.ascontiguousarray(rows.T) if rows.size else np.zeros((rows.shape[1], 0), np.uint64)
        self.count = rows.shape[0]

    def append(self, rows: np.ndarray) -> None:
        end = self.count + rows.shape[0]
        if end > self._cols.shape[1]:
            grown = np.zeros((self._cols.shape[0], max(end, int(self._cols.shape[1] * 1.5) + 1024)), np.uint64)
            grown[:, : self.count] = self._cols[:, : self.count]
            self._cols = grown
        self._cols[:, self.count:end] = rows.T
        self.count = end

    def distances(self, q: np.ndarray) -> np.ndarray:
        """Hamming distance (uint16) from the query's code to every row's."""
        qc = encode(q)[0]
        n, width = self.count, self._cols.shape[0]
        out = np.empty(n, np.uint16)
        tmp = np.empty(min(n, _BLOCK), np.uint64)
        bits = np.empty(min(n, _BLOCK), np.uint8)
        for i in range(0, n, _BLOCK):
            e = min(n, i + _BLOCK)
            acc, t, b = out[i:e], tmp[: e - i], bits[: e - i]
            acc[:] = 0
            for w in range(width):
                np.bitwise_xor(self._cols[w, i:e], qc[w], out=t)
                np.bitwise_count(t, out=b)
                np.add(acc, b, out=acc)
        return out

    def nearest(self, q: np.ndarray, want: int, excluded: np.ndarray | None = None) -> np.ndarray:
        """Rows (ascending) of about the `want` smallest distances; ties at the cut are all kept, up to
        twice `want`. `excluded` rows (tombstones, filtered-out rows) are never returned."""
        dist = self.distances(q)
        if excluded is not None:
            dist[excluded] = np.iinfo(np.uint16).max
        limit = np.iinfo(np.uint16).max
        hist = np.cumsum(np.bincount(dist, minlength=1)[:limit])
        # the smallest distance whose cumulative count reaches `want` (excluded rows sit past the last bin)
        cut = min(int(np.searchsorted(hist, want)), limit - 1)
        rows = np.flatnonzero(dist <= cut)
        if rows.size > 2 * want:
            below = rows[dist[rows] < cut]
            at = rows[dist[rows] == cut][: max(0, 2 * want - below.size)]
            rows = np.sort(np.concatenate([below, at]))
        return rows
