"""A reentrant lock shared by threads of this process and by other processes (GUI, CLI, serve).

The vector files have one writer at a time: whoever holds this lock. flock/locking is released by the OS if the
holder dies, so a killed process never leaves the library locked.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO


class InterProcessLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.RLock()
        self._depth = 0
        self._fh: IO[bytes] | None = None

    def __enter__(self) -> InterProcessLock:
        self._local.acquire()
        if self._depth == 0:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fh = open(self.path, "a+b")  # noqa: SIM115 (held open for the lock's lifetime)
                _lock(fh)
            except BaseException:
                self._local.release()
                raise
            self._fh = fh
        self._depth += 1
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fh is not None:
            try:
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None
        self._local.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
