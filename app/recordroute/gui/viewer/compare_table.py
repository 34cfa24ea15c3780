"""A read-only Time | Original | Other table: the transcript beside its correction or its translation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ...transcript import Segment
from ..presenters import clock


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
