"""The application context shared by every face: settings, the store and warm engines (loaded lazily)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..settings import Settings
from ..store import Store

if TYPE_CHECKING:
    from ..engines.stt import SttEngine

T = TypeVar("T")


class AppContext:
    """One per process. Engines are created on first use so faces start fast (no heavy imports up front)."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self.store = store or Store(settings.data_dir)
        self._lock = threading.Lock()
        self._engines: dict[str, Any] = {}

    @classmethod
    def open(cls, settings: Settings | None = None, *, recover: bool = True) -> AppContext:
        ctx = cls(settings or Settings.load())
        if recover:
            ctx.store.startup_recovery()
        return ctx

    def stt(self, model: str | None = None) -> SttEngine:
        from ..engines.stt import SttEngine  # heavy: faster-whisper / ctranslate2

        name = model or self.settings.stt_model
        key = f"stt:{name}"
        with self._lock:
            engine = self._engines.get(key)
            if engine is None:
                engine = SttEngine(name, model_dir=self.settings.model_dir, device=self.settings.stt_device)
                self._engines[key] = engine
        return engine

    def engine(self, key: str, factory: Callable[[], T]) -> T:
        """A warm object shared by every caller of this context (engines, search index, search cache), made once."""
        with self._lock:
            if key not in self._engines:
                self._engines[key] = factory()
            return self._engines[key]

    def drop_engine(self, key: str) -> None:
        with self._lock:
            self._engines.pop(key, None)

    @property
    def data_dir(self) -> Path:
        return self.settings.data_dir

    def close(self) -> None:
        self.store.close()
