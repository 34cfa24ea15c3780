"""`recordroute mcp`: the MCP server on stdin/stdout, for desktop assistants that start it themselves; and the
`/mcp` endpoint the local API mounts (in `serve` and in the desktop app). The composition lives here so the API
and the MCP face never import each other."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from ..cli import say
from ..cli.commands import extra_command

if TYPE_CHECKING:
    from ..mcp import McpHttpEndpoint
    from ..pipeline.context import AppContext
    from ..pipeline.queue import JobQueue


@extra_command
def add_mcp_command(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "mcp",
        help=say.help_text("mcp"),
    )
    c.set_defaults(func=cmd_mcp)


def http_endpoint(ctx: AppContext, queue: JobQueue) -> McpHttpEndpoint:
    """The `/mcp` endpoint for an API that runs with `queue` (the process's one job queue)."""
    from ..mcp import McpHttpEndpoint, build_server

    return McpHttpEndpoint(build_server(ctx, queue.enqueue))


def cmd_mcp(_args: argparse.Namespace) -> int:
    from ..mcp import build_server
    from ..mcp.server import writes_allowed
    from ..pipeline.context import AppContext
    from ..pipeline.queue import JobQueue
    from ..settings import Settings

    # stdout carries the protocol: every log line goes to stderr.
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, force=True)
    ctx = AppContext.open(Settings.load())
    queue = JobQueue(ctx) if writes_allowed(ctx) else None
    try:
        if queue is not None:
            queue.start()  # files an assistant asks for are processed here, as `serve` does
        build_server(ctx, queue.enqueue if queue is not None else None).run("stdio")
        return 0
    finally:
        if queue is not None:
            queue.stop(requeue=True)
        ctx.close()
