"""One rule for every path that comes from outside the code: archive and pack members, registry records, a
vault's state file, watched folders and output paths the user types.

A name from outside is refused when it is unsafe on ANY operating system, whichever one reads it now: an
archive written on Linux is unpacked on Windows too. So absolute paths, drive letters (`C:`, also `C:x`), UNC
and device prefixes, backslashes, `..`, NUL and other control characters, and Windows device names (`CON`,
`NUL.txt`) are all refused. A joined path must still lie under its root after `resolve()` (a symlinked folder
cannot carry it out). Where a regular file is expected, links and special files (FIFOs, devices) are refused.
Output the user asks for may not land inside the data folder, where it would replace the library's own files.

Qt-free and free of other project imports (only `errors` and its sentences), so engines, store and pipeline can all use it.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from .errors import InputError
from .messages.detail_paths import UNSAFE_WHAT, UNSAFE_WHY
from .messages.text import Text

_DEVICE_NAMES = re.compile(
    r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$", re.IGNORECASE
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_NAME_BYTES = 255  # one path component, on every common file system


class UnsafePathError(InputError):
    code = "unsafe_path"
    hint = "it was refused and nothing was written; the file or archive was not made by RecordRoute or was altered"


class OutputInDataFolderError(InputError):
    code = "output_in_data_folder"
    hint = "choose a place outside the data folder (for example your Documents folder)"


def _refuse(name: str, what: str, why: str, **values: object) -> UnsafePathError:
    """`why` is a key of UNSAFE_WHY, filled with `values`; both it and `what` are said in the user's language."""
    shown = name if len(name) <= 120 else name[:117] + "…"
    reason = UNSAFE_WHY[why]
    said = Text(reason.say("en", values), reason.say("ko", values))
    return UnsafePathError.said("unsafe_path", what=_what(what), name=repr(shown), why=said)


def _what(what: str) -> Text | str:
    return UNSAFE_WHAT.get(what, what)


def relative_parts(name: str, *, what: str = "the path") -> tuple[str, ...]:
    """The parts of the relative path `name` ('/'-separated), or UnsafePathError when it could leave its root
    on POSIX or on Windows. `.` and empty parts are dropped; a name with no parts left is refused too."""
    if not isinstance(name, str) or not name:
        raise _refuse(str(name), what, "empty")
    if "\\" in name:
        raise _refuse(name, what, "backslash")
    if _CONTROL.search(name):
        raise _refuse(name, what, "control")
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).anchor:
        raise _refuse(name, what, "absolute")
    parts = tuple(p for p in name.split("/") if p not in ("", "."))
    if not parts:
        raise _refuse(name, what, "no_file")
    for part in parts:
        if part == "..":
            raise _refuse(name, what, "climbs")
        if ":" in part:
            raise _refuse(name, what, "colon")
        if _DEVICE_NAMES.match(part.rstrip(" .")) or part.rstrip(" .") != part:
            raise _refuse(name, what, "device", part=part)
        if len(part.encode("utf-8")) > MAX_NAME_BYTES:
            raise _refuse(name, what, "too_long")
    return parts


def lexically_under(root: PurePath, name: str, *, what: str = "the path") -> PurePath:
    """`root` joined with the checked `name`, in `root`'s own path flavour (PureWindowsPath joins as Windows
    does). Raises UnsafePathError when the result would not lie under `root`."""
    joined = root.joinpath(*relative_parts(name, what=what))
    if joined.parent != root and root not in joined.parents:
        raise _refuse(name, what, "outside")
    return joined


def join_under(root: Path, name: str, *, what: str = "the path") -> Path:
    """`root / name` for a name from outside, checked lexically and again after resolving links."""
    joined = Path(lexically_under(Path(root), name, what=what))
    ensure_under(joined, root, what=what, shown=name)
    return joined


def ensure_under(path: Path, root: Path, *, what: str = "the path", shown: str | None = None) -> Path:
    """`path` itself when, with links resolved, it lies inside `root`; else UnsafePathError."""
    real_root = Path(root).resolve()
    real = Path(path).resolve()
    if real != real_root and real_root not in real.parents:
        raise _refuse(shown or str(path), what, "link_outside")
    return Path(path)


def is_under(path: Path, root: Path) -> bool:
    """True when `path` (links resolved) is `root` or lies inside it."""
    try:
        real, real_root = Path(path).resolve(), Path(root).resolve()
    except (OSError, RuntimeError):
        return False
    return real == real_root or real_root in real.parents


def regular_file(path: Path, *, what: str = "the file") -> os.stat_result:
    """The lstat of `path` when it is a regular file that is not a link; else UnsafePathError (a link to
    /etc/passwd, a FIFO or /dev/zero must never be read where a file is expected)."""
    try:
        st = os.lstat(path)
    except OSError as exc:
        raise InputError.said(
            "path_cannot_be_read", what=_what(what), path=path, reason=exc.strerror or exc
        ) from exc
    if stat.S_ISLNK(st.st_mode):
        raise _refuse(str(path), what, "symlink")
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(str(path), what, "not_regular")
    return st


def is_regular_file(path: Path) -> bool:
    """`regular_file` as a test: False for links, special files and missing paths."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def check_output(path: Path, data_dir: Path, *, what: str = "the output file") -> Path:
    """An output path the user gave, refused when it (or the folder it would be written in) lies inside the
    data folder, where it would replace the database, the index or an original. Returns the absolute path."""
    out = Path(path).expanduser().absolute()
    if is_under(out, data_dir) or is_under(out.parent, data_dir):
        raise OutputInDataFolderError.said(
            "output_in_data_folder", what=_what(what), path=out, folder=Path(data_dir)
        )
    return out
