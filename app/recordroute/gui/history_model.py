"""The history table: recordings loaded page by page from the store (canFetchMore/fetchMore).

Rows are `Recording` objects fetched `PAGE_SIZE` at a time, so painting or scrolling never queries per row.
Sorting and the text filter run in SQL over the whole library (the proxy forwards them here); columns the
store cannot sort by are sorted by the proxy after the remaining pages are loaded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..errors import RecordRouteError
from ..store import ListFilter, Recording, Store
from .presenters import clock, date_text, recording_date, stage_state_fields
from .status_icons import STATE_ORDER, overall_state, state_text, status_icon, status_tooltip

__all__ = ["HistoryModel", "HistoryProxy", "kind_text", "state_text"]

PAGE_SIZE = 500

RecordingRole = Qt.ItemDataRole.UserRole + 1  # the Recording object
RecordingIdRole = Qt.ItemDataRole.UserRole + 2  # its id
SortRole = Qt.ItemDataRole.UserRole + 3  # a comparable value for the column
StateRole = Qt.ItemDataRole.UserRole + 4  # raw state string of a status column

# Column key -> store ORDER BY column (None: not sortable in SQL). The title comes first and stretches; the
# stages share one compact status column (status_icons.py) whose tooltip lists each stage's state.
_BASE_COLUMNS: list[tuple[str, str | None]] = [
    ("title", "title"),
    ("date", "recorded_at"),
    ("length", "duration"),
    ("language", None),
    ("status", None),
]
_STATE_TITLES = {
    "transcribe_state": "Transcript",
    "summary_state": "Summary",
    "summarize_state": "Summary",
    "index_state": "Index",
    "diarize_state": "Speakers",
}

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def kind_text(kind: str) -> str:
    names = {
        "audio": translate("HistoryModel", "Audio"),
        "video": translate("HistoryModel", "Video"),
        "pdf": translate("HistoryModel", "PDF"),
        "text": translate("HistoryModel", "Text"),
    }
    return names.get(kind, kind)


def header_text(key: str) -> str:
    titles = {
        "title": translate("HistoryModel", "Title"),
        "date": translate("HistoryModel", "Date"),
        "length": translate("HistoryModel", "Length"),
        "language": translate("HistoryModel", "Lang."),
        "status": "",  # an icon column: its header tooltip and the View menu's legend say what it means
        "Transcript": translate("HistoryModel", "Transcript"),
        "Summary": translate("HistoryModel", "Summary"),
        "Index": translate("HistoryModel", "Index"),
        "Speakers": translate("HistoryModel", "Speakers"),
    }
    return titles.get(key, titles.get(_STATE_TITLES.get(key, ""), key))


def stage_title(field: str) -> str:
    """'Transcript' for transcribe_state (translated)."""
    return header_text(_STATE_TITLES.get(field, field))


class HistoryModel(QAbstractTableModel):
    def __init__(self, store: Store, parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.store = store
        self.page_size = page_size
        self.columns: list[tuple[str, str | None]] = list(_BASE_COLUMNS)
        self.stage_fields = stage_state_fields()
        self.status_column = len(self.columns) - 1
        self.filter = ListFilter()
        self.order = "imported_at"
        self.descending = True
        self._rows: list[Recording] = []
        self._row_of: dict[int, int] = {}
        self._total = 0
        self._exhausted = False
        self._live: dict[int, tuple[str, float]] = {}  # rec id -> (running stage, fraction), from job events
        self._local_sort: tuple[str, bool] | None = None  # a column SQL cannot order: (key, descending)
        self.compact_dates = False  # a narrow list shows the day only (the time is in the tooltip)
        self.reload()

    # --- loading ----------------------------------------------------------------------------------------------
    def reload(self, *, keep_loaded: bool = False) -> None:
        """Start again from the first page (after a sort, a filter change or new recordings)."""
        want = max(self.page_size, len(self._rows)) if keep_loaded else self.page_size
        self.beginResetModel()
        self._total = self.store.recordings.count(self.filter)
        self._rows = self._page(0, want)
        self._exhausted = len(self._rows) >= self._total
        if self._local_sort is not None:
            self._load_rest()
            key, desc = self._local_sort
            self._rows.sort(key=lambda r: self._sort_value(r, key), reverse=desc)
        self._index_rows()
        self.endResetModel()

    def _load_rest(self) -> None:
        while not self._exhausted:
            page = self._page(len(self._rows), max(self.page_size, 5000))
            self._rows.extend(page)
            self._exhausted = not page or len(self._rows) >= self._total

    def _page(self, offset: int, limit: int) -> list[Recording]:
        return self.store.recordings.list(
            self.filter, offset=offset, limit=limit, order=self.order, descending=self.descending
        )

    def _index_rows(self) -> None:
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's default argument)
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._page(len(self._rows), self.page_size)
        if not page:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        for i, rec in enumerate(page, first):
            self._row_of[rec.id] = i
        self.endInsertRows()
        self._exhausted = len(page) < self.page_size or len(self._rows) >= self._total

    @property
    def total(self) -> int:
        return self._total

    def set_text_filter(self, text: str) -> None:
        text = text.strip()
        if (self.filter.text or "") == text:
            return
        self.filter.text = text or None
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """SQL ORDER BY where the store can; otherwise every row is loaded once and sorted here by a key
        (one pass, not a comparator calling back into the model per pair)."""
        if not 0 <= column < len(self.columns):
            return
        key, sql = self.columns[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if sql is not None:
            self._local_sort = None
            self.order, self.descending = sql, descending
        else:
            self._local_sort = (key, descending)
        self.reload()

    # --- single-row updates (job events) -----------------------------------------------------------------------
    def refresh_recording(self, rec_id: int) -> bool:
        """Re-read one recording after a job changed it; True if it was on screen."""
        row = self._row_of.get(rec_id)
        if row is None:
            return False
        try:
            self._rows[row] = self.store.recordings.get(rec_id)
        except RecordRouteError:
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def add_recording(self, rec_id: int) -> None:
        """A job created a recording: newest-first lists get it on top (one query); others start over."""
        if rec_id in self._row_of:
            return
        newest_first = (
            self.order in ("imported_at", "recorded_at") and self.descending and not self._local_sort
        )
        if not newest_first or self.filter.text or len(self._rows) <= self.page_size:
            self.reload(keep_loaded=len(self._rows) <= self.page_size)
            return
        try:
            rec = self.store.recordings.get(rec_id)
        except RecordRouteError:
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, rec)
        self._total += 1
        self._index_rows()
        self.endInsertRows()

    def set_live(self, rec_id: int, stage: str, fraction: float) -> None:
        """Show a running stage's progress in its status column without touching the DB."""
        self._live[rec_id] = (stage, fraction)
        self._row_changed(rec_id)

    def clear_live(self, rec_id: int) -> None:
        if self._live.pop(rec_id, None) is not None:
            self._row_changed(rec_id)

    def _row_changed(self, rec_id: int) -> None:
        row = self._row_of.get(rec_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, self.status_column), self.index(row, self.status_column))

    def row_of(self, rec_id: int) -> int:
        return self._row_of.get(rec_id, -1)

    def recording(self, row: int) -> Recording:
        return self._rows[row]

    # --- Qt model API -----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(self.columns[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section][0] == "status":
            return translate("HistoryModel", "Status (View → Status legend explains the icons)")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()][0] == "title":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        key = self.columns[index.column()][0]
        if key == "status":
            return self._status_data(rec, role)
        if role == Qt.ItemDataRole.DisplayRole and key == "date" and self.compact_dates:
            return date_text(recording_date(rec))[:10]
        if role == Qt.ItemDataRole.ToolTipRole and key == "date":
            return date_text(recording_date(rec))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(rec, key)
        if role == Qt.ItemDataRole.EditRole:
            return rec.title if key == "title" else self._display(rec, key)
        if role == RecordingRole:
            return rec
        if role == RecordingIdRole:
            return rec.id
        if role == SortRole:
            return self._sort_value(rec, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "title":
            return rec.source_name
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("length", "date", "language"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _status_data(self, rec: Recording, role: int) -> Any:
        live = self._live.get(rec.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{live[1] * 100:.0f}%" if live is not None else ""
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon("running" if live is not None else overall_state(rec, self.stage_fields))
        if role == StateRole:
            return "running" if live is not None else overall_state(rec, self.stage_fields)
        if role == Qt.ItemDataRole.ToolTipRole:
            return status_tooltip(rec, self.stage_fields, live)
        if role == SortRole:
            return STATE_ORDER.get(overall_state(rec, self.stage_fields), 0)
        if role == RecordingRole:
            return rec
        if role == RecordingIdRole:
            return rec.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(rec: Recording, key: str) -> str:
        if key == "title":
            return rec.title
        if key == "date":
            return date_text(recording_date(rec))
        if key == "length":
            if rec.duration is not None:
                return clock(rec.duration)
            return translate("HistoryModel", "%n p.", None, rec.pages) if rec.pages else "—"
        if key == "language":
            return rec.language or "—"
        return ""

    @staticmethod
    def _sort_value(rec: Recording, key: str) -> Any:
        if key == "title":
            return rec.title.casefold()
        if key == "date":
            return recording_date(rec)
        if key == "length":
            return rec.duration if rec.duration is not None else float(rec.pages or 0)
        if key == "language":
            return rec.language or ""
        return str(getattr(rec, key, ""))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or self.columns[index.column()][0] != "title"
        ):
            return False
        title = " ".join(str(value).split())
        rec = self._rows[index.row()]
        if not title or title == rec.title:
            return False
        self.store.recordings.rename(rec.id, title)
        self._rows[index.row()] = self.store.recordings.get(rec.id)
        self.dataChanged.emit(index, index)
        return True

    def remove_recording(self, rec_id: int) -> None:
        row = self._row_of.get(rec_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._total = max(0, self._total - 1)
        self._index_rows()
        self.endRemoveRows()


class HistoryProxy(QSortFilterProxyModel):
    """Forwards sorting and the text filter to the source, which applies them to the whole library
    (not just the loaded rows)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._sql_sorted = True

    def source(self) -> HistoryModel:
        model = self.sourceModel()
        assert isinstance(model, HistoryModel)
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        super().sort(-1, Qt.SortOrder.AscendingOrder)  # show the source's order as it is
        if column >= 0:
            self.source().sort(column, order)

    def setFilterFixedString(self, pattern: str) -> None:
        self.source().set_text_filter(pattern)
