"""Search and Ask in the list's place: a heading with a way back to the library over the search pane, so the
viewer keeps its width (and its tabs and combo boxes their room) while searching."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .retranslating import Retranslating
from .search_pane import SearchPane


class SearchPage(Retranslating, QWidget):
    closeRequested = Signal()

    def __init__(self, pane: SearchPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.back = QToolButton(self)
        self.back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back.setArrowType(Qt.ArrowType.LeftArrow)
        self.back.clicked.connect(self.closeRequested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.closeRequested)
        row = QHBoxLayout()
        row.setContentsMargins(6, 6, 0, 0)
        row.addWidget(self.back)
        row.addWidget(self.heading, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(pane, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Search and Ask"))
        self.back.setText(self.tr("Library"))
        self.back.setToolTip(self.tr("Back to the list of recordings (Esc)"))
