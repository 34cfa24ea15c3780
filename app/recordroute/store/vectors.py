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

import contextlib
import json
import os
import shutil
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from ..errors import IndexCorrupt, StorageError
from . import vector_codes
from .files import atomic_write_bytes
from .vector_base import VectorIndex, release_pages, scores, top_pairs
from .vector_files import (
    CODES,
    FORMAT,
    IDS,
    MANIFEST,
    VECTORS,
    CodeState,
    IndexInfo,
    crc,
    crc_file,
    dir_id,
    finish_swap,
    list_models,
    manifest_bytes,
    model_slug,
    normalize_rows,
    reserve,
    sibling,
    swap_in,
    swap_pending,
    write_fresh,
    writer_lock,
)

__all__ = ["IndexInfo", "MmapVectorIndex", "VectorIndex", "list_models", "model_slug"]

MIN_CAPACITY = 1024
GROWTH = 1.5
COMPACT_DEAD_RATIO = 0.30
GATHER_RATIO = 0.25  # below this share of rows an `allowed` filter scores only those rows (exact search)
GATHER_ROWS = 16_384  # the default search scores at most this many allowed rows directly
EXACT_ROWS = 16_384  # below this many rows the default search is exact (a scan is as fast)
_BLOCK = 4096
READ_RETRIES = 8  # a read-only open racing a swap retries this often (about 1 s in all)


