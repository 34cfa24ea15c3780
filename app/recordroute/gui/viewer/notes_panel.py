"""The user's notes beside the transcript: edit them (one line a note, `[mm:ss]` ties a line to a moment, `#`
starts a heading) and save; double-click a stamped line to jump there."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...engines.notes import format_notes, parse_line
from ...errors import RecordRouteError
from ...pipeline.context import AppContext
from ...pipeline.meeting_context import set_notes
from ...store import Recording
from ..error_text import detail_of
from ..retranslating import Retranslating


class _NotesEdit(QPlainTextEdit):
    lineActivated = Signal(str)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self.lineActivated.emit(self.cursorForPosition(event.position().toPoint()).block().text())


class NotesPanel(Retranslating, QWidget):
    status = Signal(str)
    seekRequested = Signal(float)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rec: Recording | None = None
        self.heading = QLabel(self)
        self.edit = _NotesEdit(self)
        self.save_button = QPushButton(self)
        self.save_button.setEnabled(False)
        self.edit.textChanged.connect(lambda: self.save_button.setEnabled(self.rec is not None))
        self.edit.lineActivated.connect(self._jump)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.edit, 1)
        self.setMinimumWidth(160)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My notes"))
        self.save_button.setText(self.tr("Save notes"))
        self.edit.setPlaceholderText(
            self.tr(
                "Your notes: one per line. [12:30] ties a line to a moment; # starts a heading. The minutes follow them."
            )
        )

    def load(self, rec: Recording | None) -> None:
        self.rec = rec
        text = format_notes(self.ctx.store.notes.list(rec.id)) if rec is not None else ""
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self.edit.setEnabled(rec is not None)
        self.save_button.setEnabled(False)

    def save(self) -> None:
        if self.rec is None:
            return
        try:
            notes = set_notes(self.ctx.store, self.rec.id, self.edit.toPlainText())
        except RecordRouteError as exc:
            self.status.emit(detail_of(exc))
            return
        self.save_button.setEnabled(False)
        self.status.emit(self.tr("%n note(s) saved", "", len(notes)))

    def _jump(self, line: str) -> None:
        note = parse_line(line)
        if note is not None and note.at is not None:
            self.seekRequested.emit(float(note.at))
