"""The main window's status side: job events into the list and the status bar, errors in the user's language
with their action, the trash notice with Undo. A mixin of MainWindow (main_window.py), kept apart for size."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QPushButton, QStackedWidget

from ..pipeline.context import AppContext
from .error_box import error_box
from .error_text import CHOOSE_FOLDER, DOWNLOAD_MODEL, OPEN_SETTINGS, RETRY, ErrorView, describe
from .job_workers import JobEvent

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from .history_view import HistoryView
    from .tray import Tray
    from .viewer import ViewerPane
    from .window_dialogs import WindowDialogs

    _Base = QMainWindow
else:
    _Base = object


class WindowStatus(_Base):
    ctx: AppContext
    dialogs: WindowDialogs
    history: HistoryView
    viewer: ViewerPane
    right: QStackedWidget
    placeholder: QLabel
    undo_button: QPushButton
    undo_stack: QUndoStack
    tray: Tray | None
    _last_step: dict[int, tuple[str, str, str]]

    # --- jobs --------------------------------------------------------------------------------------------------------
    def _on_job_event(self, event: JobEvent) -> None:
        rec_id = event.recording_id
        if rec_id is None or event.partial is not None:  # streamed minutes go to the viewer (LiveSync)
            return
        final = event.state != "running"
        if final:
            self.history.model.clear_live(rec_id)
        else:
            self.history.model.set_live(rec_id, event.stage, event.fraction)
        step = (event.stage, getattr(event, "step", ""), event.state)
        if final or self._last_step.get(event.job_id) != step:  # stage changes and endings, not every tick
            self._last_step[event.job_id] = step
            if not self.history.model.refresh_recording(rec_id):
                self.history.model.add_recording(rec_id)
            if self.viewer.rec is not None and self.viewer.rec.id == rec_id and final:
                self.viewer.refresh()

    def _on_job_finished(self, event: JobEvent) -> None:
        name = f"#{event.job_id}"
        if event.recording_id is not None:
            with contextlib.suppress(Exception):
                name = self.ctx.store.recordings.get(event.recording_id).title
        if event.state == "done":
            title, text = translate("MainWindow", "Transcript ready"), name
        elif event.state == "cancelled":
            title, text = translate("MainWindow", "Cancelled"), name
        else:
            code = None
            with contextlib.suppress(Exception):
                code = self.ctx.store.jobs.get(event.job_id).error_code
            sentence = describe(code, event.message).sentence if code else event.message
            title, text = translate("MainWindow", "Processing failed"), f"{name}: {sentence}"
        self.show_status(f"{title}: {text}")
        if self.tray is not None and not self.isActiveWindow():
            self.tray.notify(title, text, error=event.state == "failed")

    # --- status ------------------------------------------------------------------------------------------------------
    def show_status(self, text: str, timeout: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout)

    def show_error(
        self, error: BaseException | ErrorView, retry: Callable[[], object] | None = None
    ) -> QMessageBox:
        """The sentence in the status bar and a box with the action that helps; details behind Details."""
        d = self.dialogs
        handlers: dict[str, Callable[[ErrorView], object]] = {
            OPEN_SETTINGS: lambda _v: d.open_settings(),
            DOWNLOAD_MODEL: lambda _v: d.open_models(),
            CHOOSE_FOLDER: lambda _v: d.open_settings(page=2),
        }
        if retry is not None:
            handlers[RETRY] = lambda _v: retry()
        box = error_box(self, error, handlers)
        self.show_status(box.text(), 15000)
        return box

    def _on_trashed(self, rec_id: int, title: str) -> None:
        if self.viewer.rec is not None and self.viewer.rec.id == rec_id:
            self.viewer.clear()
            self.right.setCurrentWidget(self.placeholder)
        self.show_status(translate("MainWindow", "Moved “%1” to the trash").replace("%1", title), 10000)
        self.undo_button.show()
        QTimer.singleShot(10000, self.undo_button, self.undo_button.hide)

    def _undo_changed(self, _index: int) -> None:
        """Ctrl+Z (or Edit → Undo) took the trashing back: the notice and its Undo button go too."""
        if self.undo_button.isVisible():
            self.undo_button.hide()
            self.statusBar().clearMessage()

    def _undo_from_status(self) -> None:
        self.undo_stack.undo()
        self.undo_button.hide()
        self.show_status(translate("MainWindow", "Restored"))
