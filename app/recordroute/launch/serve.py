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
from ..cli import say
from ..cli.commands import extra_command, out
from ..pipeline.hosts import is_loopback
from ..settings import Settings

if TYPE_CHECKING:
    from ..api.server import ApiServer


@extra_command
def add_serve(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("serve", help=say.help_text("serve"))
    c.add_argument("--host", default="127.0.0.1", help=say.help_text("serve --host"))
    c.add_argument("--port", type=int, default=None, help=say.help_text("serve --port"))
    c.add_argument(
        "--allow-remote",
        action="store_true",
        help=say.help_text("serve --allow-remote"),
    )
    c.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help=say.help_text("serve --allowed-host"),
    )
    c.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help=say.help_text("serve --cors-origin"),
    )
    c.add_argument("--max-upload-mb", type=int, default=None, help=say.help_text("serve --max-upload-mb"))
    c.add_argument("--show-token", action="store_true", help=say.help_text("serve --show-token"))
    c.add_argument(
        "--log-level",
        default="warning",
        choices=("critical", "error", "warning", "info", "debug"),
        help=say.help_text("serve --log-level"),
    )
    c.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    from ..api.server import ApiServer
    from ..pipeline.context import AppContext
    from ..pipeline.queue import JobQueue
    from .mcp_command import http_endpoint

    if not is_loopback(args.host) and not args.allow_remote:
        print(
            f"recordroute: {say.label('error')}: {say.text('serve_refused', host=args.host)}", file=sys.stderr
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
            out(say.text("serve_stopped"))


def _announce(args: argparse.Namespace, settings: Settings, url: str, token: str) -> None:
    """Tell the user where everything is (and where the token comes from), warning when other machines can
    reach the API."""
    if not is_loopback(args.host):
        print(
            f"recordroute: {say.label('warning')}: {say.text('serve_remote', host=args.host)}",
            file=sys.stderr,
        )
    out(say.text("serve_listening", url=url))
    out("  " + say.text("serve_openai", url=url))
    out("  " + say.text("serve_docs", url=url))
    out("  " + say.text("serve_mcp", url=url))
    if "api_token" in settings.overridden:
        out("  " + say.text("serve_token_env"))
    else:
        out("  " + say.text("serve_token_file", path=str(settings.source)))
    if args.show_token:
        out("  " + say.text("serve_token_value", token=token))
    out(say.text("serve_stop_hint"))
    sys.stdout.flush()


def _wait_for_stop(server: ApiServer, stop: threading.Event) -> int:
    """Block until a signal sets `stop` (exit 0) or the server dies on its own (exit 1)."""
    while not stop.wait(0.5):
        if not server.running:
            print(f"recordroute: {say.label('error')}: {say.text('serve_died')}", file=sys.stderr)
            return 1
    out(say.text("serve_stopping"))
    sys.stdout.flush()
    return 0


def _config(args: argparse.Namespace) -> ApiConfig:
    changes: dict[str, Any] = {}
    if args.max_upload_mb:
        changes["max_upload_bytes"] = int(args.max_upload_mb) * 1024**2
    if args.allowed_host:
        changes["allowed_hosts"] = frozenset(h.lower() for h in args.allowed_host)
    return dataclasses.replace(ApiConfig(preload_stt=True), **changes)
