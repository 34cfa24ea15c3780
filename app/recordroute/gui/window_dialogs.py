"""The main window's dialogs (add, record, settings, first run, about, export, trash, backup and restore), a
collaborator of MainWindow.

`WindowDialogs` is handed exactly what the dialogs need: the parent widget, the context and GUI preferences,
and callbacks into the window (add paths, the recording on show, status text, settings saved). Strings keep the
"MainWindow" translation context, so the existing Korean translations apply unchanged.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ..job_options import JobOptions
from ..messages.notice import parse
from ..messages.pipeline_notices import RESTORE_NOTES
from ..pipeline.context import AppContext
from ..pipeline.export import export_transcript
from ..store import Recording
from . import i18n
from . import presenters as gs
from .error_box import error_box
from .error_text import CHOOSE_FOLDER, ErrorView
from .job_workers import TaskWorker, run_task

if TYPE_CHECKING:  # imported when the record window opens (it brings capture and captions)
    from .record_dialog import RecordDialog

translate = QCoreApplication.translate  # always with the "MainWindow" context (pyside6-lupdate finds them)


EXPORT_FILTERS = {
    "txt": "Text (*.txt)",
    "srt": "SubRip (*.srt)",
    "vtt": "WebVTT (*.vtt)",
    "json": "JSON (*.json)",
    "md": "Markdown (*.md)",
    "html": "HTML (*.html)",
    "docx": "Word (*.docx)",
}


class WindowDialogs:
    """Each opener shows its dialog modelessly and returns it (tests drive them)."""

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        prefs: gs.GuiPrefs,
        *,
        add_paths: Callable[..., None],
        current_recording: Callable[[], Recording | None],
        show_status: Callable[[str], None],
        settings_saved: Callable[[], None],
        library_changed: Callable[[int], None] | None = None,
    ) -> None:
        self.parent = parent
        self.ctx = ctx
        self.prefs = prefs
        self.add_paths = add_paths
        self.current_recording = current_recording  # the recording shown in the viewer, if any
        self.show_status = show_status
        self.settings_saved = settings_saved
        self.library_changed = library_changed  # a recording came back from the trash or left it for good

    def open_add_files(self) -> QFileDialog:
        dialog = QFileDialog(self.parent, translate("MainWindow", "Add files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [
                translate("MainWindow", "Recordings, videos, PDFs and text (%1)").replace(
                    "%1", gs.supported_patterns()
                ),
                translate("MainWindow", "All files (*)"),
            ]
        )
        dialog.filesSelected.connect(lambda files: self.add_paths([Path(f) for f in files]))
        dialog.open()
        return dialog

    def open_add_with_options(self) -> QFileDialog:
        """Files first, then how to process them (language, model, template, speakers; remembered if asked)."""
        from .import_options import ImportOptionsDialog

        dialog = self.open_add_files()
        dialog.filesSelected.disconnect()

        def ask(files: list[str]) -> None:
            options = ImportOptionsDialog(self.ctx.settings, self.prefs, len(files), self.parent)
            options.accepted.connect(lambda: self.add_paths([Path(f) for f in files], options.options()))
            options.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.import_dialog = options  # tests reach it here
            options.open()

        dialog.filesSelected.connect(ask)
        return dialog

    def open_add_folder(self) -> QFileDialog:
        dialog = QFileDialog(self.parent, translate("MainWindow", "Add a folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self.add_paths([Path(folder)]))
        dialog.open()
        return dialog

    # --- dialogs ---------------------------------------------------------------------------------------------------
    def _recording_options(self, dialog: RecordDialog) -> JobOptions | None:
        """A meeting recording (the microphone on channel 1) is diarized knowing channel 1 is the user."""
        if dialog.recorded_mode != "meeting":
            return None
        return dataclasses.replace(self.prefs.import_options() or JobOptions(), meeting=True)

    def open_record(self) -> QDialog:
        from .record_dialog import RecordDialog

        dialog = RecordDialog(self.ctx.settings, parent=self.parent, ctx=self.ctx)
        dialog.recorded.connect(lambda path: self.add_paths([path], self._recording_options(dialog)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_settings(self, page: int = 0) -> QDialog:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.prefs, self.parent)
        dialog.tabs.setCurrentIndex(page)
        dialog.models_button.clicked.connect(self.open_models)
        dialog.accepted.connect(self.settings_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_models(self) -> QDialog:
        """Models in a window of their own (download, import, verify, use; Ollama's models and pulls)."""
        from .models_page import ModelsDialog

        dialog = ModelsDialog(self.ctx, self.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_first_run(self) -> QDialog:
        from .first_run import FirstRunDialog

        dialog = FirstRunDialog(self.ctx.settings, self.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_about(self) -> QMessageBox:
        from .. import __version__

        return self._info_box(
            translate("MainWindow", "About RecordRoute"),
            translate(
                "MainWindow",
                "RecordRoute %1\nLocal-first transcripts, minutes and search.\n\nData folder: %2",
            )
            .replace("%1", __version__)
            .replace("%2", str(self.ctx.settings.data_dir)),
        )

    def open_export(self) -> QFileDialog | None:
        rec = self.current_recording()
        if rec is None:
            self.show_status(translate("MainWindow", "Open a recording first"))
            return None
        dialog = QFileDialog(self.parent, translate("MainWindow", "Export transcript"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(list(EXPORT_FILTERS.values()))
        dialog.selectFile(f"{rec.title}.txt")
        dialog.fileSelected.connect(lambda name: self.export(rec.id, name, dialog.selectedNameFilter()))
        dialog.open()
        return dialog

    def export(self, rec_id: int, name: str, name_filter: str) -> None:
        fmt = next((k for k, v in EXPORT_FILTERS.items() if v == name_filter), "txt")
        path = export_transcript(self.ctx.store, rec_id, Path(name), fmt)
        self.show_status(translate("MainWindow", "Saved %1").replace("%1", str(path)))

    def write_vault(self, folder: Path | None = None) -> QFileDialog | None:
        """Every recording's note in the Markdown vault (the vault folder from the settings, else ask)."""
        chosen = folder or (
            Path(self.ctx.settings.vault_dir).expanduser() if self.ctx.settings.vault_dir else None
        )
        if chosen is None:
            dialog = QFileDialog(self.parent, translate("MainWindow", "Markdown vault"))
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.fileSelected.connect(lambda name: self.write_vault(Path(name)))
            dialog.open()
            return dialog
        from ..pipeline.vault import export_vault

        self.show_status(translate("MainWindow", "Writing the vault…"))
        run_task(
            export_vault,
            self.ctx.store,
            chosen,
            None,
            owner=self.parent,
            on_result=lambda result: self.show_status(
                translate(
                    "MainWindow", "Vault written: %1 (%n note(s))", "", result.written + len(result.unchanged)
                ).replace("%1", str(chosen))
            ),
            on_error=self.show_status,
        )
        return None

    # --- trash, backup and restore -----------------------------------------------------------------------------
    def open_trash(self) -> QDialog:
        from .trash_dialog import TrashDialog

        dialog = TrashDialog(self.ctx.store, self.parent)
        dialog.status.connect(self.show_status)
        if self.library_changed is not None:
            dialog.changed.connect(self.library_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_backup(self) -> QFileDialog:
        dialog = QFileDialog(self.parent, translate("MainWindow", "Back up the library"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([translate("MainWindow", "Backup archive (*.tar.gz *.tar)")])
        dialog.selectFile(f"recordroute-backup-{time.strftime('%Y%m%d')}.tar.gz")
        dialog.fileSelected.connect(lambda name: self.backup(Path(name)))
        dialog.open()
        return dialog

    def backup(self, path: Path) -> TaskWorker:
        from ..pipeline.backup import create_backup

        self.show_status(translate("MainWindow", "Backing up to %1…").replace("%1", str(path)))
        return run_task(
            create_backup,
            self.ctx,
            path,
            owner=self.parent,
            on_error=self.show_status,
            on_result=lambda info: self.show_status(
                translate("MainWindow", "Backup saved: %1 (%n recording(s))", "", info.recordings).replace(
                    "%1", str(info.path)
                )
            ),
        )

    def open_restore(self) -> QFileDialog:
        dialog = QFileDialog(self.parent, translate("MainWindow", "Restore a backup"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([translate("MainWindow", "Backup archive (*.tar.gz *.tar)")])
        dialog.fileSelected.connect(self._choose_restore_folder)
        dialog.open()
        return dialog

    def _choose_restore_folder(self, archive: str) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.parent, translate("MainWindow", "Choose an empty folder to restore into")
        )
        if folder:
            self.restore(Path(archive), Path(folder))

    def restore(self, archive: Path, folder: Path) -> TaskWorker:
        from ..pipeline.backup import restore_backup

        self.show_status(translate("MainWindow", "Restoring %1…").replace("%1", archive.name))
        return run_task(
            restore_backup,
            archive,
            folder,
            owner=self.parent,
            on_failure=partial(self._restore_failed, archive),
            on_result=lambda manifest: self._restored(folder, manifest),
        )

    def _restore_failed(self, archive: Path, view: ErrorView) -> None:
        self.show_status(view.sentence)
        again = {CHOOSE_FOLDER: lambda _v: self._choose_restore_folder(str(archive))}
        self.restore_box = error_box(self.parent, view, again, translate("MainWindow", "Restore failed"))

    def _restored(self, folder: Path, manifest: dict) -> QMessageBox:
        text = translate(
            "MainWindow", "Restored %n recording(s) into %1.", "", int(manifest.get("recordings") or 0)
        )
        text = text.replace("%1", str(folder))
        # What the restore reset or left out (a remote LLM host, outside folders) is said, never silent.
        notes = [parse(line, RESTORE_NOTES).say(i18n.current()) for line in manifest.get("notes", [])]
        text += "".join(f"\n\n• {line}" for line in notes)
        self.show_status(translate("MainWindow", "Backup restored into %1").replace("%1", str(folder)))
        box = self._info_box(
            translate("MainWindow", "Backup restored"),
            text.replace("%1", str(folder)),
            translate("MainWindow", "Open this library"),
            lambda _c=False: self.open_library(folder),
        )
        self.restored_box = box  # tests reach it here
        return box

    def open_library(self, folder: Path) -> QMessageBox:
        """Make `folder` (a restored library) the data folder; it opens at the next start (Restart now)."""
        from ..settings import Key

        settings = self.ctx.settings
        if Key.DATA_DIR.value in settings.overridden:  # the environment wins over the settings file
            text = translate(
                "MainWindow", "The data folder is set by RECORDROUTE_DATA_DIR; set it to %1 there."
            )
        else:
            settings.set(Key.DATA_DIR, str(folder))
            settings.save()
            text = translate("MainWindow", "RecordRoute opens %1 at its next start.")
        return self._info_box(
            translate("MainWindow", "Open a library"),
            text.replace("%1", str(folder)),
            translate("MainWindow", "Restart now"),
            self._restart,
        )

    def _info_box(
        self, title: str, text: str, button: str = "", clicked: Callable[..., object] | None = None
    ) -> QMessageBox:
        """A window-modal information box with Close (and `button`, which calls `clicked`); freed when closed."""
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, self.parent
        )
        if button and clicked is not None:
            box.addButton(button, QMessageBox.ButtonRole.AcceptRole).clicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _restart(self) -> None:
        if QProcess.startDetached(sys.executable, ["-m", "recordroute", "gui"]):
            self.parent.close()
