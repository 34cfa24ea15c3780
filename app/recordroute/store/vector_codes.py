"""Binary codes for the vector index (see store/vectors.py): one sign bit per dimension, so a 384-d float32
row (1,536 bytes) becomes six 64-bit words (48 bytes).

A query is answered in three steps, each on fewer rows:
1. every row's Hamming distance to the query's code (reading 32x less memory than a float32 scan) keeps a
   shortlist of about 2% of the rows;
2. the shortlist is ranked by the float query against the stored bits (asymmetric: the sum of the query's
   components where a row's bit is set, one table lookup per code byte), which follows the cosine much more
   closely than the Hamming distance does, and the best 0.5% of all rows go on;
3. those are scored exactly in float32 by the caller (gathering float32 rows is the costly part: 1.5 KB each).
So the scores returned are exact cosines; only the choice of rows to score is approximate.
"""

from __future__ import annotations

import numpy as np

SHORTLIST_MIN = 1_000  # rows kept by Hamming distance at least...
SHORTLIST_SHARE = 0.02  # ...and this share of the rows
RESCORE_MIN = 200  # rows scored in float32 at least...
RESCORE_PER_K = 20  # ...and at least this many per result asked for...
RESCORE_SHARE = 0.005  # ...and this share of the rows
_BLOCK = 32_768  # rows per pass: the temporaries stay in the CPU cache
# From this many shortlisted rows the asymmetric estimate is summed one code byte at a time: at 6,400 rows (a
# calibrated search at 100k) 0.72 ms against 1.28 ms for one lookup over everything, at 2,000 about even.
_BYTEWISE = 2_048


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


def shortlist_count(rows: int, k: int) -> int:
    return max(SHORTLIST_MIN, int(SHORTLIST_SHARE * rows), 2 * rescore_count(rows, k))


# _BITS[v] = the 8 bits of byte value v, most significant first (np.packbits' order)
_BITS = np.unpackbits(np.arange(256, dtype=np.uint8)[:, None], axis=1).astype(np.float32)


class Codes:
    """The codes of rows [0, count) held column-major in RAM (one contiguous array per word), so a scan
    streams each word once; rows appended later are copied in, the array growing by half when full."""

    def __init__(self, rows: np.ndarray) -> None:
        self._cols = np.ascontiguousarray(rows.T) if rows.size else np.zeros((rows.shape[1], 0), np.uint64)
        self.count = rows.shape[0]

    def append(self, rows: np.ndarray) -> None:
        end = self.count + rows.shape[0]
        if end > self._cols.shape[1]:
            grown = np.zeros(
                (self._cols.shape[0], max(end, int(self._cols.shape[1] * 1.5) + 1024)), np.uint64
            )
            grown[:, : self.count] = self._cols[:, : self.count]
            self._cols = grown
        self._cols[:, self.count : end] = rows.T
        self.count = end

    def distances(self, q: np.ndarray) -> np.ndarray:
        """Hamming distance (uint16) from the query's code to every row's. Three words at a time are summed
        in uint8 (at most 192), which saves most of the slower mixed-type additions."""
        qc = encode(q)[0]
        n, width = self.count, self._cols.shape[0]
        out = np.empty(n, np.uint16)
        tmp = np.empty(min(n, _BLOCK), np.uint64)
        bits = np.empty((2, min(n, _BLOCK)), np.uint8)
        for i in range(0, n, _BLOCK):
            e = min(n, i + _BLOCK)
            acc, t, group, b = out[i:e], tmp[: e - i], bits[0, : e - i], bits[1, : e - i]
            for w0 in range(0, width, 3):
                np.bitwise_xor(self._cols[w0, i:e], qc[w0], out=t)
                np.bitwise_count(t, out=group)
                for w in range(w0 + 1, min(width, w0 + 3)):
                    np.bitwise_xor(self._cols[w, i:e], qc[w], out=t)
                    np.bitwise_count(t, out=b)
                    np.add(group, b, out=group)
                if w0 == 0:
                    acc[:] = group
                else:
                    np.add(acc, group, out=acc)
        return out

    def candidates(self, q: np.ndarray, rows: int, k: int, excluded: np.ndarray | None = None) -> np.ndarray:
        """Rows (ascending) to score exactly for the best k of `rows` live rows (see the module doc)."""
        near = self.nearest(q, shortlist_count(rows, k), excluded)
        want = rescore_count(rows, k)
        if near.size <= want:
            return near
        estimate = self.asymmetric(q, near)
        return np.sort(near[np.argpartition(-estimate, want - 1)[:want]])

    def asymmetric(self, q: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """For each row, the sum of the query's components where the row's bit is set: it ranks rows as
        q . (2 bits - 1) does. One 256-entry table per code byte, one lookup per byte and row."""
        width = self._cols.shape[0]
        padded = np.zeros(width * 64, np.float32)
        padded[: q.size] = q
        table = padded.reshape(-1, 8) @ _BITS.T  # (code bytes, 256): the sum for each byte value
        raw = np.ascontiguousarray(self._cols[:, rows].T).view(np.uint8)  # (rows, code bytes), packbits order
        if rows.size < _BYTEWISE:  # one lookup over everything: fewer calls, more memory
            index = raw.astype(np.intp)
            index += np.arange(0, table.size, 256, dtype=np.intp)
            # Summed by a matrix-vector product: numpy's row sums over 48 columns cost more than the lookups.
            return table.ravel().take(index) @ np.ones(raw.shape[1], np.float32)
        per_byte = np.ascontiguousarray(raw.T)
        out = np.zeros(rows.size, np.float32)
        for j in range(per_byte.shape[0]):
            out += np.take(table[j], per_byte[j])
        return out

    def nearest(self, q: np.ndarray, want: int, excluded: np.ndarray | None = None) -> np.ndarray:
        """Rows (ascending) of the `want` smallest distances (ties broken arbitrarily), never an `excluded`
        one (tombstones, rows outside a filter)."""
        dist = self.distances(q)
        top = np.iinfo(np.uint16).max
        if excluded is not None:
            dist[excluded] = top
        # The cut from a sample's histogram (a full bincount costs more than the scan), checked below.
        step = max(1, dist.size // 65_536)
        hist = np.cumsum(np.bincount(dist[::step], minlength=1)[:top])
        cut = min(int(np.searchsorted(hist, 1.25 * want / step)), top - 1)
        rows = np.flatnonzero(dist <= cut)
        while rows.size < want and cut < top - 1:  # the sample misjudged: widen
            cut = min(top - 1, cut + 1 + cut // 8)
            rows = np.flatnonzero(dist <= cut)
        if rows.size > want:
            rows = np.sort(rows[np.argpartition(dist[rows], want - 1)[:want]])
        return rows
