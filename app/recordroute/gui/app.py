"""Start the desktop app: QApplication, theme, translator, the main window; or render a screenshot and exit.

Heavy engines (faster-whisper, CTranslate2, ONNX Runtime, PyAV) are imported by the workers on first use,
so the window paints before any of them load.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from ..errors import RecordRouteError
from ..messages.launch_texts import LAUNCH_ERRORS
from . import i18n
from .error_text import detail_of
from .icons import app_icon
from .theme import ThemeManager

if TYPE_CHECKING:
    from ..pipeline.context import AppContext
    from ..pipeline.links import RecordingLink
    from ..pipeline.queue import JobQueue
    from .main_window import LocalService, MainWindow

APP_NAME = "RecordRoute"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("recordroute")
    app.setWindowIcon(app_icon())
    return app


class LinkOpener(QObject):
    """recordroute:// links the OS hands a running app (macOS delivers them as FileOpen events): open the
    recording at that moment. Links on the command line go through `open_links` at start."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            from ..pipeline.links import parse_link

            url = event.url()
            if url.scheme().lower() == "recordroute":
                link = parse_link(url.toString())
                if link is not None:
                    open_links(self.window, [link])
                return True
        return super().eventFilter(watched, event)


def open_links(window: MainWindow, links: list[RecordingLink]) -> None:
    for link in links:
        window.open_recording(link.recording_id, start=link.seconds)
    window.raise_()
    window.activateWindow()


def parse_size(text: str | None, default: tuple[int, int] = (1280, 800)) -> tuple[int, int]:
    if not text:
        return default
    try:
        w, h = (int(v) for v in text.lower().split("x", 1))
    except ValueError as exc:
        raise ValueError(LAUNCH_ERRORS["bad_window_size"].sentence.say("en", {"value": repr(text)})) from exc
    return max(320, w), max(240, h)


def run(
    *,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
    theme: str | None = None,
    language: str | None = None,
    search: str | None = None,
    files: list[Path] | None = None,
    links: list[RecordingLink] | None = None,
    services: Callable[[AppContext, JobQueue], LocalService] | None = None,
) -> int:
    """The `recordroute gui` command. With `screenshot`, render the window once to a PNG and exit.

    `services` (from the entry point) builds a companion sharing the app context and job queue, such as the
    local API; it follows the settings when they are saved and stops on exit."""
    t0 = time.perf_counter()
    app = create_application()
    from ..pipeline.context import AppContext
    from ..settings import Settings
    from .presenters import GuiPrefs

    try:
        settings = Settings.load()
        from ..store.jobs import set_process_name

        set_process_name("window")
        ctx = AppContext.open(settings)
    except RecordRouteError as exc:
        QMessageBox.critical(None, APP_NAME, detail_of(exc))
        return 1
    i18n.install(language or settings.ui_language)
    prefs = GuiPrefs.load()
    themes = ThemeManager(app, theme or prefs.theme)
    from .main_window import MainWindow

    window = MainWindow(ctx, theme=themes, autostart=screenshot is None, tray=screenshot is None)
    if size:
        window.resize(*size)
    if search:
        window.open_search()
        window.search.query.setText(search)
        window.search.run_search()
    window.show()
    if screenshot is not None:
        return _screenshot(app, window, ctx, screenshot, 600 if search else 50, t0)
    _start_desktop(app, window, ctx, first_run=not settings.first_run_done, files=files, links=links)
    if services is not None:
        window.local_api = services(ctx, window.controller.queue)
        try:
            window.local_api.apply()
        except RecordRouteError as exc:
            window.show_status(detail_of(exc), 15000)
    code = app.exec()
    if window.local_api is not None:
        window.local_api.stop()
    ctx.close()
    return code


def _screenshot(
    app: QApplication, window: MainWindow, ctx: AppContext, screenshot: Path, delay_ms: int, t0: float
) -> int:
    """Render the window once to `screenshot` after `delay_ms` (longer when a search must show), then exit."""

    def grab() -> None:
        app.processEvents()
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(screenshot))
        print(f"{'wrote' if ok else 'could not write'} {screenshot} in {time.perf_counter() - t0:.2f} s")
        app.exit(0 if ok else 1)

    QTimer.singleShot(delay_ms, grab)
    code = app.exec()
    window.close()
    ctx.close()
    return code


def _start_desktop(
    app: QApplication,
    window: MainWindow,
    ctx: AppContext,
    *,
    first_run: bool,
    files: list[Path] | None,
    links: list[RecordingLink] | None,
) -> None:
    """What only the interactive app does before its event loop: the first-run dialog, warming the speech
    model, files and recordroute:// links it was opened with."""
    if first_run:
        QTimer.singleShot(0, window.dialogs.open_first_run)
    window.controller.warm_up()
    if files:  # opened from the file manager ("Open with RecordRoute")
        QTimer.singleShot(0, lambda: window.add_paths(files))
    app.installEventFilter(LinkOpener(window))
    if links:  # a recordroute:// link (an assistant's citation): open that recording at that moment
        QTimer.singleShot(0, lambda: open_links(window, links))
