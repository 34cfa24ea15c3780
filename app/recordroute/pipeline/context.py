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
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..engines.slots import ModelKind, SlotKey, WarmModels, release
from ..settings import Settings
from ..store import Store

if TYPE_CHECKING:
    from ..engines.stt import SttEngine

T = TypeVar("T")
log = logging.getLogger(__name__)
DECODER_WAIT_SECONDS = 10.0  # at close: a cancelled transcription's last window (a batch of them: longer)

EMBED_KEY = SlotKey(ModelKind.EMBEDDING)  # the pipeline's embedder (the settings' choice)


def embed_key(name: str) -> SlotKey:
    """An embedder asked for by name (the API's /v1/embeddings)."""
    return SlotKey(ModelKind.EMBEDDING, name)


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
        self._engines: dict[str, Any] = {}  # shared objects that are not models (search index, search cache)
        self.models = WarmModels()  # warm models: the engines' typed registry
        self.models.on_touch = self._start_reaper
        self.idle_ttl = float(settings.model_idle_ttl if idle_ttl is None else idle_ttl)
        self._stop = threading.Event()
        self._reaper: threading.Thread | None = None
        self.unloads = 0  # idle models unloaded and their memory released (for status pages and tests)

    @classmethod
    def open(cls, settings: Settings | None = None, *, recover: bool = True) -> AppContext:
        ctx = cls(settings or Settings.load())
        if recover:
            ctx.store.startup_recovery()
        return ctx

    def stt_key(self, model: str | None = None) -> SlotKey:
        return SlotKey(ModelKind.SPEECH, model or self.settings.stt_model)

    def stt(self, model: str | None = None) -> SttEngine:
        from ..engines.stt import SttEngine  # heavy: faster-whisper / ctranslate2

        name = model or self.settings.stt_model
        return self.models.get(
            self.stt_key(name),
            lambda: SttEngine(name, model_dir=self.settings.model_dir, device=self.settings.stt_device),
        )

    def model(self, key: SlotKey, factory: Callable[[], T]) -> T:
        """A warm model shared by every caller of this context, made once, unloaded when idle."""
        return self.models.get(key, factory)

    def engine(self, key: str, factory: Callable[[], T]) -> T:
        """A warm object that is not a model (search index, search cache), made once, kept while the context lives."""
        with self._lock:
            if key not in self._engines:
                self._engines[key] = factory()
            obj: T = self._engines[key]
            return obj

    def loaded_engines(self) -> dict[str, Any]:
        """A snapshot of the shared objects that are not models (models: `loaded_models`)."""
        with self._lock:
            return dict(self._engines)

    def loaded_models(self) -> dict[SlotKey, Any]:
        """A snapshot of the warm-model slots."""
        return self.models.snapshot()

    def drop_model(self, key: SlotKey) -> None:
        self.models.drop(key)

    # --- idle unloading ----------------------------------------------------------------------------------------
    def busy(self, key: SlotKey) -> contextlib.AbstractContextManager[None]:
        """Mark a model slot in use (a transcription longer than the TTL must not lose its model)."""
        return self.models.busy(key)

    def idle_seconds(self, key: SlotKey) -> float | None:
        return self.models.idle_seconds(key)

    def reap(self, now: float | None = None) -> list[SlotKey]:
        """Unload every model idle longer than the TTL and not in use; returns the slots unloaded."""
        if self.idle_ttl <= 0:
            return []
        now = time.monotonic() if now is None else now
        taken = self.models.take_idle(self.idle_ttl, now)
        for key, engine in taken:
            if engine is not None:
                self._release(key, engine)
        if taken:
            release_memory()
            with self._lock:
                self.unloads += len(taken)
        return [k for k, _ in taken]

    def _release(self, key: SlotKey, engine: Any) -> None:
        """Drop the process-wide cache entries behind a slot, so the model's memory can really be freed."""
        loaded = release(key, engine)
        del engine
        release_memory()
        if any(ref() is not None for ref in loaded):
            log.debug("idle model %s is still referenced elsewhere; it is freed when that use ends", key)
        else:
            log.info("unloaded idle model %s", key)

    def _start_reaper(self) -> None:
        """One daemon thread per context, only when a TTL is set."""
        with self._lock:
            self._start_reaper_locked()

    def _start_reaper_locked(self) -> None:
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
        _wait_for_decoders(DECODER_WAIT_SECONDS)
        self.store.close()


def _wait_for_decoders(timeout: float) -> None:
    """Let speech workers of cancelled transcriptions (a quit cancels the running job) finish their window
    before the process goes on to exit; the engine joins any still running at interpreter exit, where one
    left inside CTranslate2 would abort the process. Only when the speech engine was loaded (it is heavy)."""
    workers = sys.modules.get(f"{__package__.rpartition('.')[0]}.engines.stt.workers")
    if workers is not None:
        workers.wait_stopped(timeout)
