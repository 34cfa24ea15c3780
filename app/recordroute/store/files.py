"""Atomic file writes: temp file in the same folder, fsync, rename. A crash leaves the old file or the new one."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import DiskFullError, StorageError

CHUNK = 1 << 20


def storage_error(exc: OSError, path: Path) -> StorageError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"the disk is full while writing {path}")
    return StorageError(f"could not write {path}: {exc.strerror or exc}")


def temp_prefix(path: Path, limit: int = 60) -> str:
    """`.<name>.` for a temp file beside `path`, the name cut to `limit` UTF-8 bytes: a 240-byte note name
    plus the random part and `.tmp` would pass the file system's 255-byte limit."""
    name = path.name
    while len(name.encode("utf-8")) > limit:
        name = name[:-1]
    return f".{name}."


@contextlib.contextmanager
def atomic_open(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces `path` atomically, on error it is removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        _unlink_quiet(tmp)
        raise storage_error(exc, path) from exc
    except BaseException:
        _unlink_quiet(tmp)
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    with atomic_open(path) as fh:
        fh.write(data)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_copy(src: Path, dst: Path) -> None:
    with open(src, "rb") as fin, atomic_open(dst) as fout:
        shutil.copyfileobj(fin, fout, CHUNK)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _fsync_dir(folder: Path) -> None:
    # Makes the rename durable on POSIX; directories cannot be opened on Windows.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink_quiet(path: str | Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
