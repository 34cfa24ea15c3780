"""The security layer, applied to every request before any route runs (pure ASGI, so nothing can skip it):

1. Host header must be loopback (127.0.0.1, localhost, [::1], any port) or explicitly allowed: stops DNS
   rebinding, where a web page's own hostname resolves to 127.0.0.1.
2. Bearer token on everything except /health and, for loopback clients, /docs, its assets and /openapi.json;
   compared in constant time.
3. Per-token rate limit (token bucket).
4. Body size cap: small (JSON) bodies are read and measured here; uploads are measured by the upload parser
   while they stream to disk.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from fastapi.security import HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .config import LOOPBACK_HOSTS
from .errors import Overloaded, error_body

if TYPE_CHECKING:
    from .state import ApiState

PUBLIC_PATHS = frozenset({"/health"})
# The API's description, readable without the token, but only from this machine.
DOCS_PATHS = frozenset({"/docs", "/openapi.json"})
DOCS_PREFIX = "/docs/assets/"
# Declares the scheme in the OpenAPI document (the "Authorize" button in /docs); the middleware enforces it.
bearer_scheme = HTTPBearer(
    auto_error=False, description="The API token (Settings.api_token / RECORDROUTE_API_TOKEN)"
)


def host_name(header: str) -> str:
    """'127.0.0.1:8765' -> '127.0.0.1', '[::1]:80' -> '::1', 'LocalHost' -> 'localhost'."""
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return value[1:end] if end > 0 else value
    if value.count(":") == 1:
        name, port = value.split(":")
        return name if port.isdigit() or port == "" else value
    return value


def host_allowed(header: str | None, extra: Iterable[str] = ()) -> bool:
    if not header:
        return False
    name = host_name(header)
    return name in LOOPBACK_HOSTS or name in {h.lower().strip("[]") for h in extra}


def token_matches(presented: str, expected: str) -> bool:
    return bool(expected) and hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))


def _bearer(headers: dict[bytes, bytes]) -> str | None:
    raw = headers.get(b"authorization")
    if raw is None:
        return None
    value = raw.decode("latin-1").strip()
    scheme, _, credentials = value.partition(" ")
    if scheme.lower() != "bearer":
        return ""
    return credentials.strip()


async def send_error(
    send: Send, status: int, message: str, *, type: str, code: str, headers: dict[str, str] | None = None
) -> None:
    body = json.dumps(error_body(message, type, code)).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def is_public(scope: Scope) -> bool:
    path = scope.get("path") or ""
    if path in PUBLIC_PATHS:
        return True
    if path in DOCS_PATHS or path.startswith(DOCS_PREFIX):
        client = scope.get("client")
        return client is not None and host_name(str(client[0])) in LOOPBACK_HOSTS
    return False


class _Layer:
    """A pure-ASGI layer over the API's state: it sees every HTTP and websocket request (with its headers);
    lifespan and other scopes pass straight through."""

    def __init__(self, app: ASGIApp, state: ApiState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        await self.check(scope, dict(scope.get("headers") or []), receive, send)

    async def check(self, scope: Scope, headers: dict[bytes, bytes], receive: Receive, send: Send) -> None:
        raise NotImplementedError


class HostGuardMiddleware(_Layer):
    """Outermost check (before CORS preflights too): the Host header must name this machine's loopback."""

    async def check(self, scope: Scope, headers: dict[bytes, bytes], receive: Receive, send: Send) -> None:
        host = headers.get(b"host", b"").decode("latin-1")
        if not host_allowed(host, self.state.config.allowed_hosts):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await send_error(
                send,
                421 if host else 400,
                "this API only answers requests addressed to 127.0.0.1 / localhost "
                "(the Host header was not a loopback name)",
                type="invalid_request_error",
                code="invalid_host",
            )
            return
        await self.app(scope, receive, send)


class SecurityMiddleware(_Layer):
    """Token, rate limit and body cap, after the Host check and after CORS preflights."""

    async def check(self, scope: Scope, headers: dict[bytes, bytes], receive: Receive, send: Send) -> None:
        state = self.state
        if scope["type"] == "websocket":  # no websocket routes exist; refuse before anything else happens
            await send({"type": "websocket.close", "code": 1008})
            return
        if not is_public(scope):
            presented = _bearer(headers)
            if not presented:
                await send_error(
                    send,
                    401,
                    "missing API token: send 'Authorization: Bearer <token>'",
                    type="authentication_error",
                    code="missing_token",
                    headers={"WWW-Authenticate": 'Bearer realm="recordroute"'},
                )
                return
            if not token_matches(presented, state.token):
                await send_error(
                    send,
                    401,
                    "invalid API token",
                    type="authentication_error",
                    code="invalid_token",
                    headers={"WWW-Authenticate": 'Bearer realm="recordroute", error="invalid_token"'},
                )
                return
            try:
                state.serving.rate_check(hashlib.sha256(presented.encode()).hexdigest())
            except Overloaded as exc:
                await send_error(
                    send, exc.status, exc.message, type=exc.type, code=exc.code or "", headers=exc.headers
                )
                return
        await self._forward(scope, headers, receive, send)

    async def _forward(self, scope: Scope, headers: dict[bytes, bytes], receive: Receive, send: Send) -> None:
        """Pass the request on. JSON and other small bodies are read here first, up to the cap, and replayed;
        uploads stream through (the upload parser enforces the exact file limit while writing)."""
        config = self.state.config
        if headers.get(b"content-type", b"").lower().startswith(b"multipart/form-data"):
            await self.app(scope, receive, send)
            return
        declared = headers.get(b"content-length", b"")
        has_body = (declared.isdigit() and int(declared) > 0) or b"transfer-encoding" in headers
        if not has_body:
            await self.app(scope, receive, send)
            return
        limit = config.max_body_bytes
        if declared.isdigit() and int(declared) > limit:
            await _too_large(send, limit)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _too_large(send, limit)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _too_large(send: Send, limit: int) -> None:
    await send_error(
        send,
        413,
        f"the request body is larger than the limit of {limit} bytes",
        type="invalid_request_error",
        code="body_too_large",
    )
