"""The FastAPI application factory. The API is a face: it calls the pipeline and the store, never the GUI/CLI.

    app = create_app(ctx, token=ctx.settings.ensure_api_token())

Routes are module-level routers; each declares what it needs from the shared `ApiState` (api/state.py) with
the `StateDep` dependency. Middleware order (outermost first): metrics -> Host check -> CORS (only when origins
are configured) -> token / rate limit / body cap -> routes.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

from fastapi import Depends, FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .. import __version__
from ..pipeline.context import AppContext
from ..pipeline.queue import JobQueue
from . import (
    admin_routes,
    context_routes,
    docs_routes,
    errors,
    jobs_routes,
    models_routes,
    native_routes,
    openai_audio,
    openai_routes,
    ops_routes,
    search_routes,
    speaker_routes,
)
from .config import ApiConfig
from .ops import MetricsMiddleware, flat_routes
from .security import HostGuardMiddleware, SecurityMiddleware, bearer_scheme
from .state import ApiState

log = logging.getLogger(__name__)


class Mount(Protocol):
    """An ASGI endpoint another face provides (the MCP transport at /mcp), behind the same Host check, token,
    rate limit and body cap as every route; `running()` spans the API's lifespan."""

    path: str

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None: ...

    def running(self) -> AbstractAsyncContextManager[None]: ...


def create_app(
    ctx: AppContext,
    *,
    token: str,
    cors_origins: Iterable[str] = (),
    config: ApiConfig | None = None,
    job_queue: JobQueue | None = None,
    mounts: Sequence[Mount] = (),
) -> FastAPI:
    """Build the API. `job_queue`: pass the desktop app's queue to share it (its jobs, its live progress); by
    default the app has its own queue, whose worker starts and stops with the app's lifespan. `mounts`: ASGI
    endpoints of other faces, composed by the launchers (the API never imports another face)."""
    state = ApiState.build(ctx, token, config or ApiConfig(), job_queue)
    app = FastAPI(
        title="RecordRoute local API",
        version=__version__,
        description="OpenAI-compatible (/v1) and native (/api) endpoints of RecordRoute Desktop. Every route "
        "except /health and these docs needs `Authorization: Bearer <token>`: press Authorize and "
        "paste the token (Settings.api_token) to try them out.",
        lifespan=_lifespan(state, mounts),
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,  # /docs is served locally below
    )
    app.state.api = state
    errors.install(app, private_roots=[state.ctx.settings.data_dir, state.ctx.settings.model_dir])
    _add_routes(app, mounts)
    _add_middleware(app, state, cors_origins)
    return app


def _lifespan(
    state: ApiState, mounts: Sequence[Mount]
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """The app's lifespan: the shared state (its job queue) and every mount run while the app does."""

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        state.start()
        try:
            async with contextlib.AsyncExitStack() as stack:
                for mount in mounts:
                    await stack.enter_async_context(mount.running())
                yield
        finally:
            state.stop()

    return lifespan


def _add_routes(app: FastAPI, mounts: Sequence[Mount]) -> None:
    """Health and docs are open; every other router and every mount needs the token."""
    secured = [Depends(bearer_scheme)]
    app.include_router(ops_routes.router)
    app.include_router(docs_routes.router)
    for module in (
        openai_routes,
        openai_audio,
        native_routes,
        search_routes,
        speaker_routes,
        context_routes,
        jobs_routes,
        admin_routes,
        models_routes,
    ):
        app.include_router(module.router, dependencies=secured)
    for mount in mounts:  # the middleware below guards these like every route
        app.router.routes.append(Route(mount.path, mount, methods=["GET", "POST", "DELETE"]))


def _add_middleware(app: FastAPI, state: ApiState, cors_origins: Iterable[str]) -> None:
    """Added innermost first: the last added runs first (metrics -> Host check -> CORS -> token/limits)."""
    app.add_middleware(SecurityMiddleware, state=state)
    origins = [o for o in cors_origins if o]
    if origins:  # no CORS headers at all unless origins are configured explicitly
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["*"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(HostGuardMiddleware, state=state)
    app.add_middleware(MetricsMiddleware, metrics=state.metrics, router_app=lambda: app)


def routes_summary(app: FastAPI) -> list[dict[str, Any]]:
    """(path, methods) of every route, for tests and the serve banner."""
    out = []
    for route in flat_routes(app):
        methods = sorted(getattr(route, "methods", None) or [])
        out.append({"path": getattr(route, "path", ""), "methods": methods})
    return out
