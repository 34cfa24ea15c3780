"""A short list of dismissable notices: skipped files and why, duplicates with an Open button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .retranslating import Retranslating

MAX_SHOWN = 50  # a folder full of photos must not create thousands of rows


class NoticePanel(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rows: list[QWidget] = []
        self._hidden_count = 0
        self.heading = QLabel(self)
        self.clear_button = QToolButton(self)
        self.clear_button.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.clear_button)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(2)
        self.body_layout.addStretch(1)
        self.more = QLabel(self.body)
        self.more.hide()
        self.body_layout.insertWidget(0, self.more)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setMaximumHeight(140)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addLayout(top)
        lay.addWidget(scroll)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Some files were not added"))
        self.clear_button.setText(self.tr("Dismiss"))
        self._update_more()

    def add(
        self,
        text: str,
        *,
        action: str | None = None,
        callback: Callable[[], None] | None = None,
        level: str = "warning",
        detail: str = "",
    ) -> None:
        if len(self.rows) >= MAX_SHOWN:
            self._hidden_count += 1
            self._update_more()
            self.show()
            return
        row = QWidget(self.body)
        row.setProperty("level", level)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, row)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setToolTip(detail)  # the developer text, for whoever needs it
        h.addWidget(label, 1)
        if action and callback:
            button = QPushButton(action, row)
            button.clicked.connect(lambda _checked=False: callback())
            h.addWidget(button)
        self.body_layout.insertWidget(self.body_layout.count() - 2, row)
        self.rows.append(row)
        self.show()

    def texts(self) -> list[str]:
        return [row.findChild(QLabel).text() for row in self.rows]  # type: ignore[union-attr]

    def _update_more(self) -> None:
        self.more.setVisible(self._hidden_count > 0)
        self.more.setText(self.tr("…and %n more", "", self._hidden_count))

    def clear(self) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows.clear()
        self._hidden_count = 0
        self._update_more()
        self.hide()
