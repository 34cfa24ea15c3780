"""Similar recordings (pipeline.search.similar): found on the thread pool when the tab is shown; a click
opens one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...pipeline.context import AppContext
from ...pipeline.search import similar
from ...store import Recording
from ..job_workers import run_task

RecRole = Qt.ItemDataRole.UserRole + 31


class SimilarTab(QWidget):
    openRequested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rec: Recording | None = None
        self._loaded_for: int | None = None
        self._seq = 0
        self.items = QListWidget(self)
        self.items.itemActivated.connect(self._open)
        self.items.itemClicked.connect(self._open)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.notice)
        lay.addWidget(self.items, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.rec is not None:
            self._loaded_for = None
            self.refresh()
        super().changeEvent(event)

    def load(self, rec: Recording | None) -> None:
        """Remember the recording; the (embedding) work runs when the viewer shows this tab (`refresh`)."""
        self.rec = rec
        self._loaded_for = None
        self.items.clear()
        self.notice.setText("")

    def refresh(self) -> None:
        if self.rec is None or self._loaded_for == self.rec.id:
            return
        self._loaded_for = self.rec.id
        self._seq += 1
        seq = self._seq
        self.notice.setText(self.tr("Looking for similar recordings…"))
        run_task(
            similar,
            self.ctx,
            self.rec.id,
            limit=10,
            owner=self,
            on_result=lambda found: self._show(found, seq),
            on_error=lambda text: self._failed(text, seq),
        )

    def _show(self, found: list[Any], seq: int) -> None:
        if seq != self._seq:
            return
        self.items.clear()
        for hit in found:
            item = QListWidgetItem(f"{hit.title}  ·  {hit.score:.0%}")
            item.setData(RecRole, hit.recording_id)
            item.setToolTip(self.tr("Open"))
            self.items.addItem(item)
        self.notice.setText("" if found else self.tr("No similar recordings yet."))
        self.notice.setVisible(bool(self.notice.text()))

    def _failed(self, text: str, seq: int) -> None:
        if seq == self._seq:
            self._loaded_for = None
            self.notice.setText(text)
            self.notice.show()

    def _open(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(int(item.data(RecRole)))
