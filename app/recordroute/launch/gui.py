"""`recordroute gui`: open the desktop app, or render it to a PNG with --screenshot (works offscreen)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ..cli.commands import extra_command
from ..pipeline.context import AppContext
from .preflight import refuse_without_display


@extra_command
def add_gui_command(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("gui", help="open the desktop app (the default with no command)")
    c.add_argument("--screenshot", metavar="PATH", help="render the main window to a PNG and exit")
    c.add_argument("--size", metavar="WxH", help="window size for --screenshot, e.g. 1280x800")
    c.add_argument("--theme", choices=("system", "light", "dark"), help="override the theme for this run")
    c.add_argument("--language", choices=("system", "en", "ko"), help="override the UI language for this run")
    c.add_argument("--search", metavar="QUERY", help="open the search pane with this query")
    c.add_argument("files", nargs="*", metavar="FILE", help="files to add (what \"Open with\" passes)")
    c.set_defaults(func=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    if (refused := refuse_without_display()) is not None:  # before Qt, which would abort the process
        return refused
    from ..gui.app import parse_size, run  # PySide6 loads only for this command

    try:
        size = parse_size(args.size) if args.size else None
    except ValueError as exc:
        print(f"recordroute gui: {exc}")
        return 2
    return run(screenshot=Path(args.screenshot) if args.screenshot else None, size=size, theme=args.theme,
               language=args.language, search=args.search, services=start_api_if_enabled,
               files=[Path(f) for f in args.files])


def start_api_if_enabled(ctx: AppContext) -> Callable[[], None] | None:
    """The local API inside the desktop app (Settings → Local API): same context, same warm models. The GUI
    runs the jobs, so the API only queues them."""
    if not ctx.settings.api_enabled:
        return None
    from ..api.config import ApiConfig
    from ..api.server import ApiServer

    server = ApiServer(ctx, "127.0.0.1", ctx.settings.api_port, token=ctx.settings.ensure_api_token(),
                       config=ApiConfig(run_jobs=False))
    server.start()
    return server.stop
