"""The main window's dialogs (add, record, settings, first run, about, export), split out of main_window.py.

Strings keep the "MainWindow" translation context, so the existing Korean translations apply unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..pipeline.export import export_transcript
from . import i18n
from . import presenters as gs

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate

EXPORT_FILTERS = {"txt": "Text (*.txt)", "srt": "SubRip (*.srt)", "vtt": "WebVTT (*.vtt)", "json": "JSON (*.json)",
                  "md": "Markdown (*.md)"}


class DialogOpeners:
    """Mixed into MainWindow: each opener shows its dialog modelessly and returns it (tests drive them)."""

    def open_add_files(self: MainWindow) -> QFileDialog:
        dialog = QFileDialog(self, translate("MainWindow", "Add files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([translate("MainWindow", "Recordings, videos, PDFs and text (%1)").replace("%1", gs.supported_patterns()),
                               translate("MainWindow", "All files (*)")])
        dialog.filesSelected.connect(lambda files: self.add_paths([Path(f) for f in files]))
        dialog.open()
        return dialog

    def open_add_folder(self: MainWindow) -> QFileDialog:
        dialog = QFileDialog(self, translate("MainWindow", "Add a folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self.add_paths([Path(folder)]))
        dialog.open()
        return dialog

    # --- dialogs ---------------------------------------------------------------------------------------------------
    def open_record(self: MainWindow) -> QDialog:
        from .record_dialog import RecordDialog

        dialog = RecordDialog(self.ctx.settings, parent=self, ctx=self.ctx)
        dialog.recorded.connect(lambda path: self.add_paths([path]))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_settings(self: MainWindow) -> QDialog:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.prefs, self)
        dialog.accepted.connect(self._settings_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _settings_saved(self: MainWindow) -> None:
        self.set_theme(self.prefs.theme)
        i18n.install(self.ctx.settings.ui_language)
        self._sync_checks()
        if self.watch is not None:
            self.watch.restart()  # the watch folders may have changed
        self.show_status(translate("MainWindow", "Settings saved"))

    def open_first_run(self: MainWindow) -> QDialog:
        from .first_run import FirstRunDialog

        dialog = FirstRunDialog(self.ctx.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_about(self: MainWindow) -> QMessageBox:
        from .. import __version__

        box = QMessageBox(QMessageBox.Icon.Information, translate("MainWindow", "About RecordRoute"),
                          translate("MainWindow", "RecordRoute %1\nLocal-first transcripts, minutes and search.\n\nData folder: %2")
                          .replace("%1", __version__).replace("%2", str(self.ctx.settings.data_dir)),
                          QMessageBox.StandardButton.Close, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def open_export(self: MainWindow) -> QFileDialog | None:
        rec = self.viewer.rec if self.right.currentWidget() is self.viewer else None
        if rec is None:
            self.show_status(translate("MainWindow", "Open a recording first"))
            return None
        dialog = QFileDialog(self, translate("MainWindow", "Export transcript"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(list(EXPORT_FILTERS.values()))
        dialog.selectFile(f"{rec.title}.txt")
        dialog.fileSelected.connect(lambda name: self._export(rec.id, name, dialog.selectedNameFilter()))
        dialog.open()
        return dialog

    def _export(self: MainWindow, rec_id: int, name: str, name_filter: str) -> None:
        fmt = next((k for k, v in EXPORT_FILTERS.items() if v == name_filter), "txt")
        path = export_transcript(self.ctx.store, rec_id, Path(name), fmt)
        self.show_status(translate("MainWindow", "Saved %1").replace("%1", str(path)))
