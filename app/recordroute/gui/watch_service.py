"""The desktop app's watch folders (setting `watch_folders`): a `pipeline.watch.FolderWatcher` polling on a
background thread. Imports become queued jobs in the persistent queue, which the job controller picks up;
what happened to each file is shown in the window (imported, duplicate, or rejected with its reason)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..messages.notice import parse
from ..messages.pipeline_notices import WATCH_NOTES
from ..paths import shown
from ..pipeline.context import AppContext
from ..pipeline.watch import FolderWatcher, WatchEvent
from . import i18n
from .lifetime import bind

if TYPE_CHECKING:
    from .main_window import MainWindow


class WatchService(QObject):
    watched = Signal(object)  # WatchEvent, delivered on the UI thread (queued across threads)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        settle: float = 3.0,
        move_to: Callable[[], str] | None = None,
        interval: float = 1.0,
        enqueue: Callable[[int], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.enqueue = enqueue  # the window's job queue, so nothing has to poll the database
        self.settle, self.interval = settle, interval
        self.move_to = move_to  # read at every (re)start: the settings may have changed
        self.watcher: FolderWatcher | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def restart(self, folders: list[str] | None = None, settle: float | None = None) -> None:
        """(Re)start on `folders` (default: the setting); no folders, no thread."""
        self.stop()
        if settle is not None:
            self.settle = settle
        folders = self.ctx.settings.watch_folders if folders is None else folders
        if not folders:
            return
        self.watcher = FolderWatcher(
            self.ctx,
            [Path(f) for f in folders],
            settle=self.settle,
            move_to=Path(self.move_to()).expanduser()
            if self.move_to is not None and self.move_to()
            else None,
            interval=self.interval,
            on_event=self.watched.emit,
            enqueue=self.enqueue,
        )
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self.watcher.run, args=(self._stop,), name="watch-folders", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5.0)
            self._thread = None


def start_watching(window: MainWindow) -> WatchService:
    """Watch the folders from the settings; events go to the window's notices and status bar."""
    queue = window.controller.queue
    service = WatchService(
        window.ctx,
        window,
        settle=window.prefs.watch_settle,
        move_to=lambda: window.prefs.watch_move_to,
        enqueue=lambda rec_id: queue.enqueue(recording_id=rec_id),
    )

    def show(e: WatchEvent) -> None:
        if e.kind in ("rejected", "error"):
            window.notices.add(watch_text(e))
        else:
            window.show_status(watch_text(e))

    service.watched.connect(bind(window, show))
    service.restart()
    return service


def watch_text(e: WatchEvent) -> str:
    """What happened to a watched file in the window's language: a rejected file by its error's sentence (the
    English text, as before, in English), the others by their notice code."""
    if e.code and i18n.current() != "en":
        from .error_text import describe

        return f"{shown(e.path.name)}: {describe(e.code, e.message, e.params).sentence}"
    return parse(e.message, WATCH_NOTES).say(i18n.current())
