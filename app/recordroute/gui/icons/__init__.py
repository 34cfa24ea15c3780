"""Icons: the app icon from resources/icons/; media icons drawn in the palette's colours (light and dark)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

from ...paths import resource


def app_icon() -> QIcon:
    path = resource("icons", "recordroute.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def media_icon(kind: str, color: QColor, size: int = 16) -> QIcon:
    """Play or pause drawn in `color` (the palette's button text), so it shows on light and dark alike."""
    ratio = 2
    pix = QPixmap(size * ratio, size * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    if kind == "pause":
        w = size * 0.22
        p.drawRoundedRect(QRectF(size * 0.22, size * 0.18, w, size * 0.64), 1, 1)
        p.drawRoundedRect(QRectF(size * 0.56, size * 0.18, w, size * 0.64), 1, 1)
    else:
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(size * 0.28, size * 0.16),
                    QPointF(size * 0.84, size * 0.5),
                    QPointF(size * 0.28, size * 0.84),
                ]
            )
        )
    p.end()
    return QIcon(pix)
