"""`recordroute serve`: the local HTTP API without the GUI (headless boxes, Docker).

Registered through `commands.extra_command`; importing this module adds the sub-command.
"""

from __future__ import annotations

import argparse
import dataclasses
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

from ..api.config import ApiConfig
from ..cli.commands import extra_command, out
from ..pipeline.hosts import is_loopback
from ..settings import Settings

if TYPE_CHECKING:
    from ..api.server import ApiServer


@extra_command
def add_serve(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("serve", help="run the local HTTP API (OpenAI-compatible /v1 and native /api)")
    c.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    c.add_argument("--port", type=int, default=None, help="port (default: api_port from the settings, 8765)")
    c.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback address; anyone who can reach it and has the token gets in",
    )
    c.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="extra Host header name to accept (e.g. a LAN name); repeatable",
    )
    c.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="send CORS headers for this origin (none by default); repeatable",
    )
    c.add_argument("--max-upload-mb", type=int, default=None, help="largest accepted upload (default 2048)")
    c.add_argument("--show-token", action="store_true", help="print the API token (it is secret)")
    c.add_argument(
        "--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug")
    )
    c.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    from ..api.server import ApiServer
    from ..pipeline.context import AppContext
    from ..pipeline.queue import JobQueue
    from .mcp_command import http_endpoint

    if not is_loopback(args.host) and not args.allow_remote:
        print(
            f"recordroute: error: refusing to listen on {args.host}: only 127.0.0.1 / ::1 are allowed "
            f"(add --allow-remote to expose the API to other machines)",
            file=sys.stderr,
        )
        return 2
    settings = Settings.load()
    token = settings.ensure_api_token()
    port = settings.api_port if args.port is None else args.port
    config = _config(args)

    from ..store.jobs import set_process_name

    set_process_name("serve")
    ctx = AppContext.open(settings)
    queue = JobQueue(
        ctx, workers=config.job_workers
    )  # this process's one queue, as the desktop app has its own
    stop = threading.Event()

    def on_signal(_signum: int, _frame: Any) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    server = None
    try:
        server = ApiServer(
            ctx,
            args.host,
            port,
            token=token,
            allow_remote=args.allow_remote,
            cors_origins=args.cors_origin,
            config=config,
            job_queue=queue,
            log_level=args.log_level,
            mounts=[http_endpoint(ctx, queue)],
        ).start()
        queue.start()  # queued jobs, including ones left by an earlier run, start once requests are accepted
        _announce(args, settings, server.url, token)
        return _wait_for_stop(server, stop)
    finally:
        if server is not None:
            server.stop()
        queue.stop()
        ctx.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if stop.is_set():
            out("stopped")


def _announce(args: argparse.Namespace, settings: Settings, url: str, token: str) -> None:
    """Tell the user where everything is (and where the token comes from), warning when other machines can
    reach the API."""
    if not is_loopback(args.host):
        print(
            f"recordroute: warning: listening on {args.host}: other machines can reach the API. Keep the "
            f"token secret and prefer publishing the port to 127.0.0.1 only.",
            file=sys.stderr,
        )
    out(f"RecordRoute API listening on {url}")
    out(f"  OpenAI-compatible base URL: {url}/v1")
    out(f"  docs: {url}/docs   health: {url}/health")
    out(f"  MCP (streamable HTTP, same token): {url}/mcp")
    if "api_token" in settings.overridden:
        out("  token: from the RECORDROUTE_API_TOKEN environment variable")
    else:
        out(f"  token: stored in {settings.source} (key api_token)")
    if args.show_token:
        out(f"  token value: {token}")
    out("Press Ctrl-C to stop.")
    sys.stdout.flush()


def _wait_for_stop(server: ApiServer, stop: threading.Event) -> int:
    """Block until a signal sets `stop` (exit 0) or the server dies on its own (exit 1)."""
    while not stop.wait(0.5):
        if not server.running:
            print("recordroute: error: the API server stopped unexpectedly", file=sys.stderr)
            return 1
    out("stopping (finishing requests in flight)...")
    sys.stdout.flush()
    return 0


def _config(args: argparse.Namespace) -> ApiConfig:
    changes: dict[str, Any] = {}
    if args.max_upload_mb:
        changes["max_upload_bytes"] = int(args.max_upload_mb) * 1024**2
    if args.allowed_host:
        changes["allowed_hosts"] = frozenset(h.lower() for h in args.allowed_host)
    return dataclasses.replace(ApiConfig(preload_stt=True), **changes)
