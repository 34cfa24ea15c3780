"""The FastAPI application factory. The API is a face: it calls the pipeline and the store, never the GUI/CLI.

    app = create_app(ctx, token=ctx.settings.ensure_api_token())

Middleware order (outermost first): metrics -> Host check -> CORS (only when origins are configured) ->
token / rate limit / body cap -> routes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterable
from typing import Any

from fastapi import Depends, FastAPI, Request
from starlette.middleware.cors import CORSMiddleware

from .. import __version__
from ..pipeline.context import AppContext
from ..pipeline.queue import JobQueue
from ..pipeline.runner import JobEvent
from . import errors
from .config import ApiConfig
from .ops import Metrics, MetricsMiddleware, flat_routes
from .security import HostGuardMiddleware, SecurityMiddleware, bearer_scheme
from .serving import Serving

log = logging.getLogger(__name__)


class JobEventHub:
    """Fans job events out from worker threads to SSE subscribers on the event loop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subs: list[tuple[asyncio.AbstractEventLoop, asyncio.Queue[JobEvent]]] = []

    def subscribe(self) -> asyncio.Queue[JobEvent]:
        q: asyncio.Queue[JobEvent] = asyncio.Queue(maxsize=1000)
        with self._lock:
            self._subs.append((asyncio.get_running_loop(), q))
        return q

    def unsubscribe(self, q: asyncio.Queue[JobEvent]) -> None:
        with self._lock:
            self._subs = [(lp, s) for lp, s in self._subs if s is not q]

    def publish(self, event: JobEvent) -> None:
        with self._lock:
            subs = list(self._subs)
        for loop, q in subs:
            with contextlib.suppress(RuntimeError):  # that loop is closed
                loop.call_soon_threadsafe(_offer, q, event)

    @property
    def subscribers(self) -> int:
        with self._lock:
            return len(self._subs)


def _offer(q: asyncio.Queue[JobEvent], event: JobEvent) -> None:
    with contextlib.suppress(asyncio.QueueFull):  # a stalled client loses progress ticks, not the server
        q.put_nowait(event)


class ApiState:
    """Everything routes share, reachable as `request.app.state.api`."""

    def __init__(self, ctx: AppContext, token: str, config: ApiConfig, job_queue: JobQueue | None) -> None:
        if not token:
            raise ValueError("the API needs a token (Settings.ensure_api_token())")
        self.ctx = ctx
        self.token = token
        self.config = config
        self.started = time.monotonic()
        self.metrics = Metrics()
        self.serving = Serving(config, self.unload_model, observe=self.metrics.observe_engine)
        self.events = JobEventHub()
        self.llm_models_cache: tuple[float, list[str]] | None = None  # (when, names) for /v1/models
        self.owns_queue = job_queue is None and config.run_jobs
        self.jobs = job_queue if job_queue is not None else (
            JobQueue(ctx, workers=config.job_workers) if config.run_jobs else None)
        self.metrics.bind(self)

    def queued_jobs(self) -> int:
        return len(self.ctx.store.jobs.list(states=("queued",), limit=100_000))

    # --- models (shared with the admin routes and the idle reaper) --------------------------------------------
    def unload_model(self, kind: str, name: str) -> bool:
        if kind == "stt":
            from ..engines.stt import MODEL_CACHE
            from ..engines.stt.models import canonical_name

            self.ctx.drop_engine(f"stt:{name}")
            return MODEL_CACHE.unload(canonical_name(name))
        if kind == "embedding":
            from ..engines.embed import EMBED_CACHE

            # The embedder cache cannot drop one key; embedders reload in about a second.
            had = len(EMBED_CACHE) > 0
            EMBED_CACHE.clear()
            self.serving.embed_cache.clear()
            return had
        return False

    def preload_stt(self) -> None:
        engine = self.ctx.stt(self.ctx.settings.stt_model)
        engine.load()
        self.serving.models.touch("stt", engine.resolved.name)

    # --- lifecycle ------------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.serving.start()
        if self.config.preload_stt:
            self.serving.pool("stt").background(self.preload_stt)
        if self.jobs is not None:
            self.jobs.add_listener(self.events.publish)
            if self.owns_queue:
                self.jobs.start()

    def stop(self) -> None:
        if self.jobs is not None:
            self.jobs.remove_listener(self.events.publish)
            if self.owns_queue:
                self.jobs.stop()
        self.serving.stop()


def state_of(request: Request) -> ApiState:
    return request.app.state.api  # type: ignore[no-any-return]


def create_app(
    ctx: AppContext, *, token: str, cors_origins: Iterable[str] = (), config: ApiConfig | None = None,
    job_queue: JobQueue | None = None,
) -> FastAPI:
    """Build the API. `job_queue`: pass the GUI's queue to share it; by default the app runs its own worker
    (started and stopped with the app's lifespan)."""
    from . import admin_routes, jobs_routes, native_routes, openai_audio, openai_routes, ops, speaker_routes

    state = ApiState(ctx, token, config or ApiConfig(), job_queue)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        state.start()
        try:
            yield
        finally:
            state.stop()

    app = FastAPI(
        title="RecordRoute local API",
        version=__version__,
        description="OpenAI-compatible (/v1) and native (/api) endpoints of RecordRoute Desktop. Every route "
                    "except /health needs `Authorization: Bearer <token>`.",
        lifespan=lifespan,
    )
    app.state.api = state
    errors.install(app)
    secured = [Depends(bearer_scheme)]
    app.include_router(ops.router(state_of))
    app.include_router(openai_routes.router(state_of), dependencies=secured)
    app.include_router(openai_audio.router(state_of), dependencies=secured)
    app.include_router(native_routes.router(state_of), dependencies=secured)
    app.include_router(jobs_routes.router(state_of), dependencies=secured)
    app.include_router(admin_routes.router(state_of), dependencies=secured)
    app.include_router(speaker_routes.router(state_of), dependencies=secured)

    app.add_middleware(SecurityMiddleware, state=state)
    origins = [o for o in cors_origins if o]
    if origins:  # no CORS headers at all unless origins are configured explicitly
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["*"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(HostGuardMiddleware, state=state)
    app.add_middleware(MetricsMiddleware, metrics=state.metrics, router_app=lambda: app)
    return app


def routes_summary(app: FastAPI) -> list[dict[str, Any]]:
    """(path, methods) of every route, for tests and the serve banner."""
    out = []
    for route in flat_routes(app):
        methods = sorted(getattr(route, "methods", None) or [])
        out.append({"path": getattr(route, "path", ""), "methods": methods})
    return out
