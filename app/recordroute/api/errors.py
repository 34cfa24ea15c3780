"""Errors as HTTP responses, in OpenAI's shape everywhere: {"error": {"message", "type", "param", "code"}}.

Typed app errors (recordroute.errors) map to statuses here, so routes just let them propagate.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import errors as E

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error a route raises on purpose, with its status and OpenAI error fields."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.headers = headers or {}


class Overloaded(ApiError):
    """A bounded queue is full or the rate limit hit: the client should retry after `retry_after` s."""

    def __init__(self, message: str, *, status: int = 503, retry_after: int = 2) -> None:
        super().__init__(
            status,
            message,
            type="server_busy" if status == 503 else "rate_limit_exceeded",
            code="queue_full" if status == 503 else "rate_limit_exceeded",
            headers={"Retry-After": str(max(1, retry_after))},
        )


def not_found(what: str) -> ApiError:
    return ApiError(404, what, type="not_found_error", code="not_found")


def error_body(
    message: str, type: str = "invalid_request_error", code: str | None = None, param: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


def error_response(
    status: int,
    message: str,
    type: str = "invalid_request_error",
    code: str | None = None,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(error_body(message, type, code, param), status_code=status, headers=headers)


# Most specific first: the first isinstance match wins.
_STATUS: list[tuple[type[BaseException], int, str]] = [
    (E.NotFoundError, 404, "not_found_error"),
    (E.FileNotFound, 404, "not_found_error"),
    (E.ModelNotFoundError, 404, "not_found_error"),
    (E.LLMModelMissing, 404, "not_found_error"),
    (E.LLMUnavailable, 503, "backend_unavailable"),
    (E.LLMTruncated, 502, "backend_error"),
    (E.LLMError, 502, "backend_error"),
    (E.Cancelled, 409, "cancelled"),
    (E.InputError, 400, "invalid_request_error"),
    (E.TemplateError, 400, "invalid_request_error"),
    (E.DiskFullError, 507, "server_error"),
    (E.StorageError, 500, "server_error"),
]


def status_for(exc: BaseException) -> tuple[int, str]:
    for cls, status, kind in _STATUS:
        if isinstance(exc, cls):
            return status, kind
    if isinstance(exc, E.RecordRouteError):
        # e.g. ModelCapabilityError (English-only model asked to translate): the request asked the impossible.
        return 400, "invalid_request_error"
    return 500, "server_error"


def app_error_response(exc: E.RecordRouteError) -> JSONResponse:
    status, kind = status_for(exc)
    return error_response(status, exc.user_text(), kind, exc.code)


def _validation_message(errors: list[dict[str, Any]]) -> tuple[str, str | None]:
    first = errors[0] if errors else {}
    loc = [str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path", "header")]
    param = ".".join(loc) or None
    msg = first.get("msg", "invalid request")
    return (f"{param}: {msg}" if param else msg), param


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into a JSON error body with the right status."""

    @app.exception_handler(ApiError)
    async def _api_error(_req: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.type, exc.code, exc.param, exc.headers)

    @app.exception_handler(E.RecordRouteError)
    async def _app_error(_req: Request, exc: E.RecordRouteError) -> JSONResponse:
        return app_error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_req: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        # A malformed id in the path (`../x`, `abc`) names no resource: 404, never a hint about the route.
        if any(e.get("loc", ("",))[0] == "path" for e in errors):
            return error_response(404, "not found", "not_found_error", "not_found")
        message, param = _validation_message(errors)
        return error_response(400, message, "invalid_request_error", "invalid_value", param)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_req: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = "not_found_error" if exc.status_code == 404 else "invalid_request_error"
        return error_response(
            exc.status_code, str(exc.detail), kind, None, None, dict(exc.headers) if exc.headers else None
        )

    @app.exception_handler(Exception)
    async def _crash(_req: Request, exc: Exception) -> JSONResponse:
        log.exception("API request failed: %s", exc)
        return error_response(500, f"internal error: {type(exc).__name__}", "server_error", "internal")
