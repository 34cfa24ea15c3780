"""Where bundled resources and the project's models folder live, installed, editable or frozen."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import platformdirs

_PKG = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    out: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        out.append(Path(frozen) / name)
    out.append(_PKG.parent.parent / name)  # source checkout / editable install: <repo>/<name>
    out.append(Path(sys.prefix) / "share" / "recordroute" / name)
    return out


def cache_root() -> Path:
    """The app's cache folder ($RECORDROUTE_CACHE_DIR, else the platform's user cache dir): safe to delete."""
    env = os.environ.get("RECORDROUTE_CACHE_DIR")
    return Path(env) if env else Path(platformdirs.user_cache_dir("recordroute", appauthor=False))


def resources_dir() -> Path:
    env = os.environ.get("RECORDROUTE_RESOURCES")
    if env:
        return Path(env)
    for cand in _candidates("resources"):
        if cand.is_dir():
            return cand
    return _candidates("resources")[-1]


def project_models_dir() -> Path:
    for cand in _candidates("models"):
        if cand.is_dir():
            return cand
    return _candidates("models")[-1]


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# --- file names that are not valid UTF-8 --------------------------------------------------------------------
# On POSIX a file name is bytes; Python hands undecodable bytes over as lone surrogates ("surrogateescape"),
# which SQLite, JSON and Qt refuse. People see them as U+FFFD; the exact name is kept where it must be reopened.
_STORED = "\x00fsname:"  # a NUL cannot occur in a real path, so this prefix never collides with one


def shown(name: str) -> str:
    """A name as people see it: bytes that are not UTF-8 become U+FFFD (valid names come back unchanged)."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


def stored(path: str) -> str:
    """A path as the database keeps it: unchanged when valid UTF-8, else escaped so `unstored` gets it back."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return _STORED + json.dumps(path)
    return path


def unstored(value: str) -> str:
    """The exact path `stored` kept (surrogate-escaped again, so the OS opens the same bytes)."""
    return json.loads(value[len(_STORED) :]) if value.startswith(_STORED) else value
