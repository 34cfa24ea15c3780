"""Dense vector index, one space per embedding model: a memory-mapped float32 matrix, a parallel int64 id
array, parallel binary codes and an atomic JSON manifest, in `<folder>/<model slug>-<dim>/`.

Search ranks every row by the Hamming distance of its binary code first (store/vector_codes.py), then scores
the best few hundred rows exactly in float32; `exact=True` scores every row. A small index, or a filter that
leaves few rows, is scored exactly anyway.

Crash safety: appends write rows past the manifest's count, flush, then replace the manifest atomically, so a
kill leaves the old manifest (extra rows ignored) or the new one. Deletes log their rows in the manifest
before setting ids to -1, and opening re-applies that log (idempotent). Compaction and rebuild write a fresh
sibling folder and swap it in; opening finishes or rolls back a swap cut short. Anything else that does not
match the manifest's counts and CRCs opens as inconsistent (IndexCorrupt): the caller rebuilds from the DB.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from . import vector_codes
from .vector_base import VectorIndex, release_pages, scores, top_pairs
from .vector_files import (
    CodeState,
    IndexInfo,
    crc,
    list_models,
    model_slug,
    normalize_rows,
    reserve,
    swap_in,
    write_fresh,
)
from .vector_state import IndexFiles, flush

__all__ = ["IndexInfo", "MmapVectorIndex", "VectorIndex", "list_models", "model_slug"]

MIN_CAPACITY = 1024
GROWTH = 1.5
COMPACT_DEAD_RATIO = 0.30
GATHER_RATIO = 0.25  # below this share of rows an `allowed` filter scores only those rows (exact search)
GATHER_ROWS = 16_384  # the default search scores at most this many allowed rows directly
EXACT_ROWS = 16_384  # below this many rows the default search is exact (a scan is as fast)
_BLOCK = 4096


class MmapVectorIndex(IndexFiles, VectorIndex):
    """See the module doc and IndexFiles (store/vector_state.py): opening, the writer lock and read-only views."""

    def _lookup(self) -> tuple[np.ndarray, np.ndarray]:
        """(sorted live ids, their rows), rebuilt lazily after writes."""
        if self._sorted is None:
            ids = np.asarray(self._ids[: self._count]) if self._ids is not None else np.empty(0, np.int64)
            rows = np.flatnonzero(ids >= 0)
            order = np.argsort(ids[rows], kind="stable")
            self._sorted = (ids[rows][order], rows[order])
        return self._sorted

    def _rows_for(self, ids: np.ndarray) -> np.ndarray:
        sorted_ids, rows = self._lookup()
        if sorted_ids.size == 0 or ids.size == 0:
            return np.empty(0, np.int64)
        pos = np.minimum(np.searchsorted(sorted_ids, ids), sorted_ids.size - 1)
        return np.unique(rows[pos[sorted_ids[pos] == ids]])

    def live_ids(self) -> np.ndarray:
        with self._lock:
            self._check()
            return self._lookup()[0].copy()

    def vectors_for(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(found ids, their vectors) for the ids present, e.g. to average a recording's chunks."""
        with self._lock:
            self._check()
            rows = self._rows_for(np.asarray(ids, dtype=np.int64).ravel())
            if rows.size == 0:
                return np.empty(0, np.int64), np.empty((0, self._dim), np.float32)
            assert self._ids is not None and self._vec is not None
            found = np.array(self._ids[rows])
            keep = found >= 0  # a row another process deleted since the caller listed it is not present
            return found[keep], np.array(self._vec[rows[keep]])

    # --- writes ----------------------------------------------------------------------------------------
    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        ids = np.asarray(ids, dtype=np.int64).ravel()
        mat = normalize_rows(vectors, self._dim)
        if mat.shape[0] != ids.size:
            raise ValueError(f"{ids.size} ids for {mat.shape[0]} vectors")
        if (ids < 0).any() or np.unique(ids).size != ids.size:
            raise ValueError("ids must be unique and non-negative")
        if ids.size == 0:
            return
        with self._writing():
            if not self._code_state.present and self._count:
                self.compact()  # a format 1 folder: write its codes before appending to them
            replaced = self._rows_for(ids)
            start, end = self._count, self._count + ids.size
            if end > self._capacity:
                self._map(max(end, int(self._capacity * GROWTH) + 1, MIN_CAPACITY))
            assert self._vec is not None and self._ids is not None and self._codes_map is not None
            codes = vector_codes.encode(mat)
            for name, row in self._row_bytes():
                reserve(self.path / name, start * row, ids.size * row)
            self._vec[start:end] = mat
            self._ids[start:end] = ids
            self._codes_map[start:end] = codes
            for mapped in (self._vec, self._ids, self._codes_map):
                flush(mapped)
            self._vec_crc = crc(mat, self._vec_crc)
            self._code_state = CodeState(True, crc(codes, self._code_state.crc))
            if self._codes is not None and self._codes.count == start:
                self._codes.append(codes)
            else:
                self._codes = None
            self._count = end
            self._commit_tombstones(replaced)

    def delete(self, ids: np.ndarray) -> int:
        with self._writing():
            rows = self._rows_for(np.asarray(ids, dtype=np.int64).ravel())
            if rows.size:
                self._commit_tombstones(rows)
            return int(rows.size)

    def _commit_tombstones(self, rows: np.ndarray) -> None:
        """Manifest first (logging the rows), then the -1s: a kill in between is redone on open."""
        assert self._ids is not None
        ids_after = np.array(self._ids[: self._count])
        ids_after[rows] = -1
        self._pending = [int(r) for r in rows]
        self._dead += int(rows.size)
        self._generation += 1
        self._write_manifest(ids_crc=crc(ids_after))
        if rows.size:
            self._ids[rows] = -1
            flush(self._ids)
        self._invalidate()
        if self._dead > COMPACT_DEAD_RATIO * self._count:
            self.compact()

    def compact(self) -> None:
        """Rewrite without tombstones (a fresh folder swapped in)."""
        with self._writing():
            rows = np.sort(self._lookup()[1])
            ids, vec = self._ids, self._vec
            blocks: Iterable[tuple[np.ndarray, np.ndarray]] = ()
            if ids is not None and vec is not None:  # unmapped only while nothing was ever stored
                blocks = (
                    (np.array(ids[rows[i : i + _BLOCK]]), np.array(vec[rows[i : i + _BLOCK]]))
                    for i in range(0, rows.size, _BLOCK)
                )
            else:
                assert rows.size == 0
            self._write_fresh(blocks, normalized=True)

    def rebuild(self, items: Iterable[tuple[int, np.ndarray]]) -> None:
        """Replace everything with `items` (streamed in blocks; a later duplicate id wins)."""

        def blocks() -> Iterable[tuple[np.ndarray, np.ndarray]]:
            ids: list[int] = []
            vecs: list[np.ndarray] = []
            for i, v in items:
                ids.append(int(i))
                vecs.append(np.asarray(v, dtype=np.float32).ravel())
                if len(ids) >= _BLOCK:
                    yield np.asarray(ids, np.int64), np.vstack(vecs)
                    ids, vecs = [], []
            if ids:
                yield np.asarray(ids, np.int64), np.vstack(vecs)

        with self._writing(check=False):
            self._write_fresh(blocks(), normalized=False)

    def _write_fresh(self, blocks: Iterable[tuple[np.ndarray, np.ndarray]], *, normalized: bool) -> None:
        write_fresh(self.path, self._model, self._dim, self._generation + 1, blocks, normalized=normalized)
        self._reset_state()  # unmap before the swap (Windows cannot rename mapped files)
        swap_in(self.path)
        self._problem = None
        self._open(strict=True)

    # --- search ----------------------------------------------------------------------------------------
    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None, *, exact: bool = False
    ) -> list[tuple[int, float]]:
        q = normalize_rows(np.asarray(query, dtype=np.float32).reshape(1, -1), self._dim)[0]
        with self._lock:
            self._check()
            n = self._count
            if k <= 0 or n == self._dead:
                return []
            assert self._vec is not None and self._ids is not None
            rows = None
            if allowed is not None:
                rows = self._rows_for(np.asarray(allowed, dtype=np.int64).ravel())
                if rows.size == 0:
                    return []
            exact = exact or not self._code_state.present or n - self._dead < EXACT_ROWS
            try:
                if rows is not None and rows.size < (GATHER_RATIO * n if exact else GATHER_ROWS):
                    return self._top(scores(self._vec[rows], q), k, rows)  # a selective filter: its rows
                return self._scan(q, k, rows) if exact else self._search_codes(q, k, rows)
            finally:
                release_pages(self._vec)

    def scored(self, k: int, *, exact: bool = False) -> int:
        live = self._count - self._dead
        if exact or not self._code_state.present or live < EXACT_ROWS:
            return live
        return vector_codes.rescore_count(live, k)  # the rows the shortlist passes on grow with k, or not

    def _excluded(self, rows: np.ndarray | None) -> np.ndarray | None:
        """Rows a search must skip: the tombstones, or everything outside an `allowed` filter (as a mask)."""
        assert self._ids is not None
        n = self._count
        if rows is not None:
            skip = np.ones(n, bool)
            skip[rows] = False
            return skip
        if not self._dead:
            return None
        if self._dead_rows is None:
            self._dead_rows = np.flatnonzero(np.asarray(self._ids[:n]) < 0)
        return self._dead_rows

    def _scan(self, q: np.ndarray, k: int, rows: np.ndarray | None) -> list[tuple[int, float]]:
        """Exact: every row scored (a view of the mapped rows, no copy), then the excluded ones masked."""
        assert self._vec is not None
        found = scores(self._vec[: self._count], q)
        excluded = self._excluded(rows)
        if excluded is not None:
            found[excluded] = -np.inf
        return self._top(found, k, None)

    def _search_codes(self, q: np.ndarray, k: int, rows: np.ndarray | None) -> list[tuple[int, float]]:
        """Hamming ranking over the binary codes, then an exact float32 score of the best rows."""
        assert self._vec is not None and self._codes_map is not None
        if self._codes is None or self._codes.count != self._count:
            self._codes = vector_codes.Codes(np.asarray(self._codes_map[: self._count]))
        live = self._count - self._dead if rows is None else rows.size
        cand = self._codes.candidates(q, live, k, self._excluded(rows))
        return self._top(scores(self._vec[cand], q), k, cand)

    def _top(self, found: np.ndarray, k: int, rows: np.ndarray | None) -> list[tuple[int, float]]:
        assert self._ids is not None
        return top_pairs(found, k, rows, self._ids)

    def close(self) -> None:
        with self._lock:
            if self._vec is not None:
                self._vec.flush()
            self._reset_state()
            self._closed = True
