"""The trash: recordings moved there, with Restore and Delete for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import RecordRouteError
from ..store import ListFilter, Store
from .error_text import detail_of
from .presenters import date_text

RecRole = Qt.ItemDataRole.UserRole + 21


class TrashDialog(QDialog):
    changed = Signal(int)  # a recording was restored or deleted for good
    status = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Trash"))
        self.items = QListWidget(self)
        self.items.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.empty = QLabel(self.tr("The trash is empty."), self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.purge_button = QPushButton(self.tr("&Delete for good…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.items.itemSelectionChanged.connect(self._update_buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty)
        lay.addWidget(self.items, 1)
        lay.addLayout(row)
        self.resize(520, 380)
        self.reload()

    def reload(self) -> None:
        self.items.clear()
        for rec in self.store.recordings.list(ListFilter(only_deleted=True)):
            when = date_text(rec.deleted_at) if rec.deleted_at else ""
            item = QListWidgetItem(f"{rec.title}  ·  {self.tr('deleted %1').replace('%1', when)}")
            item.setData(RecRole, rec.id)
            self.items.addItem(item)
        self.empty.setVisible(self.items.count() == 0)
        self._update_buttons()

    def _selected(self) -> list[int]:
        return [int(item.data(RecRole)) for item in self.items.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = bool(self._selected())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)

    def restore_selected(self) -> None:
        for rec_id in self._selected():
            try:
                self.store.recordings.restore(rec_id)
            except RecordRouteError as exc:
                self.status.emit(detail_of(exc))
                continue
            self.changed.emit(rec_id)
        self.status.emit(self.tr("Restored"))
        self.reload()

    def purge_selected(self, *, confirm: bool = True) -> None:
        ids = self._selected()
        if not ids:
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Delete for good"),
                self.tr(
                    "Delete %n recording(s) and their files for good? This cannot be undone.", "", len(ids)
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        for rec_id in ids:
            try:
                self.store.purge(rec_id)
            except RecordRouteError as exc:
                self.status.emit(detail_of(exc))
                continue
            self.changed.emit(rec_id)
        self.reload()
