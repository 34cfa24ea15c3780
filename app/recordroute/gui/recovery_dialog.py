"""At start-up: offer to import recordings a crash (or a closed window) left unfinished in the inbox.

The finding and repairing is `pipeline.recovery` (shared with `recordroute recover`); it hashes the files, so it
runs off the UI thread and the dialog only appears when there is something to offer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..pipeline import recovery
from ..pipeline.recovery import InboxRecording
from .job_workers import run_task
from .presenters import clock

if TYPE_CHECKING:
    from .main_window import MainWindow


class RecoveryDialog(QDialog):
    importRequested = Signal(list)  # [Path] of the checked recordings

    def __init__(self, items: list[InboxRecording], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.setWindowTitle(self.tr("Unfinished recordings"))
        intro = QLabel(
            self.tr(
                "These recordings were not imported, most likely because the app closed while "
                "recording. Everything up to the last second was kept. Import them now?"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for item in items:
            note = self.tr("cut short, repaired") if item.crashed else self.tr("never imported")
            row = QListWidgetItem(f"{item.name}  ·  {clock(item.seconds)}  ·  {note}", self.list)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            row.setData(Qt.ItemDataRole.UserRole, str(item.path))
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.list, 1)
        lay.addWidget(buttons)
        self.resize(520, 260)

    def checked_paths(self) -> list[Path]:
        rows = (self.list.item(i) for i in range(self.list.count()))
        return [
            Path(r.data(Qt.ItemDataRole.UserRole)) for r in rows if r.checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        paths = self.checked_paths()
        if paths:
            self.importRequested.emit(paths)
        super().accept()


def offer_recovery(window: MainWindow, *, asked: bool = False) -> None:
    """Look for unfinished recordings in the background; if any, show the dialog over `window`. `asked` (from
    File → Recover…): say so when there is nothing to recover."""

    def show(items: list[InboxRecording]) -> None:
        if not items:
            if asked:
                window.show_status(
                    QCoreApplication.translate("RecoveryDialog", "No unfinished recordings were found.")
                )
            return
        dialog = RecoveryDialog(items, window)
        dialog.importRequested.connect(window.add_paths)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.recovery_dialog = dialog  # type: ignore[attr-defined]  # tests reach it here
        dialog.open()

    run_task(recovery.find_unfinished, window.ctx, owner=window, on_result=show, on_error=window.show_status)
