"""What the app knows about one model: catalogue facts plus where (and whether) it is on this machine."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..model_catalog import CatalogEntry

SOURCES = ("bundled", "project", "model_dir", "downloaded", "imported")


@dataclass
class ModelState:
    kind: str
    name: str
    present: bool
    source: str | None = None  # one of SOURCES when present
    path: str | None = None
    size: int = 0  # bytes on disk (0 when absent)
    repo: str = ""
    revision: str = ""
    download_size: int = 0
    languages: str = ""
    note: str = ""
    korean: bool = False
    verified_at: float | None = None
    files: dict[str, Path] = field(default_factory=dict, repr=False)  # archive name -> file, for export

    @property
    def managed(self) -> bool:
        """Downloaded or imported: the app owns the folder and may delete it."""
        return self.source in ("downloaded", "imported")

    def with_catalog(self, entry: CatalogEntry | None) -> ModelState:
        if entry is not None:
            self.repo = self.repo or entry.repo
            self.download_size = entry.size
            self.languages, self.note, self.korean = entry.languages, entry.note, entry.korean
        return self

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("files")
        return data
