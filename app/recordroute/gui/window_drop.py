"""The main window's way in: files checked off the UI thread, queued or listed with why not; the window-wide drop
and paste. A mixin of MainWindow (main_window.py), kept apart for size."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow

from ..job_options import JobOptions
from ..pipeline.context import AppContext
from ..pipeline.ingest import Triage, triage
from . import i18n
from .error_text import describe
from .job_workers import JobController, run_task

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from .drop_overlay import DropOverlay
    from .drop_zone import DropZone
    from .notices import NoticePanel
    from .presenters import GuiPrefs

    _Base = QMainWindow
else:
    _Base = object


class WindowDrop(_Base):
    ctx: AppContext
    controller: JobController
    queue_dock: QDockWidget
    notices: NoticePanel
    drop_zone: DropZone
    drop_overlay: DropOverlay
    prefs: GuiPrefs
    triaged: SignalInstance

    if TYPE_CHECKING:  # defined by WindowStatus and MainWindow; stubs here would shadow them at run time

        def show_status(self, text: str, timeout: int = 8000) -> None: ...

        def _show_recording(self, rec_id: int) -> None: ...

    # --- adding files ----------------------------------------------------------------------------------------
    def add_paths(self, paths: list[Path], options: JobOptions | None = None) -> None:
        """Check the files off the UI thread, then queue the good ones (with `options`, else the import options
        remembered as defaults) and list the rest."""
        if not paths:
            return
        self.show_status(translate("MainWindow", "Checking %n file(s)…", "", len(paths)))
        run_task(
            triage,
            self.ctx.store,
            [Path(p) for p in paths],
            owner=self,
            on_result=partial(self._on_triage, options=options or self.prefs.import_options()),
            on_error=self.show_status,
        )

    def handle_mime(self, mime: QMimeData) -> bool:
        return self.drop_zone.handle_mime(mime)

    def _on_triage(self, result: Triage, options: JobOptions | None = None) -> None:
        self.statusBar().clearMessage()  # "Checking N files…" ends here, whatever was found
        if result.accepted:
            self.controller.add_files(result.accepted, options)
            self.queue_dock.show()
            self.show_status(
                translate("MainWindow", "Added %n file(s) to the queue", "", len(result.accepted))
            )
        for rej in result.rejected:
            detail = rej.detail.get(i18n.current()) if rej.detail else rej.reason
            view = describe(rej.code, detail, rej.params)
            self.notices.add(f"{rej.path.name}: {view.sentence}", detail=detail)
        for dup in result.duplicates:
            text = (
                translate("MainWindow", "%1 is already in the library as “%2”.")
                .replace("%1", dup.path.name)
                .replace("%2", dup.recording.title)
            )
            self.notices.add(
                text,
                action=translate("MainWindow", "Open"),
                level="info",
                callback=partial(self._show_recording, dup.recording.id),
            )
        if not result.accepted and not result.rejected and not result.duplicates:
            self.show_status(translate("MainWindow", "No files found"))
        self.triaged.emit(result)

    def dragEnterEvent(self, event: Any) -> None:
        self.drop_zone.dragEnterEvent(event)
        if event.isAccepted():
            self.drop_overlay.cover()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: Any) -> None:
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: Any) -> None:
        self.drop_overlay.hide()
        self.drop_zone.dropEvent(event)

    def paste(self) -> None:
        if not self.handle_mime(QGuiApplication.clipboard().mimeData()):
            self.show_status(translate("MainWindow", "The clipboard holds no files or file paths"))
