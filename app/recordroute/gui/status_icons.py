"""The history list's one status column: an icon for a recording's overall state, a tooltip with each stage,
and the legend the View menu shows. Icons are drawn (a filled disc and a white mark, or a ring) in mid-tone
colours that read on light and dark backgrounds alike, so nothing depends on an icon theme."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QWidget

from ..store import Recording

translate = QCoreApplication.translate

# Worst first: the list shows the state that most needs the user's attention.
_PRIORITY = (
    "running",
    "failed",
    "interrupted",
    "language_mismatch",
    "queued",
    "pending",
    "stale",
    "cancelled",
)
STATE_ORDER = {state: i for i, state in enumerate(("none", "done", *reversed(_PRIORITY)))}  # for sorting

# state -> (colour, mark, filled)
_LOOK: dict[str, tuple[str, str, bool]] = {
    "done": ("#2e9d57", "✓", True),
    "running": ("#2f7fd8", "▶", True),
    "queued": ("#8a8f98", "…", False),
    "pending": ("#8a8f98", "…", False),
    "failed": ("#d0453a", "!", True),
    "interrupted": ("#d98a1c", "!", True),
    "cancelled": ("#8a8f98", "×", True),
    "stale": ("#d98a1c", "↻", True),
    "language_mismatch": ("#d98a1c", "A", True),
    "none": ("#8a8f98", "", False),
}
LEGEND_STATES = (
    "done",
    "running",
    "queued",
    "failed",
    "interrupted",
    "stale",
    "language_mismatch",
    "cancelled",
    "none",
)


def state_text(state: str) -> str:
    names = {
        "none": translate("HistoryModel", "not done"),
        "pending": translate("HistoryModel", "pending"),
        "queued": translate("HistoryModel", "queued"),
        "running": translate("HistoryModel", "running"),
        "done": translate("HistoryModel", "done"),
        "failed": translate("HistoryModel", "failed"),
        "cancelled": translate("HistoryModel", "cancelled"),
        "interrupted": translate("HistoryModel", "interrupted"),
        "skipped": translate("HistoryModel", "skipped"),
        "stale": translate("HistoryModel", "out of date"),
        "language_mismatch": translate("HistoryModel", "in another language"),
    }
    return names.get(state, state)


def legend_text(state: str) -> str:
    """What an icon means, for the legend: a sentence, not a single word."""
    texts = {
        "done": translate("StatusLegend", "Everything asked for is done"),
        "running": translate("StatusLegend", "Being processed now (with its progress)"),
        "queued": translate("StatusLegend", "Waiting in the queue"),
        "failed": translate("StatusLegend", "A step failed: open it to see why and retry"),
        "interrupted": translate("StatusLegend", "Interrupted (the app closed); it resumes from the queue"),
        "stale": translate("StatusLegend", "Out of date: the search index or minutes need refreshing"),
        "language_mismatch": translate("StatusLegend", "Minutes came out in another language (kept aside)"),
        "cancelled": translate("StatusLegend", "Cancelled by you"),
        "none": translate("StatusLegend", "Not processed yet"),
    }
    return texts.get(state, state_text(state))


def overall_state(rec: Recording, fields: Sequence[str]) -> str:
    states = {str(getattr(rec, f, "none") or "none") for f in fields}
    for state in _PRIORITY:
        if state in states:
            return state
    if rec.transcribe_state in ("none", "") and rec.kind in ("audio", "video"):
        return "none"
    return "done" if states & {"done", "skipped"} else "none"


def status_tooltip(rec: Recording, fields: Sequence[str], live: tuple[str, float] | None) -> str:
    from .history_model import stage_title

    lines = []
    for f in fields:
        state = str(getattr(rec, f, "none") or "none")
        text = state_text(state)
        if live is not None and f == f"{live[0]}_state":
            text = f"{state_text('running')} {live[1] * 100:.0f}%"
        lines.append(f"{stage_title(f)}: {text}")
    return "\n".join(lines)


_CACHE: dict[tuple[str, int], QIcon] = {}


def status_icon(state: str, size: int = 16) -> QIcon:
    key = (state if state in _LOOK else "none", size)
    icon = _CACHE.get(key)
    if icon is None:
        icon = _CACHE[key] = QIcon(_draw(*_LOOK[key[0]], size))
    return icon


def _draw(colour: str, mark: str, filled: bool, size: int) -> QPixmap:
    ratio = 2  # drawn at twice the size: crisp on high-DPI screens
    pix = QPixmap(size * ratio, size * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QColor(colour)
    disc = QRectF(1.5, 1.5, size - 3, size - 3)
    p.setPen(QPen(c, 1.6))
    p.setBrush(c if filled else Qt.BrushStyle.NoBrush)
    p.drawEllipse(disc)
    if mark:
        font = QFont()
        font.setPixelSize(int(size * 0.62))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("white") if filled else c)
        p.drawText(disc.translated(QPointF(0, -0.5)), int(Qt.AlignmentFlag.AlignCenter), mark)
    p.end()
    return pix


class StatusLegend(QDialog):
    """View → Status legend: every icon of the list's status column with what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StatusLegend", "Status legend"))
        grid = QGridLayout(self)
        for row, state in enumerate(LEGEND_STATES):
            icon = QLabel(self)
            icon.setPixmap(status_icon(state, 18).pixmap(18, 18))
            text = QLabel(legend_text(state), self)
            text.setWordWrap(True)
            grid.addWidget(icon, row, 0)
            grid.addWidget(text, row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        grid.addWidget(buttons, len(LEGEND_STATES), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.setMinimumWidth(360)
