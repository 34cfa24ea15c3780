"""The history pane: a filter box over the recordings table, inline rename, trash with undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..store import Store
from .history_model import HistoryModel, HistoryProxy, RecordingIdRole, header_text
from .retranslating import Retranslating

NARROW_LIST = 520  # px: below this the language column is hidden so titles keep their room


class TrashCommand(QUndoCommand):
    """Move a recording to the trash; undo restores it (store.recordings.trash / restore)."""

    def __init__(self, store: Store, model: HistoryModel, rec_id: int, title: str) -> None:
        super().__init__(
            QCoreApplication.translate("HistoryView", "Move “%1” to the trash").replace("%1", title)
        )
        self.store, self.model, self.rec_id = store, model, rec_id

    def redo(self) -> None:
        self.store.recordings.trash(self.rec_id)
        self.model.remove_recording(self.rec_id)

    def undo(self) -> None:
        self.store.recordings.restore(self.rec_id)
        self.model.reload(keep_loaded=True)


class HistoryView(Retranslating, QWidget):
    openRequested = Signal(int)  # recording id
    trashed = Signal(int, str)  # recording id, title

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo = undo
        self.extend_menu: Callable[[QMenu, int], object] | None = None  # the window's per-recording actions
        self.model = HistoryModel(store, self)
        self.proxy = HistoryProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(lambda: self.proxy.setFilterFixedString(self.filter.text()))
        self.filter.textChanged.connect(lambda _t: self._debounce.start())

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSortingEnabled(True)  # sorts once, by the indicator
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never asks every row for its size hint (smooth with 10,000 rows).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the title gives way
        self.table.setIconSize(QSize(16, 16))
        self._size_columns()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("historyEmpty")

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filter)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty, 1)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.rowsRemoved.connect(self._update_empty)
        self.retranslate()
        self._update_empty()

    def _size_columns(self) -> None:
        """Title first and stretching; date, length and language at the width of their content; one compact
        status column (icon, and the percentage while a stage runs)."""
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setStretchLastSection(False)
        fm = self.fontMetrics()
        widths = {
            "date": fm.horizontalAdvance("2026-12-31" if self.model.compact_dates else "2026-12-31 23:59")
            + 16,
            "length": fm.horizontalAdvance("00:00:00") + 16,
            "language": max(fm.horizontalAdvance("ko"), fm.horizontalAdvance(header_text("language"))) + 18,
            "status": 16 + fm.horizontalAdvance("100%") + 18,
        }
        for col, (key, _sql) in enumerate(self.model.columns):
            if key == "title":
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, widths.get(key, fm.horizontalAdvance(header_text(key)) + 18))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow list drops the language column and the time of day (both in the viewer's Details)."""
        super().resizeEvent(event)
        narrow = self.width() < NARROW_LIST
        col = [k for k, _ in self.model.columns].index("language")
        self.table.setColumnHidden(col, narrow)
        if narrow != self.model.compact_dates:  # the day only: the title keeps its room
            self.model.compact_dates = narrow
            self._size_columns()
            self.table.viewport().update()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by title or file name"))
        self.table.setToolTip(self.tr("Enter or double-click opens; F2 renames; Delete moves to the trash"))
        self._size_columns()
        self._update_empty()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        filtered = bool(self.model.filter.text)
        self.empty.setText(
            self.tr("Nothing matches the filter.")
            if filtered
            else self.tr("No recordings yet.\nDrop files above, press Ctrl+O, or record.")
        )
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)

    # --- selection and actions ----------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else int(index.data(RecordingIdRole))

    def select_recording(self, rec_id: int) -> None:
        row = self.model.row_of(rec_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(int(index.data(RecordingIdRole)))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.openRequested.emit(int(current.data(RecordingIdRole)))

    def rename_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(0))

    def trash_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        rec_id = int(index.data(RecordingIdRole))
        title = str(index.siblingAtColumn(0).data())
        self.undo.push(TrashCommand(self.store, self.model, rec_id, title))
        self.trashed.emit(rec_id, title)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self._activated(index))
        menu.addAction(self.tr("&Rename"), self.rename_current)
        menu.addAction(self.tr("Move to &trash"), self.trash_current)
        if self.extend_menu is not None:
            menu.addSeparator()
            self.extend_menu(menu, int(index.data(RecordingIdRole)))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_menu = menu  # tests trigger its actions
        menu.popup(self.table.viewport().mapToGlobal(pos))
