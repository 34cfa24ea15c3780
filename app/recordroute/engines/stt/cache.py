"""Picking a device and keeping loaded Whisper models warm between files."""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...errors import ModelNotFoundError
from .fallback import make_deterministic
from .models import ResolvedModel

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

log = logging.getLogger(__name__)


# --- device --------------------------------------------------------------------------------------------------
def pick_device(requested: str = "auto") -> tuple[str, str]:
    """(device, compute_type): CUDA float16 when a GPU is present (or asked for), else CPU int8."""
    import ctranslate2

    requested = (requested or "auto").lower()
    if requested == "cpu":
        return "cpu", "int8"
    gpus = ctranslate2.get_cuda_device_count()
    if gpus > 0:
        return "cuda", "float16"
    if requested == "cuda":
        log.warning("CUDA was requested but no GPU is visible; using the CPU")
    return "cpu", "int8"


BATCH_REPLICAS = 2  # copies of the model decoding batches at once on a CPU (see replica_plan)
# The replicas are a second load beside the plain model: worth it for tiny, base and small (measured with base:
# +157 MB), not for medium and large, whose second copy would cost gigabytes of a laptop's memory.
REPLICA_MAX_BYTES = 600 * 1024**2


def replica_plan(
    device: str, cpu_threads: int, cores: int | None = None, model_bytes: int = 0
) -> tuple[int, int]:
    """(replicas, threads each) for batched decoding. On a CPU with 2 cores or more: two replicas of the
    model, each on its share of the threads, decoding two batches at once (CTranslate2 shares the weights
    between the replicas of one loaded model, but this is a second load beside the plain model). Measured on
    the 2-core box (bench/stt_batched.py --profile), two 1-thread replicas decode the same windows faster
    than one model on both cores, whose threads wait on each other in the decoder's small matrices.
    (1, cpu_threads): no replicas (GPU, one core, or weights over REPLICA_MAX_BYTES): batched decoding uses the
    ordinary model."""
    cores = cores if cores is not None else (os.cpu_count() or 1)
    total = cpu_threads if cpu_threads > 0 else cores
    if device != "cpu" or total < BATCH_REPLICAS or model_bytes > REPLICA_MAX_BYTES:
        return 1, cpu_threads
    return BATCH_REPLICAS, total // BATCH_REPLICAS


# --- warm models ---------------------------------------------------------------------------------------------
CacheKey = tuple[str, str, str, int, int]


def _load_whisper(
    resolved: ResolvedModel, device: str, compute_type: str, cpu_threads: int, workers: int = 1
) -> WhisperModel:
    from faster_whisper import WhisperModel

    try:
        model = WhisperModel(
            resolved.path_or_name,
            device=device,
            compute_type=compute_type,
            cpu_threads=cpu_threads,
            num_workers=workers,
            local_files_only=True,
        )
    except (RuntimeError, ValueError, OSError) as exc:
        raise ModelNotFoundError(
            f"could not load speech model '{resolved.name}' from {resolved.path_or_name}: {exc}",
            hint="the model files look damaged; reinstall recordroute[models] or replace the folder",
        ) from exc
    return make_deterministic(model)  # the same audio always gives the same transcript (fallback.py)


class ModelCache:
    """Thread-safe LRU of loaded WhisperModels. Each (model, device, compute type, threads, replicas) loads
    once; a model with replicas (for batched decoding, see replica_plan) is a second entry beside the plain one."""

    def __init__(
        self,
        capacity: int = 2,
        loader: Callable[..., WhisperModel] = _load_whisper,
    ) -> None:
        self.capacity = max(1, capacity)
        self._loader = loader
        self._lock = threading.Lock()
        self._models: OrderedDict[CacheKey, tuple[str, WhisperModel]] = OrderedDict()
        self._loading: dict[CacheKey, threading.Lock] = {}
        self.hits = 0
        self.loads = 0

    def get(
        self,
        resolved: ResolvedModel,
        device: str = "cpu",
        compute_type: str = "int8",
        cpu_threads: int = 0,
        workers: int = 1,
    ) -> WhisperModel:
        key = (resolved.path_or_name, device, compute_type, cpu_threads, workers)
        with self._lock:
            if key in self._models:
                self._models.move_to_end(key)
                self.hits += 1
                return self._models[key][1]
            key_lock = self._loading.setdefault(key, threading.Lock())
        with key_lock:  # a second caller for the same model waits for the first load instead of repeating it
            with self._lock:
                if key in self._models:
                    self._models.move_to_end(key)
                    self.hits += 1
                    return self._models[key][1]
            try:
                extra = (workers,) if workers != 1 else ()  # a loader may take only the first four
                model = self._loader(resolved, device, compute_type, cpu_threads, *extra)
            except BaseException:
                with self._lock:
                    self._loading.pop(key, None)
                raise
            with self._lock:  # publish and retire the load lock together, so no one starts a second load
                self.loads += 1
                self._models[key] = (resolved.name, model)
                self._loading.pop(key, None)
                while len(self._models) > self.capacity:
                    self._models.popitem(last=False)
            return model

    def unload(self, name: str) -> bool:
        """Forget every loaded copy of model `name`; True if one was loaded."""
        with self._lock:
            keys = [k for k, (n, _) in self._models.items() if n == name]
            for k in keys:
                del self._models[k]
            return bool(keys)

    def models_named(self, name: str) -> list[WhisperModel]:
        """The loaded copies of model `name` (to check, after an unload, that nothing else still holds one)."""
        with self._lock:
            return [m for n, m in self._models.values() if n == name]

    def loaded(self) -> list[str]:
        with self._lock:
            return list(dict.fromkeys(n for n, _ in self._models.values()))

    def clear(self) -> None:
        with self._lock:
            self._models.clear()


MODEL_CACHE = ModelCache()
