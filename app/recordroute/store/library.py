"""The library folder: each original kept once, named by its content hash, copied in atomically."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from .files import atomic_copy, sha256_file

TMP_SUFFIX = ".tmp"


class Library:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def stored_name(content_hash: str, suffix: str) -> str:
        # Only the hash and a sanitised extension: nothing from user input becomes a path component.
        ext = "".join(c for c in suffix.lower() if c.isalnum())[:8]
        return f"{content_hash[:2]}/{content_hash}{'.' + ext if ext else ''}"

    def path(self, stored_name: str) -> Path:
        path = (self.root / stored_name).resolve()
        if self.root.resolve() not in path.parents:
            raise ValueError("stored name escapes the library")
        return path

    def hash_file(self, src: Path) -> str:
        return sha256_file(src)

    def add(self, src: Path, content_hash: str) -> str:
        """Copy `src` into the library (temp + rename); returns the stored name. Idempotent."""
        name = self.stored_name(content_hash, Path(src).suffix)
        dst = self.path(name)
        if not (dst.exists() and dst.stat().st_size == Path(src).stat().st_size):
            atomic_copy(Path(src), dst)
        return name

    def remove(self, stored_name: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path(stored_name))

    def orphans(self, known: set[str], *, min_age: float = 3600.0) -> list[Path]:
        """Files no recording points to (left by a crash between copy and commit), and stale temp files.

        Only files older than `min_age` count, so another process's import in flight is never swept.
        """
        found = []
        now = time.time()
        for path in self.root.rglob("*"):
            if not path.is_file() or now - path.stat().st_mtime < min_age:
                continue
            rel = path.relative_to(self.root).as_posix()
            if rel not in known or path.name.endswith(TMP_SUFFIX):
                found.append(path)
        return found
