"""A recording's actions, in the history's context menu and the viewer's Actions button: transcribe again,
find speakers again, save a voice profile, regenerate minutes, reindex, export, show the original file.
Work goes to the job queue as a plan from pipeline.redo, so it shows in the Jobs panel like any other job."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from ..errors import RecordRouteError
from ..pipeline import diarization, redo
from ..pipeline.export import export_transcript
from ..store import Recording
from .redo_dialogs import (
    ExportDialog,
    RegenerateDialog,
    SaveProfileDialog,
    SpeakersAgainDialog,
    TranscribeAgainDialog,
)

if TYPE_CHECKING:
    from .main_window import MainWindow


class RecordingActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests look instead of launching

    def _rec(self, rec_id: int) -> Recording:
        return self.ctx.store.recordings.get(rec_id)

    def _queue(self, rec_id: int, plan: redo.Plan, what: str) -> int:
        job_id = self.window.controller.enqueue_recording(rec_id, stages=plan.stages, options=plan.options)
        self.window.queue_dock.show()
        self.window.show_status(what)
        return job_id

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- the menu ----------------------------------------------------------------------------------------------
    def fill_menu(self, menu: QMenu, rec_id: int) -> QMenu:
        rec = self._rec(rec_id)
        media = rec.kind in ("audio", "video")
        entries: list[tuple[str, Callable[[], object], bool]] = [
            (self.tr("Transcribe &again…"), partial(self.transcribe_again, rec_id), media),
            (self.tr("Find &speakers again…"), partial(self.find_speakers_again, rec_id), media),
            (self.tr("Save a &voice profile…"), partial(self.save_voice_profile, rec_id), media),
            (self.tr("Re&generate minutes…"), partial(self.regenerate_minutes, rec_id), True),
            (self.tr("Rein&dex for search"), partial(self.reindex, rec_id), True),
            (self.tr("E&xport…"), partial(self.export, rec_id), True),
            (self.tr("Show the &original file"), partial(self.show_original, rec_id), True),
        ]
        for text, slot, enabled in entries:
            act = menu.addAction(text)
            act.setEnabled(enabled)
            act.triggered.connect(lambda _c=False, s=slot: s())
        return menu

    def menu(self, rec_id: int, parent: QWidget) -> QMenu:
        return self.fill_menu(QMenu(parent), rec_id)

    # --- actions -----------------------------------------------------------------------------------------------
    def transcribe_again(self, rec_id: int) -> QDialog:
        dialog = TranscribeAgainDialog(self.ctx.settings, self._rec(rec_id).title, self.window)

        def go() -> None:
            model, language = dialog.values()
            self._queue(rec_id, redo.transcribe_again(model, language), self.tr("Transcribing again…"))

        dialog.accepted.connect(go)
        return self._open(dialog)

    def find_speakers_again(self, rec_id: int) -> QDialog:
        dialog = SpeakersAgainDialog(self.ctx.settings, self._rec(rec_id).title, self.window)

        def go() -> None:
            count, method = dialog.values()
            self._queue(rec_id, redo.find_speakers_again(count, method), self.tr("Finding speakers again…"))

        dialog.accepted.connect(go)
        return self._open(dialog)

    def save_voice_profile(self, rec_id: int) -> QDialog:
        named = [(s.label, f"{s.name} ({s.label})") for s in self.ctx.store.speakers.list(rec_id) if s.name]
        dialog = SaveProfileDialog(named, self.window)
        if not named:
            dialog.intro.setText(
                dialog.intro.text() + "\n\n" + self.tr("Name a speaker first (Details tab, Speakers).")
            )

        def go() -> None:
            try:
                name = diarization.save_profile(self.ctx.store, rec_id, dialog.value())
            except RecordRouteError as exc:
                self.window.show_error(exc)
                return
            self.window.show_status(self.tr("Saved the voice profile “%1”").replace("%1", name))

        dialog.accepted.connect(go)
        return self._open(dialog)

    def regenerate_minutes(self, rec_id: int) -> QDialog:
        dialog = RegenerateDialog(self.ctx.settings, self._rec(rec_id).title, self.window)

        def go() -> None:
            template, language, model = dialog.values()
            plan = redo.regenerate_minutes(template, language, model)
            self._queue(rec_id, plan, self.tr("Regenerating the minutes…"))

        dialog.accepted.connect(go)
        return self._open(dialog)

    def reindex(self, rec_id: int) -> int:
        return self._queue(rec_id, redo.reindex(), self.tr("Reindexing for search…"))

    def export(self, rec_id: int) -> QDialog:
        rec = self._rec(rec_id)
        dialog = ExportDialog(rec.title, self.window)

        def go() -> None:
            fmt, only = dialog.values()
            files = QFileDialog(self.window, self.tr("Export"))
            files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            files.selectFile(f"{rec.title}.{fmt}")
            files.fileSelected.connect(lambda name: self.export_to(rec_id, Path(name), fmt, only))
            files.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.file_dialog = files
            files.open()

        dialog.accepted.connect(go)
        return self._open(dialog)

    def export_to(self, rec_id: int, path: Path, fmt: str, only: str | None) -> Path | None:
        try:
            written = export_transcript(self.ctx.store, rec_id, path, fmt, only=only)
        except (RecordRouteError, OSError) as exc:
            self.window.show_error(exc)
            return None
        self.window.show_status(self.tr("Saved %1").replace("%1", str(written)))
        return written

    def show_original(self, rec_id: int) -> Path:
        """The imported original in the file manager (its folder, in the library)."""
        path = self.ctx.store.library.path(self._rec(rec_id).stored_name)
        self.open_url(QUrl.fromLocalFile(str(path.parent)))
        self.window.show_status(str(path))
        return path
