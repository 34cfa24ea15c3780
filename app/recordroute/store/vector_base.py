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


def release_pages(mapped: np.memmap | None) -> None:
    """Unmap the pages a search touched (they stay in the OS file cache, so the next touch is a cheap minor
    fault). The OS maps whole large pages around each row read, so a few hundred scattered rows per query
    would otherwise leave the entire file counted in the process's resident memory after a while."""
    raw = getattr(mapped, "_mmap", None)
    if raw is not None and hasattr(mmap, "MADV_DONTNEED"):
        raw.madvise(mmap.MADV_DONTNEED)


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
