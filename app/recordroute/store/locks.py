"""A reentrant lock shared by threads of this process and by other processes (GUI, CLI, serve).

The vector files have one writer at a time: whoever holds this lock. flock/locking is released by the OS if the
holder dies, so a killed process never leaves the library locked.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from ..errors import StorageError


class InterProcessLock:
    """Use `shared_lock(path)`: flock is per open file, so two objects on one path in one process would block
    each other (a thread nesting them would deadlock)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.RLock()
        self._depth = 0
        self._owner: int | None = None
        self._fh: IO[bytes] | None = None

    def held_here(self) -> bool:
        """Does the calling thread hold this lock?"""
        return self._depth > 0 and self._owner == threading.get_ident()

    def __enter__(self) -> InterProcessLock:
        self._local.acquire()
        if self._depth == 0:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fh = open(self.path, "a+b")
                _lock(fh)
            except BaseException:
                self._local.release()
                raise
            self._fh = fh
        self._depth += 1
        self._owner = threading.get_ident()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
        if self._depth == 0 and self._fh is not None:
            try:
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None
        self._local.release()


_shared: dict[Path, InterProcessLock] = {}
_shared_lock = threading.Lock()


def shared_lock(path: Path) -> InterProcessLock:
    """The one lock object of this process for `path` (reentrant across its users on one thread)."""
    key = Path(os.path.abspath(path))
    with _shared_lock:
        lock = _shared.get(key)
        if lock is None:
            lock = _shared[key] = InterProcessLock(key)
        return lock


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

    def _try_lock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def _try_lock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


@contextlib.contextmanager
def hold_or_fail(path: Path, busy: str, hint: str) -> Iterator[None]:
    """Holds `path` locked for the block, or raises StorageError(`busy`) at once when another thread or
    process holds it: for work that must not run twice at the same time but should not queue silently.
    The lock file is removed when the block ends, so nothing is left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _held_lock:
        if path in _held:
            raise StorageError(busy, hint=hint)
        fh = _take(path)
        if fh is None:
            raise StorageError(busy, hint=hint)
        _held.add(path)
    try:
        yield
    finally:
        with _held_lock:
            _held.discard(path)
        with contextlib.suppress(OSError):
            path.unlink()  # while still locked: a waiter that opened this file sees it gone and opens anew
        _unlock(fh)
        fh.close()


def _take(path: Path) -> IO[bytes] | None:
    """The locked open file at `path`, or None while someone else holds it."""
    for _ in range(5):
        fh = open(path, "a+b")  # noqa: SIM115 (held for the block)
        try:
            _try_lock(fh)
        except OSError:
            fh.close()
            return None
        try:
            if os.path.samestat(os.fstat(fh.fileno()), os.stat(path)):
                return fh
        except OSError:
            pass  # removed by the holder that just finished: take the new file
        _unlock(fh)
        fh.close()
    return None


_held: set[Path] = set()  # flock is per open file, so threads of this process need their own check
_held_lock = threading.Lock()


# --- liveness marks: "is the process that claimed this job still that process?" ----------------------------
# A bare pid is not enough: after a kill the OS may hand the dead worker's pid to an unrelated process, which
# would keep the job "running" for ever. Each process that claims work holds `<folder>/<pid>.alive` locked for
# its whole life; the OS drops the lock when it dies, so a held lock means the claimer itself is still there.
_marks: dict[Path, list[Any]] = {}  # folder -> [open mark file, users]
_marks_lock = threading.Lock()


def mark_alive(folder: Path) -> None:
    """Hold this process's liveness mark in `folder`; each call needs a `release_mark` (counted)."""
    folder = Path(folder)
    with _marks_lock:
        if folder in _marks:
            _marks[folder][1] += 1
            return
        _marks[folder] = [_open_mark(folder / f"{os.getpid()}.alive"), 1]


def _open_mark(path: Path) -> IO[bytes]:
    for _ in range(5):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fh = open(path, "a+b")  # noqa: SIM115 (held for the process's lifetime)
        except OSError as exc:
            raise StorageError(
                f"cannot write in the data folder {path.parent.parent}: {exc.strerror or exc}",
                hint="check that the folder exists, is writable and the disk is not full",
            ) from exc
        try:
            _try_lock(fh)
            # Another process may have swept the file as stale between our open and our lock: then the lock
            # is on an unlinked file nobody can see, so open it again.
            if os.path.samestat(os.fstat(fh.fileno()), os.stat(path)):
                return fh
        except OSError:
            pass
        fh.close()
    raise StorageError(f"cannot take the liveness mark {path}", hint="retry; another app may be starting")


def mark_held(folder: Path, pid: int) -> bool:
    """True while process `pid`'s liveness mark in `folder` is held; a missing or free mark means it died."""
    path = Path(folder) / f"{pid}.alive"
    try:
        fh = open(path, "r+b")  # noqa: SIM115
    except OSError:
        return False
    with fh:
        try:
            _try_lock(fh)
        except OSError:
            return True
        _unlock(fh)
    with contextlib.suppress(OSError):
        path.unlink()  # a dead process's mark: sweep it
    return False


def release_mark(folder: Path) -> None:
    """One user of this process's mark in `folder` is done; the last one drops it."""
    with _marks_lock:
        entry = _marks.get(Path(folder))
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] > 0:
            return
        del _marks[Path(folder)]
    entry[0].close()
    with contextlib.suppress(OSError):
        Path(entry[0].name).unlink()


def others_alive(folder: Path) -> bool:
    """Does another live process hold a mark in `folder` (a GUI, CLI or server working on this library)?"""
    folder = Path(folder)
    if not folder.is_dir():
        return False
    for mark in folder.glob("*.alive"):
        pid = mark.stem
        if pid.isdigit() and int(pid) != os.getpid() and mark_held(folder, int(pid)):
            return True
    return False
