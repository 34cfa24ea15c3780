"""Warm models, owned by the engines: one typed registry of the speech, embedding and diarization models a
process keeps loaded, with the bookkeeping that lets an idle one be unloaded.

A slot is keyed by `SlotKey(kind, name)`: the kind says which engine owns it, the name is what the caller asked
for ("" = the settings' choice). Which model a slot really holds is the engine's answer (`which_model`), and
unloading goes through the engine's own cache, so nothing outside the engines reads their private state.
The reaper thread that calls `reap` lives with its owner (the pipeline's AppContext); this registry is pure.
"""

from __future__ import annotations

import contextlib
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

T = TypeVar("T")


class ModelKind(StrEnum):
    SPEECH = "stt"
    EMBEDDING = "embed"
    DIARIZATION = "diarize"


@dataclass(frozen=True)
class SlotKey:
    kind: ModelKind
    name: str = ""  # what the caller asked for; "" = the settings' choice

    def __str__(self) -> str:  # the log and status form: "stt:small", "embed"
        return f"{self.kind}:{self.name}" if self.name else str(self.kind)


@dataclass(frozen=True)
class Owner:
    """How the engine that owns a kind of slot answers for it (registered by that engine's package, so this
    registry imports no engine and a face that never loads a model never imports one)."""

    which: Callable[[Any], str | None]  # the model a warm object holds (None: not resolved yet)
    release: Callable[[Any], list[Any]]  # drop it from the engine's caches; returns what was loaded
    loaded: Callable[[Any], bool] = lambda _obj: True  # False while a load may still be under way


_OWNERS: dict[ModelKind, Owner] = {}


def register_owner(kind: ModelKind, owner: Owner) -> None:
    _OWNERS[kind] = owner


def which_model(key_or_kind: SlotKey | ModelKind, obj: object) -> str | None:
    """The name of the model a warm object holds, as its engine answers (None: not resolved yet)."""
    kind = key_or_kind.kind if isinstance(key_or_kind, SlotKey) else key_or_kind
    owner = _OWNERS.get(kind)
    if owner is not None:
        return owner.which(obj)
    name = getattr(obj, "name", None)  # no engine registered (nothing of that kind loaded): its name
    return name if isinstance(name, str) else None


def holds_model(key: SlotKey, obj: object) -> bool:
    """False for a slot whose model is not loaded yet (a load may be under way: keep the slot, so the model it
    loads is still tracked and unloaded later)."""
    owner = _OWNERS.get(key.kind)
    return True if owner is None or obj is None else owner.loaded(obj)


def release(key: SlotKey, obj: object) -> list[weakref.ref[Any]]:
    """Drop the process-wide cache entries behind a slot; returns weak references to what was loaded, so the
    caller can tell whether something else still holds the model."""
    owner = _OWNERS.get(key.kind)
    loaded: list[weakref.ref[Any]] = []
    for item in owner.release(obj) if owner is not None else []:
        with contextlib.suppress(TypeError):  # some objects cannot be weakly referenced
            loaded.append(weakref.ref(item))
    return loaded


class WarmModels:
    """The registry: slots made once on first use, last-use times, and a busy count per slot."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots: dict[SlotKey, Any] = {}
        self._last_used: dict[SlotKey, float] = {}
        self._busy: dict[SlotKey, int] = {}
        self.on_touch: Callable[[], None] = lambda: None  # the owner starts its reaper here

    def get(self, key: SlotKey, factory: Callable[[], T]) -> T:
        with self._lock:
            if key not in self._slots:
                self._slots[key] = factory()
            self._last_used[key] = time.monotonic()
            obj: T = self._slots[key]
        self.on_touch()
        return obj

    def snapshot(self) -> dict[SlotKey, Any]:
        with self._lock:
            return dict(self._slots)

    def drop(self, key: SlotKey) -> None:
        with self._lock:
            self._slots.pop(key, None)
            self._last_used.pop(key, None)

    def holding(self, kind: ModelKind, model: str) -> list[SlotKey]:
        """The slots of `kind` whose engine holds `model` (a slot is keyed by the name it was asked for)."""
        return [k for k, v in self.snapshot().items() if k.kind is kind and which_model(kind, v) == model]

    @contextlib.contextmanager
    def busy(self, key: SlotKey) -> Iterator[None]:
        """Mark a slot in use (a transcription longer than the idle time must not lose its model)."""
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

    def idle_seconds(self, key: SlotKey) -> float | None:
        with self._lock:
            t = self._last_used.get(key)
        return None if t is None else time.monotonic() - t

    def take_idle(self, ttl: float, now: float) -> list[tuple[SlotKey, Any]]:
        """Remove and return the slots idle longer than `ttl` and not in use."""
        with self._lock:
            idle = [
                k
                for k, t in self._last_used.items()
                if now - t > ttl and not self._busy.get(k) and holds_model(k, self._slots.get(k))
            ]
            out = [(k, self._slots.pop(k, None)) for k in idle]
            for k in idle:
                del self._last_used[k]
        return out
