"""The vector index interface and the float32 scoring and ranking helpers of its implementation (store/vectors.py)."""

from __future__ import annotations

import mmap
from abc import ABC, abstractmethod
from collections.abc import Iterable

import numpy as np


def scores(matrix: np.ndarray, q: np.ndarray) -> np.ndarray:
    # einsum's single-threaded SIMD loop is as fast as 2-thread BLAS gemv here (memory bound) and does not
    # stall when another process holds a core, which multi-threaded gemv does (3-4x slower p50 under load).
    return np.einsum("ij,j->i", matrix, q)


def top_pairs(found: np.ndarray, k: int, rows: np.ndarray | None, ids: np.ndarray) -> list[tuple[int, float]]:
    """Best k (id, score) of `found` (scores of `rows`, or of every row when None), best first, ties by id;
    rows scored -inf (masked out) never count."""
    found = np.asarray(found)
    cand = np.argpartition(-found, k - 1)[:k] if k < found.size else np.arange(found.size)
    cand = cand[np.isfinite(found[cand])]
    real = cand if rows is None else rows[cand]
    hit_ids = np.asarray(ids[real])
    order = np.lexsort((hit_ids, -found[cand]))  # score desc, then id asc for stable ties
    return [(int(hit_ids[i]), float(found[cand[i]])) for i in order]


# File pages the process may keep mapped before a search hands the index's back. Measured at 100k vectors: handing
# them back after every search cost 3.7 ms a query (7.0 against 3.2 ms: every rescored row faults again), while
# keeping them maps the whole file (146 MB) within 16 searches; at 1M it would map 1.5 GB.
MAPPED_BUDGET = 512 * 2**20


def release_pages(mapped: np.memmap | None) -> None:
    """Unmap the pages searches touched once the process's mapped file pages pass MAPPED_BUDGET (they stay
    in the OS file cache, so the next touch is a minor fault). The OS maps whole runs of pages around each row
    read, so scattered rows per query would otherwise leave the entire file counted in the process's resident
    memory after a while."""
    raw = getattr(mapped, "_mmap", None)
    if raw is not None and hasattr(mmap, "MADV_DONTNEED") and _mapped_bytes() > MAPPED_BUDGET:
        raw.madvise(mmap.MADV_DONTNEED)


def _mapped_bytes() -> int:
    """The process's resident file-backed pages (Linux /proc/self/statm, a few microseconds); elsewhere
    unknown, counted as over the budget so pages go back after every search, as before."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[2]) * mmap.PAGESIZE
    except (OSError, ValueError, IndexError):
        return MAPPED_BUDGET + 1


class VectorIndex(ABC):
    """Exact cosine top-k over L2-normalised vectors keyed by int64 ids (chunk ids in the DB)."""

    @abstractmethod
    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Insert or replace (an id already present is tombstoned, then appended)."""

    @abstractmethod
    def delete(self, ids: np.ndarray) -> int:
        """Remove ids (unknown ones are ignored); returns how many were removed."""

    @abstractmethod
    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None, *, exact: bool = False
    ) -> list[tuple[int, float]]:
        """Best k (id, cosine) pairs, best first; `allowed` restricts the candidates to those ids. The default
        may be approximate (a true neighbour can be missed, never a wrong score); `exact` scans every row."""

    def scored(self, k: int, *, exact: bool = False) -> int:
        """About how many rows a search for the best k scores in full (what its time grows with): every row,
        unless the index narrows the candidates first."""
        return len(self)

    @abstractmethod
    def rebuild(self, items: Iterable[tuple[int, np.ndarray]]) -> None:
        """Replace the whole content with `items`."""

    @abstractmethod
    def __len__(self) -> int: ...

    @property
    @abstractmethod
    def model_name(self) -> str: ...

    @property
    @abstractmethod
    def dim(self) -> int: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> VectorIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
