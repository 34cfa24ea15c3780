"""Transcript segments with timestamps: click to seek, current segment follows playback, Find (Ctrl+F,
F3/Shift+F3), double-click to edit a segment (saved through store.transcripts.edit, one transaction)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import RecordRouteError
from ...store import Recording, Store
from ...transcript import Segment
from ..error_text import detail_of
from ..presenters import clock, find_matches, segment_at, step_match
from ..retranslating import Retranslating
from .speakers_panel import speaker_chip, speaker_color

SegmentRole = Qt.ItemDataRole.UserRole + 1
StartRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class TranscriptModel(QAbstractListModel):
    edited = Signal(int)  # segment row
    editFailed = Signal(str)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rec: Recording | None = None
        self.segments: list[Segment] = []
        self.starts: list[float] = []
        self.current = -1
        self.matches: set[int] = set()
        self.focus_match = -1
        self.dark = False

    def load(self, rec: Recording | None, segments: list[Segment]) -> None:
        self.beginResetModel()
        self.rec = rec
        self.segments = segments
        self.starts = [s.start if s.start is not None else 0.0 for s in segments]
        self.current = -1
        self.matches = set()
        self.focus_match = -1
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.segments)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        seg = self.segments[row]
        if role == Qt.ItemDataRole.DisplayRole:
            # Overlapped speech: a quiet note after the text (the words keep the speaker of their turn).
            mark = "   " + self.tr("(overlapping speech)") if seg.overlap else ""
            if seg.flag is not None:
                label = self.tr("not recognised reliably")
                return f"{self._where(seg)}   ({label}) {seg.text}{mark}"
            return f"{self._where(seg)}   {seg.text}{mark}"
        if role == Qt.ItemDataRole.ToolTipRole and seg.flag is not None:
            return self._flag_tip(seg)
        if role == Qt.ItemDataRole.ToolTipRole and seg.overlap:
            tip = self.tr("Two people spoke at once here; each word keeps the speaker of its turn.")
            return f"{seg.speaker_name}\n{tip}" if seg.speaker_name else tip
        if role == Qt.ItemDataRole.DecorationRole and seg.speaker_name:
            # The speaker as a name chip in their colour; the line itself keeps the text colour (a red line
            # read as an error).
            return speaker_chip(seg.speaker_name, speaker_color(seg.speaker), self.dark)
        if role == Qt.ItemDataRole.ToolTipRole and seg.speaker_name:
            return seg.speaker_name
        if role == Qt.ItemDataRole.EditRole:
            return seg.text
        if role == SegmentRole:
            return seg
        if role == StartRole:
            return seg.start
        if role == Qt.ItemDataRole.BackgroundRole:
            if row == self.focus_match:
                return QBrush(QColor("#f0b429"))
            if row in self.matches:
                return QBrush(QColor("#6b5a1e" if self.dark else "#fff1b8"))
            if row == self.current:
                return QBrush(QColor("#24456e" if self.dark else "#d6e8ff"))
        if role == Qt.ItemDataRole.ForegroundRole and row == self.focus_match:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ForegroundRole and seg.flag is not None:
            return QBrush(QColor("#7a7a7a" if self.dark else "#9a9a9a"))  # greyed: kept, not trusted
        if role == Qt.ItemDataRole.FontRole and row == self.current and seg.start is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _flag_tip(self, seg: Segment) -> str:
        """Why the text is hidden from minutes, search and exports (the detail stays in the engine's words)."""
        lines = [
            self.tr("Hidden from minutes, search and exports: the speech model was not sure of this text.")
        ]
        if seg.confidence is not None:
            lines.append(self.tr("Confidence: %1%").replace("%1", f"{seg.confidence * 100:.0f}"))
        lines.append(self.tr("Details: %1").replace("%1", seg.flag or ""))
        lines.append(self.tr("Transcribing again with a larger model may recognise it."))
        return "\n".join(lines)

    @staticmethod
    def _where(seg: Segment) -> str:
        if seg.start is not None:
            return f"[{clock(seg.start)}]"
        if seg.page is not None:
            return f"[p. {seg.page}]"
        return f"[{seg.idx + 1}]"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.rec is None:
            return False
        seg = self.segments[index.row()]
        text = " ".join(str(value).split())
        if not text or text == seg.text:
            return False
        try:
            self.store.transcripts.edit(self.rec.id, seg.idx, text)
        except RecordRouteError as exc:
            self.editFailed.emit(detail_of(exc))
            return False
        seg.text = text
        seg.words = []
        seg.flag = None  # edited by the user: trusted now (the store clears it too)
        self.dataChanged.emit(index, index)
        self.edited.emit(index.row())
        return True

    def set_current(self, row: int) -> None:
        if row == self.current:
            return
        old, self.current = self.current, row
        for r in (old, row):
            if 0 <= r < len(self.segments):
                i = self.index(r)
                self.dataChanged.emit(i, i)

    def set_matches(self, rows: list[int], focus: int = -1) -> None:
        self.matches = set(rows)
        self.focus_match = focus
        if self.segments:
            self.dataChanged.emit(self.index(0), self.index(len(self.segments) - 1))

    def row_at(self, seconds: float) -> int:
        return segment_at(self.starts, seconds)


class TranscriptTab(Retranslating, QWidget):
    seekRequested = Signal(float)
    playToggleRequested = Signal()
    status = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_view(store)
        self._build_find_bar()
        self._lay_out()
        self.retranslate()

    def _build_view(self, store: Store) -> None:
        """The segment list over its model (edits save at once and say so), and the empty-state label."""
        self.model = TranscriptModel(store, self)
        self.model.editFailed.connect(self.status)
        self.model.edited.connect(lambda _r: self.status.emit(self.tr("Segment saved")))
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(2)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

    def _build_find_bar(self) -> None:
        """The find bar (hidden until Find) and the state of the current search."""
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._find_changed)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_prev_button = QToolButton(self)
        self.find_prev_button.setArrowType(Qt.ArrowType.UpArrow)
        self.find_prev_button.clicked.connect(self.find_previous)
        self.find_next_button = QToolButton(self)
        self.find_next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.find_next_button.clicked.connect(self.find_next)
        self.find_count = QLabel(self)
        self.find_close = QToolButton(self)
        self.find_close.setText("✕")
        self.find_close.clicked.connect(self.close_find)
        self.find_bar = QWidget(self)
        fb = QHBoxLayout(self.find_bar)
        fb.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.find_edit,
            self.find_prev_button,
            self.find_next_button,
            self.find_count,
            self.find_close,
        ):
            fb.addWidget(w)
        self.find_bar.hide()
        self._matches: list[int] = []
        self._match_pos = -1

    def _lay_out(self) -> None:
        """The find bar over the transcript, which shares a splitter with a side panel; Space and Escape."""
        # The transcript and, beside it, a side panel (the user's notes): drag the handle to share the room.
        self.body = QSplitter(self)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.find_bar)
        lay.addWidget(self.body, 1)
        self.empty.hide()
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.view)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.playToggleRequested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.close_find)

    def retranslate(self) -> None:
        self.find_edit.setPlaceholderText(self.tr("Find in transcript"))
        self.find_prev_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.find_next_button.setToolTip(self.tr("Next match (F3)"))
        self.find_close.setToolTip(self.tr("Close (Esc)"))
        self.view.setToolTip(self.tr("Click a line to play from there; double-click to correct it"))
        self._update_count()
        self._update_empty()

    def load(self, rec: Recording | None, segments: list[Segment]) -> None:
        self.model.load(rec, segments)
        self._matches, self._match_pos = [], -1
        if self.find_bar.isVisible() and self.find_edit.text():
            self._find_changed(self.find_edit.text())
        self._update_empty()

    def _update_empty(self) -> None:
        rec = self.model.rec
        if rec is None or self.model.segments:
            self.empty.hide()
            self.view.show()
            return
        state = rec.transcribe_state
        if state in ("running", "queued", "pending"):
            text = self.tr("Transcribing… the text appears here when it is done.")
        elif state == "failed":
            text = self.tr("The transcription failed. See the Details tab, then retry from the Jobs panel.")
        elif state == "done":
            text = self.tr("No speech was found in this recording.")
        else:
            text = self.tr("Not transcribed yet.")
        self.empty.setText(text)
        self.empty.show()
        self.view.hide()

    def _clicked(self, index: QModelIndex) -> None:
        start = index.data(StartRole)
        if start is not None:
            self.seekRequested.emit(float(start))

    # --- playback follow ------------------------------------------------------------------------------------------
    def follow(self, seconds: float) -> None:
        row = self.model.row_at(seconds)
        if row != self.model.current:
            self.model.set_current(row)
            if row >= 0:
                self.view.scrollTo(self.model.index(row), QAbstractItemView.ScrollHint.EnsureVisible)

    def segment_for(self, *, start: float | None = None, page: int | None = None) -> int | None:
        """The idx of the segment playing at `start`, or the first one on `page`."""
        segs = self.model.segments
        if start is not None:
            row = self.model.row_at(start)
            return segs[row].idx if row >= 0 else None
        if page is not None:
            return next((s.idx for s in segs if s.page == page), None)
        return None

    def show_segment(self, idx: int) -> None:
        """Select and reveal the segment with this idx (from a search hit or a citation)."""
        row = next((r for r, s in enumerate(self.model.segments) if s.idx == idx), -1)
        if row < 0:
            return
        self.model.set_current(row)
        index = self.model.index(row)
        if self.model.segments[row].start is not None:
            self.view.setCurrentIndex(index)
        else:  # a document page: marked and scrolled to its top, not selected (a whole page in selection colours)
            self.view.clearSelection()
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    # --- find --------------------------------------------------------------------------------------------------
    def open_find(self) -> None:
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self.model.set_matches([])
        self._matches, self._match_pos = [], -1
        self.view.setFocus()

    def _find_changed(self, text: str) -> None:
        self._matches = find_matches([s.text for s in self.model.segments], text)
        self._match_pos = -1
        self.model.set_matches(self._matches)
        if self._matches:
            self._go(self._matches[0])
        self._update_count()

    def find_next(self) -> None:
        self._step(True)

    def find_previous(self) -> None:
        self._step(False)

    def _step(self, forward: bool) -> None:
        if not self.find_bar.isVisible():
            self.open_find()
            return
        row = step_match(self._matches, self._match_pos, forward)
        if row >= 0:
            self._go(row)
        self._update_count()

    def _go(self, row: int) -> None:
        self._match_pos = row
        self.model.set_matches(self._matches, focus=row)
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._update_count()

    def _update_count(self) -> None:
        if not self.find_edit.text():
            self.find_count.setText("")
        elif not self._matches:
            self.find_count.setText(self.tr("no matches"))
        else:
            n = self._matches.index(self._match_pos) + 1 if self._match_pos in self._matches else 0
            self.find_count.setText(
                self.tr("%1 of %2").replace("%1", str(n)).replace("%2", str(len(self._matches)))
            )

    def match_rows(self) -> list[int]:
        return list(self._matches)

    def current_match(self) -> int:
        return self._match_pos

    def add_side(self, panel: QWidget) -> None:
        """Show `panel` beside the transcript (about a quarter of the width)."""
        self.body.addWidget(panel)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 3)
        self.body.setStretchFactor(self.body.indexOf(panel), 1)
