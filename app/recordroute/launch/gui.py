"""`recordroute gui`: open the desktop app, or render it to a PNG with --screenshot (works offscreen)."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ..cli import say
from ..cli.commands import extra_command
from ..messages.launch_texts import launch_error
from .preflight import refuse_without_display

if TYPE_CHECKING:
    from ..api.server import ApiServer
    from ..pipeline.context import AppContext
    from ..pipeline.queue import JobQueue


@extra_command
def add_gui_command(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("gui", help=say.help_text("gui"))
    c.add_argument("--screenshot", metavar="PATH", help=say.help_text("gui --screenshot"))
    c.add_argument("--size", metavar="WxH", help=say.help_text("gui --size"))
    c.add_argument("--theme", choices=("system", "light", "dark"), help=say.help_text("gui --theme"))
    c.add_argument("--language", choices=("system", "en", "ko"), help=say.help_text("gui --language"))
    c.add_argument("--search", metavar="QUERY", help=say.help_text("gui --search"))
    c.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help=say.help_text("gui files"),
    )
    c.set_defaults(func=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    if (refused := refuse_without_display()) is not None:  # before Qt, which would abort the process
        return refused
    from ..gui.app import parse_size, run  # PySide6 loads only for this command
    from ..pipeline.links import split_launch_args

    try:
        size = parse_size(args.size) if args.size else None
    except ValueError:
        _refuse("bad_window_size", value=repr(args.size))
        return 2
    files, links, bad = split_launch_args(list(args.files))
    if bad:  # a malformed link is reported, never taken for a file name
        _refuse("bad_launch_link", items=", ".join(bad))
        if not files and not links:
            return 2
    return run(
        screenshot=Path(args.screenshot) if args.screenshot else None,
        size=size,
        theme=args.theme,
        language=args.language,
        search=args.search,
        services=EmbeddedApi,
        files=files,
        links=links,
    )


def _refuse(code: str, **params: object) -> None:
    """`recordroute gui: <sentence>` on stdout as it always was in English; Korean says `오류:` and then the
    action on its own line."""
    language = say.language()
    first, *rest = launch_error(code, language, params)
    lead = "" if language == "en" else f"{say.label('error')}: "
    print("\n".join([f"recordroute gui: {lead}{first}", *rest]))


class EmbeddedApi:
    """The local API inside the desktop app (Settings → Local API): same context, same warm models and the
    window's own job queue, so uploads run there and their progress streams live. `apply()` follows the
    settings at once: the server starts, stops, or restarts on a new port or token."""

    def __init__(self, ctx: AppContext, queue: JobQueue) -> None:
        self.ctx = ctx
        self.queue = queue
        self.server: ApiServer | None = None
        self._serving: tuple[int, str] | None = None  # (port, token) the running server was started with
        self._lock = threading.Lock()  # apply() runs on a worker thread; saves in a row queue up here
        self._stopped = False

    @property
    def url(self) -> str | None:
        return self.server.url if self.server is not None else None

    def apply(self) -> None:
        from ..api.server import ApiServer
        from .mcp_command import http_endpoint

        with self._lock:
            if self._stopped:
                return
            s = self.ctx.settings
            wanted = (s.api_port, s.ensure_api_token()) if s.api_enabled else None
            if self.server is not None and wanted != self._serving:
                self.server.stop()
                self.server, self._serving = None, None
            if wanted is not None and self.server is None:
                port, token = wanted
                self.server = ApiServer(
                    self.ctx,
                    "127.0.0.1",
                    port,
                    token=token,
                    job_queue=self.queue,
                    mounts=[http_endpoint(self.ctx, self.queue)],
                ).start()
                self._serving = wanted

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self.server is not None:
                self.server.stop()
            self.server, self._serving = None, None
