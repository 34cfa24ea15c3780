"""The files side of the vector index (store/vectors.py): opening as a writer or a read-only view, loading and
checking the manifest, mapping the files, and the cross-process writer protocol every write goes through."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from ..errors import IndexCorrupt, StorageError
from . import vector_codes
from .files import atomic_write_bytes
from .vector_files import (
    CODES,
    FORMAT,
    IDS,
    MANIFEST,
    VECTORS,
    CodeState,
    crc,
    crc_file,
    dir_id,
    finish_swap,
    manifest_bytes,
    model_slug,
    sibling,
    swap_pending,
    writer_lock,
)

READ_RETRIES = 8  # a read-only open racing a swap retries this often (about 1 s in all)


class IndexFiles:
    """A writer (the default) does every write under the folder's cross-process writer lock and first reloads
    when another process changed the files; a `readonly` view never writes, retries an open that races a swap,
    and keeps what it opened (a generation) until it is dropped. Writes themselves live in MmapVectorIndex."""

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
                flush(self._ids)
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


def flush(arr: np.ndarray | None) -> None:
    if isinstance(arr, np.memmap):  # a writer's maps (a read-only view holds its ids in RAM)
        arr.flush()
