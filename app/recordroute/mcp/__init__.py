"""The MCP face: the archive as tools for desktop assistants (stdio: `recordroute mcp`; HTTP: `/mcp` in the
local API). Like api/ and cli/, it only calls the pipeline and the store; the launchers wire it to a transport."""

from .server import build_server
from .transport import McpHttpEndpoint

__all__ = ["McpHttpEndpoint", "build_server"]
