"""Is a path named by an outside client (an MCP assistant) one the user allowed? A small, strict check kept in
one function so a shared path-safety module can replace it without touching callers.

Rules: absolute, no '..'; no component below the allowed folder is a symbolic link (or junction); the resolved path stays
under the resolved allowed folder; the target is a regular file (no devices, FIFOs, sockets); size bounded.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from ..errors import PathNotAllowed

MAX_BYTES = 20 * 1024**3  # 20 GiB: larger than any recording worth processing, refused before work starts


def allowed_file(raw: str, folders: Sequence[str], *, max_bytes: int = MAX_BYTES) -> Path:
    """The file `raw` names, when it is a regular file inside one of `folders`; else PathNotAllowed."""
    if not folders:
        raise PathNotAllowed("processing files on request is off: no folder is allowed")
    if not raw or "\x00" in raw or len(raw) > 4096:
        raise PathNotAllowed("not a usable file path")
    path = Path(raw).expanduser()
    if not path.is_absolute():
        raise PathNotAllowed(f"{raw!r} is not an absolute path")
    if ".." in path.parts:  # normalising it away could step through a link: refused outright
        raise PathNotAllowed(f"{raw!r} contains '..'")
    target = Path(os.path.normpath(path))
    for named, folder in _roots(folders):
        rel = _relative(target, named) or _relative(target, folder)
        if rel is None:
            continue
        if ".." in rel.parts or not rel.parts:
            break
        _no_links(folder, rel)
        resolved = (folder / rel).resolve(strict=True)
        if not resolved.is_relative_to(folder):
            break
        info = os.stat(resolved, follow_symlinks=False)
        if not stat.S_ISREG(info.st_mode):
            raise PathNotAllowed(f"{raw!r} is not a regular file")
        if info.st_size > max_bytes:
            raise PathNotAllowed(f"{raw!r} is larger than {max_bytes // 1024**3} GiB")
        return resolved
    raise PathNotAllowed(f"{raw!r} is not inside a folder allowed for processing")


def _roots(folders: Sequence[str]) -> list[tuple[Path, Path]]:
    """(the folder as named, normalised; the folder resolved) for each usable allowed folder."""
    out = []
    for folder in folders:
        p = Path(folder).expanduser()
        if p.is_absolute() and p.is_dir():
            out.append((Path(os.path.normpath(p)), p.resolve()))
    return out


def _relative(path: Path, folder: Path) -> Path | None:
    try:
        return path.relative_to(folder)
    except ValueError:
        return None


def _no_links(folder: Path, rel: Path) -> None:
    current = folder
    for part in rel.parts:
        current = current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            raise PathNotAllowed(f"{current} does not exist") from None
        if stat.S_ISLNK(info.st_mode) or _is_junction(current):
            raise PathNotAllowed(f"{current} is a link; only plain files and folders are accepted")


def _is_junction(path: Path) -> bool:
    is_junction = getattr(os.path, "isjunction", None)  # Windows junctions (Python 3.12+)
    return bool(is_junction and is_junction(path))
