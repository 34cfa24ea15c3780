"""The FastAPI application factory. The API is a face: it calls the pipeline and the store, never the GUI/CLI.

    app = create_app(ctx, token=ctx.settings.ensure_api_token())

Routes are module-level routers; each declares what it needs from the shared `ApiState` (api/state.py) with
the `StateDep` dependency. Middleware order (outermost first): metrics -> Host check -> CORS (only when origins
are configured) -> token / rate limit / body cap -> routes.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterable
from typing import Any

from fastapi import Depends, FastAPI
from starlette.middleware.cors import CORSMiddleware

from .. import __version__
from ..pipeline.context import AppContext
from ..pipeline.queue import JobQueue
from . import (
    admin_routes,
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


def create_app(
    ctx: AppContext,
    *,
    token: str,
    cors_origins: Iterable[str] = (),
    config: ApiConfig | None = None,
    job_queue: JobQueue | None = None,
) -> FastAPI:
    """Build the API. `job_queue`: pass the desktop app's queue to share it (its jobs, its live progress); by
    default the app has its own queue, whose worker starts and stops with the app's lifespan."""
    state = ApiState.build(ctx, token, config or ApiConfig(), job_queue)

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
        "except /health and these docs needs `Authorization: Bearer <token>`: press Authorize and "
        "paste the token (Settings.api_token) to try them out.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,  # /docs is served locally below
    )
    app.state.api = state
    errors.install(app, private_roots=[state.ctx.settings.data_dir, state.ctx.settings.model_dir])
    secured = [Depends(bearer_scheme)]
    app.include_router(ops_routes.router)
    app.include_router(docs_routes.router)
    for module in (
        openai_routes,
        openai_audio,
        native_routes,
        search_routes,
        speaker_routes,
        jobs_routes,
        admin_routes,
        models_routes,
    ):
        app.include_router(module.router, dependencies=secured)

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
    return app


def routes_summary(app: FastAPI) -> list[dict[str, Any]]:
    """(path, methods) of every route, for tests and the serve banner."""
    out = []
    for route in flat_routes(app):
        methods = sorted(getattr(route, "methods", None) or [])
        out.append({"path": getattr(route, "path", ""), "methods": methods})
    return out
