"""The whole window is a drop target: while files are dragged over it, a translucent overlay says so."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget


class DropOverlay(QWidget):
    """Covers `target` (kept in step with its size); invisible to the mouse, so drops reach the window."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        target.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        self.setGeometry(self.target.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.target.rect())
        return False

    def text(self) -> str:
        return self.tr("Drop to add to the library")

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().highlight().color()
        fill = QColor(self.palette().window().color())
        fill.setAlpha(215)
        p.fillRect(self.rect(), fill)
        box = QRectF(self.rect()).adjusted(14, 14, -14, -14)
        pen = QPen(accent, 3, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRoundedRect(box, 14, 14)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        p.setFont(font)
        p.setPen(self.palette().windowText().color())
        p.drawText(box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.text())
        p.end()
