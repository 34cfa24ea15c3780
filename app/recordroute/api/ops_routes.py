"""/health (no token needed) and Prometheus /metrics (token needed)."""

from __future__ import annotations

import time

from fastapi import APIRouter, Depends
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from .. import __version__ as APP_VERSION
from .schemas import Health
from .security import bearer_scheme
from .state import StateDep

router = APIRouter(tags=["ops"])


@router.get("/health", response_model=Health, summary="Liveness (no token needed)")
def health(state: StateDep) -> Health:
    return Health(status="ok", version=APP_VERSION, uptime=round(time.monotonic() - state.started, 3))


@router.get(
    "/metrics",
    response_class=Response,
    summary="Prometheus metrics",
    dependencies=[Depends(bearer_scheme)],
    responses={200: {"content": {CONTENT_TYPE_LATEST: {}}}},
)
def metrics(state: StateDep) -> Response:
    return Response(generate_latest(state.metrics.registry), media_type=CONTENT_TYPE_LATEST)
