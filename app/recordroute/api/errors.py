"""Errors as HTTP responses, in OpenAI's shape everywhere: {"error": {"message", "type", "param", "code"}}.

Typed app errors (recordroute.errors) map to statuses here, so routes just let them propagate.
"""

from __future__ import annotations

import logging
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
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


MODELS_HINT = "GET /v1/models lists this server's models; install more in Settings > Models"


def model_not_found(name: str, kind: str = "") -> ApiError:
    """OpenAI's shape for an unknown model (type invalid_request_error, code model_not_found, param model)."""
    what = f"{kind} model" if kind else "model"
    return ApiError(
        404,
        f"the {what} '{name}' does not exist on this server ({MODELS_HINT})",
        code="model_not_found",
        param="model",
    )


# --- no server paths in messages ----------------------------------------------------------------------------
_ROOTS: set[str] = set()


def add_private_roots(roots: Iterable[str | Path | None]) -> None:
    """Folders of this server (data, models, home, the Python install) that no API message may show."""
    for root in roots:
        if root is None:
            continue
        text = str(root).rstrip("/\\")
        if len(text) > 1:
            _ROOTS.add(text)


add_private_roots(
    [Path.home(), sys.prefix, sys.base_prefix, tempfile.gettempdir(), Path(__file__).parents[2]]
)


def scrub_paths(text: str) -> str:
    """Replace any path under a private root with "<server folder>" (longest roots first)."""
    for root in sorted(_ROOTS, key=len, reverse=True):
        text = re.sub(re.escape(root) + r"[^\s'\"(),;]*", "<server folder>", text)
    return text


def error_body(
    message: str, type: str = "invalid_request_error", code: str | None = None, param: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": scrub_paths(message), "type": type, "param": param, "code": code}}


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
    status, body = error_fields(exc)
    return JSONResponse(body, status_code=status)


def error_fields(exc: BaseException) -> tuple[int, dict[str, Any]]:
    """(HTTP status, OpenAI error body) of any failure, as the routes and the stream's error event send it."""
    if isinstance(exc, ApiError):
        return exc.status, error_body(exc.message, exc.type, exc.code, exc.param)
    if isinstance(exc, E.LLMContextExceeded):
        return 400, error_body(
            exc.user_text(), "invalid_request_error", "context_length_exceeded", "messages"
        )
    if isinstance(exc, E.LLMModelMissing):
        return 404, error_body(exc.user_text(), "invalid_request_error", "model_not_found", "model")
    if isinstance(exc, E.ModelNotFoundError):
        # The engine's message lists the folders it searched: an API client gets the name and the way out.
        if exc.model:
            err = model_not_found(exc.model)
            return err.status, error_body(err.message, err.type, err.code, err.param)
        return 404, error_body(exc.message.splitlines()[0], "invalid_request_error", "model_not_found")
    if isinstance(exc, E.RecordRouteError):
        status, kind = status_for(exc)
        return status, error_body(exc.user_text(), kind, exc.code)
    return 500, error_body(f"internal error: {type(exc).__name__}", "server_error", "internal")


# Pydantic adds the union member it tried to a location ("str", "list[ContentPart]", "function-after[...]"):
_TYPE_TAG = re.compile(r"^(str|int|float|bool|dict|list|none|literal\[.*|.*[\[(].*)$", re.I)


def param_of(loc: Iterable[Any]) -> str | None:
    """A request field as OpenAI names it (`messages[0].content`), or None when the error names no field."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]" if out else ""
        elif part not in ("body", "query", "path", "header") and not _TYPE_TAG.match(str(part)):
            out += f".{part}" if out else str(part)
    return out or None


def _validation_message(errors: list[dict[str, Any]]) -> tuple[str, str | None]:
    first = errors[0] if errors else {}
    if first.get("type") == "json_invalid":
        ctx = first.get("ctx") or {}
        detail = f" ({ctx['error']})" if ctx.get("error") else ""
        return f"the request body is not valid JSON{detail}", None
    param = param_of(first.get("loc", ()))
    msg = first.get("msg", "invalid request")
    return (f"{param}: {msg}" if param else msg), param


def install(app: FastAPI, private_roots: Iterable[str | Path | None] = ()) -> None:
    """Register the handlers that turn every failure into a JSON error body with the right status."""
    add_private_roots(private_roots)

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
