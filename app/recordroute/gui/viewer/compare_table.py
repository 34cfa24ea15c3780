"""A read-only Time | Original | Other table: the transcript beside its correction or its translation, and the
tab both of those live in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...messages.notice import parse
from ...messages.pipeline_notices import LLM_LINE_NOTES
from ...pipeline.context import AppContext
from ...store import Recording
from ...transcript import Segment
from .. import i18n
from ..job_workers import TaskWorker, run_task
from ..presenters import clock
from ..retranslating import Retranslating


def compare_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 3, parent)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    return table


def fill_compare_table(table: QTableWidget, rows: Sequence[tuple[Segment, str]]) -> None:
    """One row per (segment, other text): its time (or page), the original and the other text."""
    table.setRowCount(len(rows))
    for row, (seg, other) in enumerate(rows):
        when = clock(seg.start) if seg.start is not None else (f"p. {seg.page}" if seg.page else "")
        for col, text in enumerate((when, seg.text, other)):
            table.setItem(row, col, QTableWidgetItem(text))
    table.resizeRowsToContents()


class CompareTab(Retranslating, QWidget):
    """The correction and translation tabs' common part: one recording, one LLM job at a time, a notice over
    the compare table, the job's outcome on the status bar. Subclasses word everything (retranslate, _fill)."""

    status = Signal(str)
    notice: QLabel
    table: QTableWidget

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rec: Recording | None = None
        self.worker: TaskWorker | None = None

    def _lay_out(self, *rows: QLayout) -> None:
        """The rows of controls over the notice and the table (made after the controls: the tab order)."""
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.table = compare_table(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for row in rows:
            lay.addLayout(row)
        lay.addWidget(self.notice)
        lay.addWidget(self.table, 1)

    def _fill(self) -> None:
        raise NotImplementedError

    def _run(self, fn: Callable[..., Any], *args: Any, on_result: Callable[[Any], object]) -> None:
        """fn(ctx, recording id, *args) on the pool, unless there is no recording or a job runs already."""
        if self.rec is None or self.worker is not None:
            return
        self.worker = run_task(
            fn,
            self.ctx,
            self.rec.id,
            *args,
            owner=self,
            on_result=on_result,
            on_error=self._failed,
            cancellable=True,
        )
        self._fill()

    def _show_warnings(self, warnings: Sequence[object]) -> None:
        for warning in warnings[:3]:
            self.status.emit(parse(str(warning), LLM_LINE_NOTES).say(i18n.current()))

    def _failed(self, text: str) -> None:
        self.worker = None
        self._fill()
        self.notice.setText(text)
        self.status.emit(text)
