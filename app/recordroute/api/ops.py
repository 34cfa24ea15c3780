"""Operations: the Prometheus metrics and the middleware that measures requests (routes: ops_routes.py).

Requests are labelled with the route template (`/api/recordings/{rec_id}`), never the raw path, so ids in
URLs cannot blow up the number of series.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
)
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from .state import ApiState

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)


class Metrics:
    """One registry per app instance (several apps may live in one process, e.g. in tests)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "recordroute_http_requests_total",
            "HTTP requests by route template and status",
            ["method", "route", "status"],
            registry=r,
        )
        self.latency = Histogram(
            "recordroute_http_request_duration_seconds",
            "HTTP request latency",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.engine_seconds = Histogram(
            "recordroute_engine_work_seconds",
            "Time spent in engine work",
            ["engine"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.queue_depth = Gauge(
            "recordroute_queue_depth", "Requests waiting for an engine worker", ["engine"], registry=r
        )
        self.engine_busy = Gauge("recordroute_engine_busy", "Engine workers busy", ["engine"], registry=r)
        self.rejected = Gauge(
            "recordroute_engine_rejected_requests",
            "Requests refused so far because a queue was full",
            ["engine"],
            registry=r,
        )
        self.jobs_queued = Gauge(
            "recordroute_jobs_queued", "Pipeline jobs waiting in the persistent queue", registry=r
        )
        self.cache_hits = Gauge("recordroute_embed_cache_hits", "Embedding cache hits so far", registry=r)
        self.cache_misses = Gauge(
            "recordroute_embed_cache_misses", "Embedding cache misses so far", registry=r
        )

    def observe_engine(self, engine: str, seconds: float) -> None:
        self.engine_seconds.labels(engine).observe(seconds)

    def bind(self, state: ApiState) -> None:
        """Gauges read live values at scrape time."""
        for name, pool in state.serving.pools.items():
            self.queue_depth.labels(name).set_function(partial(_attr, pool, "depth"))
            self.engine_busy.labels(name).set_function(partial(_attr, pool, "busy"))
            self.rejected.labels(name).set_function(partial(_attr, pool, "rejected"))
        self.jobs_queued.set_function(lambda: _safe(state.queued_jobs))
        cache = state.serving.embed_cache
        self.cache_hits.set_function(lambda: cache.hits)
        self.cache_misses.set_function(lambda: cache.misses)


def _attr(obj: object, name: str) -> float:
    return float(getattr(obj, name))


def _safe(fn: Callable[[], int]) -> float:
    try:
        return float(fn())
    except Exception:  # a scrape must never fail because the DB is busy
        return float("nan")


def flat_routes(app: Any) -> list[Any]:
    """Every route as a plain route object with its full path (FastAPI >= 0.16x nests included routers)."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI: app.routes is already flat
        return list(getattr(app, "routes", ()))
    return [rc.original_route for rc in iter_route_contexts(app.routes)]


def route_template(routes: list[Any], scope: Scope) -> str:
    """The matched route's path template; for requests stopped before routing, match them here."""
    route = scope.get("route")
    if route is not None and getattr(route, "path", None):
        return str(route.path)
    for candidate in routes:
        try:
            match, _ = candidate.matches(scope)
        except Exception:
            continue
        if match == Match.FULL:
            return str(getattr(candidate, "path", "<unknown>"))
    return "<unmatched>"


class MetricsMiddleware:
    """Pure ASGI (no BaseHTTPMiddleware): counts every request, including ones refused by the security layer."""

    def __init__(self, app: ASGIApp, metrics: Metrics, router_app: Callable[[], Any]) -> None:
        self.app = app
        self.metrics = metrics
        self._router_app = router_app
        self._routes: list[Any] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500
        t0 = time.perf_counter()

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            if self._routes is None:
                self._routes = flat_routes(self._router_app())
            route = route_template(self._routes, scope)
            method = scope.get("method", "GET")
            self.metrics.requests.labels(method, route, str(status)).inc()
            self.metrics.latency.labels(method, route).observe(time.perf_counter() - t0)
