"""The streamable-HTTP transport as one ASGI endpoint the local API mounts at `/mcp`.

The API's own middleware runs first (Host check, bearer token, rate limit, body cap), so the SDK's DNS-rebinding
check is off here: it would refuse the extra Host names `serve --allowed-host` accepts. Stateless JSON mode:
each request stands alone (no sessions to leak, any worker can answer). A session manager runs only once, so a
new one starts with every run of the API (the desktop app restarts its server when the port or token changes).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator

from mcp.server.mcpserver import MCPServer
from mcp.server.transport_security import TransportSecuritySettings
from starlette.types import ASGIApp, Receive, Scope, Send

PATH = "/mcp"


class McpHttpEndpoint:
    """ASGI app for `PATH`; `running()` is entered for the lifetime of the hosting API."""

    path = PATH

    def __init__(self, server: MCPServer) -> None:
        self.server = server
        self._app: ASGIApp | None = None

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        app = self.server.streamable_http_app(
            streamable_http_path=PATH,
            json_response=True,
            stateless_http=True,
            transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
        )
        async with self.server.session_manager.run():
            self._app = app
            try:
                yield
            finally:
                self._app = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        app = self._app
        if app is None:
            body = json.dumps({"error": {"message": "the MCP endpoint is not running", "code": "mcp_down"}})
            await send(
                {
                    "type": "http.response.start",
                    "status": 503,
                    "headers": [(b"content-type", b"application/json")],
                }
            )
            await send({"type": "http.response.body", "body": body.encode()})
            return
        await app(scope, receive, send)
