"""The models we manage (downloaded or imported) and when each model was last verified.

A small JSON file, `<data dir>/models/registry.json`, written atomically under a cross-process lock so the
GUI, the CLI and `serve` can change it at once. Paths are stored relative to the models folder, so the data
dir can be moved.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from ..safepaths import UnsafePathError, join_under, relative_parts
from ..settings import Settings
from ..store.files import atomic_write_text
from ..store.locks import InterProcessLock
from .model_catalog import KINDS, kind_folder

log = logging.getLogger(__name__)

REGISTRY = "registry.json"
STAGING = ".staging"
VERSION = 1


def default_models_root() -> Path:
    """`<data dir>/models`, the data dir as the settings say (environment first, then the settings file)."""
    env = os.environ.get("RECORDROUTE_DATA_DIR")
    if env:
        return Path(env).expanduser() / "models"
    try:
        return Settings.load().data_dir / "models"
    except Exception as exc:  # an unreadable settings file must not stop model lookups
        log.debug("settings unreadable, using the default data dir: %s", exc)
        return Path(platformdirs.user_data_dir("recordroute", appauthor=False)) / "models"


def kind_dir(root: Path, kind: str) -> Path:
    return root / kind_folder(kind)


@dataclass
class ModelRecord:
    kind: str
    name: str
    path: str  # relative to the models root
    source: str  # "downloaded" | "imported"
    repo: str = ""
    revision: str = ""
    size: int = 0
    files: dict[str, str] = field(default_factory=dict)  # relative path -> sha256
    added_at: float = 0.0
    verified_at: float | None = None

    def folder(self, root: Path) -> Path:
        """The model's folder: always `<root>/<kind>/<name>`-shaped and inside `root` (a record from a restored
        or edited registry.json naming `/home` or `../..` is refused, so `models delete` cannot reach it)."""
        return join_under(root, self.path, what="the model record's path")

    def problem(self, root: Path) -> str | None:
        """Why this record cannot be trusted, or None."""
        try:
            parts = relative_parts(self.path, what="the model record's path")
            if len(parts) != 2 or parts[0] != kind_folder(self.kind):
                return f"path {self.path!r} is not <kind>/<name>"
            self.folder(root)
            for rel in self.files:
                relative_parts(rel, what="a file of the model record")
        except UnsafePathError as exc:
            return exc.message
        return None


class Registry:
    """Read fresh on every call (another process may have changed it); writes replace the whole file."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_models_root()
        self.path = self.root / REGISTRY
        self._lock = InterProcessLock(self.root / ".registry.lock")

    # --- reading ------------------------------------------------------------------------------------------
    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"version": VERSION, "models": [], "verified": {}}
        except (OSError, ValueError) as exc:
            # Kept, not reset: the folders are still there, and `models list` shows them as unregistered.
            log.warning("model registry %s is unreadable (%s); treating it as empty", self.path, exc)
            return {"version": VERSION, "models": [], "verified": {}}
        data.setdefault("models", [])
        data.setdefault("verified", {})
        return data

    def records(self, kind: str | None = None) -> list[ModelRecord]:
        out = []
        for raw in self._read()["models"]:
            try:
                rec = ModelRecord(**raw)
            except TypeError:
                continue
            if not isinstance(rec.path, str) or not isinstance(rec.files, dict):
                continue
            if (why := rec.problem(self.root)) is not None:
                log.warning("model registry %s: record %r ignored: %s", self.path, rec.name, why)
                continue
            if rec.kind in KINDS and (kind is None or rec.kind == kind):
                out.append(rec)
        return out

    def find(self, name_or_repo: str, kind: str | None = None) -> ModelRecord | None:
        """A record whose name, repository id or folder name is `name_or_repo` (any case) and whose folder exists."""
        want = name_or_repo.strip().lower()
        for rec in self.records(kind):
            keys = {rec.name.lower(), rec.repo.lower(), Path(rec.path).name.lower()}
            if want in keys and rec.folder(self.root).is_dir():
                return rec
        return None

    def verified_at(self, path: Path) -> float | None:
        value = self._read()["verified"].get(str(Path(path).resolve()))
        return float(value) if isinstance(value, (int, float)) else None

    # --- writing ------------------------------------------------------------------------------------------
    def _write(self, data: dict[str, Any]) -> None:
        data["version"] = VERSION
        atomic_write_text(self.path, json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True))

    def put(self, rec: ModelRecord) -> None:
        with self._lock:
            data = self._read()
            data["models"] = [
                m for m in data["models"] if not (m.get("kind") == rec.kind and m.get("name") == rec.name)
            ]
            if not rec.added_at:
                rec.added_at = time.time()
            data["models"].append(asdict(rec))
            self._write(data)

    def remove(self, kind: str, name: str) -> None:
        with self._lock:
            data = self._read()
            data["models"] = [
                m for m in data["models"] if not (m.get("kind") == kind and m.get("name") == name)
            ]
            self._write(data)

    def mark_verified(self, path: Path, when: float | None = None) -> float:
        """Remember that the model at `path` passed verification (any model: bundled ones too)."""
        when = time.time() if when is None else when
        key = str(Path(path).resolve())
        with self._lock:
            data = self._read()
            data["verified"][key] = when
            for m in data["models"]:
                if str((self.root / m.get("path", "")).resolve()) == key:
                    m["verified_at"] = when
            self._write(data)
        return when

    def staging(self) -> Path:
        return self.root / STAGING