class MmapVectorIndex(VectorIndex):
    """See the module doc. A writer (the default) does every write under the folder's cross-process writer
    lock and first reloads when another process changed the files; a `readonly` view never writes, retries an
    open that races a swap, and keeps what it opened (a generation) until it is dropped."""

    def __init__(
        self,
        folder: Path,
        model_name: str,
        dim: int,
        *,
        strict: bool = True,
        verify_vectors: bool = True,
        readonly: bool = False,
    ) -> None:
        if dim <= 0:
            raise ValueError("dim must be positive")
        self._model, self._dim = model_name, int(dim)
        self.path = Path(folder) / model_slug(model_name, dim)
        self._writer = None if readonly else writer_lock(Path(folder))
        self._lock = threading.RLock()
        self._closed = False
        self._verify = verify_vectors
        self._problem: str | None = None
        self._open(strict)

    # --- opening ---------------------------------------------------------------------------------------
    def _reset_state(self) -> None:
        self._vec: np.memmap | None = None
        self._ids: np.ndarray | None = None
        self._codes_map: np.memmap | None = None
        self._count = self._dead = self._capacity = self._generation = 0
        self._vec_crc = 0
        self._pending: list[int] = []
        self._code_state = CodeState()
        self._codes: vector_codes.Codes | None = None  # the codes in RAM, loaded by the first search
        self._manifest_raw = b""
        self._dir: tuple[int, int] | None = None
        self._invalidate()

    def _invalidate(self) -> None:
        self._sorted: tuple[np.ndarray, np.ndarray] | None = None
        self._dead_rows: np.ndarray | None = None

    @property
    def readonly(self) -> bool:
        return self._writer is None

    def _open(self, strict: bool) -> None:
        if self._writer is None:
            self._open_view(strict)
            return
        with self._writer:
            self._reset_state()
            finish_swap(self.path)
            if not self.path.exists():
                self._create()
                return
            self._try_load(strict)

    def _create(self) -> None:
        """A new empty index, made in `.new` and renamed in: no process ever sees a folder without manifest."""
        new = sibling(self.path, ".new")
        shutil.rmtree(new, ignore_errors=True)
        new.mkdir(parents=True)
        empty = manifest_bytes(
            self._model,
            self._dim,
            count=0,
            dead=0,
            capacity=0,
            generation=0,
            ids_crc=0,
            vectors_crc=0,
            pending=[],
            codes=CodeState(),
        )
        atomic_write_bytes(new / MANIFEST, empty)
        os.replace(new, self.path)
        self._manifest_raw = (self.path / MANIFEST).read_bytes()
        self._dir = dir_id(self.path)

    def _try_load(self, strict: bool) -> None:
        try:
            self._dir = dir_id(self.path)
            self._load()
        except IndexCorrupt as exc:
            self._reset_state()
            self._problem = exc.message
            if strict:
                raise

    def _open_view(self, strict: bool) -> None:
        """Read-only: an open that races another process's swap or write is retried; a missing folder (no
        index yet) is an empty index. Only what persists over every retry counts as damage."""
        delay = 0.005
        for attempt in range(READ_RETRIES):
            last = attempt == READ_RETRIES - 1
            self._reset_state()
            before = dir_id(self.path)
            if before is None and swap_pending(self.path) and attempt >= READ_RETRIES // 2:
                self._finish_cut_swap()
                before = dir_id(self.path)
            if before is None:
                if last or not swap_pending(self.path):
                    return
            else:
                try:
                    self._dir = before
                    try:
                        self._load()
                    except (OSError, ValueError) as exc:  # files replaced or cut under us by a swap
                        raise self._corrupt(f"changed while being read ({exc})") from exc
                    if dir_id(self.path) == before:
                        return
                except IndexCorrupt as exc:
                    if last or (dir_id(self.path) == before and not swap_pending(self.path) and attempt >= 2):
                        self._reset_state()
                        self._problem = exc.message
                        if strict:
                            raise
                        return
            time.sleep(delay)
            delay = min(delay * 2, 0.25)

    def _finish_cut_swap(self) -> None:
        """The folder is missing while a `.new`/`.old` sibling exists for longer than a swap takes: a writer was
        killed between its two renames. Finish that swap as a writer would: under the writer lock."""
        with writer_lock(self.path.parent):
            finish_swap(self.path)

    def _corrupt(self, why: str) -> IndexCorrupt:
        return IndexCorrupt(f"vector index {self.path} is inconsistent: {why}")

    def _load(self) -> None:
        try:
            raw = (self.path / MANIFEST).read_bytes()
            m = json.loads(raw)
            fmt, name, dim = int(m["format"]), str(m["model_name"]), int(m["dim"])
            count, dead, gen = int(m["count"]), int(m["dead"]), int(m["generation"])
            ids_crc, vec_crc = int(m["ids_crc32"]), int(m["vectors_crc32"])
            pending = [int(r) for r in m.get("pending_tombstones", [])]
            codes = CodeState.from_manifest(m)
        except FileNotFoundError as exc:
            raise self._corrupt("manifest.json is missing") from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise self._corrupt(f"unreadable manifest ({exc})") from exc
        if fmt not in (1, FORMAT) or name != self._model or dim != self._dim:
            raise self._corrupt(f"manifest is for {name!r}/{dim} (format {fmt})")
        if count < 0 or not 0 <= dead <= count or any(not 0 <= r < count for r in pending):
            raise self._corrupt("impossible counts in the manifest")
        vec_path, ids_path = self.path / VECTORS, self.path / IDS
        if count > 0 and not (vec_path.is_file() and ids_path.is_file()):
            raise self._corrupt("a data file is missing")
        cap = min(vec_path.stat().st_size // (4 * dim), ids_path.stat().st_size // 8) if count else 0
        if cap < count:
            raise self._corrupt(f"data files hold {cap} rows, the manifest says {count}")
        self._count, self._dead, self._generation, self._vec_crc = count, dead, gen, vec_crc
        self._pending, self._code_state, self._manifest_raw = pending, codes, raw
        if cap:
            self._map(cap)
            assert self._ids is not None and self._vec is not None
            if pending:  # a delete was logged but maybe not applied: redo it (a view redoes it in RAM)
                self._ids[pending] = -1
                _flush(self._ids)
            if crc(self._ids[:count]) != ids_crc:
                raise self._corrupt("id checksum mismatch")
            if int((self._ids[:count] < 0).sum()) != dead:
                raise self._corrupt("tombstone count mismatch")
            if codes.present and (self._codes_map is None or crc(self._codes_map[:count]) != codes.crc):
                raise self._corrupt("code checksum mismatch")
            if self._verify and crc_file(vec_path, count * 4 * dim) != vec_crc:
                raise self._corrupt("vector checksum mismatch")

    def _map(self, capacity: int) -> None:
        self._vec = self._ids = self._codes_map = None  # unmap first (Windows cannot resize mapped files)
        code_words = vector_codes.words(self._dim)
        if self._writer is None:  # a view: map what is there, never grow a file; ids copied (see _load)
            self._vec = np.memmap(self.path / VECTORS, np.float32, "r", shape=(capacity, self._dim))
            self._ids = np.array(np.memmap(self.path / IDS, np.int64, "r", shape=(capacity,))[: self._count])
            codes = self.path / CODES
            if codes.is_file() and codes.stat().st_size >= capacity * 8 * code_words:
                self._codes_map = np.memmap(codes, np.uint64, "r", shape=(capacity, code_words))
            self._capacity = capacity
            self._invalidate()
            return
        for name, row in self._row_bytes():
            path = self.path / name
            if not path.exists() or path.stat().st_size < capacity * row:
                with open(path, "ab") as fh:
                    fh.truncate(capacity * row)
        self._vec = np.memmap(self.path / VECTORS, np.float32, "r+", shape=(capacity, self._dim))
        self._ids = np.memmap(self.path / IDS, np.int64, "r+", shape=(capacity,))
        self._codes_map = np.memmap(self.path / CODES, np.uint64, "r+", shape=(capacity, code_words))
        self._capacity = capacity
        self._invalidate()

    def _row_bytes(self) -> tuple[tuple[str, int], ...]:
        return (VECTORS, 4 * self._dim), (IDS, 8), (CODES, 8 * vector_codes.words(self._dim))

    def _write_manifest(self, *, ids_crc: int | None = None) -> None:
        if ids_crc is None:
            ids_crc = crc(self._ids[: self._count]) if self._ids is not None else 0
        self._manifest_raw = manifest_bytes(
            self._model,
            self._dim,
            count=self._count,
            dead=self._dead,
            capacity=self._capacity,
            generation=self._generation,
            ids_crc=ids_crc,
            vectors_crc=self._vec_crc,
            pending=self._pending,
            codes=self._code_state,
        )
        atomic_write_bytes(self.path / MANIFEST, self._manifest_raw)

    # --- state -----------------------------------------------------------------------------------------
    def is_consistent(self) -> bool:
        return self._problem is None

    @property
    def problem(self) -> str | None:
        return self._problem

    @property
    def model_name(self) -> str:
        return self._model

    @property
    def dim(self) -> int:
        return self._dim

    @property
    def generation(self) -> int:
        return self._generation

    def __len__(self) -> int:
        return self._count - self._dead

    def _check(self) -> None:
        if self._closed:
            raise StorageError(f"vector index {self.path} is closed")
        if self._problem is not None:
            raise IndexCorrupt(self._problem)

    @contextlib.contextmanager
    def _writing(self, *, check: bool = True) -> Iterator[None]:
        """Hold the writer lock (then this object's lock) and reload first when another process changed the
        files since we read them: a write never lands on a stale view."""
        if self._writer is None:
            raise StorageError(f"vector index {self.path} was opened read-only")
        with self._writer, self._lock:
            if self._closed:
                raise StorageError(f"vector index {self.path} is closed")
            if dir_id(self.path) != self._dir or self._manifest_on_disk() != self._manifest_raw:
                self._reset_state()
                self._problem = None
                self._open(strict=check)
            if check:
                self._check()
            yield

    def _manifest_on_disk(self) -> bytes:
        try:
            return (self.path / MANIFEST).read_bytes()
        except OSError:
            return b""

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
            return np.array(self._ids[rows]), np.array(self._vec[rows])

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
                _flush(mapped)
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
            _flush(self._ids)
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


def _flush(arr: np.ndarray) -> None:
    if isinstance(arr, np.memmap):  # a writer's maps (a read-only view holds its ids in RAM)
        arr.flush()
