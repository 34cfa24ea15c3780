"""Where bundled resources and the project's models folder live, installed, editable or frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    out: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        out.append(Path(frozen) / name)
    out.append(_PKG.parent.parent / name)  # source checkout / editable install: <repo>/<name>
    out.append(Path(sys.prefix) / "share" / "recordroute" / name)
    return out


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
