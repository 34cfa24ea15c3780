"""The serving engine: a bounded worker pool per engine, a per-token rate limit and an embeddings cache.
(Idle models are unloaded by the AppContext's reaper, as in every face.)

Engines are blocking and heavy, so each kind (stt, llm, embed) gets its own small thread pool and a bounded
wait list. When both are full the request is refused at once with 503 + Retry-After instead of piling up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from ..progress import CancelToken
from .config import ApiConfig
from .errors import Overloaded

log = logging.getLogger(__name__)
T = TypeVar("T")
Observer = Callable[[str, float], None]  # (engine, seconds of work)
_END = object()


class EnginePool:
    """`workers` threads and at most `queue` waiting calls; `run()` raises Overloaded when both are full."""

    def __init__(
        self, name: str, workers: int, queue: int, *, retry_after: int = 2, observe: Observer | None = None
    ) -> None:
        self.name = name
        self.workers = max(1, workers)
        self.capacity = self.workers + max(0, queue)
        self.retry_after = retry_after
        self._observe = observe
        self._executor = ThreadPoolExecutor(self.workers, thread_name_prefix=f"recordroute-api-{name}")
        self._lock = threading.Lock()
        self._pending = 0  # admitted calls not finished yet (running + waiting)
        self._running = 0
        self.rejected = 0

    @property
    def depth(self) -> int:
        """Calls waiting for a worker."""
        with self._lock:
            return self._pending - self._running

    @property
    def busy(self) -> int:
        with self._lock:
            return self._running

    def _admit(self) -> None:
        with self._lock:
            if self._pending >= self.capacity:
                self.rejected += 1
                raise Overloaded(
                    f"the {self.name} engine is busy ({self._pending} requests in progress); retry shortly",
                    status=503,
                    retry_after=self.retry_after,
                )
            self._pending += 1

    def _release(self) -> None:
        with self._lock:
            self._pending -= 1

    def _call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self._lock:
            self._running += 1
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - t0
            with self._lock:
                self._running -= 1
            if self._observe is not None:
                self._observe(self.name, elapsed)

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `fn` on this engine's pool and await its result (raises Overloaded when full)."""
        self._admit()
        try:
            future = self._executor.submit(self._call, fn, *args, **kwargs)
        except BaseException:
            self._release()
            raise
        # Released when the work ends, not when the caller stops waiting (a gone client's work still runs).
        future.add_done_callback(lambda _f: self._release())
        return await asyncio.wrap_future(future)

    def stream(self, work: Callable[[Callable[[Any], None], CancelToken], Any]) -> AsyncIterator[Any]:
        """Run `work(emit, cancel)` on the pool; iterate what it emits, then its return value.

        Admission happens now (so Overloaded is raised before a response starts). Closing the iterator early
        (client gone) cancels the work through the token. An exception in `work` re-raises in the iterator.
        """
        self._admit()
        loop = asyncio.get_running_loop()
        inbox: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        cancel = CancelToken()

        def put(kind: str, value: Any) -> None:
            with contextlib.suppress(RuntimeError):  # loop closed while shutting down
                loop.call_soon_threadsafe(inbox.put_nowait, (kind, value))

        def body() -> None:
            try:
                result = self._call(work, lambda item: put("item", item), cancel)
                put("done", result)
            except BaseException as exc:
                put("error", exc)
            finally:
                self._release()

        try:
            self._executor.submit(body)
        except BaseException:
            self._release()
            raise
        return _drain(inbox, cancel)

    def background(self, fn: Callable[[], Any]) -> None:
        """Run `fn` on a pool thread without waiting (e.g. loading a model at start); errors are logged."""

        def run() -> None:
            try:
                fn()
            except Exception:
                log.exception("background %s work failed", self.name)

        self._executor.submit(run)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


async def _drain(inbox: asyncio.Queue[tuple[str, Any]], cancel: CancelToken) -> AsyncIterator[Any]:
    try:
        while True:
            kind, value = await inbox.get()
            if kind == "item":
                yield value
            elif kind == "error":
                raise value
            else:
                if value is not None:
                    yield StreamResult(value)
                return
    finally:
        cancel.cancel()


class StreamResult:
    """The return value of a streamed work function, yielded last."""

    def __init__(self, value: Any) -> None:
        self.value = value


class RateLimiter:
    """Token bucket per key: `rate` requests a second on average, bursts up to `burst`."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = max(1, burst)
        self._lock = threading.Lock()
        self._buckets: dict[Hashable, tuple[float, float]] = {}

    def check(self, key: Hashable) -> float:
        """0 when allowed (and one token taken), else the seconds to wait before a token is free."""
        if self.rate <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate


class TTLCache:
    """A small thread-safe LRU whose entries expire after `ttl` seconds."""

    def __init__(self, maxsize: int, ttl: float) -> None:
        self.maxsize = maxsize
        self.ttl = ttl
        self._lock = threading.Lock()
        self._items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> Any | None:
        now = time.monotonic()
        with self._lock:
            item = self._items.get(key)
            if item is None or item[0] < now:
                if item is not None:
                    del self._items[key]
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return item[1]

    def put(self, key: Hashable, value: Any) -> None:
        if self.maxsize <= 0:
            return
        with self._lock:
            self._items[key] = (time.monotonic() + self.ttl, value)
            self._items.move_to_end(key)
            while len(self._items) > self.maxsize:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


class Serving:
    """Everything the routes share for scheduling work: pools, limiter, cache."""

    def __init__(self, config: ApiConfig, observe: Observer | None = None) -> None:
        self.config = config
        self.pools = {
            name: EnginePool(
                name,
                config.pool(name).workers,
                config.pool(name).queue,
                retry_after=config.retry_after,
                observe=observe,
            )
            for name in ("stt", "llm", "embed")
        }
        self.limiter = RateLimiter(config.rate_per_second, config.rate_burst)
        self.embed_cache = TTLCache(config.embed_cache_size, config.embed_cache_ttl)

    def pool(self, name: str) -> EnginePool:
        return self.pools[name]

    def rate_check(self, key: Hashable) -> None:
        wait = self.limiter.check(key)
        if wait > 0:
            raise Overloaded("rate limit exceeded; slow down", status=429, retry_after=math.ceil(wait))

    def stop(self) -> None:
        for pool in self.pools.values():
            pool.shutdown()
