"""The application context shared by every face: settings, the store and warm engines (loaded lazily).

Warm models are unloaded when nobody used them for `settings.model_idle_ttl` seconds (a reaper thread per
context), so a GUI left open or a long `recordroute` run gives its memory back; the next use reloads them.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import logging
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..settings import Settings
from ..store import Store

if TYPE_CHECKING:
    from ..engines.stt import SttEngine

T = TypeVar("T")
log = logging.getLogger(__name__)

EMBED_KEY = "embed"  # the pipeline's embedder (the settings' choice)
EMBED_PREFIX = "embed:"  # an embedder asked for by name (the API's /v1/embeddings)


def _is_model_slot(key: str) -> bool:
    return key.startswith(("stt:", EMBED_PREFIX)) or key == EMBED_KEY


def embed_key(name: str) -> str:
    return EMBED_PREFIX + name


def release_memory() -> None:
    """Collect garbage and hand freed heap pages back to the OS (glibc keeps them otherwise)."""
    gc.collect()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)


class AppContext:
    """One per process. Engines are created on first use so faces start fast (no heavy imports up front)."""

    def __init__(
        self, settings: Settings, store: Store | None = None, *, idle_ttl: float | None = None
    ) -> None:
        self.settings = settings
        self.store = store or Store(settings.data_dir)
        self._lock = threading.Lock()
        self._engines: dict[str, Any] = {}
        self.idle_ttl = float(settings.model_idle_ttl if idle_ttl is None else idle_ttl)
        self._last_used: dict[str, float] = {}
        self._busy: dict[str, int] = {}
        self._stop = threading.Event()
        self._reaper: threading.Thread | None = None
        self.unloads = 0  # idle models unloaded and their memory released (for status pages and tests)

    @classmethod
    def open(cls, settings: Settings | None = None, *, recover: bool = True) -> AppContext:
        ctx = cls(settings or Settings.load())
        if recover:
            ctx.store.startup_recovery()
        return ctx

    def stt_key(self, model: str | None = None) -> str:
        return f"stt:{model or self.settings.stt_model}"

    def stt(self, model: str | None = None) -> SttEngine:
        from ..engines.stt import SttEngine  # heavy: faster-whisper / ctranslate2

        name = model or self.settings.stt_model
        key = self.stt_key(name)
        with self._lock:
            engine = self._engines.get(key)
            if engine is None:
                engine = SttEngine(name, model_dir=self.settings.model_dir, device=self.settings.stt_device)
                self._engines[key] = engine
            self._touch(key)
        return engine

    def engine(self, key: str, factory: Callable[[], T]) -> T:
        """A warm object shared by every caller of this context (engines, search index, search cache), made once."""
        with self._lock:
            if key not in self._engines:
                self._engines[key] = factory()
            self._touch(key)
            return self._engines[key]

    def loaded_engines(self) -> dict[str, Any]:
        """A snapshot of the warm-engine slots."""
        with self._lock:
            return dict(self._engines)

    def drop_engine(self, key: str) -> None:
        with self._lock:
            self._engines.pop(key, None)
            self._last_used.pop(key, None)

    # --- idle unloading ----------------------------------------------------------------------------------------
    def _touch(self, key: str) -> None:
        """Called with the lock held."""
        if _is_model_slot(key):
            self._last_used[key] = time.monotonic()
            self._start_reaper()

    @contextlib.contextmanager
    def busy(self, key: str) -> Iterator[None]:
        """Mark a model slot in use (a transcription longer than the TTL must not lose its model)."""
        with self._lock:
            self._busy[key] = self._busy.get(key, 0) + 1
        try:
            yield
        finally:
            with self._lock:
                self._busy[key] -= 1
                if not self._busy[key]:
                    del self._busy[key]
                if key in self._last_used:
                    self._last_used[key] = time.monotonic()

    def idle_seconds(self, key: str) -> float | None:
        with self._lock:
            t = self._last_used.get(key)
        return None if t is None else time.monotonic() - t

    def reap(self, now: float | None = None) -> list[str]:
        """Unload every model idle longer than the TTL and not in use; returns the slots unloaded."""
        if self.idle_ttl <= 0:
            return []
        now = time.monotonic() if now is None else now
        with self._lock:
            idle = [
                k
                for k, t in self._last_used.items()
                if now - t > self.idle_ttl and not self._busy.get(k) and self._holds_model(k)
            ]
            engines = [(k, self._engines.pop(k, None)) for k in idle]
            for k in idle:
                del self._last_used[k]
        for key, engine in engines:
            if engine is not None:
                self._release(key, engine)
        if engines:
            release_memory()
            with self._lock:
                self.unloads += len(engines)
        return idle

    def _holds_model(self, key: str) -> bool:
        """False for a speech slot whose model is not loaded yet (a load may be under way: keep the slot, so
        the model it loads is still tracked and unloaded later)."""
        if not key.startswith("stt:"):
            return True
        engine = self._engines.get(key)
        resolved = getattr(engine, "_resolved", None)
        cache = getattr(engine, "cache", None)
        return resolved is not None and cache is not None and bool(cache.models_named(resolved.name))

    def _release(self, key: str, engine: Any) -> None:
        """Drop the process-wide cache entries behind a slot, so the model's memory can really be freed."""
        loaded: list[weakref.ref[Any]] = []
        if key.startswith("stt:"):
            from ..engines.stt import MODEL_CACHE

            resolved = getattr(engine, "_resolved", None)
            if resolved is not None:
                for cache in {
                    id(c): c for c in (MODEL_CACHE, getattr(engine, "cache", MODEL_CACHE))
                }.values():
                    loaded += [weakref.ref(m) for m in cache.models_named(resolved.name)]
                    cache.unload(resolved.name)
        elif key == EMBED_KEY or key.startswith(EMBED_PREFIX):
            from ..engines.embed import EMBED_CACHE

            loaded.append(weakref.ref(engine))
            EMBED_CACHE.unload(getattr(engine, "name", ""))
        del engine
        release_memory()
        if any(ref() is not None for ref in loaded):
            log.debug("idle model %s is still referenced elsewhere; it is freed when that use ends", key)
        else:
            log.info("unloaded idle model %s", key)

    def _start_reaper(self) -> None:
        """Called with the lock held: one daemon thread per context, only when a TTL is set."""
        if self.idle_ttl <= 0 or self._reaper is not None or self._stop.is_set():
            return
        interval = max(0.05, min(30.0, self.idle_ttl / 4))

        def loop() -> None:
            while not self._stop.wait(interval):
                try:
                    self.reap()
                except Exception:  # the reaper must keep running
                    log.exception("unloading idle models failed")

        reaper = threading.Thread(target=loop, name="recordroute-model-reaper", daemon=True)
        reaper.start()
        self._reaper = reaper  # published only once started: close() on another thread may join it at once

    @property
    def data_dir(self) -> Path:
        return self.settings.data_dir

    def close(self) -> None:
        hooks = self._engines.get("hooks")  # deliveries still due get a few seconds (a CLI run ends here)
        if hooks is not None:
            hooks.close()
        self._stop.set()
        if self._reaper is not None and self._reaper is not threading.current_thread():
            self._reaper.join(timeout=2)
        self.store.close()
