"""On-disk layout of the vector index (see store/vectors.py): names, manifest, checksums, fresh folders."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import vector_codes
from .files import atomic_write_bytes, storage_error
from .locks import InterProcessLock, shared_lock

FORMAT = 2  # 2 added the binary codes; a format 1 folder opens without them (exact scan)
MANIFEST, VECTORS, IDS, CODES = "manifest.json", "vectors.f32", "ids.i64", "codes.u64"
_READ = 1 << 24
WRITER_LOCK = ".writer.lock"


def writer_lock(folder: Path) -> InterProcessLock:
    """The one writer lock of the vector folder, shared by every process (GUI, CLI, serve) and thread: only
    its holder writes index files, finishes a swap or removes leftovers."""
    return shared_lock(Path(folder) / WRITER_LOCK)


def dir_id(path: Path) -> tuple[int, int] | None:
    """Identity of a folder: a swap puts a different folder under the same name."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def swap_pending(live: Path) -> bool:
    """A compaction or rebuild is writing or swapping (its `.new` or `.old` sibling exists)."""
    return sibling(live, ".new").exists() or sibling(live, ".old").exists()


def model_slug(model_name: str, dim: int) -> str:
    slug = re.sub(r"[^a-z0-9._-]+", "_", model_name.lower()).strip("._-")[:80] or "model"
    return f"{slug}-{int(dim)}"


@dataclass(frozen=True)
class IndexInfo:
    model_name: str
    dim: int
    count: int  # live vectors
    path: Path


def list_models(folder: Path) -> list[IndexInfo]:
    """The vector spaces present under `folder` (from their manifests; unreadable ones are skipped)."""
    out: list[IndexInfo] = []
    root = Path(folder)
    if not root.is_dir():
        return out
    for sub in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.endswith((".new", ".old"))):
        try:
            m = json.loads((sub / MANIFEST).read_text(encoding="utf-8"))
            out.append(IndexInfo(str(m["model_name"]), int(m["dim"]), int(m["count"]) - int(m["dead"]), sub))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return out


def _bytes(arr: np.ndarray) -> memoryview | bytes:
    flat = np.ascontiguousarray(arr).reshape(-1)
    return flat.view(np.uint8).data if flat.size else b""


def crc(arr: np.ndarray, start: int = 0) -> int:
    return zlib.crc32(_bytes(arr), start)


def crc_file(path: Path, nbytes: int) -> int:
    """CRC of a file's first `nbytes`, read in blocks: unlike reading through the memory map, this leaves the
    pages in the OS cache without counting them in the process's resident memory."""
    value, left = 0, nbytes
    with open(path, "rb") as fh:
        while left > 0:
            block = fh.read(min(_READ, left))
            if not block:
                break
            value = zlib.crc32(block, value)
            left -= len(block)
    return value


def normalize_rows(vectors: Any, dim: int) -> np.ndarray:
    """A float32 copy with unit rows; rejects a wrong dimension and NaN/inf."""
    mat = np.array(vectors, dtype=np.float32, ndmin=2, copy=True)
    if mat.ndim != 2 or mat.shape[1] != dim:
        raise ValueError(f"expected vectors of dimension {dim}, got shape {mat.shape}")
    if not np.isfinite(mat).all():
        raise ValueError("vectors contain NaN or infinity")
    mat /= np.maximum(np.linalg.norm(mat, axis=1, keepdims=True), 1e-12)
    return mat


@dataclass(frozen=True)
class CodeState:
    """What the manifest says about codes.u64 (store/vector_codes.py). `present` False (a format 1 folder):
    there are no codes yet and searches scan exactly until the next compaction writes them."""

    present: bool = True
    crc: int = 0  # of the codes of the manifest's count rows

    @classmethod
    def from_manifest(cls, m: dict[str, Any]) -> CodeState:
        if int(m["format"]) < 2:
            return cls(False, 0)
        return cls(bool(m["codes"]), int(m["codes_crc32"]))


def manifest_bytes(
    model: str,
    dim: int,
    *,
    count: int,
    dead: int,
    capacity: int,
    generation: int,
    ids_crc: int,
    vectors_crc: int,
    pending: list[int],
    codes: CodeState,
) -> bytes:
    return json.dumps(
        {
            "format": FORMAT,
            "model_name": model,
            "dim": dim,
            "count": count,
            "dead": dead,
            "capacity": capacity,
            "generation": generation,
            "ids_crc32": ids_crc,
            "vectors_crc32": vectors_crc,
            "pending_tombstones": pending,
            "codes": codes.present,
            "codes_crc32": codes.crc,
        }
    ).encode("utf-8")


def sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def write_fresh(
    live: Path,
    model: str,
    dim: int,
    generation: int,
    blocks: Iterable[tuple[np.ndarray, np.ndarray]],
    *,
    normalized: bool,
) -> None:
    """Write a complete index into `<live>.new` (a later duplicate id wins); on error nothing is left."""
    new = sibling(live, ".new")
    shutil.rmtree(new, ignore_errors=True)
    new.mkdir(parents=True)
    all_ids: list[np.ndarray] = []
    vec_crc = codes_crc = 0
    try:
        with open(new / VECTORS, "wb") as fv, open(new / CODES, "wb") as fc:
            for ids, vecs in blocks:
                mat = np.ascontiguousarray(vecs, np.float32) if normalized else normalize_rows(vecs, dim)
                if (ids < 0).any():
                    raise ValueError("ids must be non-negative")
                codes = vector_codes.encode(mat)
                fv.write(_bytes(mat))
                fc.write(_bytes(codes))
                vec_crc, codes_crc = crc(mat, vec_crc), crc(codes, codes_crc)
                all_ids.append(ids)
            for fh in (fv, fc):
                fh.flush()
                os.fsync(fh.fileno())
        ids_arr = np.concatenate(all_ids) if all_ids else np.empty(0, np.int64)
        _, last = np.unique(ids_arr[::-1], return_index=True)
        keep = np.zeros(ids_arr.size, bool)
        keep[ids_arr.size - 1 - last] = True
        ids_arr[~keep] = -1
        with open(new / IDS, "wb") as fi:
            fi.write(_bytes(ids_arr))
            fi.flush()
            os.fsync(fi.fileno())
        atomic_write_bytes(
            new / MANIFEST,
            manifest_bytes(
                model,
                dim,
                count=int(ids_arr.size),
                dead=int((~keep).sum()),
                capacity=int(ids_arr.size),
                generation=generation,
                ids_crc=crc(ids_arr),
                vectors_crc=vec_crc,
                pending=[],
                codes=CodeState(True, codes_crc),
            ),
        )
    except OSError as exc:
        shutil.rmtree(new, ignore_errors=True)
        raise storage_error(exc, new) from exc
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        raise


def swap_in(live: Path) -> None:
    """Replace `live` by the complete `<live>.new` (two renames; finish_swap repairs a cut between them)."""
    old = sibling(live, ".old")
    if live.exists():
        os.replace(live, old)
    os.replace(sibling(live, ".new"), live)
    shutil.rmtree(old, ignore_errors=True)


def finish_swap(live: Path) -> None:
    """On a writer's open (under the writer lock only: otherwise the `.new` folder may be another process's
    compaction being written): complete or roll back a swap that a crash cut short, and drop leftovers."""
    new, old = sibling(live, ".new"), sibling(live, ".old")
    if not live.exists():
        if (new / MANIFEST).is_file():
            os.replace(new, live)
        elif old.is_dir():
            os.replace(old, live)
    for leftover in (new, old):
        if leftover.exists():
            shutil.rmtree(leftover, ignore_errors=True)


def sweep_temp(folder: Path) -> int:
    """Drop temp files a killed writer left in the vector folders. Call only under the writer lock: then no
    temp file there can belong to a live writer."""
    swept = 0
    if folder.is_dir():
        for path in folder.rglob("*.tmp"):
            with contextlib.suppress(OSError):
                path.unlink()
                swept += 1
    return swept


def reserve(path: Path, offset: int, length: int) -> None:
    """Allocate disk blocks for a byte range before it is written through a memory map: a write into a
    sparse hole on a full disk kills the process with SIGBUS, while this raises a DiskFullError."""
    if length <= 0 or not hasattr(os, "posix_fallocate"):  # Windows maps files without holes
        return
    try:
        fd = os.open(path, os.O_RDWR)
        try:
            os.posix_fallocate(fd, offset, length)
        finally:
            os.close(fd)
    except OSError as exc:
        raise storage_error(exc, path) from exc
